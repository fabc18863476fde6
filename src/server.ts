/**
 * Wires a Switchboard server together: configuration, router with the real
 * clock, token authority, gateway and transport. The one place that knows
 * every part.
 *
 * @example
 * const config = parseConfig(json);
 * const router = new Router(config.core, { now: () => Date.now() });
 * const metrics = new Metrics(router); // a GatewayObserver and a MetricsEndpoint
 * const server = await createServer({ config, router, observer: metrics, metrics, port: 8080 });
 * // ...
 * await server.close(); // tells clients, closes sockets, stops listening
 */
import { pino, type Logger } from 'pino';
import { Router } from './core/router.js';
import type { SwitchboardConfig } from './config/schema.js';
import { TokenAuthority } from './gateway/auth.js';
import { Gateway } from './gateway/gateway.js';
import { combineObservers, noopObserver, type GatewayObserver, type MetricsEndpoint } from './gateway/observer.js';
import type { Transport, TransportHandler } from './gateway/transport.js';
import { UwsTransport } from './gateway/uws/uws-transport.js';
import { WsTransport } from './gateway/ws/ws-transport.js';
import { eventLogObserver } from './logging/event-log.js';
import { siteInfoOf } from './web/site-info.js';
import { WebSite, type WebSiteOptions } from './web/static-site.js';
import { withWebSite } from './web/web-handler.js';
import { ClusterNode } from './cluster/cluster-node.js';
import type { Instrument } from './cluster/leader-term.js';
import type { RoutingStore } from './store/routing-store.js';

export type TransportName = 'uws' | 'ws';

export interface ServerOptions {
  readonly config: SwitchboardConfig;
  /** Default 8080; 0 picks a free port (see `port` on the result). */
  readonly port?: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Default `uws`. */
  readonly transport?: TransportName;
  /** HS256 secret; default the config's `tokenSecret`, then SWITCHBOARD_TOKEN_SECRET. */
  readonly tokenSecret?: string;
  /**
   * A router built by the caller (e.g. to hand it to `Metrics` first, or
   * restored from a store); by default one on `config.core` and the real clock.
   */
  readonly router?: Router;
  readonly observer?: GatewayObserver;
  /** Serves `GET /metrics` when given. */
  readonly metrics?: MetricsEndpoint;
  /**
   * Default silent. At `debug` (when the server starts) every core event is
   * logged too; at `info` nothing is logged per message or per event.
   */
  readonly logger?: Logger;
  /**
   * The web app (`/`, `/agent`, `/supervisor`, `/assets/...`) on the same
   * port, from `dist/web` (built by `npm run build`); `false` serves none.
   * Demo tokens given here are listed on the landing page.
   */
  readonly web?: WebSiteOptions | false;
  /**
   * Where the state lives. Without one (the default) it lives in this
   * process only. With one (Redis), the process campaigns for the routing
   * lease: as leader it recovers the router from the store and persists
   * every change before it is acknowledged; otherwise it waits as a
   * follower. `router`, `observer` and `metrics` are then ignored: each
   * leader term builds its router from the store and hangs `instrument`'s
   * observer and metrics on it.
   */
  readonly store?: RoutingStore;
  readonly instrument?: Instrument;
  /** Routing lease time to live with a store; default 5000 ms. */
  readonly leaseTtlMs?: number;
  /**
   * With a Redis store: the Redis (URL and the store's domain) over which
   * followers relay their sockets to the leader, so that clients may
   * connect to any process.
   */
  readonly relay?: { readonly url: string; readonly domain: string };
  /** With a store: compact after this many appends (default 50,000; 0 never). */
  readonly compactEveryAppends?: number;
}

export interface SwitchboardServer {
  readonly port: number;
  readonly host: string;
  /** `uws`, `uws-fallback` or `ws`. */
  readonly transport: string;
  /** The router this process runs (with a store: of the current leader term; throws on a follower). */
  readonly router: Router;
  /** With a store: this process in the cluster (role, lease); null without one. */
  readonly node: ClusterNode | null;
  readonly tokens: TokenAuthority;
  /** Graceful stop: stop accepting, tell clients, close sockets, stop listening. */
  close(): Promise<void>;
}

export async function createServer(options: ServerOptions): Promise<SwitchboardServer> {
  const { config } = options;
  const log = options.logger ?? pino({ level: 'silent' });
  const secret = options.tokenSecret ?? config.tokenSecret ?? process.env['SWITCHBOARD_TOKEN_SECRET'];
  if (secret === undefined || secret.length < 16) {
    throw new Error('a token secret of at least 16 characters is required (config tokenSecret or SWITCHBOARD_TOKEN_SECRET)');
  }
  const tokens = new TokenAuthority(secret);
  const withLog = (observer: GatewayObserver): GatewayObserver => (log.isLevelEnabled('debug') ? combineObservers(observer, eventLogObserver(log)) : observer);

  let core: TransportHandler<unknown, unknown>;
  let gateway: Gateway | null = null;
  let node: ClusterNode | null = null;
  let localRouter: Router | null = null;
  if (options.store === undefined) {
    localRouter = options.router ?? new Router(config.core, { now: () => Date.now() });
    gateway = new Gateway({ router: localRouter, config, auth: tokens, observer: withLog(options.observer ?? noopObserver), metrics: options.metrics, log });
    core = gateway as unknown as TransportHandler<unknown, unknown>;
  } else {
    const instrument: Instrument = options.instrument ?? (() => ({ observer: noopObserver }));
    node = new ClusterNode({
      store: options.store,
      config,
      clock: { now: () => Date.now() },
      auth: tokens,
      log,
      instrument: (router) => {
        const i = instrument(router);
        return { observer: withLog(i.observer), metrics: i.metrics };
      },
      ...(options.leaseTtlMs === undefined ? {} : { leaseTtlMs: options.leaseTtlMs }),
      ...(options.relay === undefined ? {} : { relay: options.relay }),
      ...(options.compactEveryAppends === undefined ? {} : { compactEveryAppends: options.compactEveryAppends }),
    });
    await node.start();
    core = node as unknown as TransportHandler<unknown, unknown>;
  }
  const transport: Transport = options.transport === 'ws' ? new WsTransport() : new UwsTransport();
  const host = options.host ?? '127.0.0.1';
  const g = config.gateway;
  const handler = options.web === false ? core : withWebSite(core, new WebSite(siteInfoOf(config), options.web));
  const port = await transport.listen(host, options.port ?? 8080, handler, {
    // Frames up to maxFrameBytes are handled; up to 4x get an error reply; beyond, the socket closes.
    maxPayloadBytes: g.maxFrameBytes * 4,
    maxBufferedBytes: g.maxBufferedBytes,
    idleTimeoutSeconds: g.idleTimeoutSeconds,
    maxHttpBodyBytes: g.maxHttpBodyBytes,
  });
  log.info(
    {
      transport: transport.name,
      host,
      port,
      store: options.store?.kind ?? 'memory',
      role: node?.role ?? 'leader',
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
    tokens,
    close() {
      closing ??= (async () => {
        transport.stopAccepting();
        if (gateway !== null) await gateway.drain();
        if (node !== null) await node.stop();
        await transport.close();
        log.info('switchboard stopped');
      })();
      return closing;
    },
  };
}
