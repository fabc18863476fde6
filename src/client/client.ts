/**
 * The Switchboard client SDK, for agent desktops, integrations, supervisor
 * views, tests and benchmarks. One connection to one role endpoint, typed
 * requests that resolve with their reply (or reject with a
 * `SwitchboardError` carrying the server's code), typed events, and
 * automatic reconnection with exponential backoff and jitter. After a
 * reconnect an agent's session is resumed (login again, within the
 * server's grace period) and a supervisor's subscription renewed. The same
 * is done, on the same socket, when a server relaying it says the routing
 * leader changed (`leaderChanged`): the socket stays open, the requests
 * still waiting fail with UNAVAILABLE (reason LEADER_CHANGED: retry).
 *
 * @example
 * const agent = await SwitchboardClient.connect({ url: 'ws://127.0.0.1:8080', role: 'agent', token });
 * agent.on('offer', ({ contact }) => agent.accept(contact.id));
 * await agent.login({ presence: 'available' });
 */
import { fail, SwitchboardError } from '../core/errors.js';
import { errorFromMsg } from '../protocol/error-msg.js';
import { CloseCode } from '../protocol/close-codes.js';
import { decodeServerMessage, encodeRequest } from '../protocol/codec.js';
import {
  BEARER_PREFIX,
  EVENT_KINDS,
  SUBPROTOCOL_JSON,
  SUBPROTOCOL_PROTO,
  type ContactResultMsg,
  type ContactMsg,
  type CreateContactMsg,
  type Encoding,
  type EventKind,
  type EventBatchMsg,
  type EventMsg,
  type EventPayloads,
  type LoginResultMsg,
  type PositionResultMsg,
  type ReplyMsg,
  type RequestBodies,
  type RequestKind,
  type ResultOf,
  type SnapshotMsg,
} from '../protocol/messages.js';
import { browserWebSocket, openNodeSocket, openWhatwgSocket, SocketOpenError, type ClientSocket, type SocketHandlers } from './socket.js';
import type { ClientOptions, SubscribeOptions } from './options.js';
import { PendingRequests } from './pending-requests.js';
import { Reconnector, ServerChoice, type AttemptOutcome } from './reconnect.js';

export type { ClientOptions, SubscribeOptions } from './options.js';
export type { ReconnectOptions } from './reconnect.js';

/** Why connecting failed: `status` is the HTTP status of a refused upgrade (401, 403, ...). */
export class ConnectError extends SwitchboardError {
  constructor(
    readonly status: number | undefined,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'PERMISSION_DENIED' : 'UNAVAILABLE', message, {
      ...options,
      reason: status === 401 ? 'TOKEN_INVALID' : status === 403 ? 'ROLE_MISMATCH' : 'NOT_CONNECTED',
    });

    this.name = 'ConnectError';
  }
}

export interface EventMeta {
  /**
   * Sequence number. Agents and supervisors: per connection (restarts at 1
   * on each). Integrations: of the integration's own stream, across
   * reconnects (and, with a store, restarts); 0 for `streamOpened`.
   */
  readonly seq: number;
  readonly at: number;
  /** Who caused the change, when a supervisor or an integration did (`supervisor:sam`). */
  readonly actor?: string;
}

/** Connection lifecycle notifications. */
export interface LifecycleEvents {
  /** The connection dropped; a reconnect follows unless `willReconnect` is false. */
  disconnected: { code: number; reason: string; willReconnect: boolean };
  /** Connected again (and resumed / resubscribed where it applies; integrations: see `stream`). */
  reconnected: { attempt: number; login?: LoginResultMsg; snapshot?: SnapshotMsg; stream?: EventPayloads['streamOpened'] };
  /** A reconnect attempt failed or reconnecting was given up. */
  error: { error: Error };
  /**
   * The routing leader changed and the server carried this connection over
   * to it (no disconnect): requests that waited failed (LEADER_CHANGED),
   * the agent is logged in again and the subscription renewed (as after a
   * reconnect); integrations: `stream` when the new leader said where the
   * stream stands. Emitted once that is done.
   */
  leaderChanged: { reason: string; login?: LoginResultMsg; snapshot?: SnapshotMsg };
}

type EventHandler<K extends EventKind> = (payload: EventPayloads[K], meta: EventMeta) => void;

