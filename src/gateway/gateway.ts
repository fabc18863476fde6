/**
 * The gateway: puts one `Router` on the network. It authenticates upgrades,
 * decodes requests, runs them against the router, replies, then drains the
 * router's events and fans them out (agents get their offers, integrations
 * the fate of their contacts, supervisors everything). One timer, re-armed
 * at `router.nextDeadline()`, drives ring timeouts, wrap-ups and steps.
 *
 * Transport-neutral: it implements the `TransportHandler` port.
 */
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import { SwitchboardError, type ErrorCode } from '../core/errors.js';
import type { CoreEvent } from '../core/events.js';
import type { ContactId } from '../core/ids.js';
import type { Router } from '../core/router.js';
import type { SwitchboardConfig } from '../config/schema.js';
import { decodeRequest, encodeReply, EventFrame } from '../protocol/codec.js';
import { contactToMsg, eventPayload, historyToMsg } from '../protocol/convert.js';
import {
  REQUESTS_BY_ROLE,
  SUBPROTOCOL_JSON,
  SUBPROTOCOL_PROTO,
  BEARER_PREFIX,
  type EventPayloads,
  type ReplyResults,
  type Request,
  type ResultKind,
  type Role,
} from '../protocol/messages.js';
import { tokenFrom, type TokenAuthority } from './auth.js';
import { ContactRegistry } from './contact-registry.js';
import { handleHttp } from './http-api.js';
import type { GatewayObserver, MetricsEndpoint } from './observer.js';
import { Outbox, type Delivery } from './outbox.js';
import { FloorStats } from './floor-stats.js';
import { handleAgentRequest } from './session-agent.js';
import { handleIntegrationRequest } from './session-integration.js';
import { handleSupervisorRequest } from './session-supervisor.js';
import { RateLimiter, Session, type AgentSession } from './session.js';
import type { Connection, HttpRequest, HttpResponse, TransportHandler, UpgradeDecision, UpgradeRequest } from './transport.js';
import { WaitEstimator } from './wait-estimator.js';
import type { IdempotencyKey, RoutingStore } from '../store/routing-store.js';

/** What a request handler returns: exactly one result kind. */
export type ResultBody = { [K in ResultKind]: { [P in K]: ReplyResults[K] } }[ResultKind];

export interface ConnectionContext {
  readonly role: Role;
  readonly principal: string;
  readonly encoding: 'json' | 'proto';
  /** The token's expiry (ms); the socket is closed then (4401) and the client reconnects with a fresh token. */
  readonly expiresAt: number | undefined;
  readonly remoteAddress: string | undefined;
}

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
  /**
   * With a store: compact (replace the stored events with a snapshot) once
   * this many appends piled up since the last snapshot, so that recovery
   * reads a bounded log. A snapshot costs time proportional to the live
   * state (about 2 s at 100,000 contacts) on this thread. Default 50,000;
   * 0 never compacts.
   */
  readonly compactEveryAppends?: number | undefined;
}

const ROLE_BY_PATH: Readonly<Record<string, Role>> = {
  '/v1/agent': 'agent',
  '/v1/integration': 'integration',
  '/v1/supervisor': 'supervisor',
};

/** WebSocket close codes the gateway uses. */
export const CloseCode = {
  goingAway: 1001,
  policyViolation: 1008,
  /** Another socket logged in as the same agent. */
  sessionReplaced: 4001,
  /** The token the socket was opened with expired. */
  tokenExpired: 4401,
} as const;

export class Gateway implements TransportHandler<ConnectionContext, Session> {
  readonly router: Router;
  readonly config: SwitchboardConfig;
  readonly auth: TokenAuthority;
  readonly registry = new ContactRegistry();
  readonly estimator: WaitEstimator;
  /** The day's counts of the floor, for the supervisor snapshot (fed every event in `flush`). */
  readonly floorStats: FloorStats;
  readonly #observer: GatewayObserver;
  readonly #metrics: MetricsEndpoint | undefined;
  readonly #log: Logger;

