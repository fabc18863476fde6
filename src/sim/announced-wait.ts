/**
 * The estimated wait the server would announce to a contact as it enters
 * the queue, so the simulator can set it against the wait the contact then
 * had. The only file of the simulator that knows the server's estimator
 * (`WaitEstimate`, src/insights/wait-estimate.ts).
 */
import type { SwitchboardConfig } from '../config/schema.js';
import type { CoreEvent } from '../core/events.js';
import type { ContactRecord } from '../core/model.js';
import type { Router } from '../core/router.js';
import { WaitEstimate, type WaitAnswer } from '../insights/wait-estimate.js';

export type { WaitAnswer } from '../insights/wait-estimate.js';

/** What the simulator needs of an estimator. */
export interface WaitAnnouncer {
  /** Sees every event of the router, in order (the estimator learns from them). */
  observe(e: CoreEvent): void;
  /** The answer for a contact just created (waiting, or already offered: `not_waiting`). */
  announce(contact: Readonly<ContactRecord>): WaitAnswer;
}

/** Builds an announcer on a replication's router (`ReplicationOptions.announcer`). */
export type AnnouncerFactory = (router: Router, config: SwitchboardConfig) => WaitAnnouncer;

/** The server's own estimate, configured as the gateway configures it, as `createContact` returns it. */
export const serverAnnouncer: AnnouncerFactory = (router, config) => {
  const est = new WaitEstimate({
    defaultHandleSeconds: config.gateway.defaultHandleSeconds,
    defaultPatienceSeconds: config.gateway.defaultPatienceSeconds,
    memorySeconds: config.gateway.estimateMemorySeconds,
  });
  return {
    observe: (e) => est.observe(e),
    announce: (c) => est.estimate(router, c.id),
  };
};
