/**
 * The gateway puts one `Router` on the network: the transport handler
 * (sockets and HTTP) in front of the parts that each do one job.
 *
 * A request's path, down once and up once: the transport hands a frame to
 * `message`; request-dispatch.ts judges the limits, decodes it and calls the
 * role's handler (handlers/) with a narrow `RequestContext`; the handler runs
 * a router command through the router host (router-host.ts) and returns its
 * result, which goes back as the reply; then the host drains the events the
 * command caused to event-flow.ts (the fan-out, fan-out.ts; the records and
 * insights) and the journal. Every frame leaves through frame-out.ts (at
 * once, or with a store once the store holds the events behind it). Agent
 * sessions and their reconnect grace: agent-sessions.ts; an integration
 * socket's stream opening or resuming: integration-stream-open.ts.
 *
 * The parts are built and connected in gateway-wiring.ts.
 *
 * Transport-neutral: it implements the `TransportHandler` port.
 */
import type { Logger } from 'pino';
import type { Router } from '../core/router.js';
import type { SwitchboardConfig } from '../config/schema.js';
import { CloseCode } from '../protocol/close-codes.js';
import { EventFrame } from '../protocol/codec.js';
import { errorMsgOf } from '../protocol/error-msg.js';
import { fail } from '../core/errors.js';
import type { Request } from '../protocol/messages.js';
import type { Admission, AuthFailureLog } from './admission.js';
import type { AgentSessions } from './agent-sessions.js';
import type { TokenAuthority } from './auth.js';
import { Connections } from './connections.js';
import type { ContactRegistry } from './contact-registry.js';
import type { EventFlow } from './event-flow.js';
import type { FrameOut } from './frame-out.js';
import type { IntegrationPresence } from './integration-presence.js';
import { openIntegrationStream } from './integration-stream-open.js';
import type { IntegrationStreams } from './integration-streams.js';
import { handleHttp } from './handlers/http-api.js';
import type { HttpContext } from './handlers/request-context.js';
import type { GatewayObserver, MetricsEndpoint } from './observer.js';
import type { RecallFlow, Recalled } from './recall-flow.js';
import type { RequestDispatch } from './request-dispatch.js';
import type { RouterHost } from './router-host.js';
import type { SupervisorFeed } from './supervisor-feed.js';
import { RateLimiter, Session } from './session.js';
import {
  SLOW_CONSUMER,
  type Connection,
  type HttpRequest,
  type HttpResponse,
  type TransportHandler,
  type UpgradeDecision,
  type UpgradeRequest,
} from './transport.js';
import { authorizeUpgrade, refuseUpgrade, type ConnectionContext } from './upgrade.js';
import { wireGateway, type GatewayDeps } from './gateway-wiring.js';

export type { GatewayDeps } from './gateway-wiring.js';

export class Gateway implements TransportHandler<ConnectionContext, Session> {
  readonly config: SwitchboardConfig;
  readonly registry: ContactRegistry;
  /** Each integration's numbered, kept events (resume after a dropped socket). */
  readonly streams: IntegrationStreams;
  readonly #auth: TokenAuthority;
  readonly #observer: GatewayObserver;
  readonly #metrics: MetricsEndpoint | undefined;
  readonly #log: Logger;
  readonly #host: RouterHost;
  readonly #out: FrameOut;
  readonly #agents: AgentSessions;
  readonly #integrations: IntegrationPresence;
  readonly #connections = new Connections();
  readonly #flow: EventFlow;
  readonly #requests: RequestDispatch;
  readonly #supervisors: SupervisorFeed;
  readonly #ctx: HttpContext;
  readonly #admission: Admission;
  readonly #authLog: AuthFailureLog;
  readonly #recall: RecallFlow | undefined;
  #draining = false;
  /** Numbers connections for their log lines. */
  #connSeq = 0;