  readonly #sessions = new Set<Session>();
  readonly #supervisors = new Set<Session>();
  readonly #integrations = new Map<string, Set<Session>>();
  readonly #agents = new Map<string, AgentSession>();

  #timer: NodeJS.Timeout | undefined;
  #timerAt: number | undefined;
  #flushing = false;
  #draining = false;
  /** Numbers connections for their log lines. */
  #connSeq = 0;

  readonly #store: RoutingStore | null;
  readonly #outbox: Outbox | null;
  /** Frames written since the last commit (with a store). */
  #pending: Delivery[] = [];
  /** Idempotency keys of the contacts created since the last commit. */
  #keys: IdempotencyKey[] = [];
  #commitQueued = false;
  /** False while the store cannot take writes: requests are refused, timers wait. */
  #available = true;
  readonly #compactEvery: number;
  #compacting = false;

  constructor(deps: GatewayDeps) {
    this.router = deps.router;
    this.config = deps.config;
    this.auth = deps.auth;
    this.#observer = deps.observer;
    this.#metrics = deps.metrics;
    this.#log = deps.log;
    this.estimator = new WaitEstimator(deps.config.gateway.defaultHandleSeconds);
    this.floorStats = new FloorStats(deps.router.config, deps.router.contacts(), Date.now(), { dayStartsAt: deps.config.floorStats.dayStartsAt });
    this.#store = deps.store ?? null;
    this.#outbox = this.#store === null ? null : new Outbox((d) => this.#write(d.session, d.data));
    this.#compactEvery = deps.compactEveryAppends ?? 50_000;
  }

  /** Ready for work: not shutting down, and the store (if any) takes writes. What `/readyz` says. */
  get ready(): boolean {
    return !this.#draining && this.#available;
  }

