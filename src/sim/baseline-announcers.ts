/**
 * The estimates the field announces, as baselines for the server's own
 * (`serverAnnouncer`): `bench:ewt` runs them on the same contacts of the
 * same simulated day and sets their errors side by side.
 *
 * - `positionAnnouncer`: position x average handle time / staffed slots per
 *   queue (Switchboard's estimate before issue 23; the textbook formula);
 * - `asteriskAnnouncer`: Asterisk app_queue's `holdtime`, a moving average
 *   of past waits per queue (`(3 old + new) / 4` at each answer), the same
 *   for every caller whatever their place;
 * - `headOfLineAnnouncer`: how long the contact at the head of its queue has
 *   waited so far (HOL, Whitt 1999 / Ibrahim and Whitt 2009);
 * - `lastEnteredServiceAnnouncer`: the wait of the last contact of its
 *   queue to be answered (LES, Armony et al. 2009).
 *
 * Each keeps its own state from the router's events, per queue and channel.
 */
import type { CoreEvent } from '../core/events.js';
import type { ContactRecord } from '../core/model.js';
import type { Router } from '../core/router.js';
import type { WaitAnnouncer, WaitAnswer } from './announced-wait.js';

const NOT_WAITING: WaitAnswer = { status: 'not_waiting', seconds: null, within: null, ahead: 0 };
const answer = (seconds: number, ahead = 0): WaitAnswer => ({ status: 'estimate', seconds, within: null, ahead });

/** Follows contacts from creation to their answer: their queue and channel, and when they started waiting. */
class Arrivals {
  readonly #live = new Map<string, { key: string; at: number }>();
  /** Per queue and channel, waiting contacts in arrival order (a Map keeps insertion order). */
  readonly #waiting = new Map<string, Map<string, number>>();

  /** On an answer (`contact.accepted` of a contact not answered before): its key and wait in seconds. */
  observe(e: CoreEvent, onAnswer?: (key: string, waitSeconds: number) => void): void {
    if (e.type === 'contact.created') {
      const key = `${e.contact.queueId}|${e.contact.channel}`;
      this.#live.set(e.contact.id, { key, at: e.at });
      let w = this.#waiting.get(key);
      if (w === undefined) this.#waiting.set(key, (w = new Map()));
      w.set(e.contact.id, e.at);
    } else if (e.type === 'contact.accepted') {
      const l = this.#live.get(e.contactId);
      if (l === undefined) return;
      this.#live.delete(e.contactId);
      this.#waiting.get(l.key)?.delete(e.contactId);
      onAnswer?.(l.key, (e.at - l.at) / 1000);
    } else if (e.type === 'contact.abandoned' || e.type === 'contact.closed' || e.type === 'contact.callback_requested') {
      const l = this.#live.get(e.contactId);
      if (l === undefined) return;
      this.#live.delete(e.contactId);
      this.#waiting.get(l.key)?.delete(e.contactId);
    }
  }

  /** When the longest-waiting contact of a queue and channel arrived, or undefined. */
  oldest(key: string): number | undefined {
    const w = this.#waiting.get(key);
    if (w === undefined) return undefined;
    for (const at of w.values()) return at;
    return undefined;
  }
}

const keyOf = (c: Readonly<ContactRecord>): string => `${c.queueId}|${c.channel}`;

/** Position x AHT / staffed slots, AHT an exponential moving average of accept -> close (weight 0.02). */
export function positionAnnouncer(router: Router, defaultHandleSeconds: number): WaitAnnouncer {
  const aht = new Map<string, number>();
  const acceptedAt = new Map<string, { at: number; key: string }>();
  return {
    observe(e) {
      if (e.type === 'contact.accepted') {
        const c = router.contact(e.contactId);
        if (c !== undefined) acceptedAt.set(e.contactId, { at: e.at, key: keyOf(c) });
      } else if (e.type === 'contact.closed' || e.type === 'contact.abandoned' || e.type === 'contact.requeued' || e.type === 'contact.transferred') {
        const a = acceptedAt.get(e.contactId);
        if (a === undefined) return;
        acceptedAt.delete(e.contactId);
        if (e.type !== 'contact.closed') return;
        const took = (e.at - a.at) / 1000;
        const prev = aht.get(a.key);
        aht.set(a.key, prev === undefined ? took : prev + 0.02 * (took - prev));
      }
    },
    announce(c) {
      if (c.state !== 'waiting') return NOT_WAITING;
      const position = router.position(c.id);
      let slots = 0;
      for (const a of router.agents()) if (a.presence === 'available' && a.queues.includes(c.queueId)) slots += a.capacity[c.channel] ?? 0;
      return answer((position * (aht.get(keyOf(c)) ?? defaultHandleSeconds)) / Math.max(1, slots), position - 1);
    },
  };
}

/** Asterisk's `holdtime`: at each answer, (3 x holdtime + this wait) / 4, per queue. */
export function asteriskAnnouncer(): WaitAnnouncer {
  const arrivals = new Arrivals();
  const hold = new Map<string, number>();
  const learn = (key: string, wait: number): void => {
    hold.set(key, ((hold.get(key) ?? 0) * 3 + wait) / 4);
  };
  return {
    observe: (e) => arrivals.observe(e, learn),
    announce: (c) => (c.state === 'waiting' ? answer(hold.get(keyOf(c)) ?? 0) : NOT_WAITING),
  };
}

/** Head of line: the time the longest-waiting contact of the queue has waited so far. */
export function headOfLineAnnouncer(): WaitAnnouncer {
  const arrivals = new Arrivals();
  let now = 0;
  return {
    observe(e) {
      now = e.at;
      arrivals.observe(e);
    },
    announce(c) {
      if (c.state !== 'waiting') return NOT_WAITING;
      const oldest = arrivals.oldest(keyOf(c));
      return answer(oldest === undefined ? 0 : (now - oldest) / 1000);
    },
  };
}

/** Last to enter service: the wait of the queue's most recently answered contact. */
export function lastEnteredServiceAnnouncer(): WaitAnnouncer {
  const arrivals = new Arrivals();
  const last = new Map<string, number>();
  return {
    observe: (e) => arrivals.observe(e, (key, wait) => last.set(key, wait)),
    announce: (c) => (c.state === 'waiting' ? answer(last.get(keyOf(c)) ?? 0) : NOT_WAITING),
  };
}
