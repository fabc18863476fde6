/**
 * A server process on a shared store: the transport handler that puts
 * every socket and HTTP request to whoever serves it in this process right
 * now. While the process holds the routing lease that is its leader term's
 * gateway; otherwise it relays to the leader (`follower-relay.ts`) or, when
 * no leader is known, refuses with 503 / `UNAVAILABLE` so clients retry.
 *
 * A socket stays with the handler that opened it. A relayed one stays
 * open across a change of leader: the relay carries it to the next leader,
 * or to this process's own term when this process takes over (see
 * `follower-relay.ts`); the leader's term lets go of relayed sockets
 * without closing them when it ends. The sockets of the leader's own
 * gateway (served without a relay hop while it leads) stay open too when
 * its term ends while the process goes on (lease lost, routing handed
 * over): their sessions move to the relay at that moment (`#carryOwn`) and
 * they are carried on to the next leader as a follower's are. Only a
 * process that stops closes its own sockets (1001, "reconnect").
 *
 * @example
 * const node = new ClusterNode({ store, config, clock, auth, log, instrument });
 * await node.start();                     // leader, or follower of another process
 * await transport.listen(host, port, node, limits);
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { SwitchboardConfig } from '../config/schema.js';
import type { Clock } from '../core/index.js';
import type { Router } from '../core/router.js';
import type { TokenAuthority } from '../gateway/auth.js';
import type { Connection, HttpRequest, HttpResponse, TransportHandler, UpgradeDecision, UpgradeRequest } from '../gateway/transport.js';
import { LeaseKeeper } from '../store/lease-keeper.js';
import type { RoutingStore } from '../store/routing-store.js';
import { CloseCode } from '../protocol/close-codes.js';
import { errorMsgOf } from '../protocol/error-msg.js';
import { fail } from '../core/errors.js';
import { LeaderTerm, type Instrument } from './leader-term.js';
import { FollowerRelay, isCarried, NotingConnection, type RelayObserver } from './follower-relay.js';
import type { Gateway } from '../gateway/gateway.js';
import type { ConnectionContext } from '../gateway/upgrade.js';
import type { RecordStore } from '../record/record-store.js';
import type { RecallStore } from '../store/recall-store.js';
import { RelayBus } from './relay-bus.js';
import { isRelayed, RelayHost } from './relay-host.js';

export interface ClusterNodeOptions {
  readonly store: RoutingStore;
  readonly config: SwitchboardConfig;
  readonly clock: Clock;
  readonly auth: TokenAuthority;
  readonly log: Logger;
  readonly instrument: Instrument;
  /** Routing lease time to live; default 5000 ms. */
  readonly leaseTtlMs?: number;
  /** See `GatewayDeps.compactEveryAppends`. */
  readonly compactEveryAppends?: number;
  /** Where each leader term writes the interaction records (see `GatewayDeps.records`). */
  readonly records?: RecordStore;
  /** What each leader term's core forgets of its windows (see `GatewayDeps.recall`). */
  readonly recall?: RecallStore;
  /** How long `start()` waits for the store; default 10 s. */
  readonly startTimeoutMs?: number;
  /**
   * The Redis that relays sockets between processes (the store's URL and
   * domain). Without it a process that does not lead serves nothing
   * (503) until it takes the lease.
   */
  readonly relay?: {
    readonly url: string;
    readonly domain: string;
    readonly keyPrefix?: string;
  };
  /**
   * The process's own metrics (`metrics/process-metrics.ts`): the relay's
   * figures, and all a follower answers on `/metrics`; the leader's answer
   * is its term's metrics followed by these.
   */
  readonly processMetrics?: ProcessMetricsPort;
  /** Asked before each campaign for the lease (see `LeaseKeeperOptions.mayCampaign`); default always. */
  readonly mayCampaign?: () => boolean;
}

export interface ProcessMetricsPort extends RelayObserver {
  readonly contentType: string;
  render(leading: boolean): Promise<string>;
}

/** Any handler this node can put a socket to. */
type Handler = TransportHandler<unknown, unknown>;

interface NodeContext {
  readonly handler: Handler;
  readonly context: unknown;
}

/** A socket, and whoever serves it now (its term's gateway, then the relay if that term ends while the process goes on). */
interface NodeSession {
  handler: Handler;
  session: unknown;
  /** A socket of this process's own term's gateway (with a relay), until it is carried (`#carryOwn`). */
  own: OwnSocket | null;
}

interface OwnSocket {
  /** The transport's connection. */
  readonly conn: Connection;
  readonly ctx: ConnectionContext;
  /** What the gateway holds: the connection, or (integrations) one that notes its stream position. */
  readonly held: Connection;
}

