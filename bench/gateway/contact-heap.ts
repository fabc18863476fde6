/**
 * bench:contact-heap: the V8 heap a contact costs the whole server, in
 * bytes and objects (issue 20: what survives young-generation collections
 * and what every major collection marks), deterministic: no time measured.
 *
 * The real gateway in process as `createServer` wires it without a store
 * (router, gateway with records in memory, metrics, the insights), with
 * in-process connections (each frame taken as a transport would, then
 * dropped): `--agents` agents (default 5,000) logged in, a warm-up of
 * contacts handled to the end, then `--contacts` N (default 2,000) contacts
 * of distinct customers, measured after full collections:
 *
 * - waiting: created while every agent is away (`--offered-at-once`:
 *   created while agents are available, as under bench:e2e's load, and
 *   offered as they arrive, one offer left ringing throughout as under
 *   load there always is one; no waiting step);
 * - talking: offered, accepted and connected;
 * - closed: ended by the integration and wrapped up by the agent (what
 *   the server still holds of them once they are over; no time has passed,
 *   so deadlines that no longer matter, such as their offers' and wrap-ups',
 *   have not come due yet).
 *
 * Each step: heap bytes per contact (`process.memoryUsage`), and two heap
 * snapshots diffed by what each object is (a class's name, a plain object's
 * first property names, `(string)` etc.) and by what owns it (the nearest
 * object that refers to it): the top contributors per contact.
 * Needs `--expose-gc` (the npm script passes it).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { pino } from 'pino';
import { Router } from '../../src/core/router.js';
import { parseConfig } from '../../src/config/schema.js';
import { TokenAuthority } from '../../src/gateway/auth.js';
import { Gateway } from '../../src/gateway/gateway.js';
import type { Session } from '../../src/gateway/session.js';
import { wholeFrame, type Connection, type OutFrame } from '../../src/gateway/transport.js';
import { Metrics } from '../../src/metrics/metrics.js';
import { MemoryRecordStore } from '../../src/record/memory-record-store.js';
import { registerRecordMetrics } from '../../src/record/record-metrics.js';
import { rng } from '../lib/random.js';
import { agentId, benchConfig, newContact } from '../e2e/workload.js';

const { values: flags } = parseArgs({
  options: {
    agents: { type: 'string', default: '5000' },
    contacts: { type: 'string', default: '2000' },
    warmup: { type: 'string', default: '2000' },
    top: { type: 'string', default: '20' },
    'offered-at-once': { type: 'boolean', default: false },
  },
});
const AGENTS = Number(flags.agents);
const N = Number(flags.contacts);
const TOP = Number(flags.top);
/** Contacts offered as they arrive (agents available), as under bench:e2e's load: no waiting step. */
const atOnce = flags['offered-at-once'];
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc (npm run bench:contact-heap)');
const enc = new TextEncoder();

/** A connection that takes every frame as a transport would and keeps the contacts offered to it. */
function connection(): Connection & { offered: string[] } {
  const c = {
    offered: [] as string[],
    send(frame: OutFrame): boolean {
      const data = wholeFrame(frame);
      const text = typeof data === 'string' ? data : '';
      if (text.includes('"offer"')) {
        const id = /"offer":\{"contact":\{"id":"([^"]+)"/.exec(text)?.[1];
        if (id !== undefined) c.offered.push(id);
      }
      return true;
    },
    bufferedAmount: () => 0,
    close() {},
    terminate() {},
  };
  return c;
}

// ---- heap snapshots, summed by kind and owner -------------------------------------------

interface Tally {
  count: number;
  bytes: number;
}
/** kind -> owner -> tally */
type Census = Map<string, Tally>;
/** A census is kept in a file while other snapshots are taken (in the heap it would count as the contacts'). */
let files = 0;
function park(c: Census): string {
  const file = path.join(os.tmpdir(), `contact-heap-${process.pid}-${files++}.json`);
  writeFileSync(file, JSON.stringify([...c]));
  return file;
}
function unpark(file: string): Census {
  const c = new Map(JSON.parse(readFileSync(file, 'utf8')) as [string, Tally][]);
  return c;
}

