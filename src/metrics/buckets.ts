/**
 * Histogram bucket edges, in seconds, each fitted to the range it measures.
 * Prometheus counts `value <= le`, so a threshold that is a bucket edge can be
 * read off the histogram exactly.
 */
import type { CompiledConfig } from '../core/index.js';

/** Queue wait: 1 s .. 30 min. Every queue's service-level threshold is added by `queueWaitBuckets`. */
export const QUEUE_WAIT_BUCKETS: readonly number[] = [1, 2, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 300, 600, 900, 1200, 1800];

/** Handle (talk) time: 10 s .. 2 h. */
export const HANDLE_BUCKETS: readonly number[] = [10, 30, 60, 120, 180, 300, 450, 600, 900, 1200, 1800, 2700, 3600, 7200];

/** After-contact work: 1 s .. 30 min. */
export const ACW_BUCKETS: readonly number[] = [1, 5, 10, 15, 30, 45, 60, 90, 120, 180, 300, 600, 1800];

/** Customer hold per handled contact; the `0` edge counts contacts never put on hold. */
export const HOLD_BUCKETS: readonly number[] = [0, 5, 15, 30, 60, 120, 180, 300, 600, 900, 1800];

/** One routing decision: 1 µs .. 10 ms (the bar is 20 µs at p99, DESIGN §8). */
export const ROUTING_DECISION_BUCKETS: readonly number[] = [1e-6, 2.5e-6, 5e-6, 1e-5, 2e-5, 5e-5, 1e-4, 2.5e-4, 5e-4, 1e-3, 2.5e-3, 1e-2];

/**
 * Contact created -> first offer. Milliseconds when an agent is free (the
 * end-to-end bar is 5 ms), up to queue-wait range when nobody is.
 */
export const ENQUEUE_TO_OFFER_BUCKETS: readonly number[] = [
  0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800,
];

/** The queue-wait edges plus every configured service-level threshold, sorted and unique. */
export function queueWaitBuckets(config: CompiledConfig): number[] {
  const edges = new Set(QUEUE_WAIT_BUCKETS);
  for (const q of config.queues.values()) {
    const t = q.serviceLevel.thresholdSeconds;
    if (Number.isFinite(t)) edges.add(t);
  }
  return [...edges].sort((a, b) => a - b);
}

/**
 * The wait estimate's error, announced minus real (s): symmetric around 0,
 * finer near it. `le="0"` counts the announcements that were not too long.
 */
export const WAIT_ESTIMATE_ERROR_BUCKETS: readonly number[] = [-900, -600, -300, -180, -120, -60, -30, -15, -5, 0, 5, 15, 30, 60, 120, 180, 300, 600, 900];
