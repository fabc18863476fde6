/**
 * A follower's sockets, relayed to the leader: the follower checks the
 * token itself (every process shares the token secret), then forwards the
 * socket's opening, frames and close to the leader over the relay bus and
 * writes back what the leader sends. HTTP requests that change state are
 * forwarded too; health and readiness are answered here.
 *
 * The follower watches the leader's beacon. When the leader changes, falls
 * silent or steps down, its relayed sockets stay open: each waits (its
 * frames are dropped: no leader would answer them) until the next leader
 * is known, is then opened anew there (the same principal, role and
 * encoding; an integration's stream resumed after the last event it was
 * sent) and its client gets a `leaderChanged` event: the SDK fails the
 * requests still waiting for a reply (UNAVAILABLE, LEADER_CHANGED: retry),
 * logs the agent in again (its session resumes within the grace period:
 * the new leader recovered it as one whose socket dropped) and subscribes
 * a supervisor again. When this process itself becomes the leader, its
 * relayed sockets are opened on its own term's gateway (`adoptLocal`), and
 * carried on again when that term ends.
 *
 * The 1012 close (reconnect) stays where a socket cannot be carried: no
 * leader within `carryTimeoutMs`, the new leader refuses it (its socket
 * limits: 1013), a leader that does not know a socket (a lost `open`), and
 * a leader that took this follower for dead. A leader process's own
 * sockets join the relayed ones when its term ends while the process goes
 * on (`carry`): they are carried on to the next leader the same way.
 * While no leader is known, upgrades get 503 and clients retry.
 */
import { followerExposition } from '../metrics/families.js';
import { decodeServerMessage, EventFrame, NumberedEvent } from '../protocol/codec.js';
import type { Gateway } from '../gateway/gateway.js';
import type { Session } from '../gateway/session.js';
import type { Logger } from 'pino';
import { CloseCode } from '../protocol/close-codes.js';
import { Admission, AuthFailureLog } from '../gateway/admission.js';
import { fail, type SwitchboardError } from '../core/errors.js';
import { errorMsgOf } from '../protocol/error-msg.js';
import { authorizeUpgrade, refuseUpgrade, type ConnectionContext } from '../gateway/upgrade.js';
import type { GatewaySettings } from '../config/schema.js';
import type { TokenAuthority } from '../gateway/auth.js';
import type { Role } from '../gateway/observer.js';
import {
  wholeFrame,
  type Connection,
  type HttpRequest,
  type HttpResponse,
  type OutFrame,
  type TransportHandler,
  type UpgradeDecision,
  type UpgradeRequest,
} from '../gateway/transport.js';
import { frameFromWire, type Beacon, type RelayBus, type ToNode, type WireHttpResponse } from './relay-bus.js';

export interface FollowerRelayOptions {
  readonly bus: RelayBus;
  readonly nodeId: string;
  readonly auth: TokenAuthority;
  readonly log: Logger;
  /**
   * The gateway's limits, applied here as the leader's gateway applies them
   * to its own sockets: upgrade attempts per address (before the token is
   * read), sockets per principal and in all on this process, and the rate of
   * auth-failure warn lines. The leader then checks its limits over every
   * process's sockets as it opens the relayed one.
   */
  readonly limits: GatewaySettings;
  /** The leader is taken for gone after this long without a beacon. Default 3000 ms. */
  readonly leaderTimeoutMs?: number;
  /** A socket waiting for a new leader longer than this is closed (1012, reconnect). Default 30 000 ms. */
  readonly carryTimeoutMs?: number;
  /** Default 1000 ms. */
  readonly heartbeatEveryMs?: number;
  /** A forwarded HTTP request without an answer after this gets 504. Default 5000 ms. */
  readonly httpTimeoutMs?: number;
  /** What hears the relay at work (the process's metrics). */
  readonly observer?: RelayObserver;
  /** This process's client-facing URL, told the leader with each heartbeat (clients can be moved here). */
  readonly selfUrl?: () => string | null;
}