async function census(): Promise<Census> {
  gc!();
  gc!();
  const chunks: Buffer[] = [];
  for await (const c of v8.getHeapSnapshot()) chunks.push(c as Buffer);
  const snap = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
    nodes: number[];
    edges: number[];
    strings: string[];
  };
  const { meta } = snap.snapshot;
  const NF = meta.node_fields.length;
  const EF = meta.edge_fields.length;
  const nType = meta.node_fields.indexOf('type');
  const nName = meta.node_fields.indexOf('name');
  const nSize = meta.node_fields.indexOf('self_size');
  const nEdges = meta.node_fields.indexOf('edge_count');
  const eType = meta.edge_fields.indexOf('type');
  const eName = meta.edge_fields.indexOf('name_or_index');
  const eTo = meta.edge_fields.indexOf('to_node');
  const types = meta.node_types[0];
  const etypes = meta.edge_types[0];
  const PROPERTY = etypes.indexOf('property');
  const WEAK = etypes.indexOf('weak');
  const SHORTCUT = etypes.indexOf('shortcut');
  const { nodes, edges, strings } = snap;
  const count = nodes.length / NF;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0, e = 0; i < count; i++) {
    firstEdge[i] = e;
    e += nodes[i * NF + nEdges]! * EF;
    firstEdge[i + 1] = e;
  }
  const type = (i: number): string => types[nodes[i * NF + nType]!]!;
  // What a node is: a class's name; a plain object's first property names; strings as one.
  const kindOf = (i: number): string => {
    const t = type(i);
    const name = strings[nodes[i * NF + nName]!]!;
    switch (t) {
      case 'object': {
        if (name !== 'Object') return name;
        const props: string[] = [];
        for (let e = firstEdge[i]!; e < firstEdge[i + 1]! && props.length < 4; e += EF) {
          if (edges[e + eType] === PROPERTY) {
            const p = strings[edges[e + eName]!]!;
            if (p !== '__proto__' && p !== 'map') props.push(p);
          }
        }
        return `{${props.join(',')}}`;
      }
      case 'closure':
        return `closure ${name}`;
      case 'string':
      case 'concatenated string':
      case 'sliced string':
        return '(string)';
      case 'array':
        return `(array ${name})`;
      case 'hidden':
      case 'object shape':
        return `(${t} ${name})`;
      default:
        return `(${t})`;
    }
  };
  const kinds = new Map<number, string>();
  const kind = (i: number): string => {
    let k = kinds.get(i);
    if (k === undefined) kinds.set(i, (k = kindOf(i)));
    return k;
  };
  // Containers (maps, sets, arrays, buffers, empty objects) are not owners: what holds them is, named with the field.
  const CONTAINERS = new Set(['Map', 'Set', 'Array', 'ArrayBuffer', 'Uint8Array', 'Uint32Array', 'Float64Array', 'Int32Array', '{}', 'WeakMap']);
  const owned = (i: number): boolean => {
    const t = type(i);
    return (t === 'object' || t === 'closure') && !CONTAINERS.has(kind(i));
  };
  // The nearest owner of each node that is not one itself (its containers, their backing stores, strings, numbers).
  const labels: string[] = [];
  const labelIds = new Map<string, number>();
  const labelOf = (l: string): number => {
    let id = labelIds.get(l);
    if (id === undefined) {
      labelIds.set(l, (id = labels.length));
      labels.push(l);
    }
    return id;
  };
  const owner = new Int32Array(count).fill(-1);
  for (let i = 0; i < count; i++) if (owned(i)) owner[i] = labelOf(kind(i));
  for (let changed = true, pass = 0; changed && pass < 100; pass++) {
    changed = false;
    for (let i = 0; i < count; i++) {
      const o = owner[i]!;
      if (o < 0) continue;
      const isOwner = owned(i);
      for (let e = firstEdge[i]!; e < firstEdge[i + 1]!; e += EF) {
        const et = edges[e + eType];
        if (et === WEAK || et === SHORTCUT) continue;
        const to = edges[e + eTo]! / NF;
        if (owner[to] !== -1 || owned(to)) continue;
        const t = type(to);
        const named = isOwner && t === 'object' && et === PROPERTY;
        owner[to] = named ? labelOf(`${labels[o]}.${strings[edges[e + eName]!]}`) : o;
        changed = true;
      }
    }
  }
  // Who refers to each owner (and to what no owner reached): the first referrer, named with the field.
  const heldBy = new Int32Array(count).fill(-1);
  for (let i = 0; i < count; i++) {
    if (type(i) === 'synthetic') continue;
    const from = owned(i) ? kind(i) : owner[i]! >= 0 ? labels[owner[i]!]! : kind(i);
    for (let e = firstEdge[i]!; e < firstEdge[i + 1]!; e += EF) {
      const et = edges[e + eType];
      if (et === WEAK || et === SHORTCUT) continue;
      const to = edges[e + eTo]! / NF;
      if (heldBy[to] !== -1 || (!owned(to) && owner[to] !== -1)) continue;
      heldBy[to] = labelOf(et === PROPERTY && owned(i) ? `${from}.${strings[edges[e + eName]!]}` : from);
    }
  }
  const out: Census = new Map();
  for (let i = 0; i < count; i++) {
    const t = type(i);
    if (t === 'synthetic') continue;
    const o = owned(i) ? -1 : owner[i]!;
    const held = heldBy[i]! < 0 ? '?' : labels[heldBy[i]!]!;
    const key = `${kind(i)}\u0000${o < 0 ? '' : labels[o]}\u0000${owned(i) || o < 0 ? held : ''}`;
    const tally = out.get(key);
    const size = nodes[i * NF + nSize]!;
    if (tally === undefined) out.set(key, { count: 1, bytes: size });
    else {
      tally.count++;
      tally.bytes += size;
    }
  }
  return out;
}

