/**
 * The gateway puts one `Router` on the network: the transport handler
 * (sockets and HTTP) in front of the parts that each do one job.
 *
 * A request's path, down once and up once: the transport hands a frame to
 * `message`, which decodes it and calls the role's handler (handlers/) with
 * a narrow `RequestContext`; the handler runs a router command through the
 * router host (router-host.ts) and returns its result; the gateway replies,
 * then the host drains the events the command caused to the fan-out
 * (fan-out.ts), the insights and the journal. Every frame leaves through
 * frame-out.ts (at once, or with a store once the store holds the events
 * behind it). Agent sessions and their reconnect grace: agent-sessions.ts.
 *
 * Transport-neutral: it implements the `TransportHandler` port.
 */
import type { Logger } from 'pino';
import { opensAtOf, SwitchboardError, withArticle } from '../core/errors.js';
import type { CoreEvent } from '../core/events.js';
import type { Router } from '../core/router.js';
import type { SwitchboardConfig } from '../config/schema.js';
import { AgentStates } from '../insights/agent-states.js';
import { FloorStats } from '../insights/floor-stats.js';
import { WaitEstimate } from '../insights/wait-estimate.js';
import { CloseCode } from '../protocol/close-codes.js';
import { decodeRequest, EventFrame, peekRequestId } from '../protocol/codec.js';
import { contactToMsg } from '../protocol/convert.js';
import { REQUESTS_BY_ROLE, type Request } from '../protocol/messages.js';
import type { AgentFigureSet } from '../record/agent-figures.js';
import { DayFigures } from '../record/day-figures.js';
import { agentFiguresToMsg } from './handlers/supervisor-snapshot.js';
import { RecordBuilder } from '../record/record-builder.js';
import type { RecordStore } from '../record/record-store.js';
import { Journal } from '../store/journal.js';
import type { RoutingStore } from '../store/routing-store.js';
import { Admission, AuthFailureLog } from './admission.js';
import { AgentSessions } from './agent-sessions.js';
import type { TokenAuthority } from './auth.js';
import { Connections } from './connections.js';
import { ContactRegistry } from './contact-registry.js';
import { FanOut } from './fan-out.js';
import { FrameOut } from './frame-out.js';
import { IntegrationPresence } from './integration-presence.js';
import { IntegrationStreams } from './integration-streams.js';
import { handleAgentRequest } from './handlers/agent-requests.js';
import { handleHttp } from './handlers/http-api.js';
import { handleIntegrationRequest } from './handlers/integration-requests.js';
import type { HttpContext, ResultBody } from './handlers/request-context.js';
import { handleSupervisorRequest } from './handlers/supervisor-requests.js';
import type { GatewayObserver, MetricsEndpoint } from './observer.js';
import { RouterHost } from './router-host.js';
import { WaitPush } from './wait-push.js';
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

export interface GatewayDeps {
  readonly router: Router;
  readonly config: SwitchboardConfig;
  readonly auth: TokenAuthority;
  readonly observer: GatewayObserver;
  readonly metrics: MetricsEndpoint | undefined;
  readonly log: Logger;
  /**
   * Where the router's events are persisted. When given, every reply,
   * offer and event waits until the store acknowledged the events behind
   * it (see `outbox.ts`), and requests are refused with `UNAVAILABLE` while
   * the store cannot take writes (`setAvailable(false)`). Without one the
   * state lives in this process only and frames leave at once.
   */
  readonly store?: RoutingStore | undefined;
  /** With a store: see `JournalOptions.compactEveryAppends`. */
  readonly compactEveryAppends?: number | undefined;
  /**
   * Where the interaction records go (built here from the router's events,
   * one per contact as it closes) and are read from for `GET
   * /v1/interactions`. Without one no records are kept.
   */
  readonly records?: RecordStore | undefined;
}

