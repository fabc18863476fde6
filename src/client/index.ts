/**
 * The client SDK alone (`switchboard/client`): runs in browsers and in Node,
 * and pulls in none of the server (no uWebSockets.js, ioredis, router or
 * gateway): `test/unit/client-entry.test.ts` bundles it to check.
 */
export {
  SwitchboardClient,
  ConnectError,
  type ClientOptions,
  type ReconnectOptions,
  type EventMeta,
  type LifecycleEvents,
  type SubscribeOptions,
} from './client.js';
export { SwitchboardError, QueueClosedError, ErrorCode, isErrorCode, ERROR_REASONS, isErrorReason, type ErrorReason } from '../core/errors.js';
export * from '../protocol/messages.js';
