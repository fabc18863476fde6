/**
 * The estimated wait the server would announce to a contact as it enters
 * the queue, so the simulator can set it against the wait the contact then
 * had. The only file of the simulator that knows the server's estimator:
 * when the estimator moves or changes (issue 23), this is the one import
 * to change.
 */
import type { CoreEvent } from '../core/events.js';
import type { ContactRecord } from '../core/model.js';
import type { Router } from '../core/router.js';
import { WaitEstimator } from '../insights/wait-estimator.js';

/** What the simulator needs of an estimator. */
export interface WaitAnnouncer {
  /** Sees every event of the router, in order (the estimator learns from them). */
  observe(e: CoreEvent): void;
  /** The wait (seconds) announced to a contact just created (waiting, or already offered: 0). */
  announce(contact: Readonly<ContactRecord>): number;
}

/**
 * The server's own estimate (`WaitEstimator`, with the gateway's default
 * handle time until contacts have closed), as `createContact` returns it.
 */
export function serverAnnouncer(router: Router, defaultHandleSeconds: number): WaitAnnouncer {
  const est = new WaitEstimator(defaultHandleSeconds);
  return {
    observe: (e) => est.observe(e, router),
    announce: (c) => (c.state === 'waiting' ? est.estimate(router, c.queueId, c.channel, router.position(c.id)) : 0),
  };
}