export class Gateway implements TransportHandler<ConnectionContext, Session> {
  readonly config: SwitchboardConfig;
  readonly registry: ContactRegistry;
  readonly estimator: WaitEstimate;
  /** The day's counts of the floor, for the supervisor snapshot. */
  readonly floorStats: FloorStats;
  /** Each agent's time in state, for the login result and the supervisor snapshot. */
  readonly agentStates: AgentStates;
  /** Each integration's numbered, kept events (resume after a dropped socket). */
  readonly streams: IntegrationStreams;
  /** Each agent's figures of the day, from the interaction records. */
  readonly dayFigures: DayFigures;
  readonly #auth: TokenAuthority;
  readonly #observer: GatewayObserver;
  readonly #metrics: MetricsEndpoint | undefined;
  readonly #log: Logger;
  readonly #host: RouterHost;
  readonly #out: FrameOut;
  readonly #agents: AgentSessions;
  readonly #integrations: IntegrationPresence;
  readonly #connections = new Connections();
  readonly #waitPush: WaitPush;
  readonly #fanOut: FanOut;
  readonly #ctx: HttpContext;
  readonly #admission: Admission;
  readonly #authLog: AuthFailureLog;
  readonly #records: RecordBuilder;
  #draining = false;
  /** Numbers connections for their log lines. */
  #connSeq = 0;

