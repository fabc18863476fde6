/**
 * Who may come in, beyond a valid token: limits per principal and overall,
 * so that no one client, or one address, can exhaust the server (DESIGN §7).
 *
 * - upgrade attempts per remote address (a token bucket each, checked
 *   before the token is even read: an unauthenticated flood costs little);
 * - open sockets per principal (`role:id`) and in total;
 * - contacts created over HTTP per integration (a token bucket each);
 * - the warn lines of refused credentials, at most a few a second, with a
 *   count of those left out.
 */
import type { Logger } from 'pino';
import type { GatewaySettings } from '../config/schema.js';
import { RateLimiter } from './session.js';

/** Past this many buckets, the full (idle) ones are forgotten. */
const MAX_BUCKETS = 10_000;

/** Token buckets by key, forgetting idle ones so that the map stays bounded. */
class Buckets {
  readonly #byKey = new Map<string, RateLimiter>();

  constructor(
    readonly perSecond: number,
    readonly burst: number,
  ) {}

  take(key: string): boolean {
    let b = this.#byKey.get(key);
    if (b === undefined) {
      if (this.#byKey.size >= MAX_BUCKETS) {
        for (const [k, v] of this.#byKey) if (v.idle) this.#byKey.delete(k);
      }
      this.#byKey.set(key, (b = new RateLimiter(this.perSecond, this.burst)));
    }
    return b.take();
  }
}

export class Admission {
  readonly #upgrades: Buckets;
  readonly #creates: Buckets;
  readonly #g: GatewaySettings;

  constructor(g: GatewaySettings) {
    this.#g = g;
    this.#upgrades = new Buckets(g.upgradesPerSecondPerAddress, g.upgradeBurstPerAddress);
    this.#creates = new Buckets(g.httpCreatesPerSecond, g.httpCreateBurst);
  }

  /** An upgrade attempt from `address`: false past its rate. */
  upgradeAttempt(address: string | undefined): boolean {
    return this.#upgrades.take(address ?? '');
  }

  /** Why a new socket of this principal is refused, or undefined when it may open. */
  socketRefusal(open: { readonly total: number; readonly ofPrincipal: number }): string | undefined {
    if (open.total >= this.#g.maxSockets) return `the server has ${this.#g.maxSockets} sockets open, its limit`;
    if (open.ofPrincipal >= this.#g.maxSocketsPerPrincipal) return `at most ${this.#g.maxSocketsPerPrincipal} sockets per principal`;
    return undefined;
  }

  /** A contact created over HTTP by `integration`: false past its rate. */
  httpCreate(integration: string): boolean {
    return this.#creates.take(integration);
  }
}

/**
 * Warn lines of refused credentials, at most `perSecond` (bursts of twice
 * that): a flood of bad tokens made the server write ~440 KiB/s of log. The
 * lines left out are counted: the next line says how many (`suppressed`),
 * or a line of their own a second after the flood stopped.
 */
export class AuthFailureLog {
  readonly #log: Logger;
  readonly #limiter: RateLimiter;
  #suppressed = 0;
  #timer: NodeJS.Timeout | undefined;

  constructor(log: Logger, perSecond = 10) {
    this.#log = log;
    this.#limiter = new RateLimiter(perSecond, perSecond * 2);
  }

  /** Logs a refused credential: the reason and where it came from, never the token. */
  failed(req: { readonly path: string; readonly remoteAddress?: string | undefined }, status: number, reason: string): void {
    if (!this.#limiter.take()) {
      this.#suppressed++;
      this.#timer ??= setTimeout(() => this.#report(), 1000).unref();
      return;
    }
    const suppressed = this.#suppressed;
    this.#suppressed = 0;
    this.#log.warn({ status, reason, path: req.path, remoteAddress: req.remoteAddress, ...(suppressed > 0 ? { suppressed } : {}) }, 'auth failed');
  }

  #report(): void {
    this.#timer = undefined;
    if (this.#suppressed === 0) return;
    this.#log.warn({ suppressed: this.#suppressed }, 'auth failures not logged (rate limit of the log)');
    this.#suppressed = 0;
  }

  stop(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