export type NodeRole = 'leader' | 'follower' | 'starting' | 'stopped';

export class ClusterNode implements TransportHandler<NodeContext, NodeSession> {
  /** This process, as the lease names it. */
  readonly id: string;
  readonly #o: ClusterNodeOptions;
  readonly #keeper: LeaseKeeper;
  #term: LeaderTerm | null = null;
  /** The term being begun, if any: one term at a time in a process (two would share the fencing token). */
  #beginning: Promise<void> | null = null;
  #host: RelayHost | null = null;
  readonly #bus: RelayBus | null;
  readonly #relay: FollowerRelay | null;
  #stopped = false;
  /** The sockets of this process's own terms' gateways, by the connection the gateway holds (see `NodeSession.own`). */
  readonly #own = new Map<Connection, NodeSession>();
  /** This process's client-facing URL, once it listens (see `advertise`). */
  #url: string | null = null;
  /** After a hand-over, not campaigning again before this (ms since the epoch): another process takes the lease. */
  #holdOffUntil = 0;
  /** Settles when the first leadership attempt is over (leader or not). */
  #firstTick: Promise<void>;
  #firstTickDone!: () => void;

  constructor(options: ClusterNodeOptions) {
    this.#o = options;
    this.id = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    const ttlMs = options.leaseTtlMs ?? 5000;
    this.#firstTick = new Promise((resolve) => (this.#firstTickDone = resolve));
    if (options.relay === undefined) {
      this.#bus = null;
      this.#relay = null;
    } else {
      const r = options.relay;
      this.#bus = new RelayBus({
        url: r.url,
        domain: r.domain,
        log: options.log,
        ...(r.keyPrefix === undefined ? {} : { keyPrefix: r.keyPrefix }),
      });
      this.#relay = new FollowerRelay({
        bus: this.#bus,
        nodeId: this.id,
        auth: options.auth,
        log: options.log,
        limits: options.config.gateway,
        selfUrl: () => this.#url,
        ...(options.processMetrics === undefined ? {} : { observer: options.processMetrics }),
      });
    }
    this.#keeper = new LeaseKeeper(options.store, {
      holder: this.id,
      ttlMs,
      onAcquired: () => this.#lead(),
      onLost: () => void this.#endTerm('routing lease lost'),
      onTick: () => this.#firstTickDone(),
      mayCampaign: () => Date.now() >= this.#holdOffUntil && (options.mayCampaign?.() ?? true),
    });
  }

  get role(): NodeRole {
    if (this.#stopped) return 'stopped';
    if (this.#term !== null) return 'leader';
    return this.#relay?.leader == null ? 'starting' : 'follower';
  }

  /** The router of the current leader term (this process leads), or null. */
  get router(): Router | null {
    return this.#term?.router ?? null;
  }

  /** Whether this process holds (or is taking up) the lease: leading, recovering to lead, or campaigning for it right now. */
  get holdsLease(): boolean {
    return this.#keeper.leading || this.#keeper.campaigning;
  }

  get term(): LeaderTerm | null {
    return this.#term;
  }

  /**
   * The URL clients reach this process at (e.g. `ws://10.0.0.5:8080`): told
   * to the other processes, so that the leader can move clients here when
   * this process holds fewer than its share (`gateway.spreadClients`).
   */
  advertise(url: string): void {
    this.#url = url;
  }

  /** Clients the leader asked to move to another process during this term (0 when not leading). */
  get clientsMoved(): number {
    return this.#host?.moved ?? 0;
  }

  /** Waits for the store, then campaigns once for the lease; keeps campaigning after. */
  async start(): Promise<void> {
    await this.#o.store.whenReady(this.#o.startTimeoutMs ?? 10_000);
    await this.#relay?.start();
    this.#keeper.start();
    await this.#firstTick;
  }

  #lead(): Promise<void> {
    this.#beginning ??= this.#begin().finally(() => (this.#beginning = null));
    return this.#beginning;
  }

  async #begin(): Promise<void> {
    if (this.#stopped || this.#term !== null) return;
    const o = this.#o;
    this.#relay?.pause();
    let term: LeaderTerm;
    try {
      term = await LeaderTerm.begin({
        store: o.store,
        config: o.config,
        clock: o.clock,
        auth: o.auth,
        holder: this.id,
        log: o.log,
        instrument: o.instrument,
        onEnd: (why) => void this.#endTerm(why),
        compactEveryAppends: o.compactEveryAppends,
        records: o.records,
        recall: o.recall,
        leaseTtlMs: o.leaseTtlMs ?? 5000,
      });
    } catch (err) {
      // Not leading after all: follow whoever leads next (a paused relay ignores the leader's beacons).
      o.log.error({ err }, 'cannot take up the routing: recovery failed');
      this.#relay?.resume();
      throw err;
    }
    // The lease lapsed or was taken while recovering: this term never served.
    if (this.#stopped || !this.#keeper.leading || o.store.lease === null) {
      o.log.warn('routing lease lost during recovery: not taking up the routing');
      await term.end(CloseCode.leaderChanged, 'routing moved to another server: reconnect');
      this.#relay?.resume();
      return;
    }
    this.#term = term;
    if (this.#bus !== null) {
      const spread = o.config.gateway.spreadClients;
      this.#host = new RelayHost({
        bus: this.#bus,
        gateway: term.gateway,
        nodeId: this.id,
        token: o.store.lease?.token ?? 0,
        log: o.log,
        selfUrl: () => this.#url,
        ...(spread.enabled
          ? {
              spread: {
                everyMs: spread.everySeconds * 1000,
                batch: spread.batch,
                margin: spread.margin,
              },
            }
          : {}),
      });
      await this.#host.start();
    }
    // The sockets this process relayed: served by its own term now.
    this.#relay?.adoptLocal(term.gateway);
  }

  async #endTerm(why: string): Promise<void> {
    const term = this.#term;
    if (term === null) return;
    this.#term = null;
    const host = this.#host;
    this.#host = null;
    if (this.#o.store.lease === null) this.#keeper.resign();
    await term.end(CloseCode.leaderChanged, `routing moved to another server (${why}): reconnect`, this.#keep);
    await host?.stop();
    this.#carryOwn(term.gateway);
    // The keeper may have taken the lease again during the drain: that new term owns the relay now.
    if (this.#term !== null || this.#beginning !== null) return;
    this.#relay?.resume();
    // Still holding the lease (e.g. another process wrote meanwhile): begin again from the store.
    if (!this.#stopped && this.#keeper.leading && this.#o.store.lease !== null) {
      await this.#lead().catch(async () => {
        // Hand the lease on rather than renew it without leading.
        this.#keeper.resign();
        await this.#o.store.release().catch(() => undefined);
      });
    }
  }

  /**
   * Gives the routing up while the process goes on (to spread routing
   * domains over processes): drains the term, carries its sockets on to the
   * next leader (see `#carryOwn`), releases the lease for another process to
   * take, and does not campaign again for a few lease periods. Nothing if
   * not leading.
   */
  async handOver(why: string): Promise<void> {
    const term = this.#term;
    if (term === null || this.#stopped) return;
    this.#holdOffUntil = Date.now() + 3 * (this.#o.leaseTtlMs ?? 5000);
    this.#term = null;
    const host = this.#host;
    this.#host = null;
    this.#keeper.resign();
    this.#o.log.info({ why }, 'handing the routing over');
    // Drain first (what waits for the store goes out), then release the lease, as `stop` does.
    await term.end(CloseCode.leaderChanged, `routing moved to another server (${why}): reconnect`, this.#keep);
    await host?.stop();
    this.#carryOwn(term.gateway);
    await this.#o.store.release().catch(() => undefined);
    this.#relay?.resume();
  }

  /** Graceful stop: hands the lease over, tells the clients, closes the sockets. */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    const term = this.#term;
    this.#term = null;
    if (term !== null) {
      // Drain first (what waits for the store goes out), then hand the lease over.
      // The followers' sockets stay open: they carry them on to the next leader.
      await term.end(CloseCode.goingAway, 'server shutting down', isRelayed);
    }
    await this.#host?.stop();
    await this.#keeper.stop();
    await this.#relay?.stop();
    await this.#bus?.close();
  }

  /** The sockets a leader's term lets go of open when it ends while the process goes on: every one (see `#carryOwn`). */
  readonly #keep = (conn: Connection): boolean => keepOpen(conn) || this.#own.has(conn);

  /**
   * The term of `gateway` ended while this process goes on: the sockets it
   * served itself (let go of open by its drain) become relayed ones, which
   * wait for the next leader, or for this process's next term if one began
   * meanwhile.
   */
  #carryOwn(gateway: Gateway): void {
    const relay = this.#relay;
    if (relay === null) return;
    let n = 0;
    for (const [held, ns] of this.#own) {
      if (ns.handler !== (gateway as unknown as Handler) || ns.own === null) continue;
      this.#own.delete(held);
      const o = ns.own;
      ns.own = null;
      ns.handler = relay as unknown as Handler;
      ns.session = relay.carry(o.conn, o.ctx, held instanceof NotingConnection ? held.lastSeq : o.ctx.resumeAfter);
      n++;
    }
    if (n > 0) this.#o.log.info({ sockets: n }, "the routing leader's own sockets stay open: relayed to the next leader");
    // A term of this process began during the drain: it serves them (its own `adoptLocal` may have come before).
    if (this.#term !== null) relay.adoptLocal(this.#term.gateway);
  }

  // ---- transport handler -----------------------------------------------------------

  #current(): Handler | null {
    if (this.#term !== null) return this.#term.gateway as unknown as Handler;
    return this.#stopped ? null : (this.#relay as unknown as Handler | null);
  }

  /** As synchronous as the current handler's answer (the gateway's and the relay's are). */
  upgrade(req: UpgradeRequest): UpgradeDecision<NodeContext> | Promise<UpgradeDecision<NodeContext>> {
    const handler = this.#current();
    if (handler === null)
      return {
        accept: false,
        status: 503,
        body: JSON.stringify({
          error: errorMsgOf(fail('NOT_READY', this.#why())),
        }),
      };
    const d = handler.upgrade(req);
    return d instanceof Promise ? d.then((decided) => withHandler(handler, decided)) : withHandler(handler, d);
  }

  open(conn: Connection, ctx: NodeContext): NodeSession {
    const ns: NodeSession = {
      handler: ctx.handler,
      session: undefined,
      own: null,
    };
    if (this.#relay !== null && ctx.handler !== (this.#relay as unknown as Handler)) {
      // The term's gateway serves it: noted, to carry it on should the term end while the process goes on.
      const c = ctx.context as ConnectionContext;
      const held = c.role === 'integration' ? new NotingConnection(conn, c.resumeAfter) : conn;
      ns.own = { conn, ctx: c, held };
      this.#own.set(held, ns);
      ns.session = ctx.handler.open(held, c);
    } else ns.session = ctx.handler.open(conn, ctx.context);
    // The role changed during an asynchronous upgrade (a handler that returned a promise): that handler is done; send the client on.
    if (ctx.handler !== this.#current()) conn.close(CloseCode.leaderChanged, 'routing moved to another server: reconnect');
    return ns;
  }

  message(s: NodeSession, data: Uint8Array, isBinary: boolean): void {
    s.handler.message(s.session, data, isBinary);
  }

  close(s: NodeSession, code: number, reason: string): void {
    if (s.own !== null) this.#own.delete(s.own.held);
    s.handler.close(s.session, code, reason);
  }

  async http(req: HttpRequest): Promise<HttpResponse> {
    const pm = this.#o.processMetrics;
    if (pm !== undefined && req.method === 'GET' && req.path === '/metrics' && !this.#stopped) return this.#metrics(pm, req);
    const handler = this.#current();
    if (handler !== null) return handler.http(req);
    if (req.method === 'GET' && req.path === '/healthz') return json(200, { status: 'ok', role: this.role });
    if (req.method === 'GET' && req.path === '/readyz') return json(503, { status: 'no_leader', role: this.role });
    return json(503, { error: errorMsgOf(fail('NOT_READY', this.#why())) });
  }

  /** Every process answers with its own figures (see `ProcessMetricsPort`). */
  async #metrics(pm: ProcessMetricsPort, req: HttpRequest): Promise<HttpResponse> {
    const term = this.#term;
    if (term === null)
      return {
        status: 200,
        headers: { 'content-type': pm.contentType },
        body: await pm.render(false),
      };
    const res = await term.gateway.http(req);
    if (res.status !== 200) return res;
    const body = typeof res.body === 'string' ? res.body : Buffer.from(res.body).toString('utf8');
    return { ...res, body: `${body}${await pm.render(true)}` };
  }

  #why(): string {
    if (this.#stopped) return 'server shutting down';
    if (!this.#o.store.ready) return `the state store is ${this.#o.store.status}: retry shortly`;
    return 'no routing leader right now (a failover is in progress): retry shortly';
  }
}

/** The sockets a leader's term lets go of open when it ends: followers' (carried on by them) and those this process relays itself. */
function keepOpen(conn: Connection): boolean {
  return isRelayed(conn) || isCarried(conn);
}

/** An upgrade decision of `handler`, carrying the handler along for `open`. */
function withHandler(handler: Handler, d: UpgradeDecision<unknown>): UpgradeDecision<NodeContext> {
  if (!d.accept) return d;
  const context: NodeContext = { handler, context: d.context };
  return d.protocol === undefined ? { accept: true, context } : { accept: true, context, protocol: d.protocol };
}

function json(status: number, body: unknown): HttpResponse {
  return {
    status,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  };
}
