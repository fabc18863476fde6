/**
 * Every process a test (or benchmark) starts ends with it, also when tap
 * times the file out. tap ends a file that ran past its timeout with
 * SIGALRM (then SIGKILL), which runs no `t.teardown`: a server or a
 * `redis-server` the file started would live on, holding ports and CPU.
 *
 * - {@link spawnGroup} starts a process in a group of its own (detached),
 *   so that {@link killGroup} stops it with whatever it started in turn
 *   (npm's node, a server's workers).
 * - When this process ends for any reason tap's own signal handler sees
 *   (exit, SIGALRM, SIGTERM, SIGINT, SIGHUP), every group started here and
 *   every direct child of this process (one started by a library, e.g. the
 *   browser playwright launches) is killed with SIGKILL, synchronously.
 *
 * @example
 * const p = spawnGroup(process.execPath, ['server.js'], { stdio: ['ignore', 'pipe', 'pipe'] });
 * t.teardown(() => stopGroup(p));
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { onExit } from 'signal-exit';

/** Process groups started here (their leaders' pids), alive or not: a group outlives its leader. */
const groups = new Set<number>();

/**
 * Node's arguments that run the TypeScript file `entry` in a child process,
 * through the suite's own loader (test/loader/typescript.mjs: esbuild, one
 * file at a time).
 */
export function typeScriptChild(entry: string): string[] {
  return [`--import=${pathToFileURL(path.resolve('test/loader/typescript.mjs')).href}`, '--enable-source-maps', path.resolve(entry)];
}

/**
 * Starts `command` as the leader of a new process group that this process
 * kills when it ends. Children record no test coverage (the suite's
 * coverage is measured in the test processes: a server's would cost each
 * start and the report a large file to merge, for little).
 */
export function spawnGroup(command: string, args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  const env = { ...(options.env ?? process.env), _TAPJS_PROCESSINFO_COVERAGE_: '0' };
  const p = spawn(command, args, { ...options, env, detached: true });
  if (p.pid !== undefined) groups.add(p.pid);
  return p;
}

/** Sends `signal` to the process's whole group (itself if it leads none). */
export function killGroup(p: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (p.pid === undefined) return;
  try {
    process.kill(-p.pid, signal);
  } catch {
    try {
      p.kill(signal);
    } catch {
      // already gone
    }
  }
}

/** Kills the process's group (SIGCONT first, in case it was paused) and waits until the process has exited. */
export async function stopGroup(p: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  const exited = p.exitCode !== null || p.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => p.once('exit', () => resolve()));
  killGroup(p, 'SIGCONT');
  killGroup(p, signal);
  await exited;
  // What the leader started may outlive it in its group.
  killGroup(p, 'SIGKILL');
  if (p.pid !== undefined) groups.delete(p.pid);
}

/** The pids whose parent is this process (Linux: /proc; elsewhere none). */
function directChildren(): number[] {
  const out: number[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return out;
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    try {
      // pid (comm) state ppid ...: comm may hold spaces and parentheses, so read after the last ')'.
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid) out.push(Number(e));
    } catch {
      // ended meanwhile
    }
  }
  return out;
}

function killEverything(): void {
  for (const pid of groups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // group gone
    }
  }
  groups.clear();
  for (const pid of directChildren()) {
    for (const target of [-pid, pid]) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // not a group leader, or gone
      }
    }
  }
}

onExit(() => killEverything(), { alwaysLast: true });
