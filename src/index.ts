/**
 * Switchboard: the client SDK, the routing core, the server factory and the
 * stores it runs on. Node only (the server's dependencies come with it);
 * `switchboard/client` is the SDK alone, for browsers and integrations.
 */
export * from './client/index.js';
export * as core from './core/index.js';
export { Router, SwitchboardError, ErrorCode, type CoreEvent, type CoreConfig } from './core/index.js';
export { createServer, type ServerOptions, type SwitchboardServer, type TransportName } from './server.js';
export { openStore, MemoryRoutingStore, RedisRoutingStore, type RoutingStore, type MemoryStoreOptions, type RedisStoreOptions } from './store/index.js';
export { parseConfig, ConfigError, type SwitchboardConfig } from './config/schema.js';
export { demoConfig } from './config/demo.js';
export { TokenAuthority, type Principal } from './gateway/auth.js';
export type { GatewayObserver, MetricsEndpoint, Role } from './gateway/observer.js';
export { Metrics, type MetricsOptions } from './metrics/index.js';
export { createLogger, type LoggerOptions, type LogLevel } from './logging/index.js';
