/**
 * The one place that wires a Switchboard server together: token secret,
 * router on the real clock, metrics, store, gateway (or cluster node),
 * web app and transport. The CLI only turns flags into these options.
 *
 * @example
 * const server = await createServer({ config: parseConfig(json), port: 8080, metrics: true });
 * // ... server.port, server.tokens.sign({ role: 'agent', id: 'a1' })
 * await server.close(); // tells clients, closes sockets, stops listening, closes the store it opened
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { pino, type Logger } from 'pino';
import { compileConfig } from './core/queue-config.js';
import { Router } from './core/router.js';
import type { SwitchboardConfig } from './config/schema.js';
import { TokenAuthority } from './gateway/auth.js';
import { Gateway } from './gateway/gateway.js';
import { combineObservers, noopObserver, type GatewayObserver, type MetricsEndpoint } from './gateway/observer.js';
import type { Transport, TransportHandler } from './gateway/transport.js';
import { UwsTransport } from './gateway/uws/uws-transport.js';
import { WsTransport } from './gateway/ws/ws-transport.js';
import { configSummary } from './logging/config-summary.js';
import { eventLogObserver } from './logging/event-log.js';
import { Metrics } from './metrics/metrics.js';
import { ProcessMetrics } from './metrics/process-metrics.js';
import { mintDemoTokens } from './web/demo-tokens.js';
import { siteInfoOf } from './web/site-info.js';
import { WebSite, type WebSiteOptions } from './web/static-site.js';
import { withWebSite } from './web/web-handler.js';
import { ClusterNode } from './cluster/cluster-node.js';
import { DomainNodes } from './cluster/domain-nodes.js';
import { DomainSpread } from './cluster/domain-spread.js';
import { domainConfig, routingDomains } from './config/domain-config.js';
import type { Instrument } from './cluster/leader-term.js';
import type { RecordStore } from './record/record-store.js';
import { MemoryRecordStore } from './record/memory-record-store.js';
import { registerRecordMetrics } from './record/record-metrics.js';
import { RedisRecordStore } from './record/redis-record-store.js';
import { openStore } from './store/index.js';
import type { RoutingStore } from './store/routing-store.js';
import { isClusterUrl, isStoreSpec, redactStoreUrl, STORE_FORMS } from './store/store-url.js';
import { RECALL_MEMORY_WINDOW_SECONDS, type RecallStore } from './store/recall-store.js';
import { RedisRecall } from './store/redis/redis-recall.js';
import { openRedis } from './store/redis/connect.js';
import type { Clock } from './core/index.js';
import type { Redis } from 'ioredis';

export type TransportName = 'uws' | 'ws';

/** Where the token secret came from (logged; never the secret). */
export type SecretSource = 'option' | 'SWITCHBOARD_TOKEN_SECRET' | 'config' | 'generated';

