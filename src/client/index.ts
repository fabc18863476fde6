export { SwitchboardClient, ConnectError, type ClientOptions, type ReconnectOptions, type EventMeta, type LifecycleEvents } from './client.js';
export * from '../protocol/messages.js';
