/**
 * test/harness/processes.ts: what a test process started dies with it,
 * whether it ends on its own or is ended the way tap ends a file that ran
 * past its timeout (SIGALRM) or an interrupted run (SIGTERM, SIGINT).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import t from 'tap';
import { stopGroup, typeScriptChild } from '../harness/processes.js';
import { until } from '../fixtures/until.js';

/** Alive, and not a zombie waiting for a parent to reap it. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

for (const end of ['SIGALRM', 'SIGTERM', 'SIGINT', 'exit'] as const) {
  t.test(`a test process ended by ${end} takes what it started along`, async (t) => {
    const child = spawn(process.execPath, [...typeScriptChild('test/fixtures/reaper-child.ts'), end], {
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
      env: { ...process.env, _TAPJS_PROCESSINFO_COVERAGE_: '0' }, // as spawnGroup's children
    });
    t.teardown(() => stopGroup(child));
    const pids = await new Promise<number[]>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(JSON.parse(out) as number[]);
      });
      child.once('exit', (code, signal) => reject(new Error(`ended early: ${code ?? signal}`)));
    });
    t.teardown(() => {
      for (const pid of pids) if (alive(pid)) process.kill(pid, 'SIGKILL');
    });
    t.equal(pids.length, 3);
    t.ok(pids.every(alive), 'all three run');
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    if (end !== 'exit') child.kill(end);
    await exited;
    await until('the group leader, its child and the plain child end', () => !pids.some(alive));
    t.pass('nothing left running');
  });
}