export interface ServerOptions {
  readonly config: SwitchboardConfig;
  /** Default 8080; 0 picks a free port (see `port` on the result). */
  readonly port?: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /**
   * The URL clients reach this process at, told to the other processes of a
   * cluster so that clients can be moved here (`gateway.spreadClients`).
   * Default `ws://host:port` unless `host` is a wildcard (0.0.0.0, ::):
   * then none, and clients are never moved to this process.
   */
  readonly advertiseUrl?: string;
  /** Default `uws`. */
  readonly transport?: TransportName;
  /**
   * HS256 secret for tokens. Precedence, decided here and nowhere else:
   * this option, then the environment's `SWITCHBOARD_TOKEN_SECRET`, then the
   * config's `tokenSecret`; with none of them, a random one when `demo` is
   * set, an error otherwise.
   */
  readonly tokenSecret?: string;
  /** Where the configuration came from (a file's path, `demo`), for the start-up log. */
  readonly source?: string;
  /** The environment read for `SWITCHBOARD_TOKEN_SECRET`; default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * The embedded demo: a random token secret when none is set, and
   * development tokens for the demo's principals on the landing page.
   */
  readonly demo?: boolean;
  /**
   * Where the state lives: `memory` (this process only), a `redis://` URL
   * (durable, shared by several processes), or a store built by the caller
   * (then the caller closes it). Default: the config's `store`, else memory.
   * With a shared store the process campaigns for the routing lease: as
   * leader it recovers the router from the store and persists every change
   * before it is acknowledged; otherwise it relays its sockets to the leader.
   */
  readonly store?: RoutingStore | string;
  /**
   * With a Redis store: replicas that must have each change before it is
   * acknowledged (`WAIT`), and how long to wait for them (ms) before the
   * change is refused as `UNAVAILABLE`. Default: the config's
   * `storeReplicas` / `storeWaitMs` (0 and 1000).
   */
  readonly storeReplicas?: number;
  readonly storeWaitMs?: number;
  /** Routing lease time to live with a shared store; default 5000 ms. */
  readonly leaseTtlMs?: number;
  /** With a shared store: compact after this many appends (default 50,000; 0 never). */
  readonly compactEveryAppends?: number;
  /**
   * With a store built by the caller: the Redis over which followers relay
   * their sockets to the leader (with a `redis://` spec it is that URL).
   */
  readonly relay?: { readonly url: string; readonly domain: string };
  /**
   * Prometheus metrics at `GET /metrics`: `true` builds them on the router
   * (anew for each leader term with a store); an endpoint of the caller's
   * serves that one; default none.
   */
  readonly metrics?: boolean | MetricsEndpoint;
  /** Without a store: a router built by the caller (e.g. to hand it to its own metrics first). */
  readonly router?: Router;
  /** Without a store: what hears the gateway at work (metrics, tests). */
  readonly observer?: GatewayObserver;
  /** With a store: what hangs on each leader term's router (instead of `observer` and `metrics`). */
  readonly instrument?: Instrument;
  /**
   * Default silent. At `debug` every core event is logged too; at `info`
   * nothing is logged per message or per event.
   */
  readonly logger?: Logger;
  /**
   * The web app (`/`, `/agent`, `/supervisor`, `/assets/...`) on the same
   * port, from `dist/web` (built by `npm run build`); `false` serves none.
   */
  readonly web?: WebSiteOptions | false;
  /**
   * Where interaction records are kept: default in memory (the config's
   * `records`), in Redis with a `redis://` store; a store built by the
   * caller (then the caller closes it); `false` keeps none.
   */
  readonly records?: RecordStore | false;
  /**
   * What the routing core forgets of its windows (store/recall-store.ts):
   * with a `redis://` store, kept in that Redis (each customer's latest
   * handled contact and each surveyable contact, under the domain's keys);
   * a store built by the caller (one routing domain; the caller flushes and
   * closes it); `false` keeps none. With one, the core itself keeps an hour
   * (`history.memoryWindowSeconds`, `survey.memoryWindowSeconds` default
   * to `RECALL_MEMORY_WINDOW_SECONDS` unless configured), so the leader's
   * memory does not grow with the week.
   */
  readonly recall?: RecallStore | false;
  /** The routing core's clock; default the wall clock. For tests that move time on (the host's timers still run on the wall clock). */
  readonly clock?: Clock;
}

export interface SwitchboardServer {
  readonly port: number;
  readonly host: string;
  /** `uws`, `uws-fallback` or `ws`. */
  readonly transport: string;
  /** The router this process runs (with a store: of the current leader term; throws on a follower). */
  readonly router: Router;
  /** With a store and one routing domain: this process in the cluster (role, lease); null otherwise. */
  readonly node: ClusterNode | null;
  /** With a store and several routing domains (or named ones): this process's node of each; null otherwise. */
  readonly domains: DomainNodes | null;
  readonly tokens: TokenAuthority;
  /** Where the token secret came from. */
  readonly secretFrom: SecretSource;
  /** The interaction records this process keeps or reads (null: none). */
  readonly records: RecordStore | null;
  /** Graceful stop: stop accepting, tell clients, close sockets, stop listening, close the store it opened. */
  close(): Promise<void>;
}

