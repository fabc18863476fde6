/**
 * Which waiting callers to tell a fresh estimate (DESIGN §4: "pushed when it
 * changes"): not on every event (every answered call moves everyone up), but
 * when what the caller would hear changes: the status (someone can now serve
 * them, or nobody can), or the announced minute, by at least
 * `MIN_CHANGE_SECONDS` so that an estimate wavering at a minute's edge does
 * not chatter.
 *
 * The host calls `sweep` now and then (the gateway: after a flush, at most
 * every `SWEEP_EVERY_MS`); a sweep re-estimates at most `budget` contacts,
 * resuming where the last one stopped, so 100,000 waiting callers cost a
 * bounded slice of each sweep, never one long pause of routing.
 */
import type { CoreEvent } from '../core/events.js';
import type { WaitAnswer } from './wait-estimate.js';

/** The smallest change of the estimate worth a push (with a change of its minute). */
export const MIN_CHANGE_SECONDS = 15;
/** How often the gateway sweeps. */
export const SWEEP_EVERY_MS = 2000;

/** A contact's fresh figures, to push. */
export interface WaitUpdate {
  readonly contactId: string;
  readonly position: number;
  readonly answer: WaitAnswer;
}

interface Told {
  status: WaitAnswer['status'];
  seconds: number;
}

/** The announced minute: "about N minutes", rounded up (under a minute: 1). */
const minuteOf = (seconds: number): number => Math.max(1, Math.ceil(seconds / 60));

export class WaitUpdates {
  /** Waiting contacts of integrations, with what they were told last. */
  readonly #told = new Map<string, Told>();
  #cursor: string[] = [];
  #at = 0;

  /** Follows contacts: `track` says which (those an integration created). */
  observe(e: CoreEvent, track: (contactId: string) => boolean): void {
    if (e.type === 'contact.created') {
      // The reply to createContact may have told it already (`told` runs before the batch's events are delivered).
      if (e.contact.state === 'waiting' && !this.#told.has(e.contact.id) && track(e.contact.id))
        this.#told.set(e.contact.id, { status: 'not_waiting', seconds: NaN });
    } else if (e.type === 'contact.offered' || e.type === 'contact.abandoned' || e.type === 'contact.closed' || e.type === 'contact.callback_requested') {
      this.#told.delete(e.contactId);
    } else if (
      (e.type === 'contact.offer_rejected' || e.type === 'contact.offer_expired' || e.type === 'contact.offer_revoked' || e.type === 'contact.requeued') &&
      track(e.contactId)
    ) {
      // Back in line: tell the estimate again.
      this.#told.set(e.contactId, { status: 'not_waiting', seconds: NaN });
    }
  }

  /** The answer given with `createContact` or `position`: the baseline for the next push. */
  told(contactId: string, answer: WaitAnswer): void {
    if (answer.status === 'not_waiting') return;
    this.#told.set(contactId, { status: answer.status, seconds: answer.seconds ?? NaN });
  }

  get size(): number {
    return this.#told.size;
  }

  /**
   * Re-estimates up to `budget` contacts; returns those whose news changed
   * (and records them as told). `estimate` answers for a contact still
   * waiting, or null when it is not.
   */
  sweep(budget: number, estimate: (contactId: string) => { position: number; answer: WaitAnswer } | null): WaitUpdate[] {
    const out: WaitUpdate[] = [];
    for (let done = 0; done < budget; done++) {
      if (this.#at >= this.#cursor.length) {
        if (done > 0 || this.#told.size === 0) break;
        this.#cursor = [...this.#told.keys()];
        this.#at = 0;
      }
      const id = this.#cursor[this.#at++]!;
      const t = this.#told.get(id);
      if (t === undefined) continue;
      const now = estimate(id);
      if (now === null) continue;
      const a = now.answer;
      const seconds = a.seconds ?? NaN;
      const changed =
        a.status !== t.status || (a.status === 'estimate' && minuteOf(seconds) !== minuteOf(t.seconds) && Math.abs(seconds - t.seconds) >= MIN_CHANGE_SECONDS);
      if (!changed) continue;
      t.status = a.status;
      t.seconds = seconds;
      out.push({ contactId: id, position: now.position, answer: a });
    }
    return out;
  }
}
