/**
 * Estimated wait time, the simple way contact centers announce it:
 *
 *   EWT = position x average handle time / staffed slots
 *
 * With every slot busy, slots free up on average every AHT / slots, so the
 * k-th in line waits about k x AHT / slots (exactly so for exponential
 * handle times).
 * - average handle time per queue and channel: an exponential moving
 *   average (weight 0.02, about the last 100 contacts) of accept -> close
 *   (talk + wrap-up); `defaultHandleSeconds` until the first one closes.
 *   bench/ewt measured weight 0.2 (the last ~10) at 1.5-2x the error: a
 *   short average of exponential-like handle times is too noisy;
 * - staffed slots: over logged-in agents serving the queue and not away,
 *   the sum of their capacity on the channel (at least 1).
 *
 * It ignores abandons and the relaxation steps; good enough to announce
 * "about 3 minutes", not a forecast.
 */
import type { CoreEvent } from '../core/events.js';
import type { Router } from '../core/router.js';

/** What the estimator reads of the router. */
export type RouterReads = Pick<Router, 'contact' | 'agents'>;

const WEIGHT = 0.02;

export class WaitEstimator {
  readonly #defaultMs: number;
  readonly #aht = new Map<string, number>();
  readonly #acceptedAt = new Map<string, { at: number; key: string }>();

  readonly #weight: number;

  /** `weight`: of each new handle time in the moving average (default ${WEIGHT}). */
  constructor(defaultHandleSeconds: number, weight = WEIGHT) {
    this.#defaultMs = defaultHandleSeconds * 1000;
    this.#weight = weight;
  }

  observe(e: CoreEvent, router: RouterReads): void {
    if (e.type === 'contact.accepted') {
      const c = router.contact(e.contactId);
      if (c !== undefined) this.#acceptedAt.set(e.contactId, { at: e.at, key: `${c.queueId}|${c.channel}` });
    } else if (
      e.type === 'contact.closed' ||
      e.type === 'contact.abandoned' ||
      e.type === 'contact.requeued' ||
      e.type === 'contact.transferred' ||
      e.type === 'contact.callback_failed'
    ) {
      const a = this.#acceptedAt.get(e.contactId);
      if (a === undefined) return;
      this.#acceptedAt.delete(e.contactId);
      if (e.type !== 'contact.closed') return;
      const took = Math.max(0, e.at - a.at);
      const prev = this.#aht.get(a.key);
      this.#aht.set(a.key, prev === undefined ? took : prev + this.#weight * (took - prev));
    }
  }

  /** Seconds a contact at `position` of `queueId` may still wait. */
  estimate(router: RouterReads, queueId: string, channel: string, position: number): number {
    if (position <= 0) return 0;
    const aht = this.#aht.get(`${queueId}|${channel}`) ?? this.#defaultMs;
    let slots = 0;
    for (const a of router.agents()) {
      if (a.presence !== 'available' || !a.queues.includes(queueId as never)) continue;
      slots += (a.capacity as Record<string, number | undefined>)[channel] ?? 0;
    }
    return Math.round((position * aht) / Math.max(1, slots) / 1000);
  }
}