/** A configuration the server cannot start with (a missing secret, a bad store). */
export class ServerOptionsError extends Error {
  override readonly name = 'ServerOptionsError';
}

/** The token secret and where it came from (see `ServerOptions.tokenSecret`). */
export function resolveTokenSecret(options: Pick<ServerOptions, 'tokenSecret' | 'env' | 'demo' | 'config'>): { secret: string; from: SecretSource } {
  const env = options.env ?? process.env;
  const given: [string | undefined, SecretSource][] = [
    [options.tokenSecret, 'option'],
    [env['SWITCHBOARD_TOKEN_SECRET'], 'SWITCHBOARD_TOKEN_SECRET'],
    [options.config.tokenSecret, 'config'],
  ];
  for (const [secret, from] of given) {
    if (secret === undefined || secret === '') continue;
    if (secret.length < 16) throw new ServerOptionsError(`the token secret (from ${from}) must have at least 16 characters`);
    return { secret, from };
  }
  if (options.demo === true) return { secret: randomBytes(32).toString('base64url'), from: 'generated' };
  throw new ServerOptionsError('a token secret is required: set SWITCHBOARD_TOKEN_SECRET or tokenSecret in the config');
}

/**
 * The configuration with the core's memory windows an hour long unless
 * configured: a recall store beside the core keeps the rest of each window.
 */
export function withRecallWindows(config: SwitchboardConfig): SwitchboardConfig {
  const c = config.core;
  const hour = RECALL_MEMORY_WINDOW_SECONDS;
  return {
    ...config,
    core: {
      ...c,
      history: { ...c.history, memoryWindowSeconds: c.history?.memoryWindowSeconds ?? hour },
      survey: { ...c.survey, memoryWindowSeconds: c.survey?.memoryWindowSeconds ?? hour },
    },
  };
}