  /** Frames waiting for the store, and how many of those wait for a failed write to be redone. */
  get outboxSize(): { readonly waiting: number; readonly held: number } {
    return { waiting: (this.#outbox?.size ?? 0) + this.#pending.length, held: this.#outbox?.held ?? 0 };
  }

  /**
   * Whether the store takes writes. While not, requests get `UNAVAILABLE`
   * and change nothing, and timers wait (a deadline that passes meanwhile
   * fires when the store is back, as after a recovery).
   */
  setAvailable(available: boolean): void {
    if (this.#available === available) return;
    this.#available = available;
    this.#log.warn({ available }, available ? 'store available again: taking requests' : 'store unavailable: refusing requests');
    if (available) {
      this.exec((r) => r.advance());
      this.flush();
    } else if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#timerAt = undefined;
    }
  }

  /** The failed writes are stored after all (the state was re-written from memory): send what waited for them. */
  releaseHeld(): void {
    this.#outbox?.release();
  }

  /**
   * Drops everything that waits for the store (it will never hold it: the
   * lease is lost); waiting requests are answered `UNAVAILABLE`.
   */
  abortHeld(reason: string): void {
    this.#commit([]);
    this.#outbox?.abort(
      (d) => {
        const id = d.replyTo as string;
        if (d.session.open) this.#write(d.session, encodeReply(id, { error: { code: 'UNAVAILABLE', message: reason } }, d.session.encoding));
      },
      new SwitchboardError('UNAVAILABLE', reason),
    );
  }

  /** Resolves when every frame written so far has left (rejects `UNAVAILABLE` when dropped). */
  settled(): Promise<void> {
    this.#commit([]);
    return this.#outbox?.settled() ?? Promise.resolve();
  }

  get draining(): boolean {
    return this.#draining;
  }

  get metrics(): MetricsEndpoint | undefined {
    return this.#metrics;
  }

  get connectionCount(): number {
    return this.#sessions.size;
  }

  // ---- the router -----------------------------------------------------------------

  /** Runs one router call, timed for the observer. Events stay queued until `flush`. */
  exec<T>(fn: (r: Router) => T): T {
    const t0 = performance.now();
    try {
      return fn(this.router);
    } finally {
      this.#observer.routingDecision((performance.now() - t0) / 1000);
    }
  }

  /** Drains the router's events, fans them out, and re-arms the timer. */
  flush(): void {
    if (this.#flushing) return;
    this.#flushing = true;
    const stored: CoreEvent[] | null = this.#store === null ? null : [];
    try {
      for (let events = this.router.drainEvents(); events.length > 0; events = this.router.drainEvents()) {
        if (stored !== null) for (const e of events) stored.push(e);
        for (const e of events) {
          this.#observer.coreEvent(e);
          try {
            this.#fanOut(e);
          } catch (err) {
            this.#log.error({ err, event: e.type }, 'fan-out failed');
          }
          if (stored !== null && e.type === 'contact.created') this.#keyOf(e.contact.id);
          this.registry.observe(e);
          this.floorStats.observe(e);
          this.estimator.observe(e, this.router);
          if (e.type === 'agent.logged_out') this.#unbindAgent(e.agentId);
        }
      }
    } finally {
      this.#flushing = false;
      if (stored !== null) this.#commit(stored);
    }
    this.#arm();
  }

  /** Records the idempotency key of a contact an integration created, to store with its events. */
  #keyOf(contactId: ContactId): void {
    const integration = this.registry.ownerOf(contactId);
    const externalId = this.registry.externalIdOf(contactId);
    if (integration !== undefined && externalId !== undefined) this.#keys.push({ integration, externalId, contactId });
  }

  /** Hands the events and the frames written since the last commit to the store and the outbox. */
  #commit(events: readonly CoreEvent[]): void {
    const store = this.#store;
    const outbox = this.#outbox;
    if (store === null || outbox === null) return;
    const keys = this.#keys;
    if (events.length === 0 && keys.length === 0 && this.#pending.length === 0) return;
    const writes = this.#pending;
    this.#pending = [];
    this.#keys = [];
    const ack = events.length > 0 || keys.length > 0 ? store.append(events, keys.length > 0 ? { idempotencyKeys: keys } : {}) : null;
    outbox.push(ack, writes);
    if (ack !== null && this.#compactEvery > 0 && store.appendsSinceSnapshot >= this.#compactEvery) this.#compact(store);
  }

  /** Right after an append, the router holds exactly what was appended: the moment for a snapshot. */
  #compact(store: RoutingStore): void {
    if (this.#compacting || !store.ready) return;
    this.#compacting = true;
    const t0 = performance.now();
    // The store asks for the router's snapshot only if it needs it (the Redis
    // store with a snapshot replica takes its own, in a worker thread).
    let taken = false;
    const written = store.compact((o) => {
      taken = true;
      return this.router.snapshot(o);
    });
    // What held the event loop: the snapshot and its serialization, if any.
    const stallMs = performance.now() - t0;
    written.then(
      () => {
        this.#compacting = false;
        this.#log.info({ stallMs: Math.round(stallMs), totalMs: Math.round(performance.now() - t0), from: taken ? 'router' : 'replica' }, 'store compacted');
      },
      (err: unknown) => {
        this.#compacting = false;
        this.#log.warn({ err }, 'compaction failed; the events stay (retried after the next appends)');
      },
    );
  }

  /** Frames written outside a flush (e.g. a refusal) are committed at the end of the turn. */
  #queueCommit(): void {
    if (this.#commitQueued) return;
    this.#commitQueued = true;
    queueMicrotask(() => {
      this.#commitQueued = false;
      if (!this.#flushing) this.#commit([]);
    });
  }

  /**
   * One timer for the router's next deadline. A deadline that moved later
   * (the offer it timed was accepted) keeps the timer: it fires early, finds
   * nothing due and arms the next one. Only an earlier deadline replaces it,
   * so a busy floor does not make (and promote) a timer per offer.
   */
  #arm(): void {
    if (this.#draining || !this.#available) return;
    const next = this.router.nextDeadline();
    if (this.#timer !== undefined && (next === undefined || this.#timerAt! <= next)) return;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = next;
    if (next === undefined) return;
    const delay = Math.min(Math.max(0, next - Date.now()), 2 ** 31 - 1);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#timerAt = undefined;
      try {
        this.exec((r) => r.advance());
      } catch (err) {
        this.#log.error({ err }, 'router advance failed');
      }
      this.flush();
    }, delay);
  }

  // ---- fan-out ----------------------------------------------------------------------

  #fanOut(e: CoreEvent): void {
    let frame: EventFrame | undefined;
    const get = (): EventFrame => {
      if (frame === undefined) {
        const { kind, payload } = eventPayload(e, (id) => this.registry.externalIdOf(id));
        frame = new EventFrame(e.at, kind, payload);
      }
      return frame;
    };

    for (const s of this.#supervisors) if (s.subscribed) this.sendEvent(s, get());

    if (e.type === 'contact.offered') {
      const s = this.#agents.get(e.agentId)?.socket;
      const c = this.router.contact(e.contactId);
      if (s !== undefined && s !== null && c !== undefined) {
        const payload: EventPayloads['offer'] = { contact: contactToMsg(c) };
        if (e.expiresAt !== null) payload.expiresAt = e.expiresAt;
        const history = this.router.history(c.customer.id);
        if (history.length > 0) payload.history = historyToMsg(history);
        this.sendEvent(s, new EventFrame(e.at, 'offer', payload));
      }
    } else {
      const agentId = 'agentId' in e ? e.agentId : e.type === 'contact.abandoned' ? e.offeredTo : null;
      if (agentId !== null) {
        const s = this.#agents.get(agentId)?.socket;
        if (s !== undefined && s !== null) this.sendEvent(s, get());
      }
      // A cancelled consultative transfer withdraws the offer the other agent was ringing with.
      if (e.type === 'contact.transfer_cancelled' && e.offeredTo !== null) {
        const s = this.#agents.get(e.offeredTo)?.socket;
        if (s !== undefined && s !== null) this.sendEvent(s, get());
      }
    }

    const contactId = 'contactId' in e ? e.contactId : e.type === 'contact.created' ? e.contact.id : undefined;
    if (contactId !== undefined) {
      const owner = this.registry.ownerOf(contactId);
      if (owner !== undefined) for (const s of this.#integrations.get(owner) ?? []) this.sendEvent(s, get());
    }
  }

  sendEvent(s: Session, frame: EventFrame): void {
    if (!s.open) return;
    s.seq++;
    let data: string | Uint8Array;
    try {
      data = frame.encode(s.seq, s.encoding);
    } catch (err) {
      this.#log.error({ err, kind: frame.kind }, 'cannot encode an event');
      return;
    }
    this.#emit(s, data, undefined);
  }

  #reply(s: Session, id: string, result: ResultBody): void {
    this.#send(s, id, result);
  }

  #replyError(s: Session, id: string, code: ErrorCode, message: string): void {
    this.#send(s, id, { error: { code, message } });
  }

  #send(s: Session, id: string, result: object): void {
    if (!s.open) return;
    let data: string | Uint8Array;
    try {
      data = encodeReply(id, result, s.encoding);
    } catch (err) {
      this.#log.error({ err }, 'cannot encode a server message');
      return;
    }
    this.#emit(s, data, id);
  }

