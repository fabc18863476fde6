/**
 * One leadership term: from taking the routing lease to losing or giving it
 * up. The term rebuilds the router from the store (every waiting contact
 * with its original key, offers until their deadline, agents, history,
 * idempotency keys), puts a gateway on it that persists before it speaks,
 * and follows the store: refuse work while Redis is away, write the memory
 * back when Redis lost writes, and end the term when the lease is gone.
 *
 * @example
 * const term = await LeaderTerm.begin({ store, config, clock, auth, holder, log, instrument, onEnd });
 * node.serve(term.gateway);
 * // ... the lease is lost: onEnd('lease-lost') fires, sockets are told to reconnect
 */
import type { Logger } from 'pino';
import type { SwitchboardConfig } from '../config/schema.js';
import type { Clock } from '../core/index.js';
import { contactId as toContactId } from '../core/ids.js';
import type { Router } from '../core/router.js';
import type { TokenAuthority } from '../gateway/auth.js';
import { Gateway } from '../gateway/gateway.js';
import type { GatewayObserver, MetricsEndpoint } from '../gateway/observer.js';
import type { Connection } from '../gateway/transport.js';
import type { RecordStore } from '../record/record-store.js';
import { recoverRouter, resyncFromMemory } from '../store/recovery.js';
import type { RecallStore } from '../store/recall-store.js';
import type { RoutingStore, StoreEvent } from '../store/routing-store.js';

/** What metrics and logs hang on a router: built anew for each term's router. */
export type Instrument = (router: Router) => { readonly observer: GatewayObserver; readonly metrics?: MetricsEndpoint | undefined };

export interface LeaderTermDeps {
  readonly store: RoutingStore;
  readonly config: SwitchboardConfig;
  readonly clock: Clock;
  readonly auth: TokenAuthority;
  /** This process, as the lease names it. */
  readonly holder: string;
  readonly log: Logger;
  readonly instrument: Instrument;
  readonly leaseTtlMs?: number | undefined;
  /** See `GatewayDeps.compactEveryAppends`. */
  readonly compactEveryAppends?: number | undefined;
  /** See `GatewayDeps.records`. */
  readonly records?: RecordStore | undefined;
  /** See `GatewayDeps.recall`. */
  readonly recall?: RecallStore | undefined;
  /** The term ended on its own (lease lost, or another process wrote meanwhile). */
  readonly onEnd: (why: string) => void;
}

export class LeaderTerm {
  readonly gateway: Gateway;
  readonly router: Router;
  readonly #deps: LeaderTermDeps;
  readonly #unsubscribe: () => void;
  #ended = false;
  #resyncing = false;
  /** Told the node once (the store may report the loss more than once). */
  #losing = false;
  /** A failed re-sync tried again (e.g. the replicas of `WAIT` were still missing: no status change would come). */
  #retry: NodeJS.Timeout | null = null;

  private constructor(deps: LeaderTermDeps, router: Router, gateway: Gateway) {
    this.#deps = deps;
    this.router = router;
    this.gateway = gateway;
    this.#unsubscribe = deps.store.subscribe((e) => this.#onStore(e));
  }

