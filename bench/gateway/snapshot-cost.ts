/**
 * bench:snapshot-cost: what one supervisor request and one event's fan-out
 * cost the routing thread, in CPU time (process.cpuUsage, so that a busy
 * shared machine slows the run but hardly the figures). The real gateway
 * with in-process connections (each send is encoded as the transports get
 * it, then dropped): 5,000 agents, 10,000 contacts of 20 KiB context
 * waiting, and N subscribed supervisors.
 *
 * - a `subscribe` (the first page) and each `snapshotPage`: the longest,
 *   against DESIGN §8's 5 ms for any one request;
 * - the fan-out of one event to N supervisors, per supervisor.
 */
import { pino } from 'pino';
import { Router } from '../../src/core/router.js';
import { parseConfig } from '../../src/config/schema.js';
import { TokenAuthority } from '../../src/gateway/auth.js';
import { Gateway } from '../../src/gateway/gateway.js';
import { noopObserver } from '../../src/gateway/observer.js';
import type { Session } from '../../src/gateway/session.js';
import { wholeFrame, type Connection, type OutFrame } from '../../src/gateway/transport.js';
import { rng } from '../lib/random.js';
import { agentId, BACKLOG_QUEUE, benchConfig, newContact } from '../e2e/workload.js';

const AGENTS = 5_000;
const BACKLOG = 10_000;
const enc = new TextEncoder();

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** A connection that takes every frame as a transport would (bytes), and keeps the last reply and the contacts offered. */
function connection(): Connection & { last: string; offered: string[] } {
  const c = {
    last: '',
    offered: [] as string[],
    send(frame: OutFrame): boolean {
      const data = wholeFrame(frame);
      if (typeof data === 'string') {
        enc.encode(data);
        if (data.startsWith('{"reply"')) c.last = data;
        else if (data.includes('"offer"')) {
          const id = /"offer":\{"contact":\{"id":"([^"]+)"/.exec(data)?.[1];
          if (id !== undefined) c.offered.push(id);
        }
      }
      return true;
    },
    bufferedAmount: () => 0,
    close() {},
    terminate() {},
  };
  return c;
}