  constructor(deps: GatewayDeps) {
    this.config = deps.config;
    this.#auth = deps.auth;
    this.#observer = deps.observer;
    this.#metrics = deps.metrics;
    this.#log = deps.log;
    const p = wireGateway(deps, this.#connections, {
      draining: () => this.#draining,
      ready: () => this.ready,
      authFailed: (req, status, reason) => this.authFailed(req, status, reason),
    });
    this.registry = p.registry;
    this.streams = p.streams;
    this.#admission = p.admission;
    this.#authLog = p.authLog;
    this.#host = p.host;
    this.#out = p.out;
    this.#agents = p.agents;
    this.#integrations = p.integrations;
    this.#flow = p.flow;
    this.#recall = p.recall;
    this.#ctx = p.ctx;
    this.#requests = p.requests;
    this.#supervisors = p.supervisors;
  }

  get router(): Router {
    return this.#host.router;
  }

  /** Ready for work: not shutting down, and the store (if any) takes writes. What `/readyz` says. */
  get ready(): boolean {
    return !this.#draining && this.#host.available;
  }

  get draining(): boolean {
    return this.#draining;
  }

  get metrics(): MetricsEndpoint | undefined {
    return this.#metrics;
  }

  get connectionCount(): number {
    return this.#connections.size;
  }

  /** Every open socket (relayed ones included). */
  sessions(): Iterable<Session> {
    return this.#connections.all();
  }

  /**
   * Asks a socket's client to reconnect at `url` (close 4010, the URL as the
   * reason) if it is free to move: not an agent with a contact offered or
   * held. The session is closed here at once, as a dropped one, so an
   * agent's grace starts before anything else can be offered to it; it
   * resumes on the other process. False (nothing done) when not free.
   */
  moveAway(s: Session, url: string): boolean {
    if (!s.open || this.#draining || this.#host.flushing) return false;
    const a = s.agent;
    if (a !== null && (this.router.agent(a.agentId)?.contacts.length ?? 0) > 0) return false;
    this.close(s, CloseCode.moveTo, url);
    s.conn.close(CloseCode.moveTo, url);
    return true;
  }

  /** Frames waiting for the store, and how many of those wait for a failed write to be redone. */
  get outboxSize(): { readonly waiting: number; readonly held: number } {
    return this.#out.size;
  }

  // ---- the router host, for whoever runs this gateway (server, leader term) ----------------

  exec<T>(fn: (r: Router) => T): T {
    return this.#host.exec(fn);
  }

  flush(): void {
    this.#host.flush();
  }

  /** Whether the store takes writes; while not, requests get `UNAVAILABLE` and change nothing. */
  setAvailable(available: boolean): void {
    this.#host.setAvailable(available);
  }

  /** The failed writes are stored after all (the state was re-written from memory): send what waited for them. */
  releaseHeld(): void {
    this.#out.release();
  }

  /** Drops everything that waits for the store (the lease is lost); waiting requests are answered `UNAVAILABLE`. */
  abortHeld(reason: string): void {
    this.#out.abort(reason);
  }

  /** Resolves when every frame written so far has left (rejects `UNAVAILABLE` when dropped). */
  settled(): Promise<void> {
    return this.#out.settled();
  }

  /** After a recovery: the recovered agents wait for their sockets (see `AgentSessions.adoptRecovered`). */
  adoptRecovered(): void {
    this.#agents.adoptRecovered();
    // Integrations whose recovered contacts are tied to their socket: the grace runs from now unless they come back.
    for (const integration of this.registry.socketOwners()) {
      if (this.#connections.countOf('integration', integration) === 0) this.#integrations.gone(integration);
    }
  }

  // ---- transport handler --------------------------------------------------------------

  /** Logs a refused credential: the reason and where it came from, never the token. */
  authFailed(req: { readonly path: string; readonly remoteAddress?: string | undefined }, status: number, reason: string): void {
    this.#authLog.failed(req, status, reason);
  }

  /**
   * Synchronous: the transport upgrades within its callback (see
   * `TransportHandler.upgrade`). Refused with 429 past the rate of upgrades
   * from the address (before the token is read) or past the sockets of the
   * principal or of the server.
   */
  upgrade(req: UpgradeRequest): UpgradeDecision<ConnectionContext> {
    if (this.#draining) return refuseUpgrade(503, fail('SHUTTING_DOWN', 'server is shutting down'));
    if (!this.#admission.upgradeAttempt(req.remoteAddress))
      return refuseUpgrade(429, fail('TOO_MANY_CONNECTIONS', 'too many connection attempts from this address'));
    const d = authorizeUpgrade(this.#auth, req, (status, reason) => this.authFailed(req, status, reason));
    if (!d.accept) return d;
    const refusal = this.socketRefusal(d.context);
    if (refusal !== undefined) return refuseUpgrade(429, fail('TOO_MANY_CONNECTIONS', refusal));
    return d;
  }

  /**
   * Why one more socket of this principal is refused (logged), or undefined:
   * the limits per principal and in all count every socket this gateway
   * serves, its own and those relayed by followers (the relay host asks
   * before it opens a relayed socket).
   */
  socketRefusal(ctx: ConnectionContext): string | undefined {
    const refusal = this.#admission.socketRefusal({ total: this.#connections.size, ofPrincipal: this.#connections.countOf(ctx.role, ctx.principal) });
    if (refusal !== undefined)
      this.#log.warn({ role: ctx.role, principal: ctx.principal, remoteAddress: ctx.remoteAddress, reason: refusal }, 'connection refused');
    return refusal;
  }

  open(conn: Connection, ctx: ConnectionContext): Session {
    const g = this.config.gateway;
    const log = this.#log.child({ connId: ++this.#connSeq, role: ctx.role, principal: ctx.principal });
    const s = new Session(conn, ctx.role, ctx.principal, ctx.encoding, new RateLimiter(g.ratePerSecond, g.rateBurst), log);
    log.info({ remoteAddress: ctx.remoteAddress, encoding: ctx.encoding }, 'connection opened');
    this.#connections.add(s);
    if (ctx.expiresAt !== undefined) {
      s.expiry = setTimeout(() => s.conn.close(CloseCode.tokenExpired, 'token expired'), Math.min(Math.max(0, ctx.expiresAt - Date.now()), 2 ** 31 - 1));
      s.expiry.unref();
    }
    this.#observer.connectionOpened(s.role);
    if (s.role === 'integration') {
      this.#integrations.back(s.principal);
      openIntegrationStream({ streams: this.streams, registry: this.registry, router: this.router, out: this.#out }, s, ctx.resumeAfter);
    }
    return s;
  }

  message(s: Session, data: Uint8Array, isBinary: boolean): void {
    if (!s.open) return;
    this.#observer.messageReceived(s.role);
    const req = this.#requests.read(s, data, isBinary);
    if (req === undefined) return;
    // A look-up for an earlier request is in flight: this one runs after it, in the order sent.
    if (s.waiting !== null) s.waiting.push(req);
    else this.#run(s, req);
  }

  /**
   * Runs a request, after the look-up it needs when the core lacks what it
   * needs (recall-flow.ts: a new contact's customer entry, a survey's
   * contact). The socket's later requests wait for it, then run in order.
   */
  #run(s: Session, req: Request): void {
    if (!s.open) return;
    const lookup = s.role === 'integration' ? this.#recall?.before(s.principal, req) : undefined;
    if (lookup === undefined) {
      this.#answer(s, req);
      return;
    }
    s.waiting = [];
    lookup
      .then(
        (recalled) => this.#answer(s, req, recalled),
        (err: unknown) => {
          s.log.warn({ err, request: req.kind }, 'recall store: look-up failed');
          this.#out.replyError(s, req.id, fail('STORE_UNAVAILABLE', 'the state store is unavailable: nothing was changed; retry shortly'));
        },
      )
      .finally(() => {
        const next = s.waiting ?? [];
        s.waiting = null;
        for (let i = 0; i < next.length; i++) {
          // Another look-up began: the rest waits for it.
          if (s.waiting !== null) (s.waiting as Request[]).push(next[i]!);
          else this.#run(s, next[i]!);
        }
      })
      .catch((err: unknown) => s.log.error({ err }, 'request failed'));
  }

  #answer(s: Session, req: Request, recalled?: Recalled): void {
    if (!s.open || this.#draining) {
      recalled?.survey?.release();
      return;
    }
    if (!this.#requests.answer(s, req, recalled)) recalled?.survey?.release();
    // What a supervisor's request changed on a contact is recorded under their principal.
    this.#flow.flushAs(s.role === 'supervisor' ? s.principal : null, () => this.#host.flush());
  }

  close(s: Session, code: number, reason: string): void {
    if (this.#host.flushing) {
      // A socket dropped while events were going out (a slow consumer):
      // handle it once the fan-out is over, never in the middle of it.
      setImmediate(() => this.close(s, code, reason));
      return;
    }
    const wasOpen = s.open;
    s.open = false;
    if (s.expiry !== undefined) clearTimeout(s.expiry);
    if (!this.#connections.remove(s)) return;
    this.#observer.connectionClosed(s.role);
    if (reason === SLOW_CONSUMER && wasOpen) s.log.warn('slow consumer dropped (send buffer over the limit)');
    s.log.info({ code, reason }, 'connection closed');
    const a = s.agent;
    if (a !== null && a.socket === s) this.#agents.dropped(a);
    if (s.role === 'integration' && this.#connections.countOf('integration', s.principal) === 0 && !this.#draining) this.#integrations.gone(s.principal);
  }

  async http(req: HttpRequest): Promise<HttpResponse> {
    const writes = req.method === 'POST';
    if (writes && this.#out.durable && !this.#host.available) return unavailable('the state store is unavailable: nothing was changed; retry shortly');
    const res = await handleHttp(this.#ctx, req);
    if (!writes) return res;
    this.#host.flush();
    if (!this.#out.durable) return res;
    try {
      await this.settled();
    } catch (e) {
      return unavailable((e as Error).message);
    }
    return res;
  }

  // ---- shutdown ------------------------------------------------------------------------------

  /**
   * Graceful stop, after the transport stopped accepting: tells every client,
   * closes every socket (1001), stops the timers. Resolves once all sockets
   * closed or after `timeoutMs`. Sockets `why.keep` names are let go of
   * here (their sessions end, as dropped ones, nothing sent) but stay open:
   * the cluster's relay carries them over to the next leader.
   */
  async drain(timeoutMs = 2000, why: DrainReason = { code: CloseCode.goingAway, reason: 'server shutting down' }): Promise<void> {
    if (this.#draining) return;
    this.#draining = true;
    this.#host.stop();
    this.#agents.stop();
    this.#integrations.stop();
    this.#flow.stop();
    this.#authLog.stop();
    // Events held for a batch go out before the shutdown event (and, with a store, are waited for with the rest).
    this.#supervisors.flush();
    // What waits for the store goes out first (or is answered UNAVAILABLE when it cannot be stored).
    if (this.#out.durable) {
      const stored = this.settled();
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, Math.min(timeoutMs, 1000)).unref());
      await Promise.race([stored.catch(() => undefined), timeout]);
      this.abortHeld(`${why.reason}: the change was not stored`);
    }
    const shutdown = new EventFrame(Date.now(), 'shutdown', { reason: why.reason });
    for (const s of [...this.#connections.all()]) {
      if (!s.open) continue;
      if (why.keep?.(s.conn) === true) {
        this.close(s, why.code, why.reason);
        continue;
      }
      // Not part of an integration's stream: seq 0 there.
      if (s.role !== 'integration') s.seq++;
      this.#out.write(s, shutdown.encode(s.role === 'integration' ? 0 : s.seq, s.encoding));
      s.conn.close(why.code, why.reason);
    }
    const deadline = Date.now() + timeoutMs;
    while (this.#connections.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    for (const s of this.#connections.all()) s.conn.terminate();
  }
}

/** Why a gateway drains: the close code and reason its sockets get, and those it lets go of open (see `drain`). */
export interface DrainReason {
  readonly code: number;
  readonly reason: string;
  readonly keep?: ((conn: Connection) => boolean) | undefined;
}

function unavailable(message: string): HttpResponse {
  return { status: 503, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: errorMsgOf(fail('STORE_UNAVAILABLE', message)) }) };
}
