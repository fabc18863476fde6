/**
 * The routing lease as the Redis store's process holds it: the lease and
 * its term (a random id per acquisition: a Redis promoted in a failover may
 * issue a token again, the term still tells the two apart), the highest
 * fencing token this process has seen, and the lease's scripts (acquire,
 * renew, release). What an acquisition means for the stored state (ready,
 * or a rebase from memory first) the store decides.
 */
import { randomUUID } from 'node:crypto';
import type { Lease } from '../routing-store.js';
import type { StatusBoard } from '../status-board.js';
import { StoreError } from '../store-error.js';
import { ACQUIRE, RELEASE, RENEW, type LuaScript } from './scripts.js';

/** A lease with the random id of its term (see `FENCE` in scripts.ts). */
export interface FencedLease extends Lease {
  readonly term: string;
}

/** What a fenced script call carries: the token and the term id. */
export const fenceOf = (l: FencedLease): string => `${l.token}:${l.term}`;

/** An acquisition: the new lease, the one this process held before, and what Redis holds. */
export interface LeaseGrant {
  readonly lease: FencedLease;
  readonly previous: FencedLease | null;
  /** The last stored append. */
  readonly head: number;
  /** The append the stored snapshot covers. */
  readonly snap: number;
  /** The term this acquisition replaced. */
  readonly replaced: string;
}

export interface RedisLeaseDeps {
  readonly board: StatusBoard;
  /** The store's address without credentials, for the errors. */
  readonly where: string;
  readonly domain: string;
  /** Runs a lease script now (never queued behind writes); connection failures become `UNAVAILABLE`. `args` is read when the call goes. */
  run(what: string, s: LuaScript, args: () => string[]): Promise<unknown>;
  /** Redis lost the domain: the lease is gone and a rebase from memory is due. */
  dataLost(): void;
  /** Whether a rebase after such a loss is pending. */
  resyncPending(): boolean;
}

export class RedisLease {
  readonly #d: RedisLeaseDeps;
  #lease: FencedLease | null = null;
  #last: FencedLease | null = null;
  /**
   * The highest fencing token this process has seen (its own, a holder's
   * when a campaign failed, a refusal's): a new one is issued above it even
   * if a Redis promoted in a failover lost the last increments.
   */
  #highestToken = 0;

  constructor(deps: RedisLeaseDeps) {
    this.#d = deps;
  }

  /** The lease held now. */
  get current(): FencedLease | null {
    return this.#lease;
  }

  /** Forgets the lease without a word (Redis lost the domain: nobody holds it). */
  drop(): void {
    this.#lease = null;
  }

  /** Campaigns for the lease: null when another process holds it. */
  async acquire(holder: string, ttlMs: number): Promise<LeaseGrant | null> {
    const started = Date.now();
    const term = randomUUID();
    const r = (await this.#d.run('acquire the routing lease', ACQUIRE, () => [
      holder,
      String(ttlMs),
      randomUUID(),
      String(this.#highestToken),
      term,
    ])) as unknown[];
    if (r[0] === 0) {
      // Taken: remember how far the tokens went (the holder's is in the lease's value).
      this.saw(Number(String(r[1]).split('#').pop()));
      this.saw(Number(r[2]));
      return null;
    }
    const token = Number(r[0]);
    const epoch = String(r[1]);
    this.saw(token);
    const previous = this.#lease ?? this.#last;
    const lease: FencedLease = { holder, token, epoch, ttlMs, validUntil: started + ttlMs, term };
    this.#lease = lease;
    this.#last = lease;
    return { lease, previous, head: Number(r[2]), snap: Number(r[3]), replaced: String(r[4]) };
  }

  /** Extends the lease held: false when it is lost (or none is held); throws `data-lost` when Redis lost the domain. */
  async renew(): Promise<boolean> {
    const l = this.#lease;
    if (l === null) return false;
    const started = Date.now();
    const r = await this.#d.run('renew the routing lease', RENEW, () => [`${l.holder}#${l.token}`, String(l.ttlMs), l.epoch, fenceOf(l)]);
    if (this.#lease !== l) return this.#changedDuringRenewal(l);
    if (r === -1) {
      // Redis came back without the domain (the reconnection check may not have run yet): nobody took the lease.
      this.#d.dataLost();
      throw this.#dataLostError();
    }
    if (r !== 1) {
      this.lost(l.token, null);
      return false;
    }
    this.#lease = { ...l, validUntil: started + l.ttlMs };
    return true;
  }

  /** Gives the lease up (when the store is still open, in Redis too). */
  async release(): Promise<void> {
    const l = this.#lease;
    this.#lease = null;
    if (l === null || this.#d.board.status === 'closed') return;
    await this.#d.run('release the routing lease', RELEASE, () => [`${l.holder}#${l.token}`]);
  }

  /** A fencing token seen in Redis's answers. */
  saw(token: number): void {
    if (Number.isFinite(token) && token > this.#highestToken) this.#highestToken = token;
  }

  /** Another process holds the lease now (`current`, when known). */
  lost(token: number, current: number | null): void {
    this.#lease = null;
    this.#d.board.emit({ type: 'lease-lost', token, current });
  }

  /**
   * The lease changed while a renewal was in flight: a re-sync after a data
   * loss took it again (still ours), or is about to (the domain is gone:
   * nobody else holds it, so this is not a loss; the keeper holds on).
   */
  #changedDuringRenewal(l: FencedLease): boolean {
    const now = this.#lease;
    if (now !== null) return now.holder === l.holder;
    if (this.#d.board.status === 'resync-needed' && this.#d.resyncPending()) throw this.#dataLostError();
    return false;
  }

  #dataLostError(): StoreError {
    return new StoreError('data-lost', `Redis at ${this.#d.where} lost the data of domain ${this.#d.domain}; the leader re-writes it from memory`);
  }
}
