export {
  SwitchboardClient,
  ConnectError,
  type ClientOptions,
  type ReconnectOptions,
  type EventMeta,
  type LifecycleEvents,
  type SubscribeOptions,
} from './client.js';
export * from '../protocol/messages.js';
