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
import type { Transport } from './gateway/transport.js';
import { UwsTransport } from './gateway/uws/uws-transport.js';
import { WsTransport } from './gateway/ws/ws-transport.js';
import { eventLogObserver } from './logging/event-log.js';
import { siteInfoOf } from './web/site-info.js';
import { WebSite, type WebSiteOptions } from './web/static-site.js';
import { withWebSite } from './web/web-handler.js';

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
}

export interface SwitchboardServer {
  readonly port: number;
  readonly host: string;
  /** `uws`, `uws-fallback` or `ws`. */
  readonly transport: string;
  readonly router: Router;
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
  const router = options.router ?? new Router(config.core, { now: () => Date.now() });
  const tokens = new TokenAuthority(secret);
  const observers = [options.observer ?? noopObserver];
  if (log.isLevelEnabled('debug')) observers.push(eventLogObserver(log));
  const gateway = new Gateway({
    router,
    config,
    auth: tokens,
    observer: combineObservers(...observers),
    metrics: options.metrics,
    log,
  });
  const transport: Transport = options.transport === 'ws' ? new WsTransport() : new UwsTransport();
  const host = options.host ?? '127.0.0.1';
  const g = config.gateway;
  const handler = options.web === false ? gateway : withWebSite(gateway, new WebSite(siteInfoOf(config), options.web));
  const port = await transport.listen(host, options.port ?? 8080, handler, {
    // Frames up to maxFrameBytes are handled; up to 4x get an error reply; beyond, the socket closes.
    maxPayloadBytes: g.maxFrameBytes * 4,
    maxBufferedBytes: g.maxBufferedBytes,
    idleTimeoutSeconds: g.idleTimeoutSeconds,
    maxHttpBodyBytes: g.maxHttpBodyBytes,
  });
  // The start line. The state lives in this process (the router) until a store is wired in.
  log.info(
    { transport: transport.name, host, port, store: 'memory', metrics: options.metrics === undefined ? null : '/metrics' },
    `switchboard listening on ${host}:${port} (transport ${transport.name})`,
  );

  let closing: Promise<void> | undefined;
  return {
    port,
    host,
    transport: transport.name,
    router,
    tokens,
    close() {
      closing ??= (async () => {
        transport.stopAccepting();
        await gateway.drain();
        await transport.close();
        log.info('switchboard stopped');
      })();
      return closing;
    },
  };
}
