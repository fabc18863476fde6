/**
 * The metrics the server records, attached to a bench router: every core
 * event goes through `Metrics.coreEvent` and every timed decision through
 * `Metrics.routingDecision`, as the gateway does.
 */
import type { CoreEvent, Router } from '../../src/core/index.js';
import { Metrics } from '../../src/metrics/index.js';

export interface MetricsSink {
  readonly onEvent: (e: CoreEvent) => void;
  readonly decision: (seconds: number) => void;
}

export function createMetricsSink(router: Router): MetricsSink {
  const metrics = new Metrics(router);
  return { onEvent: (e) => metrics.coreEvent(e), decision: (s) => metrics.routingDecision(s) };
}
