/**
 * A client process of the end-to-end bench, driven over IPC (see
 * `worker-protocol.ts`): a pool of simulated agents, or the integration.
 *
 * Lean clients on `ws` rather than the SDK: the SDK arms a timer and a
 * promise per request, which at 5,000 sockets and tens of thousands of
 * frames a second would measure the client. Frames are the same JSON the
 * SDK sends.
 */
import './lifetime.js';
import { appendFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import WebSocket from 'ws';
import { TokenAuthority } from '../../src/gateway/auth.js';
import { rng } from '../lib/random.js';
import { SUBPROTOCOL_JSON } from '../../src/protocol/messages.js';
import { Metronome } from '../../test/harness/metronome.js';
import { agentId, BACKLOG_QUEUE, newContact, nowMs, SECRET, STALL_LOG_ENV } from './workload.js';
import type { AgentStats, Command, IntegrationStats, Reply, SaturateResult, SettleResult, SupervisorStats } from './worker-protocol.js';

const tokens = new TokenAuthority(SECRET);
const PING = '{"id":"p","ping":{}}';

let framesIn = 0;
let framesOut = 0;
let errors = 0;
let closing = false;
/** This process's own stalls (its GC, its share of the CPU): part of every latency it measures. */
const loopDelay = monitorEventLoopDelay({ resolution: 1 });
loopDelay.enable();

/** Open sockets of this process, for `close`. */
const sockets = new Set<WebSocket>();

async function open(url: string, role: 'agent' | 'integration' | 'supervisor' | null, id: string): Promise<WebSocket> {
  const headers: Record<string, string> = {};
  if (role !== null) headers['authorization'] = `Bearer ${await tokens.sign({ role, id })}`;
  const ws = new WebSocket(role === null ? url : `${url}/v1/${role}`, [SUBPROTOCOL_JSON], { headers, perMessageDeflate: false });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`${id}: upgrade refused with HTTP ${res.statusCode}`)));
  });
  sockets.add(ws);
  ws.on('error', () => {});
  ws.once('close', () => {
    sockets.delete(ws);
    if (!closing) errors++;
  });
  return ws;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(what)), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

function send(ws: WebSocket, frame: string): void {
  framesOut++;
  ws.send(frame);
}

/** Server frames are `{"reply":…` or `{"event":…`: the third byte tells which. */
const isReply = (data: Buffer): boolean => data[2] === 0x72; // r
/** An event's kind is the key after `"at"`: these find the frames worth parsing without parsing the rest. */
const OFFER_KEY = Buffer.from(',"offer":{');
const ERROR_KEY = Buffer.from('"error":{');
const OFFERED_KEY = Buffer.from(',"contactOffered":{');
const CLOSED_KEY = Buffer.from(',"contactClosed":{');

interface ServerFrame {
  reply?: { id: string; error?: { code: string; message: string }; [result: string]: unknown };
  event?: { seq: string; at?: number; [kind: string]: unknown };
}

// ---- agents ------------------------------------------------------------------------------

/** Handle (talk) time and wrap-up time of a simulated agent, ms. */
const HANDLE_MS = [500, 2000] as const;
const WRAP_MS = [100, 500] as const;

class SimAgent {
  #next = 0;
  /** Set while saturating: called for every frame, which is then not read. */
  onPong: (() => void) | null = null;

