/**
 * What the gateway reports as it works, for metrics (`src/metrics/`
 * implements it) or tests. Every method is called synchronously on the hot
 * path: implementations must be cheap and must not throw.
 */
import type { CoreEvent } from '../core/events.js';

export type Role = 'agent' | 'integration' | 'supervisor';

export interface GatewayObserver {
  connectionOpened(role: Role): void;
  connectionClosed(role: Role): void;
  messageReceived(role: Role): void;
  messageSent(role: Role): void;
  /** Wall time of one Router call (command or timer advance), in seconds. */
  routingDecision(seconds: number): void;
  /** Every core event, in order, as it is drained. */
  coreEvent(e: CoreEvent): void;
}

/** Does nothing; the default. */
export const noopObserver: GatewayObserver = {
  connectionOpened() {},
  connectionClosed() {},
  messageReceived() {},
  messageSent() {},
  routingDecision() {},
  coreEvent() {},
};

/** Serves `GET /metrics` when given to the server. */
export interface MetricsEndpoint {
  readonly contentType: string;
  render(): Promise<string>;
}
