/**
 * Bounds the life of a benchmark process: loaded first (`node --import` for
 * the real server, a plain import in the bench's own children), it sends the
 * process SIGTERM after `SWITCHBOARD_BENCH_MAX_SECONDS` (default 600) or as
 * soon as the parent process is gone, and exits hard 5 s later if a graceful
 * stop hangs. The timers are unref'd: they never keep a process alive.
 */
const maxSeconds = Number(process.env['SWITCHBOARD_BENCH_MAX_SECONDS'] ?? '600');
const parent = process.ppid;

function stop(why: string): void {
  process.stderr.write(`bench process ${process.pid}: ${why}, stopping\n`);
  process.kill(process.pid, 'SIGTERM');
  setTimeout(() => process.exit(3), 5000).unref();
}

setTimeout(() => stop(`lived ${maxSeconds} s`), maxSeconds * 1000).unref();
const watch = setInterval(() => {
  // process.ppid is read once at startup in Node 20: ask whether the parent still exists instead.
  let alive = true;
  try {
    process.kill(parent, 0);
  } catch {
    alive = false;
  }
  if (!alive) {
    clearInterval(watch);
    stop('parent process gone');
  }
}, 1000);
watch.unref();

export {};