  constructor(deps: GatewayDeps) {
    const { router, config, log } = deps;
    this.config = config;
    this.registry = new ContactRegistry({ maxClosedBytes: config.gateway.closedContactsMaxBytes });
    this.#auth = deps.auth;
    this.#observer = deps.observer;
    this.#metrics = deps.metrics;
    this.#log = log;
    this.#admission = new Admission(config.gateway);
    this.#authLog = new AuthFailureLog(log);
    this.estimator = new WaitEstimate({
      defaultHandleSeconds: config.gateway.defaultHandleSeconds,
      defaultPatienceSeconds: config.gateway.defaultPatienceSeconds,
      memorySeconds: config.gateway.estimateMemorySeconds,
      onSettled: (s) => this.#observer.waitEstimateSettled?.(s),
    });
    this.floorStats = new FloorStats(router.config, router.contacts(), Date.now(), { dayStartsAt: config.floorStats.dayStartsAt });
    this.dayFigures = new DayFigures({ next: deps.records, dayStartOf: (now) => this.floorStats.read(now).since, now: Date.now() });
    this.agentStates = new AgentStates(router, (agentId, key, ms) => this.dayFigures.stateTime(agentId, key, ms));
    this.dayFigures.reportTimeWith((until) => this.agentStates.reportUntil(until));
    this.#records = new RecordBuilder({
      sink: this.dayFigures,
      creatorOf: (id) => {
        const integration = this.registry.ownerOf(id);
        const externalId = this.registry.externalIdOf(id);
        return integration === undefined || externalId === undefined ? undefined : { integration, externalId };
      },
      agentOf: (id, customer) => router.history(customer).find((h) => h.contactId === id)?.agentId ?? null,
      keepNotes: config.records.keepNotes,
    });
    this.#records.adopt(router.contacts(), Date.now());
    this.#host = new RouterHost({
      router,
      observer: deps.observer,
      log,
      onEvent: (e) => this.#onEvent(e),
      onFlushed: () => {
        this.agentStates.settle();
        this.#records.settle((id) => router.contact(id) !== undefined, Date.now());
        this.#pushFigures();
        this.#waitPush.afterFlush();
      },
    });
    const retention = { maxEvents: config.gateway.resumeMaxEvents, maxAgeMs: config.gateway.resumeMaxAgeSeconds * 1000 };
    this.streams = new IntegrationStreams(retention);
    const journal =
      deps.store === undefined
        ? null
        : new Journal(deps.store, { compactEveryAppends: deps.compactEveryAppends, log, snapshot: (o) => router.snapshot(o), deliveredRetention: retention });
    this.#out = new FrameOut({ journal, observer: deps.observer, log, inBatch: () => this.#host.flushing });
    this.#host.commitTo(this.#out);
    this.#agents = new AgentSessions({ host: this.#host, graceMs: config.gateway.reconnectGraceSeconds * 1000, log });
    const grace = config.gateway.integrationGraceSeconds;
    this.#integrations = new IntegrationPresence({ host: this.#host, registry: this.registry, graceMs: grace === null ? null : grace * 1000, log });
    this.#fanOut = new FanOut({ router, connections: this.#connections, agents: this.#agents, registry: this.registry, out: this.#out, streams: this.streams });
    this.#waitPush = new WaitPush({
      router,
      estimator: this.estimator,
      registry: this.registry,
      fanOut: this.#fanOut,
      now: () => Date.now(),
    });
    const isDraining = (): boolean => this.#draining;
    const isReady = (): boolean => this.ready;
    this.#ctx = {
      router,
      exec: (fn) => this.#host.exec(fn),
      config,
      registry: this.registry,
      estimator: this.estimator,
      waitPush: this.#waitPush,
      floorStats: this.floorStats,
      agentStates: this.agentStates,
      dayFigures: this.dayFigures,
      agentSessions: this.#agents,
      now: () => Date.now(),
      auth: deps.auth,
      get draining() {
        return isDraining();
      },
      get ready() {
        return isReady();
      },
      metrics: deps.metrics,
      records: deps.records,
      authFailed: (req, status, reason) => this.authFailed(req, status, reason),
      httpCreateAllowed: (integration) => this.#admission.httpCreate(integration),
    };
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

  #onEvent(e: CoreEvent): void {
    if (e.type === 'contact.follow_up_scheduled') this.registry.adoptFollowUp(e.contact);
    // A contact the core made (a voicemail) is its owner's before anyone hears of it; created ones are registered already.
    else if (e.type === 'contact.created') this.registry.adopt(e.contact);
    try {
      this.#fanOut.deliver(e);
    } catch (err) {
      this.#log.error({ err, event: e.type }, 'fan-out failed');
    }
    if (e.type === 'contact.created') {
      const integration = this.registry.ownerOf(e.contact.id);
      const externalId = this.registry.externalIdOf(e.contact.id);
      if (integration !== undefined && externalId !== undefined) this.#out.key({ integration, externalId, contactId: e.contact.id });
    }
    this.#records.observe(e);
    this.registry.observe(e);
    this.floorStats.observe(e);
    this.estimator.observe(e);
    this.#waitPush.observe(e);
    if (e.type === 'agent.logged_out') this.#agents.unbind(e.agentId);
  }

  /** Tells subscribed supervisors the day's figures of the agents the last flush's records and surveys changed. */
  #pushFigures(): void {
    const changed = this.dayFigures.takeChanged();
    if (changed.length === 0) return;
    let frame: EventFrame | undefined;
    for (const s of this.#connections.supervisors()) {
      if (!s.subscribed) continue;
      if (frame === undefined) {
        const now = Date.now();
        const day = this.dayFigures.read(now);
        const agents = new Map<string, Readonly<AgentFigureSet>>();
        for (const id of changed) {
          const f = day.agents.get(id);
          if (f !== undefined) agents.set(id, f);
        }
        frame = new EventFrame(now, 'agentFiguresChanged', { since: day.since, agents: agentFiguresToMsg(agents) });
      }
      this.#out.event(s, frame);
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
    if (this.#draining) return refuseUpgrade(503, 'UNAVAILABLE', 'server is shutting down');
    if (!this.#admission.upgradeAttempt(req.remoteAddress)) return refuseUpgrade(429, 'RESOURCE_EXHAUSTED', 'too many connection attempts from this address');
    const d = authorizeUpgrade(this.#auth, req, (status, reason) => this.authFailed(req, status, reason));
    if (!d.accept) return d;
    const refusal = this.#admission.socketRefusal({
      total: this.#connections.size,
      ofPrincipal: this.#connections.countOf(d.context.role, d.context.principal),
    });
    if (refusal !== undefined) {
      this.#log.warn({ role: d.context.role, principal: d.context.principal, remoteAddress: req.remoteAddress, reason: refusal }, 'connection refused');
      return refuseUpgrade(429, 'RESOURCE_EXHAUSTED', refusal);
    }
    return d;
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
      this.#openStream(s, ctx.resumeAfter);
    }
    return s;
  }

  /**
   * An integration socket's first event (seq 0): where its stream stands;
   * on a resume, the events it missed follow at once, in order, before any
   * live one (this runs within the open, so nothing can come between). With
   * a store they queue behind what waits for it, like every frame.
   */
  #openStream(s: Session, resumeAfter: number | undefined): void {
    const last = this.streams.lastOf(s.principal);
    if (resumeAfter === undefined) {
      this.#out.numbered(s, new EventFrame(Date.now(), 'streamOpened', { lastSeq: String(last) }), 0);
      return;
    }
    const r = this.streams.since(s.principal, resumeAfter);
    if (r.ok) {
      s.log.info({ resumeAfter, lastSeq: r.last, replayed: r.events.length }, 'integration stream resumed');
      this.#out.numbered(
        s,
        new EventFrame(Date.now(), 'streamOpened', { lastSeq: String(r.last), resumedAfter: String(resumeAfter), replayed: r.events.length }),
        0,
      );
      for (const e of r.events) this.#out.numbered(s, e.frame, e.seq);
      return;
    }
    const contacts = [];
    for (const { contactId, externalId } of this.registry.liveOf(s.principal)) {
      const c = this.router.contact(contactId);
      if (c !== undefined) contacts.push(contactToMsg(c, externalId));
    }
    s.log.warn({ resumeAfter, lastSeq: r.last, contacts: contacts.length, why: r.reason }, 'integration stream cannot be resumed: snapshot sent');
    const payload = { lastSeq: String(r.last), resumedAfter: String(resumeAfter), error: { code: 'OUT_OF_RANGE', message: r.reason }, contacts };
    this.#out.numbered(s, new EventFrame(Date.now(), 'streamOpened', payload), 0);
  }

  message(s: Session, data: Uint8Array, isBinary: boolean): void {
    if (!s.open) return;
    this.#observer.messageReceived(s.role);
    const g = this.config.gateway;
    // The limits are judged before the frame is decoded (a flood or an oversized
    // frame costs no parse); the refusal still names the request when the id can
    // be read from the frame's first bytes.
    if (!s.limiter.take()) {
      if (s.limiter.refusedInRow > Math.max(g.rateBurst, 100)) {
        // A client that keeps going past many refusals is flooding: drop it.
        s.log.warn({ refused: s.limiter.refusedInRow }, 'closed a client flooding past the rate limit');
        s.conn.close(CloseCode.policyViolation, 'rate limit exceeded');
        s.open = false;
        return;
      }
      this.#out.replyError(s, peekRequestId(data, isBinary, s.encoding), 'RESOURCE_EXHAUSTED', `rate limit: at most ${g.ratePerSecond} messages a second`);
      return;
    }
    if (data.byteLength > g.maxFrameBytes) {
      if (data.byteLength > g.maxFrameBytes * 4) {
        // Past the hard cap (the transport may let a few such frames through):
        // closed as RFC 6455 says, with a close frame.
        s.conn.close(CloseCode.messageTooBig, 'frame too large');
        s.open = false;
        return;
      }
      const id = peekRequestId(data, isBinary, s.encoding);
      this.#out.replyError(s, id, 'RESOURCE_EXHAUSTED', `frame of ${data.byteLength} bytes is over the limit of ${g.maxFrameBytes}`);
      return;
    }
    const d = decodeRequest(data, isBinary, s.encoding);
    if (!d.ok) {
      this.#out.replyError(s, d.id, d.error.code, d.error.message);
      return;
    }
    const req = d.request;
    try {
      if (!REQUESTS_BY_ROLE[s.role].has(req.kind)) {
        throw new SwitchboardError('PERMISSION_DENIED', `${req.kind} is not ${withArticle(s.role)} request`);
      }
      if (!this.#host.available && req.kind !== 'ping') {
        throw new SwitchboardError('UNAVAILABLE', 'the state store is unavailable: nothing was changed; retry shortly');
      }
      // Who did what: a supervisor's or integration's changes carry who made them, in the events and the log.
      const result = s.role === 'agent' ? this.#dispatch(s, req) : this.#host.router.actAs(`${s.role}:${s.principal}`, () => this.#dispatch(s, req));
      // A supervisor's change at info (human actions, few); an integration's at debug (one per call
      // and step: per-message lines stay out of info), its events carrying the actor all the same.
      if (s.role === 'supervisor' && !READ_ONLY.has(req.kind)) s.log.info({ request: req.kind, ...targetOf(req) }, 'change requested');
      else if (s.role === 'integration' && !READ_ONLY.has(req.kind)) s.log.debug({ request: req.kind, ...targetOf(req) }, 'change requested');
      this.#out.reply(s, req.id, result, req.kind === 'subscribe' || req.kind === 'snapshotPage');
    } catch (e) {
      if (e instanceof SwitchboardError) this.#out.replyError(s, req.id, e.code, e.message, opensAtOf(e));
      else {
        s.log.error({ err: e, kind: req.kind }, 'request failed');
        this.#out.replyError(s, req.id, 'INTERNAL', 'internal error');
      }
    }
    // What a supervisor's request changed on a contact is recorded under their principal.
    if (s.role === 'supervisor') this.#records.actor = s.principal;
    try {
      this.#host.flush();
    } finally {
      this.#records.actor = null;
    }
  }

  #dispatch(s: Session, req: Request): ResultBody {
    switch (s.role) {
      case 'agent':
        return handleAgentRequest(this.#ctx, s, req);
      case 'integration':
        return handleIntegrationRequest(this.#ctx, s, req);
      default:
        return handleSupervisorRequest(this.#ctx, s, req);
    }
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
   * closed or after `timeoutMs`.
   */
  async drain(
    timeoutMs = 2000,
    why: { readonly code: number; readonly reason: string } = { code: CloseCode.goingAway, reason: 'server shutting down' },
  ): Promise<void> {
    if (this.#draining) return;
    this.#draining = true;
    this.#host.stop();
    this.#agents.stop();
    this.#integrations.stop();
    this.#waitPush.stop();
    this.#authLog.stop();
    // What waits for the store goes out first (or is answered UNAVAILABLE when it cannot be stored).
    if (this.#out.durable) {
      const stored = this.settled();
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, Math.min(timeoutMs, 1000)).unref());
      await Promise.race([stored.catch(() => undefined), timeout]);
      this.abortHeld(`${why.reason}: the change was not stored`);
    }
    const shutdown = new EventFrame(Date.now(), 'shutdown', { reason: why.reason });
    for (const s of this.#connections.all()) {
      if (!s.open) continue;
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

/** Requests that change nothing (not logged as changes). */
const READ_ONLY: ReadonlySet<string> = new Set(['ping', 'position', 'subscribe', 'snapshotPage', 'getContact', 'listFollowUps']);

/** The contact or agent a request is about, for its log line. */
function targetOf(req: Request): { contactId?: string; agentId?: string } {
  const b = req.body as { contactId?: unknown; agentId?: unknown; externalId?: unknown };
  const out: { contactId?: string; agentId?: string; externalId?: string } = {};
  if (typeof b.contactId === 'string') out.contactId = b.contactId;
  if (typeof b.agentId === 'string') out.agentId = b.agentId;
  if (typeof b.externalId === 'string') out.externalId = b.externalId;
  return out;
}

function unavailable(message: string): HttpResponse {
  return { status: 503, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: { code: 'UNAVAILABLE', message } }) };
}
