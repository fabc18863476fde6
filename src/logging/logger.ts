/**
 * The server's logger: pino, one JSON line per significant event, with
 * every place a token or secret could travel redacted before it is written.
 *
 * What goes out at which level:
 * - `info`: start (transport, address, store), the effective configuration,
 *   connections opened and closed, shutdown. Never anything per message, so
 *   the default level stays off the hot path.
 * - `warn`: authentication failures (reason and remote address, never the
 *   token), slow consumers dropped, a degraded transport.
 * - `error` / `fatal`: failures, with the error serialized by pino.
 * - `debug`: the contact and agent lifecycle, from the core's events.
 *
 * @example
 * const log = createLogger({ level: 'debug' }); // to stdout
 * log.info({ port: 8080 }, 'listening');
 * // development: `npm start | npx pino-pretty`
 */
import { pino, type DestinationStream, type Level, type Logger } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = Level | 'silent';

/**
 * Paths pino replaces with `[Redacted]`: credentials in request headers
 * (`Authorization`, the `bearer.<jwt>` subprotocol in
 * `Sec-WebSocket-Protocol`), the `access_token` query parameter, offered
 * subprotocol lists, tokens and secrets in objects and in the
 * configuration. The server's own log calls never pass a token; this is the
 * net under them (and under anyone who logs a request object later).
 */
export const REDACT_PATHS: readonly string[] = [
  'token',
  '*.token',
  'accessToken',
  '*.accessToken',
  'access_token',
  'query.access_token',
  '*.query.access_token',
  'authorization',
  'headers.authorization',
  '*.headers.authorization',
  'headers["sec-websocket-protocol"]',
  '*.headers["sec-websocket-protocol"]',
  'protocols',
  '*.protocols',
  'secret',
  '*.secret',
  'tokenSecret',
  '*.tokenSecret',
  'config.tokenSecret',
];

export interface LoggerOptions {
  /** Default `info`. */
  readonly level?: LogLevel;
  /** Where lines go; default stdout (synchronous, so a crash loses no line). */
  readonly destination?: DestinationStream;
}

/** Whether `s` names a pino level (or `silent`). */
export function isLogLevel(s: string): s is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(s);
}

/** The server's root logger: redaction, ISO timestamps, `service` binding. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const opts = {
    level: options.level ?? 'info',
    base: { service: 'switchboard', pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: [...REDACT_PATHS], censor: '[Redacted]' },
  };
  return options.destination === undefined ? pino(opts) : pino(opts, options.destination);
}
