/**
 * The leader's end of the relay: the sockets that followers hold become
 * virtual connections of the leader's gateway, so an agent on any process
 * is served by the same code as one on the leader (sessions, offers, grace
 * periods, rate limits). The leader also announces itself every second on
 * the beacon channel (and once more, `gone`, when its term ends: the
 * followers then carry their sockets on to the next leader; the term's
 * drain lets go of them without closing them, see `isRelayed`), and closes the virtual sockets of a follower that
 * fell silent (its process died: the agents' offers go back, as for any
 * dropped socket, and their grace period starts).
 */
import type { Logger } from 'pino';
import { CloseCode } from '../protocol/close-codes.js';
import type { Gateway } from '../gateway/gateway.js';
import type { Session } from '../gateway/session.js';
import { wholeFrame, type Connection, type HttpRequest, type OutFrame } from '../gateway/transport.js';
import { frameToWire, type RelayBus, type ToLeader, type ToNode } from './relay-bus.js';
import { moveOrder, planMove, type SpreadSettings } from './client-spread.js';

export interface RelayHostOptions {
  readonly bus: RelayBus;
  readonly gateway: Gateway;
  readonly nodeId: string;
  readonly token: number;
  readonly log: Logger;
  /** A follower silent this long is taken for dead. Default 3000 ms. */
  readonly followerTimeoutMs?: number;
  /** Default 1000 ms. */
  readonly beaconEveryMs?: number;
  /** Spread clients over the processes (see `client-spread.ts`); absent: never moved. */
  readonly spread?: SpreadSettings & { readonly everyMs: number };
  /** This process's client-facing URL, once it listens (null: none; its clients are not moved). */
  readonly selfUrl?: () => string | null;
}

class VirtualConnection implements Connection {
  session: Session | null = null;
  constructor(
    readonly bus: RelayBus,
    readonly channel: string,
    readonly c: number,
    /** The term's fencing token, on every message (see `ToNode`). */
    readonly k: number,
  ) {}
  send(data: OutFrame): boolean {
    const w = frameToWire(wholeFrame(data));
    this.bus.publish(this.channel, { t: 'send', c: this.c, d: w.d, b: w.b, k: this.k });
    return true;
  }
  bufferedAmount(): number {
    return 0;
  }
  close(code: number, reason: string): void {
    this.bus.publish(this.channel, { t: 'close', c: this.c, code, reason, k: this.k });
  }
  terminate(): void {
    this.bus.publish(this.channel, { t: 'term', c: this.c, k: this.k });
  }
}

/** Whether `conn` is a follower's socket relayed to this process (kept open when the term ends: the follower carries it on). */
export function isRelayed(conn: Connection): boolean {
  return conn instanceof VirtualConnection;
}

interface Follower {
  seenAt: number;
  /** Its client-facing URL, from its heartbeat. */
  url: string | undefined;
  readonly conns: Map<number, VirtualConnection>;
}

export class RelayHost {
  readonly #o: RelayHostOptions;
  readonly #followers = new Map<string, Follower>();
  #beacon: NodeJS.Timeout | undefined;
  #spreader: NodeJS.Timeout | undefined;
  /** Per target URL: the clients it should hold once those asked to move there arrive, until when that is assumed. */
  readonly #inFlight = new Map<string, { expect: number; until: number }>();
  /** Relayed sockets told to close here (`follower/c`): unknown ones (each told once) and refused ones. */
  readonly #refused = new Set<string>();
  /** Clients asked to move since the start, for the log and tests. */
  moved = 0;
  #stopped = false;

  constructor(options: RelayHostOptions) {
    this.#o = options;
  }

  get followers(): number {
    return this.#followers.size;
  }

