/**
 * The record store's figures in Prometheus: records kept, bytes held (the
 * memory store) and records dropped before their retention ran out (the
 * memory bound, or a failed write to Redis). Read at scrape time.
 */
import { Counter, Gauge, type Registry } from 'prom-client';
import type { RecordStore } from './record-store.js';

export function registerRecordMetrics(registry: Registry, store: RecordStore): void {
  new Gauge({
    name: 'switchboard_interaction_records',
    help: 'Interaction records kept (with Redis: written by this process and not yet trimmed).',
    registers: [registry],
    collect() {
      this.set(store.stats().records);
    },
  });
  new Gauge({
    name: 'switchboard_interaction_records_bytes',
    help: 'Bytes the interaction records hold in memory (the memory store; 0 with Redis).',
    registers: [registry],
    collect() {
      this.set(store.stats().bytes ?? 0);
    },
  });
  let reported = 0;
  new Counter({
    name: 'switchboard_interaction_records_dropped_total',
    help: 'Interaction records dropped before their retention ran out (memory bound reached, or a failed write).',
    registers: [registry],
    collect() {
      const dropped = store.stats().dropped;
      if (dropped > reported) this.inc(dropped - reported);
      reported = dropped;
    },
  });
}
