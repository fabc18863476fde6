/**
 * Switchboard: the client SDK, the routing core and the server factory.
 */
export * from './client/index.js';
export * as core from './core/index.js';
export { Router, SwitchboardError, ErrorCode, type CoreEvent, type CoreConfig } from './core/index.js';
export { createServer, type ServerOptions, type SwitchboardServer, type TransportName } from './server.js';
export { parseConfig, ConfigError, type SwitchboardConfig } from './config/schema.js';
export { demoConfig } from './config/demo.js';
export { TokenAuthority, type Principal } from './gateway/auth.js';
export type { GatewayObserver, MetricsEndpoint, Role } from './gateway/observer.js';
export { Metrics, type MetricsOptions } from './metrics/index.js';
export { createLogger, type LoggerOptions, type LogLevel } from './logging/index.js';
