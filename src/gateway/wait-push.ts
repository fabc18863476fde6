/**
 * Pushes a fresh estimated wait to the integration that created a waiting
 * contact when what the caller would hear changes (`WaitUpdates` decides;
 * DESIGN §4 "pushed when it changes"), as a `contactWaitUpdated` event. The
 * gateway calls `afterFlush` after each batch of router work; it sweeps at
 * most every `SWEEP_EVERY_MS` (a timer owes the sweep a batch came too soon for) and re-estimates at most `SWEEP_BUDGET`
 * contacts a sweep, so it never holds routing long.
 */
import type { CoreEvent } from '../core/events.js';
import type { Router } from '../core/router.js';
import type { WaitAnswer, WaitEstimate } from '../insights/wait-estimate.js';
import { SWEEP_EVERY_MS, WaitUpdates } from '../insights/wait-updates.js';
import { EventFrame } from '../protocol/codec.js';
import type { ContactRegistry } from './contact-registry.js';
import type { FanOut } from './fan-out.js';

/** Contacts re-estimated per sweep (about 2 µs each: a few milliseconds at most). */
export const SWEEP_BUDGET = 2000;

export interface WaitPushDeps {
  readonly router: Router;
  readonly estimator: WaitEstimate;
  readonly registry: ContactRegistry;
  /** Numbers the event in the integration's stream, as every event it gets. */
  readonly fanOut: Pick<FanOut, 'toIntegration'>;
  readonly now: () => number;
}

export class WaitPush {
  readonly #d: WaitPushDeps;
  readonly #updates = new WaitUpdates();
  #lastSweep = -Infinity;
  /** A sweep owed once the interval has passed (no later flush may come to run it). */
  #timer: NodeJS.Timeout | null = null;
  #stopped = false;

  constructor(deps: WaitPushDeps) {
    this.#d = deps;
  }

  observe(e: CoreEvent): void {
    this.#updates.observe(e, (id) => this.#d.registry.ownerOf(id) !== undefined);
  }

  /** What the integration was just told in a reply (`createContact`, `position`): the next push compares with it. */
  told(contactId: string, answer: WaitAnswer): void {
    this.#updates.told(contactId, answer);
  }

  afterFlush(): void {
    if (this.#stopped || this.#updates.size === 0) return;
    const { router, estimator, registry, fanOut } = this.#d;
    const now = this.#d.now();
    if (now - this.#lastSweep < SWEEP_EVERY_MS) {
      this.#timer ??= setTimeout(
        () => {
          this.#timer = null;
          this.afterFlush();
        },
        SWEEP_EVERY_MS - (now - this.#lastSweep),
      ).unref();
      return;
    }
    this.#lastSweep = now;
    const updates = this.#updates.sweep(SWEEP_BUDGET, (id) => {
      const c = router.contact(id);
      if (c === undefined || c.state !== 'waiting') return null;
      return { position: router.position(id), answer: estimator.estimate(router, id) };
    });
    for (const u of updates) {
      const owner = registry.ownerOf(u.contactId);
      if (owner === undefined) continue;
      const a = u.answer;
      const frame = new EventFrame(now, 'contactWaitUpdated', {
        contactId: u.contactId,
        position: u.position,
        estimatedWaitSeconds: Math.round(a.seconds ?? 0),
        estimatedWaitWithinSeconds: Math.round(a.within ?? 0),
        waitStatus: a.status,
        ...(a.status === 'closed' && a.opensAt != null ? { closedUntil: a.opensAt } : {}),
      });
      fanOut.toIntegration(owner, frame);
    }
  }

  stop(): void {
    this.#stopped = true;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