const EVENT_KIND_SET = new Set<string>(EVENT_KINDS);

export class SwitchboardClient {
  readonly options: ClientOptions;
  readonly encoding: Encoding;
  #ws: ClientSocket | null = null;
  readonly #pending = new PendingRequests();
  readonly #handlers = new Map<string, Set<(payload: never, meta: EventMeta) => void>>();
  readonly #lifecycle = new Map<string, Set<(e: never) => void>>();
  #closedByUser = false;
  /** `url`, ...`fallbackUrls`, or where the server moved this client. */
  readonly #servers: ServerChoice;
  readonly #reconnector: Reconnector;
  /** What to replay after a reconnect. */
  #login: RequestBodies['login'] | undefined;
  /** What `subscribe` asked for, to ask again after a reconnect (null: not subscribed). */
  #subscription: SubscribeOptions | null = null;
  /** Counts subscriptions: a page walk of an earlier one stops. */
  #subscribeGen = 0;
  /** Events held while a whole snapshot is fetched page by page (see `subscribe`); null when not holding. */
  #held: EventMsg[] | null = null;
  /** Integrations: the last sequence of the stream seen (resumed from on reconnect). */
  #streamSeq: number | undefined;
  /** Integrations: what the current connection's first event said. */
  #opened: EventPayloads['streamOpened'] | undefined;
  /** Integrations: called when the connection's `streamOpened` arrived (or it closed first). */
  #streamWaiter: (() => void) | null = null;
  /** True from a drop the SDK reconnects after until the session resumed (or the reconnecting ended without it). */
  #resuming = false;
  /** Requests made while reconnecting, waiting for the session to resume: woken with true (send now) or false. */
  readonly #heldRequests = new Set<(resumed: boolean) => void>();