  constructor(
    readonly id: string,
    readonly ws: WebSocket,
    readonly stats: AgentStats,
    readonly r: () => number,
  ) {
    ws.on('message', (data: Buffer) => this.#frame(data));
  }

  request(kind: string, body: Record<string, unknown>): void {
    send(this.ws, JSON.stringify({ id: String(++this.#next), [kind]: body }));
  }

  #frame(data: Buffer): void {
    framesIn++;
    if (this.onPong !== null) {
      // Saturating: count the frame and send the next, unread, exactly like the echo driver
      // (which does not read the clock either).
      this.onPong();
      return;
    }
    const t = nowMs();
    // Only offers and refusals are read; the other frames are counted, not
    // parsed (less client work on the cores the server shares).
    if (isReply(data) ? data.indexOf(ERROR_KEY) === -1 : data.indexOf(OFFER_KEY) === -1) return;
    const m = JSON.parse(data.toString('utf8')) as ServerFrame;
    if (m.reply !== undefined) {
      if (m.reply.error !== undefined) {
        errors++;
        if (errors < 5) process.stderr.write(`agent ${this.id}: ${m.reply.error.code} ${m.reply.error.message}\n`);
      }
      return;
    }
    const offer = m.event?.['offer'] as { contact: { id: string; context?: { t?: number } } } | undefined;
    if (offer === undefined) return;
    const c = offer.contact;
    this.stats.offers++;
    if (typeof c.context?.t === 'number') {
      this.stats.offerMs.push(t - c.context.t);
      if (SLOW_DUMP !== undefined && t - c.context.t > 5) slowOffers.push(`${c.context.t.toFixed(3)} ${(t - c.context.t).toFixed(3)}`);
    }
    // The timers keep the id only, not the parsed offer (which they kept alive,
    // for every young-generation collection of this process to copy, for the
    // 1-3 s of the call).
    const contactId = c.id;
    this.request('accept', { contactId });
    const handle = HANDLE_MS[0] + this.r() * (HANDLE_MS[1] - HANDLE_MS[0]);
    setTimeout(() => {
      this.request('complete', { contactId });
      setTimeout(
        () => {
          this.request('finishWrapUp', { contactId, disposition: 'resolved' });
          this.stats.completed++;
        },
        WRAP_MS[0] + this.r() * (WRAP_MS[1] - WRAP_MS[0]),
      );
    }, handle);
  }
}

const agents: SimAgent[] = [];
/** With `--stall-log <dir>`: the offers slower than 5 ms go there. */
const SLOW_DUMP = process.env[STALL_LOG_ENV] || undefined;
const slowOffers: string[] = [];
const agentStats: AgentStats = { framesIn: 0, framesOut: 0, errors: 0, loopP99Ms: 0, loopMaxMs: 0, offerMs: [], offers: 0, completed: 0 };

async function connectAgents(url: string, from: number, to: number): Promise<number> {
  const r = rng(from + 1);
  const CONCURRENT = 100;
  let next = from;
  /** Connects and logs in one agent; rejects on a refusal, a close or after 15 s. */
  const connectOne = async (id: string): Promise<SimAgent> => {
    const ws = await withTimeout(open(url, 'agent', id), 15_000, `${id}: no upgrade`);
    const a = new SimAgent(id, ws, agentStats, r);
    await withTimeout(
      new Promise<void>((resolve, reject) => {
        ws.once('close', (code: number, reason: Buffer) => reject(new Error(`${id}: closed (${code} ${reason.toString()}) before the login reply`)));
        ws.once('message', (data: Buffer) => {
          const m = JSON.parse(data.toString('utf8')) as ServerFrame;
          if (m.reply?.error !== undefined) reject(new Error(`${id}: login refused: ${m.reply.error.message}`));
          else resolve();
        });
        a.request('login', { presence: 'available' });
      }),
      15_000,
      `${id}: no login reply`,
    ).catch((err: unknown) => {
      ws.terminate();
      throw err;
    });
    return a;
  };
  const one = async (): Promise<void> => {
    while (next < to) {
      const id = agentId(next++);
      for (let attempt = 1; ; attempt++) {
        try {
          agents.push(await connectOne(id));
          break;
        } catch (err) {
          process.stderr.write(`${(err as Error).message} (attempt ${attempt})\n`);
          if (attempt === 3) throw err;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT }, one));
  return agents.length;
}

// ---- the integration -----------------------------------------------------------------------

interface Tracked {
  readonly t: number;
  offered: boolean;
}

class Integration {
  #next = 0;
  /** Request id -> intended send time of a createContact in flight. */
  readonly #inFlight = new Map<string, number>();
  /** Contact id -> its intended send time and whether it was offered. */
  readonly contacts = new Map<string, Tracked>();
  readonly #positions = new Map<string, (state: string) => void>();
  onCreated: (() => void) | null = null;
  onBacklog: (() => void) | null = null;
  #createdTotal = 0;
  readonly stats: IntegrationStats = { framesIn: 0, framesOut: 0, errors: 0, loopP99Ms: 0, loopMaxMs: 0, created: 0, assignMs: [], lateMs: [] };

  constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => this.#frame(data));
  }

  create(body: Record<string, unknown>, t: number): void {
    const id = String(++this.#next);
    this.#inFlight.set(id, t);
    send(this.ws, JSON.stringify({ id, createContact: body }));
  }

  position(contactId: string): Promise<string> {
    const id = `pos-${++this.#next}`;
    return new Promise((resolve) => {
      this.#positions.set(id, resolve);
      send(this.ws, JSON.stringify({ id, position: { contactId } }));
    });
  }

  #frame(data: Buffer): void {
    const now = nowMs();
    framesIn++;
    if (!isReply(data) && data.indexOf(OFFERED_KEY) === -1 && data.indexOf(CLOSED_KEY) === -1) return;
    const m = JSON.parse(data.toString('utf8')) as ServerFrame;
    if (m.reply !== undefined) {
      const id = m.reply.id;
      const pos = this.#positions.get(id);
      if (pos !== undefined) {
        this.#positions.delete(id);
        const p = m.reply['position'] as { state?: string } | undefined;
        pos(m.reply.error !== undefined ? `error ${m.reply.error.code}` : (p?.state ?? 'unknown'));
        return;
      }
      if (id.startsWith('b')) {
        // The backlog: not tracked.
        if (m.reply.error !== undefined) errors++;
        this.onBacklog?.();
        return;
      }
      const t = this.#inFlight.get(id);
      this.#inFlight.delete(id);
      if (m.reply.error !== undefined) {
        errors++;
        if (errors < 5) process.stderr.write(`integration: ${m.reply.error.code} ${m.reply.error.message}\n`);
        return;
      }
      const result = m.reply['contact'] as { contact: { id: string; state: string } } | undefined;
      if (result === undefined || t === undefined) return;
      this.stats.created++;
      this.#createdTotal++;
      const c = result.contact;
      // The reply goes out before the events of the same request, so the offer event finds the contact here.
      if (!this.contacts.has(c.id)) this.contacts.set(c.id, { t, offered: false });
      this.onCreated?.();
      return;
    }
    const ev = m.event;
    if (ev === undefined) return;
    const offered = ev['contactOffered'] as { contactId: string } | undefined;
    if (offered !== undefined) {
      const tr = this.contacts.get(offered.contactId);
      if (tr !== undefined && !tr.offered) {
        tr.offered = true;
        this.stats.assignMs.push(now - tr.t);
      }
      return;
    }
    const closed = ev['contactClosed'] as { contactId: string } | undefined;
    if (closed !== undefined) this.contacts.delete(closed.contactId);
  }

  /** Open loop: Poisson arrivals, each sent at (or as soon as possible after) its intended time. */
  run(rate: number, seconds: number, seed: number, tag: string): Promise<void> {
    const r = rng(seed);
    let n = 0;
    const gap = (): number => (-Math.log(1 - r()) * 1000) / rate;
    let next = nowMs() + 2;
    const end = next + seconds * 1000;
    return new Promise((resolve) => {
      // Woken at each intended time by the metronome (a worker thread): setTimeout is up to 1 ms late by itself.
      const metronome = new Metronome(() => tick());
      const tick = (): void => {
        const now = nowMs();
        while (next <= now && next < end) {
          this.stats.lateMs.push(nowMs() - next);
          this.create(newContact(r, `${tag}-${n}`, next), next);
          n++;
          next += gap();
        }
        if (next >= end) {
          void metronome.close();
          resolve();
        } else metronome.wakeAt(next);
      };
      tick();
    });
  }

  async settle(timeoutMs: number): Promise<SettleResult> {
    const deadline = nowMs() + timeoutMs;
    const pending = (): Tracked[] => [...this.contacts.values()].filter((c) => !c.offered);
    while (this.#inFlight.size > 0 || pending().length > 0) {
      if (nowMs() > deadline) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    let waiting = 0;
    let lost = 0;
    for (const [id, c] of this.contacts) {
      if (c.offered) continue;
      const state = await this.position(id);
      if (state === 'waiting') waiting++;
      else {
        lost++;
        process.stderr.write(`integration: contact ${id} never offered, now ${state}\n`);
      }
    }
    lost += this.#inFlight.size;
    const created = this.#createdTotal;
    return { created, offered: created - waiting - lost, waiting, lost };
  }

  /** `count` contacts with `contextBytes` of context in the queue no agent serves, `window` in flight. */
  backlog(count: number, contextBytes: number, window: number): Promise<void> {
    const blob = 'x'.repeat(contextBytes);
    let sent = 0;
    let done = 0;
    const one = (): void => {
      const n = sent++;
      send(
        this.ws,
        JSON.stringify({
          id: `b${n}`,
          createContact: {
            externalId: `backlog-${n}`,
            queueId: BACKLOG_QUEUE,
            channel: 'voice',
            language: 'en',
            customer: { id: `bc-${n}` },
            context: { blob },
          },
        }),
      );
    };
    return new Promise((resolve) => {
      this.onBacklog = () => {
        done++;
        if (sent < count) one();
        if (done === count) {
          this.onBacklog = null;
          resolve();
        }
      };
      while (sent < Math.min(window, count)) one();
    });
  }

  /** As fast as the server answers, `window` creates in flight. */
  fill(count: number, window: number): Promise<void> {
    const r = rng(99);
    let sent = 0;
    let done = 0;
    return new Promise((resolve) => {
      this.onCreated = () => {
        done++;
        if (sent < count) {
          this.create(newContact(r, `fill-${sent}`, 0), 0);
          sent++;
        }
        if (done === count) {
          this.onCreated = null;
          resolve();
        }
      };
      for (; sent < Math.min(window, count); sent++) this.create(newContact(r, `fill-${sent}`, 0), 0);
    });
  }
}

let integration: Integration | null = null;

// ---- saturation ----------------------------------------------------------------------------

async function saturate(url: string | null, connections: number, window: number, seconds: number): Promise<SaturateResult> {
  let replies = 0;
  let running = true;
  const drivers: { ws: WebSocket; setPong(fn: () => void): void }[] = [];
  if (url === null) {
    for (const a of agents.slice(0, connections)) drivers.push({ ws: a.ws, setPong: (fn) => (a.onPong = fn) });
  } else {
    for (let i = 0; i < connections; i++) {
      const ws = await open(url, null, `echo-${i}`);
      let onPong: () => void = () => {};
      ws.on('message', () => {
        framesIn++;
        onPong();
      });
      drivers.push({ ws, setPong: (fn) => (onPong = fn) });
    }
  }
  if (drivers.length < connections) throw new Error(`only ${drivers.length} sockets to saturate with`);
  const t0 = nowMs();
  let t1 = t0;
  for (const d of drivers) {
    d.setPong(() => {
      if (!running) return;
      replies++;
      send(d.ws, PING);
    });
    for (let i = 0; i < window; i++) send(d.ws, PING);
  }
  await new Promise((r) => setTimeout(r, seconds * 1000));
  running = false;
  t1 = nowMs();
  // Let the frames in flight come back before the sockets are reused or closed.
  await new Promise((r) => setTimeout(r, 300));
  for (const d of drivers) d.setPong(() => {});
  for (const a of agents) a.onPong = null;
  if (url !== null) {
    closing = true;
    for (const d of drivers) d.ws.terminate();
    closing = false;
  }
  return { replies, seconds: (t1 - t0) / 1000, frameBytes: Buffer.byteLength(PING) };
}

// ---- supervisors ---------------------------------------------------------------------------

const supervisorStats = { snapshots: 0, pages: 0, walkMs: [] as number[] };
let resubscriber: NodeJS.Timeout | undefined;
const NEXT_CURSOR = Buffer.from('"nextCursor":"');

/**
 * Subscribes `count` supervisor sockets and walks each snapshot's pages as
 * the SDK does (the next page asked for when one arrives); every other
 * frame is only counted (a batch as one). `batched`: subscribed for batches. With `resubscribeEveryMs` the first one subscribes
 * again that often (a wallboard reloading), walking every page each time.
 */
async function connectSupervisors(url: string, count: number, batched: boolean, resubscribeEveryMs?: number): Promise<void> {
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const ws = await open(url, 'supervisor', `bench-sup-${i}`);
      let walk: { start: number; done: () => void } | null = null;
      let seq = 0;
      const subscribe = (): Promise<void> =>
        new Promise<void>((resolve) => {
          walk = { start: nowMs(), done: resolve };
          send(ws, `{"id":"s${++seq}","subscribe":{${batched ? '"batched":true' : ''}}}`);
        });
      ws.on('message', (data: Buffer) => {
        framesIn++;
        if (walk === null || !isReply(data)) return;
        supervisorStats.pages++;
        const at = data.indexOf(NEXT_CURSOR);
        if (at >= 0) {
          const from = at + NEXT_CURSOR.length;
          send(ws, `{"id":"p${seq}","snapshotPage":{"cursor":"${data.toString('latin1', from, data.indexOf(0x22, from))}"}}`);
          return;
        }
        if (data.indexOf('"error"') >= 0) errors++;
        supervisorStats.snapshots++;
        supervisorStats.walkMs.push(nowMs() - walk.start);
        const w = walk;
        walk = null;
        w.done();
      });
      await withTimeout(subscribe(), 60_000, `supervisor ${i}: no snapshot`);
      if (i === 0 && resubscribeEveryMs !== undefined) {
        let busy = false;
        resubscriber = setInterval(() => {
          if (busy) return;
          busy = true;
          void subscribe().then(() => (busy = false));
        }, resubscribeEveryMs);
      }
    }),
  );
}

// ---- IPC -------------------------------------------------------------------------------------

async function handle(cmd: Command): Promise<unknown> {
  switch (cmd.type) {
    case 'connectAgents':
      return connectAgents(cmd.url, cmd.from, cmd.to);
    case 'connectIntegration':
      integration = new Integration(await open(cmd.url, 'integration', cmd.id));
      return null;
    case 'connectSupervisors':
      await connectSupervisors(cmd.url, cmd.count, cmd.batched, cmd.resubscribeEveryMs);
      return null;
    case 'backlog':
      await needIntegration().backlog(cmd.count, cmd.contextBytes, cmd.window);
      return null;
    case 'run':
      await needIntegration().run(cmd.rate, cmd.seconds, cmd.seed, cmd.tag);
      return null;
    case 'settle':
      return needIntegration().settle(cmd.timeoutMs);
    case 'fill':
      await needIntegration().fill(cmd.count, cmd.window);
      return null;
    case 'saturate':
      return saturate(cmd.url, cmd.connections, cmd.window, cmd.seconds);
    case 'stats': {
      const counters = { framesIn, framesOut, errors, loopP99Ms: loopDelay.percentile(99) / 1e6, loopMaxMs: loopDelay.max / 1e6 };
      framesIn = framesOut = errors = 0;
      loopDelay.reset();
      if (integration !== null) {
        const s = { ...integration.stats, ...counters };
        integration.stats.assignMs = [];
        integration.stats.lateMs = [];
        integration.stats.created = 0;
        return s;
      }
      if (SLOW_DUMP !== undefined && slowOffers.length > 0) {
        // Investigations: offers slower than 5 ms, as `<intended send time> <latency>` (monotonic ms, as in a .cpuprofile / 1000).
        appendFileSync(`${SLOW_DUMP}/slow-offers-${process.pid}.txt`, `${slowOffers.join('\n')}\n`);
        slowOffers.length = 0;
      }
      if (supervisorStats.pages > 0) {
        const sup: SupervisorStats = { ...counters, ...supervisorStats };
        supervisorStats.snapshots = supervisorStats.pages = 0;
        supervisorStats.walkMs = [];
        return sup;
      }
      const s = { ...agentStats, ...counters };
      agentStats.offerMs = [];
      agentStats.offers = 0;
      agentStats.completed = 0;
      return s;
    }
    case 'close': {
      closing = true;
      if (resubscriber !== undefined) clearInterval(resubscriber);
      for (const ws of sockets) ws.terminate();
      setTimeout(() => process.exit(0), 50);
      return null;
    }
  }
}

function needIntegration(): Integration {
  if (integration === null) throw new Error('not connected as the integration');
  return integration;
}

process.on('message', (msg: { seq: number; cmd: Command }) => {
  handle(msg.cmd).then(
    (result) => process.send?.({ seq: msg.seq, ok: true, result } satisfies Reply),
    (err: unknown) => process.send?.({ seq: msg.seq, ok: false, error: err instanceof Error ? err.message : String(err) } satisfies Reply),
  );
});
process.on('disconnect', () => process.exit(0));
