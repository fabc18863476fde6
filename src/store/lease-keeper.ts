/**
 * Keeps (or campaigns for) the routing lease of one store: renews it every
 * `renewEveryMs` while held, tries to take it every `renewEveryMs` while not,
 * and reports both transitions. The holder steps down on its own clock when
 * the lease may have run out (`validUntil - marginMs`) without a successful
 * renewal, before anyone else can have taken it; fencing in the store is the
 * backstop for a process that is paused through all of this.
 *
 * @example
 * const keeper = new LeaseKeeper(store, { holder: processId,
 *   onAcquired: async () => startRouting(await recoverRouter(config, clock, store)),
 *   onLost: () => stopRouting() });
 * keeper.start();
 */
import { DEFAULT_LEASE_TTL_MS, type Lease, type RoutingStore } from './routing-store.js';

export interface LeaseKeeperOptions {
  readonly holder: string;
  readonly ttlMs?: number;
  /** Default ttl / 3. */
  readonly renewEveryMs?: number;
  /** Step down this long before the lease's local expiry. Default ttl / 5. */
  readonly marginMs?: number;
  /**
   * While the store cannot be reached at all (renewals fail, rather than
   * being refused), keep the role this much longer past the lease's expiry
   * before stepping down. Safe: nothing is written or sent without the
   * store, and once it is reachable a renewal either takes the lease back
   * (nobody took it meanwhile) or is refused (then this process steps
   * down). It keeps clients connected through a short Redis restart.
   * Default 10 s; 0 steps down at the expiry as without an outage.
   */
  readonly holdThroughOutageMs?: number;
  /** How often a process without the lease tries to take it. Default ttl / 10, so a failover follows the expiry closely. */
  readonly campaignEveryMs?: number;
  /**
   * Asked before each attempt to take the lease: false skips it (a process
   * that leads its fair share of routing domains leaves the rest to others,
   * see `cluster/domain-spread.ts`). Default: always campaign.
   */
  readonly mayCampaign?: () => boolean;
  readonly onAcquired: (lease: Lease) => void | Promise<void>;
  readonly onLost: () => void;
  /** After every renewal or campaign attempt (e.g. to know the first one is over). */
  readonly onTick?: () => void;
}

export class LeaseKeeper {
  readonly #store: RoutingStore;
  readonly #o: Required<Omit<LeaseKeeperOptions, 'onAcquired' | 'onLost' | 'onTick' | 'mayCampaign'>> &
    Pick<LeaseKeeperOptions, 'onAcquired' | 'onLost' | 'onTick' | 'mayCampaign'>;
  #timer: NodeJS.Timeout | null = null;
  #leading = false;
  #running = false;
  #unsubscribe: (() => void) | null = null;
  /** `onAcquired` running (a recovery): renewals go on meanwhile. */
  #acquiring: Promise<void> | null = null;
  #campaigning = false;

  constructor(store: RoutingStore, options: LeaseKeeperOptions) {
    const ttlMs = options.ttlMs ?? DEFAULT_LEASE_TTL_MS;
    this.#store = store;
    this.#o = {
      ...options,
      ttlMs,
      renewEveryMs: options.renewEveryMs ?? Math.floor(ttlMs / 3),
      campaignEveryMs: options.campaignEveryMs ?? Math.max(50, Math.floor(ttlMs / 10)),
      marginMs: options.marginMs ?? Math.floor(ttlMs / 5),
      holdThroughOutageMs: options.holdThroughOutageMs ?? 10_000,
    };
  }

  get leading(): boolean {
    return this.#leading;
  }

  /**
   * A campaign is on its way to the store (`mayCampaign` said yes, the answer
   * has not come): what may be a role in a moment. A process campaigning for
   * several domains counts it as a domain led, or two campaigns at once
   * would take it past its share.
   */
  get campaigning(): boolean {
    return this.#campaigning;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#unsubscribe = this.#store.subscribe((e) => {
      // (Data lost in the store is for the leader to repair from memory: see `resyncFromMemory`.)
      if (e.type === 'lease-lost') this.#stepDown();
    });
    void this.#tick();
  }

  /** Stops campaigning; releases the lease if held (a clean shutdown hands over at once). */
  async stop(): Promise<void> {
    this.#running = false;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    const wasLeading = this.#leading;
    this.#leading = false;
    if (wasLeading) await this.#store.release().catch(() => undefined);
  }

  async #tick(): Promise<void> {
    if (!this.#running) return;
    let acquired = false;
    try {
      if (this.#leading && this.#store.lease === null && this.#store.status === 'resync-needed') {
        // Redis lost the domain: the leader takes the lease again and re-writes its memory (resyncFromMemory).
      } else if (this.#leading) {
        const renewed = await this.#store.renew().catch(() => null);
        if (renewed === false) this.#stepDown();
        else if (renewed === null && this.#store.lease === null && this.#store.status === 'resync-needed') {
          // The store lost its data: the term re-writes it (resyncFromMemory), as above.
        } else if (renewed === null && Date.now() >= (this.#store.lease?.validUntil ?? 0) - this.#o.marginMs + this.#o.holdThroughOutageMs) this.#stepDown();
      } else if (this.#acquiring === null && (this.#o.mayCampaign?.() ?? true)) {
        this.#campaigning = true;
        const lease = await this.#store
          .acquire(this.#o.holder, this.#o.ttlMs)
          .catch(() => null)
          .finally(() => (this.#campaigning = false));
        if (lease !== null && this.#running) {
          this.#leading = true;
          acquired = true;
          // Not awaited: a recovery may take longer than a renewal period, and the
          // lease must be renewed meanwhile (else it lapses right after the recovery).
          this.#acquiring = (async () => {
            try {
              await this.#o.onAcquired(lease);
            } catch {
              // Could not take up the role (e.g. recovery failed): hand the lease on.
              if (this.#leading) {
                this.#leading = false;
                await this.#store.release().catch(() => undefined);
              }
            } finally {
              this.#acquiring = null;
              this.#o.onTick?.();
            }
          })();
        }
      }
    } finally {
      if (!acquired) this.#o.onTick?.();
      if (this.#running) this.#timer = setTimeout(() => void this.#tick(), this.#leading ? this.#o.renewEveryMs : this.#o.campaignEveryMs);
    }
  }

  /** The role was given up elsewhere (e.g. a failed re-sync): campaign again, without `onLost`. */
  resign(): void {
    this.#leading = false;
  }

  #stepDown(): void {
    if (!this.#leading) return;
    this.#leading = false;
    this.#o.onLost();
  }
}
