/**
 * bench:ping-cost — the instructions the gateway spends on one ping, counted
 * by valgrind's callgrind: the same count for the same code whatever else the
 * shared machine does (two runs agree within ~1 %), where the ping
 * saturation of bench:e2e swings by a third from run to run. For changes to
 * the gateway's cost a message; bench:e2e says what they are worth in time.
 *
 * In-process, no sockets: a `Gateway` built as `switchboard serve` builds it
 * (the bench config, `Metrics` as observer), 100 agent sessions on
 * connections that only count what they are sent, and a ping frame handed
 * to `Gateway.message` as the uWS transport hands it (a fresh `Uint8Array`
 * view). The child warms up uninstrumented, runs a full collection (and
 * pings while it sweeps), then turns callgrind on for the counted requests; node runs `--single-threaded` so that compilation and
 * collection stay on the counted thread and repeat from run to run.
 *
 * `npm run bench:ping-cost [-- --requests N --warm-up N --runs N]`; needs
 * valgrind (Debian: `apt-get install -y valgrind`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { parseConfig } from '../../src/config/schema.js';
import { Router } from '../../src/core/router.js';
import { TokenAuthority } from '../../src/gateway/auth.js';
import { Gateway } from '../../src/gateway/gateway.js';
import type { Connection } from '../../src/gateway/transport.js';
import { Metrics } from '../../src/metrics/metrics.js';
import { rng } from '../lib/random.js';
import { shippedNodeFlags } from '../e2e/server-process.js';
import { benchConfig } from '../e2e/workload.js';

const { values: flags } = parseArgs({
  options: {
    requests: { type: 'string', default: '50000' },
    'warm-up': { type: 'string', default: '100000' },
    runs: { type: 'string', default: '2' },
    child: { type: 'boolean', default: false },
  },
});
const REQUESTS = Number(flags.requests);
const WARM_UP = Number(flags['warm-up']);
/** Pings between the full collection before the count and the count: its sweeping happens in them. */
const AFTER_GC = 20_000;

function child(): void {
  const secret = 'x'.repeat(32);
  const config = parseConfig({ ...(benchConfig(100, rng(5)) as object), tokenSecret: secret });
  const clock = { now: () => Date.now() };
  const router = new Router(config.core, clock);
  const metrics = new Metrics(router, router.config, { clock });
  const gw = new Gateway({ router, config, auth: new TokenAuthority(secret), observer: metrics, metrics, log: pino({ level: 'silent' }) });
  let sent = 0;
  const conn: Connection = {
    send: () => {
      sent++;
      return true;
    },
    bufferedAmount: () => 0,
    close: () => {},
    terminate: () => {},
  };
  const sessions = Array.from({ length: 100 }, (_, i) =>
    gw.open(conn, { role: 'agent', principal: `a${i}`, encoding: 'json', expiresAt: undefined, remoteAddress: '127.0.0.1' }),
  );
  const frame = new TextEncoder().encode('{"id":"p","ping":{}}').buffer;
  // A function of its own, so that what is counted is optimized code, not the module's top level.
  const run = (n: number): void => {
    for (let i = 0; i < n; i++) gw.message(sessions[i % 100]!, new Uint8Array(frame), false);
  };
  for (let done = 0; done < WARM_UP; done += 10_000) run(10_000);
  // A full collection before the count, and its sweeping done by more pings, so that
  // whether one lands in the counted window does not depend on where the warm-up ended
  // (one is ~1,200 instructions a ping; the server's saturations have none).
  (globalThis as { gc?: () => void }).gc!();
  run(AFTER_GC);
  execFileSync('callgrind_control', ['-i', 'on', String(process.pid)], { stdio: 'ignore' });
  run(REQUESTS);
  if (sent !== WARM_UP + AFTER_GC + REQUESTS) throw new Error(`${sent} replies to ${WARM_UP + AFTER_GC + REQUESTS} pings`);
}

function parent(): void {
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    process.stderr.write('bench:ping-cost needs valgrind (apt-get install -y valgrind)\n');
    process.exit(1);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'switchboard-ping-cost-'));
  const self = fileURLToPath(import.meta.url);
  process.stdout.write(`bench:ping-cost  ${REQUESTS} pings counted after ${WARM_UP} uninstrumented, node ${process.version}\n`);
  try {
    for (let i = 1; i <= Number(flags.runs); i++) {
      const r = spawnSync(
        'valgrind',
        [
          '--tool=callgrind',
          '--smc-check=all-non-file',
          '--instr-atstart=no',
          `--callgrind-out-file=${path.join(dir, `run-${i}.out`)}`,
          process.execPath,
          '--single-threaded',
          '--expose-gc',
          // The young generation as the server ships (bin/switchboard.js); --single-threaded stands for its pool size.
          ...shippedNodeFlags().filter((f) => f.includes('semi-space')),
          self,
          '--child',
          '--requests',
          String(REQUESTS),
          '--warm-up',
          String(WARM_UP),
        ],
        { encoding: 'utf8' },
      );
      const collected = /Collected : (\d+)/.exec(r.stderr);
      if (r.status !== 0 || collected === null) throw new Error(`run ${i} failed (${r.status}):\n${r.stderr.slice(-2000)}`);
      process.stdout.write(`run ${i}: ${Math.round(Number(collected[1]) / REQUESTS)} instructions a ping (${collected[1]} in all)\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (flags.child === true) child();
else parent();
