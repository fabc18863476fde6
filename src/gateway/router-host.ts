/**
 * Hosts one `Router` on the real clock: runs its commands (timed for the
 * observer), drains the events they caused to whoever listens, commits them
 * (with the frames they caused) to the store, and keeps one timer armed at
 * the router's next deadline (ring timeouts, wrap-ups, steps).
 *
 * While the store cannot take writes the host is unavailable: the gateway
 * refuses requests and the timer waits (a deadline that passes meanwhile
 * fires when the store is back, as after a recovery).
 */
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import type { CoreEvent } from '../core/events.js';
import type { Router } from '../core/router.js';
import type { FrameOut } from './frame-out.js';
import type { GatewayObserver } from './observer.js';

/** What handlers and sessions need of the host: read the router, run a command, send what it caused. */
export interface RouterAccess {
  readonly router: Router;
  /** Runs one router call, timed for the observer. Its events stay queued until `flush`. */
  exec<T>(fn: (r: Router) => T): T;
  /** Drains the router's events to their listeners and re-arms the timer. */
  flush(): void;
}

export interface RouterHostDeps {
  readonly router: Router;
  readonly observer: GatewayObserver;
  readonly log: Logger;
  /** Called for every event, in order, as it is drained. */
  readonly onEvent: (e: CoreEvent) => void;
  /** Called after each flush, once its events were delivered. */
  readonly onFlushed?: () => void;
}

export class RouterHost implements RouterAccess {
  readonly router: Router;
  readonly #observer: GatewayObserver;
  readonly #log: Logger;
  readonly #onEvent: (e: CoreEvent) => void;
  readonly #onFlushed: (() => void) | undefined;
  /** Set once, by the gateway (the two need each other: frames wait for the events a flush commits). */
  #out: FrameOut | null = null;
  #timer: NodeJS.Timeout | undefined;
  #timerAt: number | undefined;
  #flushing = false;
  #stopped = false;
  #available = true;

  constructor(deps: RouterHostDeps) {
    this.router = deps.router;
    this.#observer = deps.observer;
    this.#log = deps.log;
    this.#onEvent = deps.onEvent;
    this.#onFlushed = deps.onFlushed;
  }

  /** Where each flush commits its events. */
  commitTo(out: FrameOut): void {
    this.#out = out;
  }

  /** True while events are being drained (frames written now belong to this batch). */
  get flushing(): boolean {
    return this.#flushing;
  }

  get available(): boolean {
    return this.#available;
  }

  exec<T>(fn: (r: Router) => T): T {
    const t0 = performance.now();
    try {
      return fn(this.router);
    } finally {
      this.#observer.routingDecision((performance.now() - t0) / 1000);
    }
  }

  flush(): void {
    if (this.#flushing) return;
    this.#flushing = true;
    const stored: CoreEvent[] | null = this.#out?.durable === true ? [] : null;
    try {
      for (let events = this.router.drainEvents(); events.length > 0; events = this.router.drainEvents()) {
        for (const e of events) {
          if (stored !== null) stored.push(e);
          this.#observer.coreEvent(e);
          try {
            this.#onEvent(e);
          } catch (err) {
            this.#log.error({ err, event: e.type }, 'event delivery failed');
          }
        }
      }
    } finally {
      this.#flushing = false;
      if (stored !== null) this.#out?.commit(stored);
    }
    this.#onFlushed?.();
    this.#arm();
  }

  /**
   * Whether the store takes writes. While not, the timer waits; when back,
   * what fell due meanwhile fires at once.
   */
  setAvailable(available: boolean): void {
    if (this.#available === available) return;
    this.#available = available;
    this.#log.warn({ available }, available ? 'store available again: taking requests' : 'store unavailable: refusing requests');
    if (available) {
      this.exec((r) => r.advance());
      this.flush();
    } else {
      this.#disarm();
    }
  }

  /** No more timers (shutting down). */
  stop(): void {
    this.#stopped = true;
    this.#disarm();
  }

  #disarm(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = undefined;
  }

  /**
   * One timer for the router's next deadline. A deadline that moved later
   * (the offer it timed was accepted) keeps the timer: it fires early, finds
   * nothing due and arms the next one. Only an earlier deadline replaces it,
   * so a busy floor does not make (and promote) a timer per offer.
   */
  #arm(): void {
    if (this.#stopped || !this.#available) return;
    const next = this.router.nextDeadline();
    if (this.#timer !== undefined && (next === undefined || this.#timerAt! <= next)) return;
    this.#disarm();
    this.#timerAt = next;
    if (next === undefined) return;
    const delay = Math.min(Math.max(0, next - this.router.now()), 2 ** 31 - 1); // on the router's clock (a test's may be days ahead)
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#timerAt = undefined;
      try {
        this.exec((r) => r.advance());
      } catch (err) {
        this.#log.error({ err }, 'router advance failed');
      }
      this.flush();
    }, delay);
  }
}