  /** A frame for `s`: out at once, or (with a store) in the outbox behind the events it depends on. */
  #emit(s: Session, data: string | Uint8Array, replyTo: string | undefined): void {
    if (this.#outbox === null) {
      this.#write(s, data);
      return;
    }
    this.#pending.push(replyTo === undefined ? { session: s, data } : { session: s, data, replyTo });
    if (!this.#flushing) this.#queueCommit();
  }

  #write(s: Session, data: string | Uint8Array): void {
    if (!s.open) return;
    this.#observer.messageSent(s.role);
    if (!s.conn.send(data)) {
      s.log.warn('slow consumer dropped (send buffer over the limit)');
      s.open = false;
    }
  }

  // ---- transport handler --------------------------------------------------------------

  /**
   * Logs a refused credential: the reason and where it came from, never the
   * token (`req` carries it; only its path and address are read here).
   */
  authFailed(req: { readonly path: string; readonly remoteAddress?: string | undefined }, status: number, reason: string): void {
    this.#log.warn({ status, reason, path: req.path, remoteAddress: req.remoteAddress }, 'auth failed');
  }

  /** Synchronous: the transport upgrades within its callback (see `TransportHandler.upgrade`). */
  upgrade(req: UpgradeRequest): UpgradeDecision<ConnectionContext> {
    if (this.#draining) return refuseUpgrade(503, 'UNAVAILABLE', 'server is shutting down');
    return authorizeUpgrade(this.auth, req, (status, reason) => this.authFailed(req, status, reason));
  }

  open(conn: Connection, ctx: ConnectionContext): Session {
    const g = this.config.gateway;
    const log = this.#log.child({ connId: ++this.#connSeq, role: ctx.role, principal: ctx.principal });
    const s = new Session(conn, ctx.role, ctx.principal, ctx.encoding, new RateLimiter(g.ratePerSecond, g.rateBurst), log);
    log.info({ remoteAddress: ctx.remoteAddress, encoding: ctx.encoding }, 'connection opened');
    this.#sessions.add(s);
    if (s.role === 'supervisor') this.#supervisors.add(s);
    if (s.role === 'integration') {
      let set = this.#integrations.get(s.principal);
      if (set === undefined) this.#integrations.set(s.principal, (set = new Set()));
      set.add(s);
    }
    if (ctx.expiresAt !== undefined) {
      s.expiry = setTimeout(() => s.conn.close(CloseCode.tokenExpired, 'token expired'), Math.min(Math.max(0, ctx.expiresAt - Date.now()), 2 ** 31 - 1));
      s.expiry.unref();
    }
    this.#observer.connectionOpened(s.role);
    return s;
  }

  message(s: Session, data: Uint8Array, isBinary: boolean): void {
    if (!s.open) return;
    this.#observer.messageReceived(s.role);
    const g = this.config.gateway;
    const oversized = data.byteLength > g.maxFrameBytes;
    // Decoded before the rate check so that a refusal names the request it refuses.
    const d = oversized ? undefined : decodeRequest(data, isBinary, s.encoding);
    if (!s.limiter.take()) {
      if (s.limiter.refusedInRow > Math.max(g.rateBurst, 100)) {
        // A client that keeps going past many refusals is flooding: drop it.
        s.conn.close(CloseCode.policyViolation, 'rate limit exceeded');
        s.open = false;
        return;
      }
      const id = d === undefined ? '' : d.ok ? d.request.id : d.id;
      this.#replyError(s, id, 'RESOURCE_EXHAUSTED', `rate limit: at most ${g.ratePerSecond} messages a second`);
      return;
    }
    if (d === undefined) {
      this.#replyError(s, '', 'RESOURCE_EXHAUSTED', `frame of ${data.byteLength} bytes is over the limit of ${g.maxFrameBytes}`);
      return;
    }
    if (!d.ok) {
      this.#replyError(s, d.id, d.error.code, d.error.message);
      return;
    }
    const req = d.request;
    try {
      if (!REQUESTS_BY_ROLE[s.role].has(req.kind)) {
        throw new SwitchboardError('PERMISSION_DENIED', `${req.kind} is not a ${s.role} request`);
      }
      if (!this.#available && req.kind !== 'ping') {
        throw new SwitchboardError('UNAVAILABLE', 'the state store is unavailable: nothing was changed; retry shortly');
      }
      this.#reply(s, req.id, this.#dispatch(s, req));
    } catch (e) {
      if (e instanceof SwitchboardError) this.#replyError(s, req.id, e.code, e.message);
      else {
        s.log.error({ err: e, kind: req.kind }, 'request failed');
        this.#replyError(s, req.id, 'INTERNAL', 'internal error');
      }
    }
    this.flush();
  }

  #dispatch(s: Session, req: Request): ResultBody {
    switch (s.role) {
      case 'agent':
        return handleAgentRequest(this, s, req);
      case 'integration':
        return handleIntegrationRequest(this, s, req);
      default:
        return handleSupervisorRequest(this, s, req);
    }
  }

  close(s: Session, code: number, reason: string): void {
    if (this.#flushing) {
      // A socket dropped while events were going out (a slow consumer):
      // handle it once the fan-out is over, never in the middle of it.
      setImmediate(() => this.close(s, code, reason));
      return;
    }
    s.open = false;
    if (s.expiry !== undefined) clearTimeout(s.expiry);
    if (!this.#sessions.delete(s)) return;
    this.#supervisors.delete(s);
    this.#integrations.get(s.principal)?.delete(s);
    if (this.#integrations.get(s.principal)?.size === 0) this.#integrations.delete(s.principal);
    this.#observer.connectionClosed(s.role);
    s.log.info({ code, reason }, 'connection closed');
    const a = s.agent;
    if (a !== null && a.socket === s) this.#agentDropped(a);
  }

  async http(req: HttpRequest): Promise<HttpResponse> {
    if (this.#outbox === null || req.method !== 'POST') return handleHttp(this, req);
    if (!this.#available) return unavailable('the state store is unavailable: nothing was changed; retry shortly');
    const res = await handleHttp(this, req);
    try {
      await this.settled();
    } catch (e) {
      return unavailable((e as Error).message);
    }
    return res;
  }

  // ---- agent sessions -------------------------------------------------------------------

  agentSession(agentId: string): AgentSession | undefined {
    return this.#agents.get(agentId);
  }

  /**
   * Makes `s` the socket of the agent's session, creating it or taking it
   * over (from a socket in grace, or a live one which is then closed).
   * Returns whether an existing session was resumed.
   */
  bindAgent(s: Session, agentId: string): boolean {
    let a = this.#agents.get(agentId);
    const resumed = a !== undefined;
    if (a === undefined) {
      a = { agentId, socket: null, grace: undefined, before: undefined };
      this.#agents.set(agentId, a);
    }
    if (a.grace !== undefined) clearTimeout(a.grace);
    a.grace = undefined;
    const old = a.socket;
    if (old !== null && old !== s) {
      old.agent = null;
      old.conn.close(CloseCode.sessionReplaced, 'session taken over by another connection');
      old.open = false;
    }
    a.socket = s;
    s.agent = a;
    return resumed;
  }

  #unbindAgent(agentId: string): void {
    const a = this.#agents.get(agentId);
    if (a === undefined) return;
    if (a.grace !== undefined) clearTimeout(a.grace);
    if (a.socket !== null) a.socket.agent = null;
    this.#agents.delete(agentId);
  }

  /** The agent's socket is gone: offers go back now, the session waits out the grace period. */
  #agentDropped(a: AgentSession): void {
    a.socket = null;
    if (this.#draining) return;
    const rec = this.router.agent(a.agentId);
    if (rec === undefined || rec.presence === 'offline') {
      this.#agents.delete(a.agentId);
      return;
    }
    a.before ??= { presence: rec.presence, reason: rec.awayReason };
    try {
      this.exec((r) => r.setPresence(a.agentId, 'away', 'disconnected'));
    } catch (err) {
      this.#log.warn({ err, agentId: a.agentId }, 'cannot set a dropped agent away');
    }
    const graceMs = this.config.gateway.reconnectGraceSeconds * 1000;
    a.grace = setTimeout(() => {
      a.grace = undefined;
      if (a.socket !== null || this.#agents.get(a.agentId) !== a) return;
      try {
        this.exec((r) => r.logoutAgent(a.agentId, { force: true }));
      } catch (err) {
        this.#log.warn({ err, agentId: a.agentId }, 'cannot log out a dropped agent');
      }
      this.#agents.delete(a.agentId);
      this.flush();
    }, graceMs);
    this.flush();
  }

  /**
   * After a recovery: the agents the stored state has logged in have no
   * socket here yet. Each gets a session in its grace period, as if its
   * socket had just dropped: its offers go back, and it resumes (presence
   * restored) if it reconnects in time, or is logged out.
   */
  adoptRecovered(): void {
    for (const rec of this.router.agents()) {
      if (rec.presence === 'offline' || this.#agents.has(rec.id)) continue;
      const a: AgentSession = { agentId: rec.id, socket: null, grace: undefined, before: undefined };
      // Away because of an earlier drop: what it was before is not known; it stays away on resume.
      if (rec.presence === 'away' && rec.awayReason === 'disconnected') a.before = { presence: 'away', reason: 'disconnected' };
      this.#agents.set(rec.id, a);
      this.#agentDropped(a);
    }
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
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    for (const a of this.#agents.values()) if (a.grace !== undefined) clearTimeout(a.grace);
    // What waits for the store goes out first (or is answered UNAVAILABLE when it cannot be stored).
    if (this.#outbox !== null) {
      const stored = this.settled();
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, Math.min(timeoutMs, 1000)).unref());
      await Promise.race([stored.catch(() => undefined), timeout]);
      this.abortHeld(`${why.reason}: the change was not stored`);
    }
    const shutdown = new EventFrame(Date.now(), 'shutdown', { reason: why.reason });
    for (const s of this.#sessions) {
      if (!s.open) continue;
      s.seq++;
      this.#write(s, shutdown.encode(s.seq, s.encoding));
      s.conn.close(why.code, why.reason);
    }
    const deadline = Date.now() + timeoutMs;
    while (this.#sessions.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    for (const s of this.#sessions) s.conn.terminate();
  }
}

function unavailable(message: string): HttpResponse {
  return { status: 503, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: { code: 'UNAVAILABLE', message } }) };
}

function refuseUpgrade(status: number, code: ErrorCode, message: string): UpgradeDecision<ConnectionContext> {
  return { accept: false, status, body: JSON.stringify({ error: { code, message } }) };
}

/**
 * Who may open this socket: the endpoint's role, a valid token of that role,
 * and the encoding and subprotocol to answer with. Shared by the gateway and
 * by a follower process that relays sockets to the leader.
 */
export function authorizeUpgrade(
  auth: TokenAuthority,
  req: UpgradeRequest,
  authFailed: (status: number, reason: string) => void,
): UpgradeDecision<ConnectionContext> {
  const refuse = (status: number, code: ErrorCode, message: string): UpgradeDecision<ConnectionContext> => {
    if (status === 401 || status === 403) authFailed(status, message);
    return refuseUpgrade(status, code, message);
  };
  const role = ROLE_BY_PATH[req.path];
  if (role === undefined) return refuse(404, 'NOT_FOUND', `no endpoint ${req.path} (use /v1/agent, /v1/integration or /v1/supervisor)`);
  const token = tokenFrom(req.headers, req.protocols, req.query);
  if (token === undefined) return refuse(401, 'UNAUTHENTICATED', 'a token is required (Authorization: Bearer, bearer.<token> subprotocol or access_token)');
  let principal;
  try {
    principal = auth.verifySync(token);
  } catch (e) {
    return refuse(401, 'UNAUTHENTICATED', e instanceof Error ? e.message : 'invalid token');
  }
  if (principal.role !== role) return refuse(403, 'PERMISSION_DENIED', `a ${principal.role} token cannot open ${req.path}`);
  const proto = req.protocols.includes(SUBPROTOCOL_PROTO);
  const protocol = proto
    ? SUBPROTOCOL_PROTO
    : req.protocols.includes(SUBPROTOCOL_JSON)
      ? SUBPROTOCOL_JSON
      : req.protocols.find((p) => p.startsWith(BEARER_PREFIX));
  const context: ConnectionContext = {
    role,
    principal: principal.id,
    encoding: proto ? 'proto' : 'json',
    expiresAt: principal.expiresAt,
    remoteAddress: req.remoteAddress,
  };
  return protocol === undefined ? { accept: true, context } : { accept: true, context, protocol };
}