function main(): void {
  const config = parseConfig(benchConfig(AGENTS, rng(5)));
  const router = new Router(config.core, { now: () => Date.now() });
  const gateway = new Gateway({
    router,
    config,
    auth: new TokenAuthority('x'.repeat(32)),
    observer: noopObserver,
    metrics: undefined,
    log: pino({ level: 'silent' }),
  });
  const open = (role: 'agent' | 'integration' | 'supervisor', principal: string) => {
    const conn = connection();
    const s = gateway.open(conn, { role, principal, encoding: 'json', expiresAt: undefined, remoteAddress: '127.0.0.1' });
    return { s, conn };
  };
  const ask = (s: Session, frame: string): void => gateway.message(s, enc.encode(frame), false);
  const agents = Array.from({ length: AGENTS }, (_, i) => open('agent', agentId(i)));
  for (const a of agents) ask(a.s, `{"id":"l","login":{"presence":"available"}}`);
  const ivr = open('integration', 'ivr');
  // A day under way: every agent has handled contacts (the day's figures list every one of them).
  const day = rng(3);
  let handled = 0;
  for (let i = 0; i < AGENTS; i++) ask(ivr.s, JSON.stringify({ id: `d${i}`, createContact: newContact(day, `d-${i}`, 0) }));
  for (const a of agents) {
    for (const id of a.conn.offered.splice(0)) {
      ask(a.s, `{"id":"a","accept":{"contactId":"${id}"}}`);
      ask(ivr.s, `{"id":"c","connected":{"contactId":"${id}"}}`);
      ask(ivr.s, `{"id":"e","end":{"contactId":"${id}"}}`);
      ask(a.s, `{"id":"w","finishWrapUp":{"contactId":"${id}","disposition":"resolved"}}`);
      handled++;
    }
  }
  for (const a of agents) ask(a.s, `{"id":"p","setPresence":{"presence":"away"}}`);
  const blob = 'x'.repeat(20 * 1024);
  for (let i = 0; i < BACKLOG; i++) {
    ask(
      ivr.s,
      JSON.stringify({
        id: `b${i}`,
        createContact: { externalId: `b-${i}`, queueId: BACKLOG_QUEUE, channel: 'voice', language: 'en', customer: { id: `c${i}` }, context: { blob } },
      }),
    );
  }

  // One supervisor walks the snapshot: each request's CPU time.
  const sup = open('supervisor', 'sam');
  const times: number[] = [];
  const heads: number[] = [];
  /** What each request's page held (the phase of the walk), and each walk's slowest request. */
  const phases: string[] = [];
  const phaseOf = (reply: string): string =>
    reply.includes('"contacts":[') ? 'contacts' : reply.includes('"agentFigures":[') ? 'figures' : reply.includes('"agents":[') ? 'agents' : 'other';
  const walkMax: string[] = [];
  let bytes = 0;
  for (let round = 0; round < 3; round++) {
    const first = times.length;
    let t0 = cpuMs();
    ask(sup.s, '{"id":"s","subscribe":{}}');
    heads.push(cpuMs() - t0);
    times.push(heads[heads.length - 1]!);
    phases.push('subscribe');
    bytes = sup.conn.last.length;
    for (let cursor = /"nextCursor":"([^"]+)"/.exec(sup.conn.last)?.[1]; cursor !== undefined; cursor = /"nextCursor":"([^"]+)"/.exec(sup.conn.last)?.[1]) {
      t0 = cpuMs();
      ask(sup.s, `{"id":"p","snapshotPage":{"cursor":"${cursor}"}}`);
      times.push(cpuMs() - t0);
      phases.push(phaseOf(sup.conn.last));
      bytes = Math.max(bytes, sup.conn.last.length);
    }
    let at = first;
    for (let i = first; i < times.length; i++) if (times[i]! > times[at]!) at = i;
    walkMax.push(`walk ${round + 1}: ${times[at]!.toFixed(2)} ms (request ${at - first}, ${phases[at]})`);
  }
  const slowest = times
    .map((ms, i) => ({ ms, i, phase: phases[i] }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 4);
  times.sort((a, b) => a - b);
  console.log(`  subscribe (the first page, with the queues' counts): ${heads.map((h) => h.toFixed(2)).join(', ')} CPU ms`);
  console.log(
    `snapshot of ${AGENTS} agents (with the day's figures of ${handled} contacts handled) and ${BACKLOG} contacts of 20 KiB, walked 3 times: ${times.length / 3} requests a walk`,
  );
  console.log(
    `  CPU ms per request: median ${times[Math.floor(times.length / 2)]!.toFixed(2)}, max ${times[times.length - 1]!.toFixed(2)} (target <= 5); largest page ${Math.round(bytes / 1024)} KiB`,
  );
  console.log(`  slowest: ${slowest.map((x) => `request ${x.i} of ${times.length} ${x.ms.toFixed(2)} ms (${x.phase})`).join(', ')}`);
  console.log(`  slowest of each walk: ${walkMax.join('; ')}`);

  // Fan-out: contacts created and offered, with N supervisors subscribed.
  const r = rng(7);
  const result: Record<string, number> = {};
  let n = 0;
  for (const count of [0, 50, 500]) {
    const sups = Array.from({ length: count }, (_, i) => open('supervisor', `s${i}`));
    for (const x of sups) ask(x.s, '{"id":"s","subscribe":{"pageSize":1}}');
    const contacts = 2_000;
    const t0 = cpuMs();
    for (let i = 0; i < contacts; i++) ask(ivr.s, JSON.stringify({ id: `c${n}`, createContact: newContact(r, `f-${n++}`, 0) }));
    result[count] = ((cpuMs() - t0) * 1000) / contacts;
    for (const x of sups) gateway.close(x.s, 1000, 'bye');
  }
  const per = (k: number) => ((result[k]! - result[0]!) / k / 3).toFixed(2);
  console.log(
    `fan-out: CPU µs per contact created (3 events to each supervisor): no supervisor ${result[0]!.toFixed(1)}, 50: ${result[50]!.toFixed(1)}, 500: ${result[500]!.toFixed(1)}`,
  );
  console.log(`  per event and supervisor: ${per(50)} µs (50), ${per(500)} µs (500)`);
  console.log(
    JSON.stringify({
      request_cpu_ms_median: Number(times[Math.floor(times.length / 2)]!.toFixed(2)),
      request_cpu_ms_max: Number(times[times.length - 1]!.toFixed(2)),
      largest_page_kib: Math.round(bytes / 1024),
      fanout_us_per_event_per_supervisor_50: Number(per(50)),
      fanout_us_per_event_per_supervisor_500: Number(per(500)),
    }),
  );
  void gateway.drain(0);
}

main();