  async start(): Promise<void> {
    const { bus } = this.#o;
    await bus.subscribe(bus.leaderChannel, (m) => this.#onMessage(m));
    // Stopped while subscribing (the node stopped as it took over): no beacon for a gone leader.
    if (this.#stopped) return;
    // Lost messages would leave virtual sockets half-open: drop them all; the followers close theirs on our silence.
    bus.onDrop(() => {
      if (!this.#stopped) this.#dropAll('relay link to Redis lost');
    });
    const every = this.#o.beaconEveryMs ?? 1000;
    const tick = () => {
      bus.publish(bus.beaconChannel, { t: 'beacon', leader: this.#o.nodeId, token: this.#o.token });
      this.#reap();
    };
    tick();
    this.#beacon = setInterval(tick, every);
    const spread = this.#o.spread;
    if (spread !== undefined) this.#spreader = setInterval(() => this.#spreadStep(spread), spread.everyMs);
  }

  /**
   * The term is over: no more beacons, and a last one saying so, so that the
   * followers carry their sockets on to the next leader at once rather than
   * after the leader timeout.
   */
  async stop(): Promise<void> {
    const wasStopped = this.#stopped;
    this.#stopped = true;
    if (this.#beacon !== undefined) clearInterval(this.#beacon);
    if (this.#spreader !== undefined) clearInterval(this.#spreader);
    const { bus, nodeId, token } = this.#o;
    if (!wasStopped && this.#beacon !== undefined) bus.publish(bus.beaconChannel, { t: 'beacon', leader: nodeId, token, gone: 1 });
    await bus.unsubscribe(bus.leaderChannel);
  }

  #follower(n: string): Follower {
    let f = this.#followers.get(n);
    if (f === undefined) {
      f = { seenAt: Date.now(), url: undefined, conns: new Map() };
      this.#followers.set(n, f);
      this.#o.log.info({ follower: n }, 'follower joined');
    }
    f.seenAt = Date.now();
    return f;
  }

  #onMessage(raw: string): void {
    if (this.#stopped) return;
    let m: ToLeader;
    try {
      m = JSON.parse(raw) as ToLeader;
    } catch {
      return;
    }
    const { gateway, bus } = this.#o;
    const f = this.#follower(m.n);
    switch (m.t) {
      case 'hb':
        if (m.u !== undefined) f.url = m.u;
        return;
      case 'open': {
        if (f.conns.has(m.c)) return;
        const conn = new VirtualConnection(bus, bus.nodeChannel(m.n), m.c, this.#o.token);
        // The limits over every process's sockets (the follower checked its own before upgrading).
        const refusal = gateway.socketRefusal(m.ctx);
        if (refusal !== undefined) {
          conn.close(CloseCode.tryAgainLater, refusal);
          // Its frames already on the way are no news: it is closed.
          this.#remember(`${m.n}/${m.c}`);
          return;
        }
        f.conns.set(m.c, conn);
        conn.session = gateway.open(conn, m.ctx);
        return;
      }
      case 'msg': {
        const conn = f.conns.get(m.c);
        if (conn === undefined) {
          this.#unknownSocket(m.n, m.c);
          return;
        }
        const s = conn.session;
        if (s === null) return;
        const data = m.b === 1 ? Buffer.from(m.d, 'base64') : Buffer.from(m.d, 'utf8');
        gateway.message(s, data, m.b === 1);
        return;
      }
      case 'close': {
        const conn = f.conns.get(m.c);
        if (conn === undefined) return;
        f.conns.delete(m.c);
        if (conn.session !== null) gateway.close(conn.session, m.code, m.reason);
        return;
      }
      case 'http': {
        const r = m.req;
        const req: HttpRequest = {
          method: r.method,
          path: r.path,
          query: new URLSearchParams(r.query),
          headers: r.headers,
          body: Buffer.from(r.body, 'base64'),
          remoteAddress: r.remoteAddress,
        };
        const channel = bus.nodeChannel(m.n);
        const id = m.id;
        gateway.http(req).then(
          (res) => {
            const w = frameToWire(res.body);
            const out: ToNode = { t: 'http', id, res: { status: res.status, headers: { ...(res.headers ?? {}) }, body: w.d, b: w.b } };
            bus.publish(channel, out);
          },
          (err: unknown) => {
            this.#o.log.error({ err }, 'relayed HTTP request failed');
            bus.publish(channel, {
              t: 'http',
              id,
              res: { status: 500, headers: { 'content-type': 'application/json' }, body: '{"error":{"code":"INTERNAL","message":"internal error"}}', b: 0 },
            });
          },
        );
        return;
      }
    }
  }

  /**
   * One step of spreading: counts each process's clients (its relayed
   * sockets; the rest are this process's own), and asks a few on the
   * busiest process to move to the least busy one.
   */
  #spreadStep(settings: SpreadSettings): void {
    const self = this.#o.selfUrl?.() ?? null;
    if (this.#stopped || self === null) return;
    const { gateway } = this.#o;
    const now = Date.now();
    for (const [url, f] of this.#inFlight) if (f.until <= now) this.#inFlight.delete(url);
    const relayed = new Set<Session>();
    const procs: { url: string; sessions: Session[]; follower: Follower | null }[] = [];
    for (const f of this.#followers.values()) {
      const own: Session[] = [];
      for (const c of f.conns.values()) {
        if (c.session === null || !c.session.open) continue;
        relayed.add(c.session);
        own.push(c.session);
      }
      if (f.url !== undefined && f.url !== self) procs.push({ url: f.url, sessions: own, follower: f });
    }
    procs.push({ url: self, sessions: [...gateway.sessions()].filter((s) => s.open && !relayed.has(s)), follower: null });
    const loads = procs.map((p) => ({ url: p.url, count: Math.max(p.sessions.length, this.#inFlight.get(p.url)?.expect ?? 0) }));
    const plan = planMove(loads, settings);
    if (plan === null) return;
    const from = procs[plan.from]!;
    const to = procs[plan.to]!;
    let n = 0;
    for (const s of moveOrder(from.sessions)) {
      if (n >= plan.n) break;
      if (!gateway.moveAway(s, to.url)) continue;
      n++;
      if (from.follower !== null) for (const [c, conn] of from.follower.conns) if (conn.session === s) from.follower.conns.delete(c);
    }
    if (n === 0) return;
    this.moved += n;
    this.#inFlight.set(to.url, { expect: loads[plan.to]!.count + n, until: now + 5 * (this.#o.spread?.everyMs ?? 1000) });
    this.#o.log.info({ from: from.url, to: to.url, clients: n, loads: loads.map((l) => l.count) }, 'clients asked to move to a less loaded process');
  }

  /**
   * A frame of a socket this leader never opened (its `open` was lost, or
   * it came before this term): left unanswered, the client would wait on its
   * requests for good. The follower closes it (1012) and the client comes
   * back through a new `open`. Said once per socket; a frame of a socket
   * closed here a moment ago gets the same close, which the follower ignores.
   */
  #unknownSocket(n: string, c: number): void {
    const key = `${n}/${c}`;
    if (this.#refused.has(key)) return;
    this.#remember(key);
    this.#o.log.warn({ follower: n, c }, 'a frame of a relayed socket this leader does not know: closing it so that its client reconnects');
    this.#o.bus.publish(this.#o.bus.nodeChannel(n), {
      t: 'close',
      c,
      code: CloseCode.leaderChanged,
      reason: 'routing leader does not know this socket: reconnect',
      k: this.#o.token,
    });
  }

  #remember(key: string): void {
    if (this.#refused.size >= 1024) this.#refused.clear();
    this.#refused.add(key);
  }

  /** Followers silent past the timeout are gone: their sockets closed as dropped ones. */
  #reap(): void {
    const limit = Date.now() - (this.#o.followerTimeoutMs ?? 3000);
    for (const [n, f] of this.#followers) {
      if (f.seenAt >= limit) continue;
      this.#followers.delete(n);
      this.#o.log.warn({ follower: n, sockets: f.conns.size }, 'follower lost: its sockets are dropped');
      this.#closeAll(f, 'follower process lost');
    }
  }

  #dropAll(reason: string): void {
    for (const f of this.#followers.values()) this.#closeAll(f, reason);
    this.#followers.clear();
  }

  /**
   * Its sessions end here as dropped sockets; the follower, if it is alive
   * after all (only slow: a loaded machine), is told to close the sockets
   * too, or their clients would wait on a leader that forgot them.
   */
  #closeAll(f: Follower, reason: string): void {
    for (const conn of f.conns.values()) {
      conn.close(CloseCode.leaderChanged, `${reason}: reconnect`);
      if (conn.session !== null) this.#o.gateway.close(conn.session, 1006, reason);
    }
    f.conns.clear();
  }
}