/** The relay's figures, for the process's `/metrics` (see `metrics/process-metrics.ts`). */
export interface RelayObserver {
  socketOpened(role: Role): void;
  socketClosed(role: Role): void;
  frameToLeader(): void;
  frameToClient(): void;
  httpForwarded(): void;
  leaderChanged(): void;
  /** At a change of leader, a relayed socket was carried over to the new one (`kept`) or closed (it reconnects). */
  socketCarried?(kept: boolean): void;
}

const NO_OBSERVER: RelayObserver = {
  socketOpened: () => undefined,
  socketClosed: () => undefined,
  frameToLeader: () => undefined,
  frameToClient: () => undefined,
  httpForwarded: () => undefined,
  leaderChanged: () => undefined,
};

export interface RelayedSocket {
  /** Its number at the leader it is relayed to (a new one with each leader). */
  c: number;
  readonly conn: Connection;
  readonly role: Role;
  readonly principal: string;
  readonly ctx: ConnectionContext;
  /** The token of the leader it is relayed to. */
  token: number;
  /**
   * `leader`: relayed to the leader over the bus; `waiting`: between two
   * leaders (since `since`); `local`: served by this process's own term
   * (`local` its session there).
   */
  at: 'leader' | 'waiting' | 'local';
  since: number;
  local: Session | null;
  /** Integrations: the last event of its stream sent to the client (resumed from on the next leader). */
  lastSeq: number | undefined;
}

/**
 * A relayed socket as this process's own term's gateway sees it: writes go
 * to the socket, an integration's stream position is noted on the way.
 */
class CarriedConnection implements Connection {
  constructor(readonly s: RelayedSocket) {}
  send(data: OutFrame): boolean {
    if (this.s.role === 'integration') noteStreamSeq(this.s, wholeFrame(data));
    return this.s.conn.send(data);
  }
  bufferedAmount(): number {
    return this.s.conn.bufferedAmount();
  }
  close(code: number, reason: string): void {
    this.s.conn.close(code, reason);
  }
  terminate(): void {
    this.s.conn.terminate();
  }
}

/**
 * A socket of this process's own term's gateway (the process leads), as that
 * gateway sees it: its integration's stream position is noted on the way
 * (from the numbered frames only: nothing is decoded but the stream's
 * opening), so that the socket can be carried on to the next leader should
 * the term end while the process goes on (`FollowerRelay.carry`).
 */
export class NotingConnection implements Connection {
  lastSeq: number | undefined;
  constructor(
    readonly conn: Connection,
    resumeAfter: number | undefined,
  ) {
    this.lastSeq = resumeAfter;
  }
  send(data: OutFrame, bulk?: boolean): boolean {
    if (data instanceof NumberedEvent) {
      if (data.seq > 0) {
        if (this.lastSeq === undefined || data.seq > this.lastSeq) this.lastSeq = data.seq;
      } else noteStreamSeq(this, data.join());
    }
    return this.conn.send(data, bulk);
  }
  bufferedAmount(): number {
    return this.conn.bufferedAmount();
  }
  close(code: number, reason: string): void {
    this.conn.close(code, reason);
  }
  terminate(): void {
    this.conn.terminate();
  }
}

/** Whether `conn` is a relayed socket served by this process's own term (kept open when the term ends: the relay carries it on). */
export function isCarried(conn: Connection): boolean {
  return conn instanceof CarriedConnection;
}

export class FollowerRelay implements TransportHandler<ConnectionContext, RelayedSocket> {
  readonly #o: FollowerRelayOptions;
  readonly #observer: RelayObserver;
  readonly #sockets = new Map<number, RelayedSocket>();
  /** Relayed sockets per `role:principal`. */
  readonly #perPrincipal = new Map<string, number>();
  readonly #admission: Admission;
  readonly #authLog: AuthFailureLog;
  readonly #http = new Map<number, { resolve(r: HttpResponse): void; timer: NodeJS.Timeout }>();
  #leader: { id: string; token: number; seenAt: number } | null = null;
  /** Beacons of terms up to this one are old news (a leader that stepped down, or older). */
  #pastToken = -1;
  /** This process's own term's gateway, while it leads. */
  #local: Gateway | null = null;
  #seq = 0;
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;
  /** While this process leads, the relay serves nothing and ignores beacons. */
  #paused = false;