  /** Recovers the router from the store and starts serving it. Call with the lease held. */
  static async begin(deps: LeaderTermDeps): Promise<LeaderTerm> {
    const { store, config, clock, log } = deps;
    const rec = await recoverRouter(config.core, clock, store);
    const router = rec.router;
    const { observer, metrics } = deps.instrument(router);
    const gateway = new Gateway({
      router,
      config,
      auth: deps.auth,
      observer,
      metrics,
      log,
      store,
      compactEveryAppends: deps.compactEveryAppends,
      records: deps.records,
      recall: deps.recall,
    });
    // Which integration created which live contact, from the stored idempotency keys.
    for (const k of rec.state?.idempotencyKeys ?? []) {
      const c = router.contact(toContactId(k.contactId));
      if (c !== undefined) gateway.registry.register(c.id, k.integration, k.externalId, c);
      else gateway.registry.rememberEnded(k.contactId, k.integration, k.externalId);
    }
    // Every live contact its record names an owner of (follow-ups and voicemails have no key; keys expire after a day).
    for (const c of router.contacts()) gateway.registry.adopt(c);
    // The integrations' streams go on where the last leader left them (their numbering and what is kept for resume).
    if (rec.state !== null) gateway.streams.restore(rec.state.streams);
    // Deadlines that passed while no leader ran fire now, in order; then the agents wait for their sockets.
    gateway.exec((r) => r.resume());
    gateway.adoptRecovered();
    gateway.flush();
    const term = new LeaderTerm(deps, router, gateway);
    log.info(
      {
        // Not `token`: the logger redacts every `token` field (those are credentials elsewhere).
        fencingToken: store.lease?.token,
        waiting: router.waitingCount,
        agents: rec.state === null ? 0 : [...router.agents()].length,
        loadMs: Math.round(rec.loadMs),
        restoreMs: Math.round(rec.restoreMs),
        fromSnapshot: rec.state?.snapshot !== null && rec.state !== null,
        events: rec.state?.events.length ?? 0,
      },
      'routing leader: state recovered from the store',
    );
    if (!store.ready) gateway.setAvailable(false);
    return term;
  }

  get ended(): boolean {
    return this.#ended;
  }

  /**
   * Ends the term: what waits for the store is answered `UNAVAILABLE`, every
   * socket is closed (`code`) so that clients reconnect (to the new leader
   * or a follower), timers stop. Those `keep` names stay open (sockets the
   * relay carries over to the next leader: see `Gateway.drain`).
   */
  async end(code: number, reason: string, keep?: (conn: Connection) => boolean): Promise<void> {
    if (this.#ended) return;
    this.#ended = true;
    this.#unsubscribe();
    if (this.#retry !== null) clearTimeout(this.#retry);
    this.#retry = null;
    await this.gateway.drain(2000, { code, reason, keep });
  }

  #onStore(e: StoreEvent): void {
    if (this.#ended) return;
    const { gateway, router } = this;
    switch (e.type) {
      case 'unavailable':
        gateway.setAvailable(false);
        return;
      case 'ready':
        gateway.releaseHeld();
        gateway.setAvailable(true);
        return;
      case 'resync-needed':
        // Until the memory is written back, new requests are refused (UNAVAILABLE, nothing changed) rather than
        // held: with replicas missing (`WAIT`) that can last, and a request would hang instead of being refused.
        gateway.setAvailable(false);
        if (this.#resyncing) return;
        this.#resyncing = true;
        this.#deps.log.warn({ reason: e.reason }, 'the store lacks writes of this leader: writing the state back from memory');
        resyncFromMemory(this.#deps.store, router, this.#deps.holder, this.#deps.leaseTtlMs).then(
          (outcome) => {
            this.#resyncing = false;
            if (this.#ended) return;
            if (outcome === 'rebased' || outcome === 'in-sync') {
              this.#deps.log.info({ outcome }, 'store re-synced from memory');
              gateway.releaseHeld();
              if (this.#deps.store.ready) gateway.setAvailable(true);
            } else {
              this.#lost(outcome === 'follower' ? 'another process holds the routing lease' : 'another process wrote the state meanwhile');
            }
          },
          (err: unknown) => {
            // Still unreachable or refused: the next status change tries again, or
            // (reachable, but e.g. too few replicas acknowledged) this timer does.
            this.#resyncing = false;
            this.#deps.log.warn({ err }, 're-sync failed; will retry when the store is back');
            if (this.#retry !== null) clearTimeout(this.#retry);
            this.#retry = setTimeout(() => {
              this.#retry = null;
              if (this.#deps.store.status === 'resync-needed') this.#onStore(e);
            }, 1000);
            this.#retry.unref();
          },
        );
        return;
      case 'lease-lost':
        this.#lost(`routing lease lost to token ${e.current ?? 'none'}`);
        return;
    }
  }

  #lost(why: string): void {
    if (this.#ended || this.#losing) return;
    this.#losing = true;
    this.#deps.log.warn({ why }, 'leadership lost: stepping down');
    this.#deps.onEnd(why);
  }
}
