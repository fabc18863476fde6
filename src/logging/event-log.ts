/**
 * The contact and agent lifecycle at `debug`, one line per core event, as a
 * `GatewayObserver`. The server adds it only when the logger is at `debug`
 * or below when it starts, so at `info` it costs nothing at all.
 *
 * Lines carry ids, queues and outcomes; not the customer's context nor
 * wrap-up notes (free text that may hold personal data).
 */
import type { Logger } from 'pino';
import type { CoreEvent } from '../core/events.js';
import { noopObserver, type GatewayObserver } from '../gateway/observer.js';

/** Fields too bulky or too personal for a log line. */
const LEFT_OUT = new Set(['type', 'at', 'contact', 'profile', 'notes', 'context']);

/** The fields of a core event for its log line. */
export function eventFields(e: CoreEvent): Record<string, unknown> {
  const out: Record<string, unknown> = { event: e.type };
  if (e.type === 'contact.created') {
    const c = e.contact;
    Object.assign(out, { contactId: c.id, queueId: c.queueId, channel: c.channel, tier: c.customer.tier, priority: c.priority });
  }
  for (const [k, v] of Object.entries(e)) if (!LEFT_OUT.has(k)) out[k] = v;
  if ('notes' in e) out['hasNotes'] = e.notes !== null && e.notes !== '';
  return out;
}

/** Logs every core event at debug on `log`. */
export function eventLogObserver(log: Logger): GatewayObserver {
  return {
    ...noopObserver,
    coreEvent(e) {
      log.debug(eventFields(e), e.type);
    },
  };
}
