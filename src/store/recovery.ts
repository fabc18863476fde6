/**
 * Recovery: a router rebuilt from what a store holds, and the way back to a
 * consistent store after a failure.
 *
 * Deadlines (ring timeouts, wrap-up ends, relaxation steps, preference
 * windows) are part of the core's state, so `Router.restore` re-arms them by
 * construction; those that passed while no leader ran are due at once and
 * fire, in deadline order, on the first `advance()` (or first command). The
 * host then appends the events that produced before anything else.
 *
 * @example
 * const store = openStore(url);
 * await store.whenReady();
 * if ((await store.acquire(processId)) === null) return follow(store);
 * const { router } = await recoverRouter(config, clock, store);
 * router.advance();                       // overdue deadlines fire now
 * await store.append(router.drainEvents());
 */
import { performance } from 'node:perf_hooks';
import { Router, type Clock, type CoreConfig, type CompiledConfig } from '../core/index.js';
import { EMPTY_SNAPSHOT, type RoutingStore, type StoredState } from './routing-store.js';
import { StoreError } from './store-error.js';

export interface Recovered {
  readonly router: Router;
  /**
   * What the store held (null: a new domain, the router is empty). Its
   * snapshot is handed over to the router (adopted, not copied: half the
   * recovery time at 100,000 contacts), so it changes as the router runs.
   */
  readonly state: StoredState | null;
  /** Reading and parsing, ms. */
  readonly loadMs: number;
  /** Rebuilding the router's state and indexes, ms. */
  readonly restoreMs: number;
  /** Whether some deadline is already due: the first `advance()` fires it. */
  readonly overdue: boolean;
}

/** Loads the store and rebuilds the router from the snapshot and the events after it. */
export async function recoverRouter(config: CoreConfig | CompiledConfig, clock: Clock, store: RoutingStore): Promise<Recovered> {
  const t0 = performance.now();
  const state = await store.load();
  const t1 = performance.now();
  let router: Router;
  try {
    router =
      state === null
        ? new Router(config, clock)
        : Router.restore(config, clock, state.snapshot ?? EMPTY_SNAPSHOT, state.events, { adopt: state.snapshot !== null });
  } catch (e) {
    throw new StoreError(
      'corrupt',
      `the stored state of domain ${store.domain} does not fit this configuration (a queue removed or renamed?): ${(e as Error).message}`,
      { cause: e },
    );
  }
  const t2 = performance.now();
  const next = router.nextDeadline();
  return { router, state, loadMs: t1 - t0, restoreMs: t2 - t1, overdue: next !== undefined && next <= clock.now() };
}

/**
 * After `resync-needed`: what the leader does with its router.
 * - `rebased`: its memory was still the truth and is written back (the store is ready again);
 * - `in-sync`: it still holds the lease and nothing was missed;
 * - `reload`: another process wrote meanwhile; rebuild with `recoverRouter`;
 * - `follower`: another process holds the lease.
 */
export async function resyncFromMemory(
  store: RoutingStore,
  router: Router,
  holder: string,
  ttlMs?: number,
): Promise<'rebased' | 'in-sync' | 'reload' | 'follower'> {
  if (store.lease !== null && store.status === 'ready') return 'in-sync';
  if (store.lease === null && (await store.acquire(holder, ttlMs)) === null) return 'follower';
  if (store.status !== 'resync-needed') return 'reload';
  await store.rebase(router.snapshot());
  return 'rebased';
}