export async function createServer(options: ServerOptions): Promise<SwitchboardServer> {
  const log = options.logger ?? pino({ level: 'silent' });
  const { secret, from: secretFrom } = resolveTokenSecret(options);
  const tokens = new TokenAuthority(secret);
  const withLog = (observer: GatewayObserver): GatewayObserver => (log.isLevelEnabled('debug') ? combineObservers(observer, eventLogObserver(log)) : observer);
  const clock: Clock = options.clock ?? { now: () => Date.now() };

  const spec = typeof options.store === 'string' ? options.store : options.store === undefined ? (options.config.store ?? 'memory') : null;
  if (spec !== null && !isStoreSpec(spec)) throw new ServerOptionsError(`store must be ${STORE_FORMS}, not ${JSON.stringify(spec)}`);
  // A recall store beside the core: the one given, else with a Redis store one in that Redis (its connection opened on first use).
  const ownRecallUrl = options.recall === undefined && spec !== null && spec !== 'memory' ? spec : null;
  let ownRecallRedis: Redis | null = null;
  const ownRecalls: RedisRecall[] = [];
  const recallFor = (domain: string): RecallStore | undefined => {
    if (options.recall !== undefined) return options.recall === false ? undefined : options.recall;
    if (ownRecallUrl === null) return undefined;
    if (ownRecallRedis === null) {
      ownRecallRedis = openRedis(ownRecallUrl, {
        maxRetriesPerRequest: 1,
        connectTimeout: 2000,
        commandTimeout: 2000,
        enableAutoPipelining: true,
        disableClientInfo: true,
        connectionName: 'switchboard:recall',
      });
      ownRecallRedis.on('error', () => {
        // Reported per failed write or look-up; ioredis reconnects by itself.
      });
    }
    const r = new RedisRecall({ redis: ownRecallRedis, domain, onError: (err) => log.warn({ err, domain }, 'recall store: write failed') });
    ownRecalls.push(r);
    return r;
  };
  const closeRecall = async (): Promise<void> => {
    await Promise.all(ownRecalls.map((r) => r.flush()));
    ownRecallRedis?.disconnect();
  };
  const recalling = ownRecallUrl !== null || (options.recall !== undefined && options.recall !== false);
  const config = recalling ? withRecallWindows(options.config) : options.config;
  const replicas = options.storeReplicas ?? config.storeReplicas;
  const waitMs = options.storeWaitMs ?? config.storeWaitMs;
  if (!Number.isInteger(replicas) || replicas < 0) throw new ServerOptionsError(`store replicas must be a whole number from 0, not ${replicas}`);
  if (!Number.isInteger(waitMs) || waitMs < 10) throw new ServerOptionsError(`store wait must be a whole number of ms from 10, not ${waitMs}`);
  if (replicas > 0 && (spec === null || spec === 'memory')) {
    throw new ServerOptionsError('store replicas need a Redis store (redis:// or redis-sentinel://): the memory store has no replicas');
  }
  if (replicas > 0 && spec !== null && isClusterUrl(spec)) {
    throw new ServerOptionsError('store replicas (WAIT) are not supported on a Redis Cluster: WAIT answers for one node, not the master of a domain');
  }
  const plan = routingDomains(config);
  // Several domains with a Redis store: named in the file, or computed on a Redis Cluster. Computed ones on one
  // Redis stay one domain (`default`): splitting a running floor would move its state to other keys.
  const multi = spec !== null && spec !== 'memory' && (config.domains !== undefined || (isClusterUrl(spec) && plan.length > 1));
  if (config.domains !== undefined && options.store !== undefined && typeof options.store !== 'string') {
    throw new ServerOptionsError('named routing domains need a store URL (each domain opens its own store)');
  }
  // A store this function opened is closed by `close()`; one given by the caller is the caller's.
  let ownStore: RoutingStore | null;
  try {
    ownStore =
      spec === null || spec === 'memory' || multi
        ? null
        : openStore(spec, { snapshotReplica: { config: config.core }, ...(replicas > 0 ? { replicas: { count: replicas, timeoutMs: waitMs } } : {}) });
  } catch (e) {
    throw new ServerOptionsError((e as Error).message);
  }
  const store: RoutingStore | null = typeof options.store === 'object' ? options.store : ownStore;
  if (ownStore !== null) {
    ownStore.subscribe((e) => {
      if (e.type === 'unavailable') log.warn({ err: e.error }, 'store unavailable');
      else log.info({ status: ownStore.status, event: e.type }, 'store status');
    });
    if (secretFrom === 'generated')
      log.warn("a random token secret: processes sharing this store will not accept each other's tokens (set SWITCHBOARD_TOKEN_SECRET)");
  }
  const retention = { retentionMs: config.records.retentionHours * 3600_000, now: () => clock.now() };
  const ownRecords: RecordStore | null =
    options.records !== undefined
      ? null
      : spec !== null && spec !== 'memory'
        ? new RedisRecordStore({
            ...retention,
            url: spec,
            domain: store?.domain ?? 'default',
            onError: (err) => log.warn({ err }, 'interaction records not written'),
          })
        : new MemoryRecordStore({ ...retention, maxBytes: config.records.maxBytes });
  const records: RecordStore | null = options.records === false ? null : (options.records ?? ownRecords);
  const metricsFor = (router: Router, domain?: string): Metrics | undefined => {
    if (options.metrics !== true) return undefined;
    const m = new Metrics(router, router.config, { clock, ...(domain === undefined ? {} : { domain }) });
    if (records !== null) registerRecordMetrics(m.registry, records);
    return m;
  };

  let core: TransportHandler<unknown, unknown>;
  let gateway: Gateway | null = null;
  let node: ClusterNode | null = null;
  let domains: DomainNodes | null = null;
  /** Each domain's node, when there are several (told the advertised URL once listening). */
  const clusterNodes: ClusterNode[] = [];
  const domainStores: RoutingStore[] = [];
  let localRouter: Router | null = null;
  /** What hangs on each leader term's router; with several domains, `domain` labels its metrics. */
  const instrumented = (domain?: string): Instrument => {
    const instrument: Instrument =
      options.instrument ??
      ((router) => {
        const m = metricsFor(router, domain);
        return m === undefined ? { observer: noopObserver } : { observer: m, metrics: m };
      });
    return (router) => {
      const i = instrument(router);
      return { observer: withLog(i.observer), metrics: i.metrics };
    };
  };
  try {
    if (multi) {
      const url = spec!;
      const ttlMs = options.leaseTtlMs ?? 5000;
      const spread = new DomainSpread({ url, processId: `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`, domains: plan.length, ttlMs, log });
      await spread.start();
      const processMetrics = options.metrics === true ? new ProcessMetrics() : undefined;
      const nodes = new Map<string, ClusterNode>();
      const leadingNow = () => [...nodes.values()].filter((n) => n.holdsLease).length;
      for (const d of plan) {
        const dc = domainConfig(config, d.id);
        const st = openStore(url, {
          domain: d.id,
          snapshotReplica: { config: dc.core },
          ...(replicas > 0 ? { replicas: { count: replicas, timeoutMs: waitMs } } : {}),
        });
        domainStores.push(st);
        const dlog = log.child({ domain: d.id });
        st.subscribe((e) => {
          if (e.type === 'unavailable') dlog.warn({ err: e.error }, 'store unavailable');
          else dlog.info({ status: st.status, event: e.type }, 'store status');
        });
        nodes.set(
          d.id,
          new ClusterNode({
            store: st,
            config: dc,
            clock,
            auth: tokens,
            log: dlog,
            instrument: instrumented(d.id),
            leaseTtlMs: ttlMs,
            relay: { url, domain: d.id },
            mayCampaign: () => spread.mayLead(leadingNow()),
            ...(options.compactEveryAppends === undefined ? {} : { compactEveryAppends: options.compactEveryAppends }),
            ...(processMetrics === undefined ? {} : { processMetrics }),
            ...(records === null ? {} : { records }),
            ...optional('recall', recallFor(d.id)),
          }),
        );
      }
      clusterNodes.push(...nodes.values());
      domains = new DomainNodes({
        nodes,
        agentDomains: new Map(plan.flatMap((d) => d.agents.map((a) => [a, d.id] as const))),
        queueDomains: new Map(plan.flatMap((d) => d.queues.map((q) => [q, d.id] as const))),
        auth: tokens,
        spread,
        overShareMs: ttlMs,
      });
      await domains.start();
      core = domains as unknown as TransportHandler<unknown, unknown>;
    } else if (store === null) {
      localRouter = options.router ?? new Router(config.core, clock);
      const own = metricsFor(localRouter);
      const observers = [options.observer, own].filter((o): o is GatewayObserver => o !== undefined);
      const observer = observers.length === 0 ? noopObserver : combineObservers(...observers);
      const metrics = typeof options.metrics === 'object' ? options.metrics : own;
      gateway = new Gateway({
        router: localRouter,
        config,
        auth: tokens,
        observer: withLog(observer),
        metrics,
        log,
        records: records ?? undefined,
        recall: recallFor('default'),
      });
      core = gateway as unknown as TransportHandler<unknown, unknown>;
    } else {
      const relay = options.relay ?? (spec !== null && spec !== 'memory' ? { url: spec, domain: store.domain } : undefined);
      node = new ClusterNode({
        store,
        config,
        clock,
        auth: tokens,
        log,
        instrument: instrumented(),
        ...(options.leaseTtlMs === undefined ? {} : { leaseTtlMs: options.leaseTtlMs }),
        ...(relay === undefined ? {} : { relay }),
        ...(options.compactEveryAppends === undefined ? {} : { compactEveryAppends: options.compactEveryAppends }),
        ...(options.metrics === true ? { processMetrics: new ProcessMetrics() } : {}),
        ...(records === null ? {} : { records }),
        ...optional('recall', recallFor(store.domain)),
      });
      await node.start();
      core = node as unknown as TransportHandler<unknown, unknown>;
    }
  } catch (e) {
    await domains?.stop();
    await Promise.all(domainStores.map((st) => st.close()));
    await ownRecords?.close();
    await closeRecall();
    await ownStore?.close();
    throw e;
  }

  log.info(
    {
      source: options.source ?? 'options',
      // Where the secret came from; never the secret.
      tokenSecretFrom: secretFrom,
      logLevel: log.level,
      config: configSummary(config, localRouter?.config ?? compileConfig(config.core)),
      store: store === null && !multi ? 'memory' : spec !== null ? redactStoreUrl(spec) : (store?.kind ?? 'memory'),
      ...(multi ? { domains: plan.map((d) => d.id) } : {}),
      ...(replicas > 0 ? { storeReplicas: replicas, storeWaitMs: waitMs } : {}),
    },
    'configuration',
  );

  const transport: Transport = options.transport === 'ws' ? new WsTransport() : new UwsTransport();
  const host = options.host ?? '127.0.0.1';
  const g = config.gateway;
  const demoWeb =
    options.demo === true
      ? { demoTokens: await mintDemoTokens(tokens), demoSecret: secretFrom === 'generated' ? ('generated' as const) : ('configured' as const) }
      : {};
  const web = options.web === false ? false : { ...demoWeb, ...options.web };
  const handler = web === false ? core : withWebSite(core, new WebSite(siteInfoOf(config), web, tokens));
  let port: number;
  try {
    port = await transport.listen(host, options.port ?? 8080, handler, {
      // Frames up to maxFrameBytes are handled; up to 4x get an error reply; beyond, the socket closes.
      maxPayloadBytes: g.maxFrameBytes * 4,
      maxBufferedBytes: g.maxBufferedBytes,
      idleTimeoutSeconds: g.idleTimeoutSeconds,
      maxHttpBodyBytes: g.maxHttpBodyBytes,
    });
  } catch (e) {
    await gateway?.drain();
    await node?.stop();
    await domains?.stop();
    await Promise.all(domainStores.map((st) => st.close()));
    await ownRecords?.close();
    await closeRecall();
    await ownStore?.close();
    throw e;
  }
  const advertised = options.advertiseUrl ?? (host === '0.0.0.0' || host === '::' ? null : `ws://${host.includes(':') ? `[${host}]` : host}:${port}`);
  if (advertised !== null) {
    node?.advertise(advertised);
    for (const n of clusterNodes) n.advertise(advertised);
  }
  if (transport.name === 'uws-fallback') log.warn('uWebSockets.js loaded its pure-JS fallback (no native binary for this platform); performance is degraded');
  log.info(
    {
      transport: transport.name,
      host,
      port,
      store: store?.kind ?? (multi ? 'redis' : 'memory'),
      role: node?.role ?? (domains === null ? 'leader' : undefined),
      ...(domains === null ? {} : { leads: domains.leading }),
      node: node?.id,
      metrics: options.metrics !== undefined || options.instrument !== undefined ? '/metrics' : null,
    },
    `switchboard listening on ${host}:${port} (transport ${transport.name})`,
  );

  let closing: Promise<void> | undefined;
  return {
    port,
    host,
    transport: transport.name,
    get router(): Router {
      const r = localRouter ?? node?.router ?? null;
      if (r === null) throw new Error('this process does not lead the routing (a follower): it has no router');
      return r;
    },
    node,
    domains,
    tokens,
    secretFrom,
    records,
    close() {
      closing ??= (async () => {
        transport.stopAccepting();
        if (gateway !== null) await gateway.drain();
        if (node !== null) await node.stop();
        if (domains !== null) await domains.stop();
        await transport.close();
        await Promise.all(domainStores.map((st) => st.close()));
        await ownRecords?.close();
        await closeRecall();
        await ownStore?.close();
        log.info('switchboard stopped');
      })();
      return closing;
    },
  };
}

/** `{ [key]: value }`, or nothing when the value is undefined (`exactOptionalPropertyTypes`). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
