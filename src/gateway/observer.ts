/**
 * What the gateway reports as it works, for metrics (`src/metrics/`
 * implements it) or tests. Every method is called synchronously on the hot
 * path: implementations must be cheap and must not throw.
 */
import type { CoreEvent } from '../core/events.js';
import type { SettledEstimate } from '../insights/wait-estimate.js';

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
  /** A contact announced a wait was answered or hung up: the estimate's accuracy, live. */
  waitEstimateSettled?(s: SettledEstimate): void;
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

/** One observer that tells each of `observers`, in order (e.g. metrics and a debug log). */
export function combineObservers(...observers: readonly GatewayObserver[]): GatewayObserver {
  if (observers.length === 1 && observers[0] !== undefined) return observers[0];
  return {
    connectionOpened: (role) => observers.forEach((o) => o.connectionOpened(role)),
    connectionClosed: (role) => observers.forEach((o) => o.connectionClosed(role)),
    messageReceived: (role) => observers.forEach((o) => o.messageReceived(role)),
    messageSent: (role) => observers.forEach((o) => o.messageSent(role)),
    routingDecision: (seconds) => observers.forEach((o) => o.routingDecision(seconds)),
    coreEvent: (e) => observers.forEach((o) => o.coreEvent(e)),
    waitEstimateSettled: (s) => observers.forEach((o) => o.waitEstimateSettled?.(s)),
  };
}
