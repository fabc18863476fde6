/**
 * The contacts' deadlines: an offer ringing out, a wrap-up ending, a
 * preference window closing, the next relaxation step, a maximum wait, a
 * scheduled contact falling due. One heap for all (`TimerHeap`), ordered by
 * (time, arming order); a deadline no longer in force is not removed but
 * skipped when it comes due (`live`).
 */
import type { ContactEntry } from './entries.js';
import type { ContactId } from './ids.js';
import { TimerHeap, type Timer as HeapTimer } from './timer-heap.js';

/** The kinds of deadline a contact may have (one of each at most is in force). */
export const TimerKind = { offer: 0, wrap: 1, prefer: 2, step: 3, due: 4, maxWait: 5 } as const;
export type TimerKind = (typeof TimerKind)[keyof typeof TimerKind];

/**
 * A deadline names its contact by id, not by its entry: most deadlines die
 * before they come due (an offer accepted in a second stays in the heap for
 * its 30 s, a wrap-up finished early for its whole wrap-up time), and a
 * reference would keep the closed contact's entry and record alive that
 * long: at 1,000 contacts a second, 120,000 closed contacts' ~1.5 KB with
 * two-minute wrap-ups, all promoted to the old generation (issue 20).
 */
export interface Timer extends HeapTimer {
  readonly kind: TimerKind;
  readonly contactId: ContactId;
}

export const TIMER_KINDS: readonly TimerKind[] = [TimerKind.offer, TimerKind.wrap, TimerKind.prefer, TimerKind.step, TimerKind.due, TimerKind.maxWait];

/**
 * When the contact's queue's maximum wait runs out (from its first
 * arrival), or null: no limit, or a callback or follow-up (exempt: nobody
 * is on the line).
 */
export function maxWaitAt(c: ContactEntry): number | null {
  const m = c.queue.maxWait;
  if (m === null || c.rec.callback !== null || c.rec.followUp !== null) return null;
  return c.rec.firstArrival + m.afterMs;
}

/** When the contact's next relaxation step is due, or null. */
export function nextStepAt(c: ContactEntry): number | null {
  const next = c.queue.levels[c.rec.step + 1];
  return next === undefined ? null : c.rec.firstArrival + next.afterMs;
}

/** The deadline of `kind` the contact has in force, or null (what `ContactTimers.live` accepts, without a timer). */
export function deadlineOf(c: ContactEntry, kind: TimerKind): number | null {
  const r = c.rec;
  switch (kind) {
    case TimerKind.offer:
      return r.state === 'offered' ? r.deadline : null;
    case TimerKind.wrap:
      return r.state === 'wrap_up' ? r.deadline : null;
    case TimerKind.prefer:
      return r.preferUntil;
    case TimerKind.due:
      return r.state === 'scheduled' ? r.deadline : null;
    case TimerKind.maxWait:
      return r.state === 'waiting' ? maxWaitAt(c) : null;
    default:
      return r.state === 'waiting' ? nextStepAt(c) : null;
  }
}

export class ContactTimers {
  /** Deadlines armed so far: the arming order. */
  seq = 0;
  readonly #heap = new TimerHeap<Timer>();
  readonly #pending: Timer[] = [];
  /** The live contacts: a deadline of a contact no longer among them is not in force. */
  readonly #contacts: ReadonlyMap<ContactId, ContactEntry>;

  constructor(contacts: ReadonlyMap<ContactId, ContactEntry>) {
    this.#contacts = contacts;
  }

  /** Sets a deadline of the contact; it replaces the one of that kind set before (`live`). */
  arm(c: ContactEntry, kind: TimerKind, time: number, seq = ++this.seq): void {
    c.armed[kind] = seq;
    this.#heap.push({ time, kind, seq, contactId: c.rec.id });
  }

  /**
   * `arm` for the deadlines of a contact entering waiting (next step,
   * maximum wait): armed now (its place in the arming order is taken now),
   * put into the heap at the next `next` only if still in force. A contact
   * offered within the command that queued it (an arrival that meets an
   * available agent) then costs the heap no push, and no pop of a dead
   * deadline later: at 100,000 waiting a push sifts up through a few hundred
   * thousand later deadlines, the pop down again.
   */
  armLater(c: ContactEntry, kind: TimerKind, time: number): void {
    const seq = ++this.seq;
    c.armed[kind] = seq;
    this.#pending.push({ time, kind, seq, contactId: c.rec.id });
  }

  /**
   * The earliest deadline in the heap (maybe no longer in force: see
   * `live`), after the ones armed since the last call joined it. The heap
   * orders by (time, arming seq), so when a deadline joins it changes
   * nothing of the order they fire in.
   */
  next(): Timer | undefined {
    const pending = this.#pending;
    if (pending.length > 0) {
      for (let i = 0; i < pending.length; i++) if (this.live(pending[i]!)) this.#heap.push(pending[i]!);
      pending.length = 0;
    }
    return this.#heap.peek();
  }

  /** Takes the earliest deadline (the one `next` gave) out of the heap. */
  pop(): void {
    this.#heap.pop();
  }

  /**
   * Whether a deadline is still in force: its contact is live, it is the
   * latest of its kind armed for it, and the contact is still in the state
   * it was armed for (an offer accepted meanwhile, a wrap-up finished early,
   * a reservation ended, a step passed).
   */
  live(t: Timer): boolean {
    return this.entryIfLive(t) !== undefined;
  }

  /**
   * The contact a deadline is for, when the deadline is in force (`live`).
   * The arming seq is unique to one arming of one entry (entries start with
   * none and never share theirs), so the live entry of that id whose
   * deadline of that kind has that seq is the entry it was armed for.
   */
  entryIfLive(t: Timer): ContactEntry | undefined {
    const c = this.#contacts.get(t.contactId);
    return c !== undefined && c.armed[t.kind] === t.seq && this.#inForce(c, t) ? c : undefined;
  }

  #inForce(c: ContactEntry, t: Timer): boolean {
    switch (t.kind) {
      case TimerKind.offer:
        return c.rec.state === 'offered' && c.rec.deadline === t.time;
      case TimerKind.wrap:
        return c.rec.state === 'wrap_up' && c.rec.deadline === t.time;
      case TimerKind.prefer:
        return c.rec.preferUntil === t.time;
      case TimerKind.due:
        return c.rec.state === 'scheduled' && c.rec.deadline === t.time;
      case TimerKind.maxWait:
        return c.rec.state === 'waiting' && maxWaitAt(c) === t.time;
      default:
        return c.rec.state === 'waiting' && nextStepAt(c) === t.time;
    }
  }
}
