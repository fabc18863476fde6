/**
 * The store port and its adapters. `openStore('memory')` (the default) or
 * `openStore('redis://127.0.0.1:6379/0')`, as `--store` takes them.
 */
import { MemoryRoutingStore, type MemoryStoreOptions } from './memory/memory-store.js';
import { RedisRoutingStore, type RedisStoreOptions } from './redis/redis-store.js';
import type { RoutingStore } from './routing-store.js';
import { invalid } from '../core/index.js';
import { isRedisStoreUrl, STORE_FORMS } from './store-url.js';

export * from './routing-store.js';
export { StoreError, StoreErrorReason } from './store-error.js';
export { MemoryBackend, MemoryRoutingStore, type MemoryStoreOptions } from './memory/memory-store.js';
export { RedisRoutingStore, type RedisStoreOptions } from './redis/redis-store.js';
export { recoverRouter, resyncFromMemory, type Recovered } from './recovery.js';
export { LeaseKeeper, type LeaseKeeperOptions } from './lease-keeper.js';
export { isStoreSpec, parseSentinelUrl, redactStoreUrl, STORE_FORMS } from './store-url.js';

/** Opens the store a `--store` value names: `memory`, a `redis://` / `rediss://` URL or a `redis-sentinel://` one. */
export function openStore(spec: string, options: Omit<RedisStoreOptions, 'url'> & Omit<MemoryStoreOptions, 'backend'> = {}): RoutingStore {
  if (spec === 'memory') {
    const memoryOptions: { domain?: string; idempotencyRetentionMs?: number } = {};
    if (options.domain !== undefined) memoryOptions.domain = options.domain;
    if (options.idempotencyRetentionMs !== undefined) memoryOptions.idempotencyRetentionMs = options.idempotencyRetentionMs;
    return new MemoryRoutingStore(memoryOptions);
  }
  if (isRedisStoreUrl(spec)) return new RedisRoutingStore({ ...options, url: spec });
  throw invalid(`--store must be ${STORE_FORMS}, not ${JSON.stringify(spec)}`);
}
