/**
 * A follower's sockets, relayed to the leader: the follower checks the
 * token itself (every process shares the token secret), then forwards the
 * socket's opening, frames and close to the leader over the relay bus and
 * writes back what the leader sends. HTTP requests that change state are
 * forwarded too; health and readiness are answered here.
 *
 * The follower watches the leader's beacon: when the leader changes or
 * falls silent, every relayed socket is closed with 1012 so that its client
 * reconnects (here or elsewhere) and resumes with the new leader. While no
 * leader is known, upgrades get 503 and clients retry.
 */
import { followerExposition } from '../metrics/families.js';
import type { Logger } from 'pino';
import { CloseCode } from '../protocol/close-codes.js';
import { Admission, AuthFailureLog } from '../gateway/admission.js';
import { fail, type SwitchboardError } from '../core/errors.js';
import { errorMsgOf } from '../protocol/error-msg.js';
import { authorizeUpgrade, refuseUpgrade, type ConnectionContext } from '../gateway/upgrade.js';
import type { GatewaySettings } from '../config/schema.js';
import type { TokenAuthority } from '../gateway/auth.js';
import type { Role } from '../gateway/observer.js';
import type { Connection, HttpRequest, HttpResponse, TransportHandler, UpgradeDecision, UpgradeRequest } from '../gateway/transport.js';
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
  readonly c: number;
  readonly conn: Connection;
  readonly role: Role;
  readonly principal: string;
  /** The leader's token when the socket was opened. */
  readonly token: number;
}

/** Close code sent to clients when the leader changed: reconnect. */

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
    }, every);
  }

  /** This process became the leader: the relayed sockets go (their leader is gone). */
  pause(): void {
    this.#paused = true;
    this.#leaderGone('this process took over the routing');
  }

  resume(): void {
    this.#paused = false;
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

  #leaderGone(why: string): void {
    if (this.#leader !== null) {
      this.#o.log.warn({ leader: this.#leader.id, why }, 'relayed sockets closed: the leader changed');
      this.#observer.leaderChanged();
    }
    this.#leader = null;
    this.closeAll(CloseCode.leaderChanged, `routing leader changed (${why}): reconnect`);
  }

  #onBeacon(raw: string): void {
    if (this.#paused) return;
    let b: Beacon;
    try {
      b = JSON.parse(raw) as Beacon;
    } catch {
      return;
    }
    if (b.leader === this.#o.nodeId) return;
    const l = this.#leader;
    if (l !== null && l.token > b.token) return; // a stale leader's last word
    if (l !== null && (l.token !== b.token || l.id !== b.leader)) this.#leaderGone(`new leader ${b.leader}`);
    if (this.#leader === null) this.#o.log.info({ leader: b.leader, fencingToken: b.token }, 'following the routing leader');
    this.#leader = { id: b.leader, token: b.token, seenAt: Date.now() };
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
        const s = this.#sockets.get(m.c);
        // A slow consumer: the transport drops it and calls close(), which tells the leader.
        if (s !== undefined) {
          this.#observer.frameToClient();
          s.conn.send(frameFromWire(m.d, m.b));
        }
        return;
      }
      case 'close':
        this.#sockets.get(m.c)?.conn.close(m.code, m.reason);
        return;
      case 'term':
        this.#sockets.get(m.c)?.conn.terminate();
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
    const s: RelayedSocket = { c: ++this.#seq, conn, role: ctx.role, principal: ctx.principal, token: l?.token ?? -1 };
    if (l === null) {
      conn.close(CloseCode.leaderChanged, 'routing leader changed: reconnect');
      return s;
    }
    this.#sockets.set(s.c, s);
    const key = `${s.role}:${s.principal}`;
    this.#perPrincipal.set(key, (this.#perPrincipal.get(key) ?? 0) + 1);
    this.#observer.socketOpened(s.role);
    const { bus, nodeId } = this.#o;
    bus.publish(bus.leaderChannel, { t: 'open', n: nodeId, c: s.c, ctx });
    return s;
  }

  message(s: RelayedSocket, data: Uint8Array, isBinary: boolean): void {
    if (!this.#sockets.has(s.c)) return;
    this.#observer.frameToLeader();
    const { bus, nodeId } = this.#o;
    const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    bus.publish(
      bus.leaderChannel,
      isBinary ? { t: 'msg', n: nodeId, c: s.c, d: buf.toString('base64'), b: 1 } : { t: 'msg', n: nodeId, c: s.c, d: buf.toString('utf8'), b: 0 },
    );
  }

  close(s: RelayedSocket, code: number, reason: string): void {
    if (!this.#sockets.delete(s.c)) return;
    const key = `${s.role}:${s.principal}`;
    const n = (this.#perPrincipal.get(key) ?? 1) - 1;
    if (n === 0) this.#perPrincipal.delete(key);
    else this.#perPrincipal.set(key, n);
    this.#observer.socketClosed(s.role);
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