/** Lets what the requests left pending (async handlers, their replies) run to its end first. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
}

function heapUsed(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
}

function report(step: string, beforeFile: string, afterFile: string, heapDelta: number): void {
  const before = unpark(beforeFile);
  const after = unpark(afterFile);
  rmSync(afterFile);
  const diff: { key: string; count: number; bytes: number }[] = [];
  const byOwner = new Map<string, Tally>();
  let total = 0;
  let objects = 0;
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key) ?? { count: 0, bytes: 0 };
    const b = after.get(key) ?? { count: 0, bytes: 0 };
    const d = { key, count: b.count - a.count, bytes: b.bytes - a.bytes };
    total += d.bytes;
    objects += d.count;
    diff.push(d);
    const [k, o] = key.split('\u0000') as [string, string];
    const who = o === '' ? k : o;
    const t = byOwner.get(who) ?? { count: 0, bytes: 0 };
    t.count += d.count;
    t.bytes += d.bytes;
    byOwner.set(who, t);
  }
  const per = (x: number) => (x / N).toFixed(x / N < 10 && x / N > -10 ? 2 : 0).padStart(8);
  console.log(`\n== ${step}: ${per(heapDelta)} B heap a contact (heapUsed), snapshot ${per(total)} B and ${per(objects)} objects a contact`);
  console.log(`   by what holds it (the object and what it owns: its strings, arrays, numbers), B and objects a contact:`);
  for (const [who, t] of [...byOwner].sort((x, y) => Math.abs(y[1].bytes) - Math.abs(x[1].bytes)).slice(0, TOP))
    console.log(`   ${per(t.bytes)} ${per(t.count)}  ${who.slice(0, 110)}`);
  console.log(`   by object (what owns it, or for an owner what refers to it first):`);
  for (const d of diff.sort((x, y) => Math.abs(y.bytes) - Math.abs(x.bytes)).slice(0, TOP)) {
    const [k, o, h] = d.key.split('\u0000') as [string, string, string];
    console.log(
      `   ${per(d.bytes)} ${per(d.count)}  ${k.slice(0, 60)}${o === '' ? '' : `  <- ${o.slice(0, 50)}`}${h === '' ? '' : `  (held by ${h.slice(0, 50)})`}`,
    );
  }
  summary[step] = { heapBytes: Math.round(heapDelta / N), snapshotBytes: Math.round(total / N), objects: Number((objects / N).toFixed(1)) };
}
const summary: Record<string, { heapBytes: number; snapshotBytes: number; objects: number }> = {};

async function main(): Promise<void> {
  const config = parseConfig(benchConfig(AGENTS, rng(5)));
  const router = new Router(config.core, { now: () => Date.now() });
  const records = new MemoryRecordStore({ retentionMs: config.records.retentionHours * 3600_000, now: () => Date.now(), maxBytes: config.records.maxBytes });
  const metrics = new Metrics(router, router.config, { defaultMetrics: false });
  registerRecordMetrics(metrics.registry, records);
  const gateway = new Gateway({
    router,
    config,
    auth: new TokenAuthority('x'.repeat(32)),
    observer: metrics,
    metrics,
    log: pino({ level: 'silent' }),
    records,
  });
  const open = (role: 'agent' | 'integration', principal: string) => {
    const conn = connection();
    const s = gateway.open(conn, { role, principal, encoding: 'json', expiresAt: undefined, remoteAddress: '127.0.0.1' });
    return { s, conn };
  };
  const ask = (s: Session, frame: string): void => gateway.message(s, enc.encode(frame), false);
  const agents = Array.from({ length: AGENTS }, (_, i) => open('agent', agentId(i)));
  for (const a of agents) ask(a.s, `{"id":"l","login":{"presence":"available"}}`);
  const ivr = open('integration', 'ivr');
  const r = rng(3);
  let n = 0;
  const create = (count: number): void => {
    for (let i = 0; i < count; i++) ask(ivr.s, JSON.stringify({ id: `c${n}`, createContact: newContact(r, `x-${n++}`, 0) }));
  };
  /** Every contact offered: accepted and connected; returns them as (agent, contact). */
  const acceptAll = (): [Session, string][] => {
    const talking: [Session, string][] = [];
    for (const a of agents)
      for (const id of a.conn.offered.splice(0)) {
        ask(a.s, `{"id":"a","accept":{"contactId":"${id}"}}`);
        ask(ivr.s, `{"id":"c","connected":{"contactId":"${id}"}}`);
        talking.push([a.s, id]);
      }
    return talking;
  };
  const finish = (talking: [Session, string][]): void => {
    for (const [s, id] of talking) {
      ask(ivr.s, `{"id":"e","end":{"contactId":"${id}"}}`);
      ask(s, `{"id":"w","finishWrapUp":{"contactId":"${id}","disposition":"resolved"}}`);
    }
  };
  const presence = (p: string) => {
    for (const a of agents) ask(a.s, `{"id":"p","setPresence":{"presence":"${p}"}}`);
  };
  // Warm-up: every lazily built structure made, code compiled (in rounds no larger than the agents).
  for (let left = Number(flags.warmup); left > 0; left -= Math.min(left, AGENTS)) {
    create(Math.min(left, AGENTS));
    finish(acceptAll());
  }
  presence('away');
  presence('available');
  if (!atOnce) presence('away');
  else {
    // One offer left ringing throughout: a live deadline at the front of the core's timers, as under load there
    // always is one, so that the deadlines that died meanwhile are not all dropped from the front at once.
    create(1);
    await settle();
    let ringing = 0;
    for (const a of agents) ringing += a.conn.offered.splice(0).length;
    if (ringing !== 1) throw new Error(`${ringing} offers ringing, not 1`);
  }
  await settle();
  const h0 = heapUsed();
  const c0 = park(await census());
  create(N);
  if (!atOnce) {
    await settle();
    const h1 = heapUsed();
    const c1 = park(await census());
    report('waiting', c0, c1, h1 - h0);
    presence('available');
  }
  const talking = acceptAll();
  if (talking.length !== N) throw new Error(`${talking.length} of ${N} contacts offered: more agents (--agents) needed`);
  await settle();
  const h2 = heapUsed();
  const c2 = park(await census());
  report('talking', c0, c2, h2 - h0);
  finish(talking.splice(0));
  if (!atOnce) presence('away');
  // The queues' oldest waiting read, as every scrape and wallboard does (it drops the cells' dead entries).
  router.waitingStats();
  await settle();
  const h3 = heapUsed();
  const c3 = park(await census());
  report('closed (retained)', c0, c3, h3 - h0);
  console.log(`\n${N} contacts, ${AGENTS} agents, ${Number(flags.warmup)} contacts of warm-up; heap ${(h3 / 1e6).toFixed(1)} MB at the end`);
  rmSync(c0);
  console.log(JSON.stringify(summary));
  void gateway.drain(0);
}

await main();