  private constructor(options: ClientOptions) {
    this.options = options;
    this.encoding = options.encoding ?? 'json';
    this.#streamSeq = options.resumeAfter;
    this.#servers = new ServerChoice(options.url, options.fallbackUrls);
    this.#reconnector = new Reconnector(options.reconnect === false ? {} : (options.reconnect ?? {}), this.#servers, {
      closed: () => this.#closedByUser,
      attempt: (attempt) => this.#attempt(attempt),
    });
  }

  /**
   * Integrations: the sequence of the last event of its stream seen (kept
   * by the SDK to resume from after a reconnect; keep it yourself to resume
   * after a restart, with `ClientOptions.resumeAfter`). Undefined before
   * the first connection said where the stream stands.
   */
  get lastSeq(): number | undefined {
    return this.#streamSeq;
  }

  /**
   * Integrations: where the stream stood when this connection opened, and
   * whether the events missed were replayed (they are delivered as events
   * right after) or, with `error`, could not be (then `contacts` holds the
   * live contacts with their state and agent). Known once `connect` resolved
   * and at each `reconnected`.
   */
  get streamOpened(): EventPayloads['streamOpened'] | undefined {
    return this.#opened;
  }

  /** Opens a connection; rejects with `ConnectError` (status 401/403/...) when refused. */
  static async connect(options: ClientOptions): Promise<SwitchboardClient> {
    const c = new SwitchboardClient(options);
    // An integration's first events (what it missed, when it resumes) come right after the
    // opening: held until the caller has the client and could add its handlers.
    if (options.role !== 'integration') await c.#open();
    else {
      c.#held = [];
      try {
        await c.#open();
      } finally {
        c.#releaseHeld();
      }
    }
    return c;
  }

  /** The server URL this client connects to now (the configured one, or where the server moved it). */
  get currentUrl(): string {
    return this.#servers.current;
  }

  get connected(): boolean {
    return this.#ws?.open === true;
  }

  // ---- connection --------------------------------------------------------------------

  async #open(): Promise<void> {
    const o = this.options;
    const token = typeof o.token === 'function' ? await o.token() : o.token;
    const Whatwg = o.webSocket ?? browserWebSocket();
    const url = new URL(`/v1/${o.role}`, this.#servers.current);
    const protocols = [this.encoding === 'proto' ? SUBPROTOCOL_PROTO : SUBPROTOCOL_JSON];
    const headers: Record<string, string> = {};
    const via = o.tokenVia ?? (Whatwg === undefined ? 'header' : 'subprotocol');
    if (via === 'header' && Whatwg === undefined) headers['authorization'] = `Bearer ${token}`;
    else if (via === 'query') url.searchParams.set('access_token', token);
    else protocols.push(BEARER_PREFIX + token);
    if (o.role === 'integration' && this.#streamSeq !== undefined) url.searchParams.set('resume_after', String(this.#streamSeq));
    if (o.domain !== undefined) url.searchParams.set('domain', o.domain);

    let alive = true;
    let heartbeat: ReturnType<typeof setInterval> | undefined;
    let ws: ClientSocket | undefined;
    /** A close that came before `ws` was set: the socket opened and closed at once. */
    const early = { closed: false, why: '' };
    const on: SocketHandlers = {
      message: (data, isBinary) => this.#onFrame(data, isBinary),
      alive: () => (alive = true),
      close: (code, reason) => {
        if (heartbeat !== undefined) clearInterval(heartbeat);
        if (ws !== undefined) this.#onClose(ws, code, reason);
        else Object.assign(early, { closed: true, why: `${code}${reason ? ` ${reason}` : ''}` });
      },
    };
    try {
      ws = Whatwg === undefined ? await openNodeSocket({ url, protocols, headers }, on) : await openWhatwgSocket(Whatwg, { url, protocols, headers }, on);
    } catch (err) {
      if (err instanceof SocketOpenError) throw new ConnectError(err.failure.status, err.failure.message, { cause: err.failure.cause ?? err });
      throw err;
    }
    // Dropped between its open and now: a failed attempt (retried by `#reconnect`), never a dead client.
    if (early.closed || !ws.open) throw new ConnectError(undefined, `connection closed right after opening (${early.why || 'no longer open'})`);
    const socket = ws;
    this.#ws = socket;
    // An integration's socket first says where its stream stands (and replays what was missed): wait for it.
    if (o.role === 'integration' && this.#opened === undefined) {
      const timeoutMs = o.requestTimeoutMs ?? 10_000;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.#streamWaiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#streamWaiter = null;
      if (this.#ws !== socket) throw new ConnectError(undefined, 'connection closed right after opening');
    }
    const every = o.heartbeatIntervalMs ?? 25_000;
    if (every > 0) {
      heartbeat = setInterval(() => {
        if (!alive) {
          socket.terminate(); // a dead peer or network: reconnect
          return;
        }
        alive = false;
        // Where the API has no ping (browsers), a `ping` request does: its reply is traffic.
        if (!socket.ping()) this.request('ping', {}).catch(() => {});
      }, every);
      (heartbeat as { unref?: () => void }).unref?.();
    }
  }

  #onFrame(data: Uint8Array | string, isBinary: boolean): void {
    let msg;
    try {
      msg = decodeServerMessage(data, isBinary);
    } catch (err) {
      this.#emitLifecycle('error', { error: err as Error });
      return;
    }
    if ('reply' in msg) this.#onReply(msg.reply);
    else if ('batch' in msg) this.#onBatch(msg.batch);
    else this.#onEvent(msg.event);
  }

  /** A batch's events one by one, each with its own sequence number (`firstSeq + i`). */
  #onBatch(b: EventBatchMsg): void {
    const first = Number(b.firstSeq ?? 0);
    const events = b.events ?? [];
    for (let i = 0; i < events.length; i++) {
      const e = events[i] as EventMsg;
      e.seq = String(first + i);
      this.#onEvent(e);
    }
  }

  #onReply(r: ReplyMsg): void {
    if (this.#pending.settle(r)) return;
    // Replies to frames the server could not read carry an empty id.
    if ('error' in r) this.#emitLifecycle('error', { error: errorFromMsg(r.error) });
  }

  #onEvent(e: EventMsg): void {
    if ('leaderChanged' in e) void this.#leaderChanged(e.leaderChanged.reason);
    if (this.options.role === 'integration' && !this.#inStream(e, Number(e.seq ?? 0))) return;
    if (this.#held !== null) {
      this.#held.push(e);
      return;
    }
    this.#dispatch(e);
  }

  #dispatch(e: EventMsg): void {
    const meta: EventMeta = e.actor === undefined ? { seq: Number(e.seq ?? 0), at: e.at ?? 0 } : { seq: Number(e.seq ?? 0), at: e.at ?? 0, actor: e.actor };
    for (const [k, v] of Object.entries(e)) {
      if (!EVENT_KIND_SET.has(k)) continue;
      for (const h of this.#handlers.get(k) ?? []) {
        try {
          h(v as never, meta);
        } catch (err) {
          this.#emitLifecycle('error', { error: err as Error });
        }
      }
      for (const h of this.#handlers.get('*') ?? []) h({ kind: k, payload: v } as never, meta);
    }
  }

  /**
   * Keeps an integration's place in its stream; false for an event seen
   * already (the server never sends one twice on a resume, but a client
   * that resumed from an older sequence than it had would).
   */
  #inStream(e: EventMsg, seq: number): boolean {
    if ('streamOpened' in e) {
      const o = e.streamOpened;
      this.#opened = o;
      this.#streamWaiter?.();
      // A fresh stream (first connection) starts where the server stands; a failed resume goes on from there too.
      if (o.resumedAfter === undefined ? this.#streamSeq === undefined : o.error !== undefined) this.#streamSeq = Number(o.lastSeq ?? 0);
      return true;
    }
    if (seq === 0 || 'shutdown' in e) return true;
    if (this.#streamSeq !== undefined && seq <= this.#streamSeq) return false;
    this.#streamSeq = seq;
    return true;
  }

  #onClose(ws: ClientSocket, code: number, reason: string): void {
    if (this.#ws !== ws) return;
    this.#ws = null;
    this.#opened = undefined;
    this.#streamWaiter?.();
    this.#pending.rejectAll(code, reason);
    if (code === CloseCode.moveTo) this.#servers.moveTo(reason);
    // Session replaced: another connection took the agent over; do not fight back.
    const willReconnect = !this.#closedByUser && this.options.reconnect !== false && code !== CloseCode.sessionReplaced;
    this.#emitLifecycle('disconnected', { code, reason, willReconnect });
    if (!willReconnect) return this.#wakeHeld(false);
    this.#resuming = true;
    void this.#reconnector.run().then(() => {
      // Refused, out of attempts or closed: what waited for the session fails now.
      if (!this.#reconnector.running && !this.connected) this.#wakeHeld(false);
    });
  }

  /** Ends the wait of the requests held while reconnecting: sent now (`resumed`) or failed with `NOT_CONNECTED`. */
  #wakeHeld(resumed: boolean): void {
    this.#resuming = false;
    const held = [...this.#heldRequests];
    this.#heldRequests.clear();
    for (const wake of held) wake(resumed);
  }

  /** One reconnect attempt: connects, then logs in and subscribes again as before. */
  async #attempt(attempt: number): Promise<AttemptOutcome> {
    try {
      await this.#open();
    } catch (err) {
      this.#emitLifecycle('error', { error: err as Error });
      const refused = err instanceof ConnectError && (err.status === 401 || err.status === 403) && typeof this.options.token === 'string';
      return refused ? 'refused' : 'failed';
    }
    const info: LifecycleEvents['reconnected'] = { attempt };
    if (this.#opened !== undefined) info.stream = this.#opened;
    let release: (() => void) | undefined;
    try {
      release = await this.#resumeSession(info);
    } catch (err) {
      this.#emitLifecycle('error', { error: err as Error });
      // The session was not resumed (the server went away again, or could not take
      // requests yet): drop this connection and try again, here or at the next URL.
      if (isTransient(err)) {
        const dead = this.#ws;
        this.#ws = null;
        dead?.terminate();
        return 'failed';
      }
    }
    this.#emitLifecycle('reconnected', info);
    release?.();
    this.#wakeHeld(true);
    return 'resumed';
  }

  /**
   * Logs in again and subscribes again as before, telling `info` the
   * answers; returns what releases the events held while the snapshot came.
   */
  async #resumeSession(info: { login?: LoginResultMsg; snapshot?: SnapshotMsg }): Promise<(() => void) | undefined> {
    if (this.#login !== undefined) {
      const { presence: _p, reason: _r, ...again } = this.#login;
      info.login = await this.request('login', again);
    }
    if (this.#subscription === null) return undefined;
    const taken = await this.#takeSnapshot(this.#subscription);
    info.snapshot = taken.snapshot;
    return taken.release;
  }

  /**
   * The server carried this socket over to a new routing leader: what waited
   * for the old one will not be answered; the session is resumed on the new
   * one as after a reconnect, on the same socket. If that fails for a
   * passing reason, the socket is dropped and the usual reconnect follows.
   */
  async #leaderChanged(reason: string): Promise<void> {
    const ws = this.#ws;
    this.#pending.rejectAll(0, reason, () =>
      fail('LEADER_CHANGED', `the routing leader changed before the reply (${reason}): the request may or may not have been applied; retry`),
    );
    const info: LifecycleEvents['leaderChanged'] = { reason };
    let release: (() => void) | undefined;
    try {
      release = await this.#resumeSession(info);
    } catch (err) {
      this.#emitLifecycle('error', { error: err as Error });
      if (isTransient(err) && this.#ws === ws) ws?.terminate();
      return;
    }
    this.#emitLifecycle('leaderChanged', info);
    release?.();
  }

  /** Closes the connection for good (no reconnect). */
  async close(): Promise<void> {
    this.#closedByUser = true;
    this.#reconnector.stop();
    this.#wakeHeld(false);
    const ws = this.#ws;
    if (ws === null || !ws.open) return;
    await new Promise<void>((resolve) => {
      const off = this.onLifecycle('disconnected', () => {
        off();
        resolve();
      });
      ws.close(1000, 'bye');
      const t = setTimeout(() => {
        off();
        ws.terminate();
        resolve();
      }, 1000);
      (t as { unref?: () => void }).unref?.();
    });
  }

  /** Drops the socket without a closing handshake, as a network failure would (tests). */
  dropConnection(): void {
    this.#ws?.terminate();
  }

  // ---- requests and events -------------------------------------------------------------

  /**
   * Sends a request; resolves with its result, rejects with the server's
   * `SwitchboardError`. Made while the client reconnects (a dropped
   * socket, a move to another process), it waits for the session to resume
   * (logged in again, resubscribed) and is sent then, all within its
   * timeout; it fails with `NOT_CONNECTED` at once when the client is not
   * reconnecting, or when the reconnecting ends without a session. A
   * request already sent when the socket dropped is not sent again: it
   * fails (it may or may not have been applied).
   */
  request<K extends RequestKind>(kind: K, body: RequestBodies[K], options: { timeoutMs?: number } = {}): Promise<ResultOf[K]> {
    const timeoutMs = options.timeoutMs ?? this.options.requestTimeoutMs ?? 10_000;
    const ws = this.#ws;
    if (ws === null || !ws.open) {
      // Reconnecting, or about to: the socket is dropping and its close, not seen yet, starts the reconnect.
      const willResume = this.#resuming || (ws !== null && this.options.reconnect !== false);
      if (willResume && !this.#closedByUser) return this.#afterResume(kind, body, timeoutMs);
      return Promise.reject(fail('NOT_CONNECTED', 'not connected'));
    }
    const id = this.#pending.nextId();
    const frame = encodeRequest(id, kind, body, this.encoding);
    const result = this.#pending.wait<ResultOf[K]>(id, kind, timeoutMs);
    ws.send(frame);
    return result;
  }

  /** A request held until the session resumes, then sent with what is left of its timeout. */
  async #afterResume<K extends RequestKind>(kind: K, body: RequestBodies[K], timeoutMs: number): Promise<ResultOf[K]> {
    const started = Date.now();
    const resumed = await new Promise<boolean>((resolve) => {
      const wake = (ok: boolean) => {
        clearTimeout(timer);
        this.#heldRequests.delete(wake);
        resolve(ok);
      };
      const timer = setTimeout(() => wake(false), timeoutMs);
      this.#heldRequests.add(wake);
    });
    const left = timeoutMs - (Date.now() - started);
    if (!resumed || left <= 0) throw fail('NOT_CONNECTED', `not connected: the session did not resume within ${timeoutMs} ms`);
    return this.request(kind, body, { timeoutMs: left });
  }

  /** Sends a raw frame as is (tests of malformed input). */
  sendRaw(data: string | Uint8Array): void {
    this.#ws?.send(data);
  }

  /** Calls `handler` for every event of a kind; returns an unsubscribe function. */
  on<K extends EventKind>(kind: K, handler: EventHandler<K>): () => void;
  /** Calls `handler` for every event. */
  on(kind: '*', handler: (e: { kind: EventKind; payload: EventPayloads[EventKind] }, meta: EventMeta) => void): () => void;
  on(kind: string, handler: (payload: never, meta: EventMeta) => void): () => void {
    let set = this.#handlers.get(kind);
    if (set === undefined) this.#handlers.set(kind, (set = new Set()));
    set.add(handler);
    return () => set.delete(handler);
  }

  /** Calls `handler` on connection lifecycle changes. */
  onLifecycle<K extends keyof LifecycleEvents>(kind: K, handler: (e: LifecycleEvents[K]) => void): () => void {
    let set = this.#lifecycle.get(kind);
    if (set === undefined) this.#lifecycle.set(kind, (set = new Set()));
    set.add(handler as (e: never) => void);
    return () => set.delete(handler as (e: never) => void);
  }

  #emitLifecycle<K extends keyof LifecycleEvents>(kind: K, e: LifecycleEvents[K]): void {
    for (const h of this.#lifecycle.get(kind) ?? []) h(e as never);
  }

  /** Resolves with the next event of a kind that passes `match` (DEADLINE_EXCEEDED after `timeoutMs`). */
  waitFor<K extends EventKind>(kind: K, match: (p: EventPayloads[K]) => boolean = () => true, timeoutMs = 5000): Promise<EventPayloads[K]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(fail('NO_REPLY', `no ${kind} event within ${timeoutMs} ms`, { kind, timeoutMs }));
      }, timeoutMs);
      const off = this.on(kind, ((p: EventPayloads[K]) => {
        if (!match(p)) return;
        clearTimeout(timer);
        off();
        resolve(p);
      }) as EventHandler<K>);
    });
  }

  // ---- agent ---------------------------------------------------------------------------------

  /** Logs in (or resumes the session); remembered and replayed after a reconnect. */
  async login(body: RequestBodies['login'] = {}): Promise<LoginResultMsg> {
    const r = await this.request('login', body);
    this.#login = body;
    return r;
  }
  async setPresence(presence: 'available' | 'away', reason?: string): Promise<void> {
    await this.request('setPresence', reason === undefined ? { presence } : { presence, reason });
  }
  async accept(contactId: string): Promise<void> {
    await this.request('accept', { contactId });
  }
  async reject(contactId: string): Promise<void> {
    await this.request('reject', { contactId });
  }
  /** Ends an active contact: it goes to wrap-up. */
  async complete(contactId: string): Promise<void> {
    await this.request('complete', { contactId });
  }
  async finishWrapUp(contactId: string, disposition?: string, notes?: string): Promise<void> {
    const body: RequestBodies['finishWrapUp'] = { contactId };
    if (disposition !== undefined) body.disposition = disposition;
    if (notes !== undefined) body.notes = notes;
    await this.request('finishWrapUp', body);
  }
  /** Records a disposition and/or notes during wrap-up without finishing it. */
  async recordWrapUp(contactId: string, disposition?: string, notes?: string): Promise<void> {
    const body: RequestBodies['recordWrapUp'] = { contactId };
    if (disposition !== undefined) body.disposition = disposition;
    if (notes !== undefined) body.notes = notes;
    await this.request('recordWrapUp', body);
  }
  /** Hands an active contact on to a queue and/or a named agent; `consult` holds the slot until the hand-over. */
  async transfer(contactId: string, target: { queueId?: string; agentId?: string; consult?: boolean; notes?: string }): Promise<void> {
    await this.request('transfer', { contactId, ...target });
  }
  /** Takes a consultative transfer back before anyone accepted it. */
  async cancelTransfer(contactId: string): Promise<void> {
    await this.request('cancelTransfer', { contactId });
  }
  /** Escalates an active contact to its queue's supervisor-tier queue. */
  async escalate(contactId: string, reason: string, notes?: string): Promise<void> {
    await this.request('escalate', notes === undefined ? { contactId, reason } : { contactId, reason, notes });
  }
  /** Schedules a follow-up of a contact the agent handles; resolves with the follow-up contact. */
  async scheduleFollowUp(contactId: string, dueAt: number, note: string, queueId?: string): Promise<ContactResultMsg> {
    return this.request('scheduleFollowUp', queueId === undefined ? { contactId, dueAt, note } : { contactId, dueAt, note, queueId });
  }
  async logout(): Promise<void> {
    await this.request('logout', {});
    this.#login = undefined;
  }

  // ---- integration -----------------------------------------------------------------------------

  createContact(contact: CreateContactMsg): Promise<ContactResultMsg> {
    return this.request('createContact', contact);
  }
  async abandon(contactId: string): Promise<void> {
    await this.request('abandon', { contactId });
  }
  async markConnected(contactId: string): Promise<void> {
    await this.request('connected', { contactId });
  }
  async hold(contactId: string): Promise<void> {
    await this.request('hold', { contactId });
  }
  async unhold(contactId: string): Promise<void> {
    await this.request('unhold', { contactId });
  }
  async end(contactId: string): Promise<void> {
    await this.request('end', { contactId });
  }
  position(contactId: string): Promise<PositionResultMsg> {
    return this.request('position', { contactId });
  }
  /** A waiting caller chose a callback (virtual hold): they keep their place. */
  async requestCallback(contactId: string, number?: string): Promise<void> {
    await this.request('requestCallback', number === undefined ? { contactId } : { contactId, number });
  }
  /** The customer did not answer a callback attempt: retried after the queue's delay, or given up. */
  async callbackFailed(contactId: string): Promise<void> {
    await this.request('callbackFailed', { contactId });
  }
  /** "Was this helpful?" for a completed contact; a "no" needs a reason from the server's list. */
  async survey(contactId: string, helpful: boolean, reason?: string): Promise<void> {
    await this.request('survey', reason === undefined ? { contactId, helpful } : { contactId, helpful, reason });
  }

  // ---- supervisor --------------------------------------------------------------------------------

  /**
   * A snapshot, then every event; renewed after a reconnect. The server
   * sends the snapshot in pages (agents, then the day's figures of every
   * agent who has some, then the day's survey counters, then every agent's
   * survey answers (`agentSurveys`, gathered like the rest), then contacts, the
   * oldest first, contacts in summary: `getContact` has one in full). By default this
   * fetches every page (or up to `contactsLimit` contacts) and resolves with
   * the whole snapshot; events that arrive meanwhile are held and delivered
   * right after the caller has it (a page is newer than the events before
   * it, so they only bring it up to date). With `onPage` it resolves with
   * the first page and hands each later page to `onPage` as it comes, while
   * events flow: take a page's agents and contacts over your own.
   */
  async subscribe(options: SubscribeOptions = {}): Promise<SnapshotMsg> {
    const taken = await this.#takeSnapshot(options);
    this.#subscription = options;
    taken.release();
    return taken.snapshot;
  }

  /** One page after `cursor` (the `nextCursor` of the previous page). */
  snapshotPage(cursor: string): Promise<SnapshotMsg> {
    return this.request('snapshotPage', { cursor });
  }

  /** One contact in full: its context, notes and transcript, which snapshot pages leave out. */
  getContact(contactId: string): Promise<ContactResultMsg> {
    return this.request('getContact', { contactId });
  }

  /**
   * Subscribes: the whole snapshot, with events held, or the first page.
   * `release` (called once the caller has the snapshot) delivers the held
   * events, or starts fetching the later pages for `onPage`.
   */
  async #takeSnapshot(o: SubscribeOptions): Promise<{ snapshot: SnapshotMsg; release: () => void }> {
    const gen = ++this.#subscribeGen;
    const body: RequestBodies['subscribe'] = { batched: o.batched !== false };
    if (o.pageSize !== undefined) body.pageSize = o.pageSize;
    const limit = o.contactsLimit ?? Infinity;
    const onPage = o.onPage;
    if (onPage !== undefined) {
      const first = await this.request('subscribe', body);
      const left = limit - (first.contacts?.length ?? 0);
      return { snapshot: first, release: () => void this.#walkPages(gen, first.nextCursor, onPage, left) };
    }
    this.#held ??= [];
    try {
      const first = await this.request('subscribe', body);
      const agents = [...(first.agents ?? [])];
      const figures = [...(first.agentFigures ?? [])];
      const surveys = [...(first.surveyCounters ?? [])];
      const tallies = [...(first.agentSurveys ?? [])];
      const contacts = [...(first.contacts ?? [])];
      let cursor = first.nextCursor;
      while (cursor !== undefined && contacts.length < limit && gen === this.#subscribeGen) {
        const page = await this.request('snapshotPage', { cursor });
        agents.push(...(page.agents ?? []));
        figures.push(...(page.agentFigures ?? []));
        surveys.push(...(page.surveyCounters ?? []));
        tallies.push(...(page.agentSurveys ?? []));
        contacts.push(...(page.contacts ?? []));
        cursor = page.nextCursor;
      }
      const { nextCursor: _c, ...rest } = first;
      const snapshot: SnapshotMsg = { ...rest, agents, contacts: contacts.slice(0, limit) };
      if (figures.length > 0) snapshot.agentFigures = figures;
      if (surveys.length > 0) snapshot.surveyCounters = surveys;
      if (tallies.length > 0) snapshot.agentSurveys = tallies;
      return { snapshot, release: () => this.#releaseHeld() };
    } catch (err) {
      this.#releaseHeld();
      throw err;
    }
  }

  /** The later pages, one request at a time (each waits for the previous), to `onPage`. */
  async #walkPages(gen: number, cursor: string | undefined, onPage: (page: SnapshotMsg) => void, left: number): Promise<void> {
    while (cursor !== undefined && left > 0 && gen === this.#subscribeGen && this.connected) {
      let page: SnapshotMsg;
      try {
        page = await this.request('snapshotPage', { cursor });
      } catch (err) {
        // A newer subscription or a dropped connection ends this walk; the next one starts over.
        if (gen === this.#subscribeGen && this.connected) this.#emitLifecycle('error', { error: err as Error });
        return;
      }
      if (gen !== this.#subscribeGen) return;
      left -= page.contacts?.length ?? 0;
      try {
        onPage(page);
      } catch (err) {
        this.#emitLifecycle('error', { error: err as Error });
      }
      cursor = page.nextCursor;
    }
  }

  /** Delivers the events held while a snapshot was fetched, after the caller's `await` went on with it. */
  #releaseHeld(): void {
    setTimeout(() => {
      const held = this.#held;
      this.#held = null;
      for (const e of held ?? []) this.#dispatch(e);
    }, 0);
  }

  async forcePresence(agentId: string, presence: 'available' | 'away', reason?: string): Promise<void> {
    await this.request('forcePresence', reason === undefined ? { agentId, presence } : { agentId, presence, reason });
  }
  /** Logs an agent out; with `endContacts` its contacts end too (an active one with reason forced-logout). */
  async forceLogout(agentId: string, options: { endContacts?: boolean } = {}): Promise<void> {
    await this.request('forceLogout', options.endContacts === true ? { agentId, endContacts: true } : { agentId });
  }
  /** Ends a stuck contact: an active one ends (wrap-up follows), one in wrap-up closes. */
  async endContact(contactId: string, reason: string): Promise<void> {
    await this.request('endContact', { contactId, reason });
  }
  /** Offers a waiting contact to a named agent (who may still reject it). */
  async assignContact(contactId: string, agentId: string): Promise<void> {
    await this.request('assignContact', { contactId, agentId });
  }
  /** Takes out a contact no agent took yet, with a reason. */
  async removeContact(contactId: string, reason: string): Promise<void> {
    await this.request('removeContact', { contactId, reason });
  }
  async updateContact(contactId: string, change: { priority?: number; queueId?: string }): Promise<void> {
    await this.request('updateContact', { contactId, ...change });
  }

  // ---- follow-ups (any role: an agent its own, an integration its customers', a supervisor any) ----

  /** Scheduled follow-ups (not yet due) the caller may see, soonest first; `agentId`/`customerId` narrow the list. */
  async listFollowUps(filter: { agentId?: string; customerId?: string } = {}): Promise<ContactMsg[]> {
    return (await this.request('listFollowUps', filter)).followUps ?? [];
  }
  /** Cancels a scheduled follow-up. */
  async cancelFollowUp(contactId: string, reason?: string): Promise<void> {
    await this.request('cancelFollowUp', reason === undefined ? { contactId } : { contactId, reason });
  }
  /** Moves a scheduled follow-up to `dueAt` (ms, in the future). */
  async rescheduleFollowUp(contactId: string, dueAt: number): Promise<void> {
    await this.request('rescheduleFollowUp', { contactId, dueAt });
  }
}

/** Errors worth another connection attempt: the server or the connection, not the request. */
function isTransient(err: unknown): boolean {
  return !(err instanceof SwitchboardError) || err.code === 'UNAVAILABLE' || err.code === 'DEADLINE_EXCEEDED';
}