  constructor(options: FollowerRelayOptions) {
    this.#o = options;
    this.#observer = options.observer ?? NO_OBSERVER;
    this.#admission = new Admission(options.limits);
    this.#authLog = new AuthFailureLog(options.log);
  }

  /** The leader this follower relays to, if one is known and alive. */
  get leader(): { readonly id: string; readonly token: number } | null {
    return this.#paused ? null : this.#leader;
  }

  get sockets(): number {
    return this.#sockets.size;
  }

  async start(): Promise<void> {
    const { bus, nodeId } = this.#o;
    await bus.subscribe(bus.nodeChannel(nodeId), (m) => this.#onNode(m));
    await bus.subscribe(bus.beaconChannel, (m) => this.#onBeacon(m));
    // Stopped while subscribing: no heartbeat timer left behind.
    if (this.#stopped) return;
    bus.onDrop(() => this.#leaderGone('relay link to Redis lost'));
    const every = this.#o.heartbeatEveryMs ?? 1000;
    this.#timer = setInterval(() => {
      if (this.#paused) return;
      const u = this.#o.selfUrl?.() ?? null;
      bus.publish(bus.leaderChannel, u === null ? { t: 'hb', n: nodeId } : { t: 'hb', n: nodeId, u });
      const l = this.#leader;
      if (l !== null && Date.now() - l.seenAt > (this.#o.leaderTimeoutMs ?? 3000)) this.#leaderGone(`leader ${l.id} fell silent`);
      this.#giveUpWaiting();
    }, every);
  }

  /** This process is taking over the routing: the relayed sockets wait for its term (`adoptLocal`). */
  pause(): void {
    this.#paused = true;
    this.#leaderGone('this process took over the routing');
    this.#releaseLocal();
  }

  /** This process does not lead (any more): the sockets wait for the next leader's beacon. */
  resume(): void {
    this.#paused = false;
    this.#releaseLocal();
  }

  /**
   * This process's term serves now: every waiting socket is opened on its
   * gateway (as if it had connected there) and its client told.
   */
  adoptLocal(gateway: Gateway): void {
    this.#local = gateway;
    for (const s of [...this.#sockets.values()]) {
      if (s.at !== 'waiting') continue;
      const ctx = this.#reopenCtx(s);
      const refusal = gateway.socketRefusal(ctx);
      if (refusal !== undefined) {
        this.#observer.socketCarried?.(false);
        s.conn.close(CloseCode.tryAgainLater, refusal);
        continue;
      }
      this.#tellClient(s, 'the routing leader changed: this server leads now');
      s.at = 'local';
      s.local = gateway.open(new CarriedConnection(s), ctx);
      this.#observer.socketCarried?.(true);
    }
  }

  /**
   * A socket this process served itself while it led, whose term ended
   * while the process goes on (lease lost, routing handed over): it stays
   * open and, from now on, is one of the relayed sockets, waiting for the
   * next leader like the others (opened anew there, its client told; an
   * integration's stream resumed after `lastSeq`). Closed (1012) if the
   * relay is stopped.
   */
  carry(conn: Connection, ctx: ConnectionContext, lastSeq: number | undefined): RelayedSocket {
    const s = this.#socket(conn, ctx, -1, 'waiting', lastSeq);
    if (this.#stopped) {
      conn.close(CloseCode.leaderChanged, 'routing moved to another server: reconnect');
      return s;
    }
    this.#register(s);
    return s;
  }

  /** The local term ended: its sessions were let go of (see `isCarried`); the sockets wait for the next leader. */
  #releaseLocal(): void {
    const g = this.#local;
    this.#local = null;
    for (const s of this.#sockets.values()) {
      if (s.at !== 'local') continue;
      if (s.local !== null && s.local.open && g !== null) g.close(s.local, CloseCode.leaderChanged, 'carried to the next leader');
      s.local = null;
      s.at = 'waiting';
      s.since = Date.now();
    }
  }

  /** The relayed sockets of the process's own term (`isCarried` tells their connections). */
  get carried(): number {
    let n = 0;
    for (const s of this.#sockets.values()) if (s.at === 'local') n++;
    return n;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#authLog.stop();
    this.closeAll(CloseCode.goingAway, 'server shutting down');
    const { bus, nodeId } = this.#o;
    await bus.unsubscribe(bus.nodeChannel(nodeId));
    await bus.unsubscribe(bus.beaconChannel);
  }

  closeAll(code: number, reason: string): void {
    for (const s of this.#sockets.values()) s.conn.close(code, reason);
  }

  /**
   * The leader is gone (or going): its sockets wait for the next one. It is
   * told they are no longer its (lost if it is dead; if it only seemed
   * silent, it ends their sessions as dropped ones, and the next `open`
   * resumes them).
   */
  #leaderGone(why: string): void {
    const l = this.#leader;
    this.#leader = null;
    if (l === null) return;
    const { bus, nodeId } = this.#o;
    let waiting = 0;
    for (const s of this.#sockets.values()) {
      if (s.at !== 'leader') continue;
      bus.publish(bus.leaderChannel, { t: 'close', n: nodeId, c: s.c, code: CloseCode.leaderChanged, reason: 'carried to the next leader' });
      s.at = 'waiting';
      s.since = Date.now();
      waiting++;
    }
    this.#o.log.warn({ leader: l.id, why, sockets: waiting }, 'the routing leader changed: relayed sockets wait for the next one');
    this.#observer.leaderChanged();
  }

  /** The leader known now is new: the waiting sockets are opened there, their clients told. */
  #carryTo(l: { readonly id: string; readonly token: number }): void {
    const { bus, nodeId } = this.#o;
    let n = 0;
    for (const s of [...this.#sockets.values()]) {
      if (s.at !== 'waiting') continue;
      this.#sockets.delete(s.c);
      s.c = ++this.#seq;
      s.token = l.token;
      s.at = 'leader';
      this.#sockets.set(s.c, s);
      this.#tellClient(s, `the routing leader changed: ${l.id} leads now`);
      bus.publish(bus.leaderChannel, { t: 'open', n: nodeId, c: s.c, ctx: this.#reopenCtx(s) });
      this.#observer.socketCarried?.(true);
      n++;
    }
    if (n > 0) this.#o.log.info({ leader: l.id, sockets: n }, 'relayed sockets carried over to the new routing leader');
  }

  /** Sockets that waited for a leader too long: closed, their clients reconnect. */
  #giveUpWaiting(): void {
    const limit = Date.now() - (this.#o.carryTimeoutMs ?? 30_000);
    for (const s of this.#sockets.values()) {
      if (s.at !== 'waiting' || s.since > limit) continue;
      this.#observer.socketCarried?.(false);
      s.conn.close(CloseCode.leaderChanged, 'no routing leader came in time: reconnect');
    }
  }

  /** The context a socket is opened with at its next leader: an integration resumes its stream where the client is. */
  #reopenCtx(s: RelayedSocket): ConnectionContext {
    return s.role === 'integration' && s.lastSeq !== undefined ? { ...s.ctx, resumeAfter: s.lastSeq } : s.ctx;
  }

  /** The `leaderChanged` event, written on the socket itself (seq 0: no connection's or stream's sequence). */
  #tellClient(s: RelayedSocket, reason: string): void {
    s.conn.send(new EventFrame(Date.now(), 'leaderChanged', { reason }).encode(0, s.ctx.encoding));
  }

  #onBeacon(raw: string): void {
    if (this.#paused) return;
    let b: Beacon;
    try {
      b = JSON.parse(raw) as Beacon;
    } catch {
      return;
    }
    if (b.leader === this.#o.nodeId || b.token <= this.#pastToken) return;
    const l = this.#leader;
    if (l !== null && l.token > b.token) return; // a stale leader's last word
    if (b.gone === 1) {
      // Its term is over: carry the sockets on now, not after the leader timeout; its later beacons are old news.
      this.#pastToken = b.token;
      if (l !== null && l.token === b.token) this.#leaderGone(`leader ${b.leader} stepped down`);
      return;
    }
    if (l !== null && (l.token !== b.token || l.id !== b.leader)) this.#leaderGone(`new leader ${b.leader}`);
    if (this.#leader === null) {
      this.#o.log.info({ leader: b.leader, fencingToken: b.token }, 'following the routing leader');
      this.#leader = { id: b.leader, token: b.token, seenAt: Date.now() };
      this.#carryTo(this.#leader);
      return;
    }
    this.#leader.seenAt = Date.now();
  }

  #onNode(raw: string): void {
    let m: ToNode;
    try {
      m = JSON.parse(raw) as ToNode;
    } catch {
      return;
    }
    switch (m.t) {
      case 'send': {
        const s = this.#ofLeader(m.c, m.k);
        // A slow consumer: the transport drops it and calls close(), which tells the leader.
        if (s !== undefined) {
          this.#observer.frameToClient();
          const data = frameFromWire(m.d, m.b);
          if (s.role === 'integration') noteStreamSeq(s, data);
          s.conn.send(data);
        }
        return;
      }
      case 'close':
        this.#ofLeader(m.c, m.k)?.conn.close(m.code, m.reason);
        return;
      case 'term':
        this.#ofLeader(m.c, m.k)?.conn.terminate();
        return;
      case 'http': {
        const p = this.#http.get(m.id);
        if (p === undefined) return;
        this.#http.delete(m.id);
        clearTimeout(p.timer);
        p.resolve(responseFromWire(m.res));
        return;
      }
    }
  }

  /** Socket `c` as relayed to the leader that wrote `k` (a message of an earlier leader about it is ignored). */
  #ofLeader(c: number, k: number | undefined): RelayedSocket | undefined {
    const s = this.#sockets.get(c);
    if (s === undefined || s.at !== 'leader' || (k !== undefined && k !== s.token)) return undefined;
    return s;
  }

  // ---- transport handler ---------------------------------------------------------------

  upgrade(req: UpgradeRequest): UpgradeDecision<ConnectionContext> {
    if (this.leader === null) return unavailableUpgrade();
    if (!this.#admission.upgradeAttempt(req.remoteAddress))
      return refuseUpgrade(429, fail('TOO_MANY_CONNECTIONS', 'too many connection attempts from this address'));
    const d = authorizeUpgrade(this.#o.auth, req, (status, reason) => this.#authLog.failed(req, status, reason));
    if (!d.accept) return d;
    const { role, principal } = d.context;
    const refusal = this.#admission.socketRefusal({ total: this.#sockets.size, ofPrincipal: this.#perPrincipal.get(`${role}:${principal}`) ?? 0 });
    if (refusal !== undefined) {
      this.#o.log.warn({ role, principal, remoteAddress: req.remoteAddress, reason: refusal }, 'connection refused');
      return refuseUpgrade(429, fail('TOO_MANY_CONNECTIONS', refusal));
    }
    return d;
  }

  open(conn: Connection, ctx: ConnectionContext): RelayedSocket {
    const l = this.leader;
    const s = this.#socket(conn, ctx, l?.token ?? -1, 'leader', ctx.resumeAfter);
    if (l === null) {
      conn.close(CloseCode.leaderChanged, 'routing leader changed: reconnect');
      return s;
    }
    this.#register(s);
    const { bus, nodeId } = this.#o;
    bus.publish(bus.leaderChannel, { t: 'open', n: nodeId, c: s.c, ctx });
    return s;
  }

  message(s: RelayedSocket, data: Uint8Array, isBinary: boolean): void {
    if (this.#sockets.get(s.c) !== s) return;
    if (s.at === 'local') {
      if (s.local !== null) this.#local?.message(s.local, data, isBinary);
      return;
    }
    // Between leaders: no one would answer; the client fails it when told of the new leader (`leaderChanged`).
    if (s.at === 'waiting') return;
    this.#observer.frameToLeader();
    const { bus, nodeId } = this.#o;
    const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    bus.publish(
      bus.leaderChannel,
      isBinary ? { t: 'msg', n: nodeId, c: s.c, d: buf.toString('base64'), b: 1 } : { t: 'msg', n: nodeId, c: s.c, d: buf.toString('utf8'), b: 0 },
    );
  }

  /** Counts a socket in: by its id, against its principal's limit, in the metrics. */
  /** A socket's relay state, numbered for the leader it goes to. */
  #socket(conn: Connection, ctx: ConnectionContext, token: number, at: RelayedSocket['at'], lastSeq: number | undefined): RelayedSocket {
    return { c: ++this.#seq, conn, role: ctx.role, principal: ctx.principal, ctx, token, at, since: Date.now(), local: null, lastSeq };
  }

  #register(s: RelayedSocket): void {
    this.#sockets.set(s.c, s);
    const key = `${s.role}:${s.principal}`;
    this.#perPrincipal.set(key, (this.#perPrincipal.get(key) ?? 0) + 1);
    this.#observer.socketOpened(s.role);
  }

  close(s: RelayedSocket, code: number, reason: string): void {
    if (this.#sockets.get(s.c) !== s) return;
    this.#sockets.delete(s.c);
    const key = `${s.role}:${s.principal}`;
    const n = (this.#perPrincipal.get(key) ?? 1) - 1;
    if (n === 0) this.#perPrincipal.delete(key);
    else this.#perPrincipal.set(key, n);
    this.#observer.socketClosed(s.role);
    if (s.at === 'local') {
      if (s.local !== null) this.#local?.close(s.local, code, reason);
      return;
    }
    if (s.at === 'waiting') return;
    const { bus, nodeId } = this.#o;
    bus.publish(bus.leaderChannel, { t: 'close', n: nodeId, c: s.c, code, reason });
  }

  async http(req: HttpRequest): Promise<HttpResponse> {
    const l = this.leader;
    if (req.method === 'GET' && req.path === '/healthz') return json(200, { status: 'ok', role: 'follower' });
    if (req.method === 'GET' && req.path === '/readyz') {
      return l === null ? json(503, { status: 'no_leader', role: 'follower' }) : json(200, { status: 'ready', role: 'follower', leader: l.id });
    }
    if (req.method === 'GET' && req.path === '/metrics') {
      return { status: 200, headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }, body: followerExposition(l === null ? null : l.id) };
    }
    if (l === null) return json(503, { error: errorMsgOf(noLeader()) });
    const id = ++this.#seq;
    const { bus, nodeId } = this.#o;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#http.delete(id);
        resolve(
          json(504, {
            error: errorMsgOf(
              fail('NO_REPLY', 'the routing leader did not answer in time: the request may or may not have been applied; retry with the same externalId', {
                kind: `${req.method} ${req.path}`,
                timeoutMs: this.#o.httpTimeoutMs ?? 5000,
              }),
            ),
          }),
        );
      }, this.#o.httpTimeoutMs ?? 5000);
      this.#http.set(id, { resolve, timer });
      this.#observer.httpForwarded();
      const body = Buffer.from(req.body.buffer, req.body.byteOffset, req.body.byteLength).toString('base64');
      bus.publish(bus.leaderChannel, {
        t: 'http',
        n: nodeId,
        id,
        req: { method: req.method, path: req.path, query: req.query.toString(), headers: { ...req.headers }, body, remoteAddress: req.remoteAddress },
      });
    });
  }
}

/**
 * Notes where an integration's stream stands from a frame sent to it (as
 * the SDK does: the last sequence seen, or where a fresh or failed resume
 * starts), so that the next leader resumes the stream right after it.
 */
function noteStreamSeq(s: { lastSeq: number | undefined }, data: string | Uint8Array): void {
  let msg;
  try {
    msg = decodeServerMessage(data, typeof data !== 'string');
  } catch {
    return;
  }
  if (!('event' in msg)) return;
  const e = msg.event;
  if ('streamOpened' in e) {
    const o = e.streamOpened;
    if (o.resumedAfter === undefined ? s.lastSeq === undefined : o.error !== undefined) s.lastSeq = Number(o.lastSeq ?? 0);
    return;
  }
  const seq = Number(e.seq ?? 0);
  if (seq > 0 && (s.lastSeq === undefined || seq > s.lastSeq)) s.lastSeq = seq;
}

function unavailableUpgrade(): UpgradeDecision<ConnectionContext> {
  return refuseUpgrade(503, noLeader());
}

/** No leader is known (a failover is in progress): the client retries shortly. */
function noLeader(): SwitchboardError {
  return fail('NOT_READY', 'no routing leader right now (a failover is in progress): retry shortly');
}

function json(status: number, body: unknown): HttpResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

function responseFromWire(r: WireHttpResponse): HttpResponse {
  return { status: r.status, headers: r.headers, body: frameFromWire(r.body, r.b) };
}
