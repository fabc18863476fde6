/**
 * The day's counts of the floor for the supervisor wallboard: per queue,
 * contacts answered (and within the service level, and their total wait, for
 * SL % and ASA), abandons, transfers, escalations, callbacks and follow-ups
 * scheduled; per agent, "was this helpful?" answers with the reasons of each
 * "no". The supervisor snapshot carries them, so a wallboard opened mid-day
 * starts from them and goes on counting from the live stream.
 *
 * Pure: fed the core's events in order (the gateway calls `observe` for each
 * one it drains), times taken from the events and from the caller's `now`,
 * never from a clock of its own.
 *
 * What "today" is: the counts start over every day at `dayStartsAt` (`HH:MM`,
 * the server's local time zone: set `TZ`), by default midnight. They live in
 * memory, so a server started mid-day counts from its start (`since` says
 * so); `dayStartsAt: null` never starts over (counts since the server
 * started). Prometheus keeps the long-term counts (from `/metrics`), by
 * the same rules (`src/metrics/queue-segment.ts`); these are the wallboard's
 * "today":
 *
 * - answered: the first acceptance of a contact in each queue it enters (its
 *   first, and each one it is transferred or escalated to), with the wait
 *   from its arrival there; accepted again in the same queue (after a
 *   requeue or a callback retry) it is not answered twice;
 * - transfers and escalations (apart, as in Prometheus): hand-ons out of a
 *   queue; a consultative transfer counts once it is over, never when it is
 *   taken back;
 * - abandons: in the queue the contact waited in, callbacks and follow-ups:
 *   in the contact's queue at that moment.
 *
 * Memory: one small record per live contact (dropped when it closes, is
 * abandoned or given up), plus the counts per queue and per surveyed agent.
 *
 * @example
 * const floor = new FloorStats(router.config, router.contacts(), Date.now(), { dayStartsAt: '06:00' });
 * router.subscribe((e) => floor.observe(e)); // or the gateway's flush
 * const today = floor.read(Date.now());
 */
import type { CoreEvent } from '../core/events.js';
import type { ContactRecord } from '../core/model.js';
import type { CompiledConfig } from '../core/queue-config.js';
import { QueueSegment, type HandOn } from './queue-segment.js';

export interface QueueCounts {
  answered: number;
  answeredInSl: number;
  answerWaitMs: number;
  abandoned: number;
  /** Handed on out of this queue to another queue or agent (escalations apart). */
  transfers: number;
  escalations: number;
  callbacksScheduled: number;
  followUpsScheduled: number;
}

export interface AgentSurveyCounts {
  yes: number;
  /** "No" answers about the agent: the only ones that count in their figures. */
  no: number;
  /** "No" answers about a policy or the product. */
  notAboutAgent: number;
  /** Reason category of each "no" (about the agent or not) -> how many. */
  readonly noReasons: Map<string, number>;
}

export interface FloorStatsOptions {
  /**
   * Local time (`HH:MM`, 24 h) at which the counts start over each day;
   * null never starts over. Default `00:00`.
   */
  readonly dayStartsAt?: string | null;
}

/** The counts at one moment (live objects: copy before keeping them). */
export interface FloorReading {
  /** Start of the counts: the day's start, or the server's start when later. */
  readonly since: number;
  /** When they next start over; undefined when never. */
  readonly resetsAt: number | undefined;
  /** Per configured queue, in configuration order. */
  readonly queues: ReadonlyMap<string, Readonly<QueueCounts>>;
  /** Per agent surveyed since `since`, in the order first surveyed. */
  readonly agents: ReadonlyMap<string, Readonly<AgentSurveyCounts>>;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Parses `HH:MM`; throws on anything else (the config schema checks it first). */
export function parseDayStart(s: string): { readonly hours: number; readonly minutes: number } {
  const m = HH_MM.exec(s);
  if (m === null) throw new RangeError(`day start must be HH:MM (00:00..23:59), not ${JSON.stringify(s)}`);
  return { hours: Number(m[1]), minutes: Number(m[2]) };
}

/**
 * The latest local `hours:minutes` at or before `t`. Set through `Date` in
 * local time, so a day with a daylight-saving change is 23 or 25 hours long
 * and the start stays at the same wall-clock time.
 */
function dayStartAtOrBefore(t: number, at: { readonly hours: number; readonly minutes: number }): number {
  const d = new Date(t);
  d.setHours(at.hours, at.minutes, 0, 0);
  if (d.getTime() > t) {
    d.setDate(d.getDate() - 1);
    d.setHours(at.hours, at.minutes, 0, 0);
  }
  return d.getTime();
}

function nextDayStart(t: number, at: { readonly hours: number; readonly minutes: number }): number {
  const d = new Date(dayStartAtOrBefore(t, at));
  d.setDate(d.getDate() + 1);
  d.setHours(at.hours, at.minutes, 0, 0);
  return d.getTime();
}

const zero = (): QueueCounts => ({
  answered: 0,
  answeredInSl: 0,
  answerWaitMs: 0,
  abandoned: 0,
  transfers: 0,
  escalations: 0,
  callbacksScheduled: 0,
  followUpsScheduled: 0,
});

export class FloorStats {
  readonly #thresholdMs = new Map<string, number>();
  readonly #dayStart: { readonly hours: number; readonly minutes: number } | null;
  readonly #contacts = new Map<string, QueueSegment>();
  readonly #queues = new Map<string, QueueCounts>();
  readonly #agents = new Map<string, AgentSurveyCounts>();
  #since: number;
  #resetsAt: number | undefined;

  /**
   * @param config the router's compiled configuration (queues and their service-level thresholds)
   * @param contacts the contacts the router holds at `startedAt` (restored from a store): those
   *   already accepted count as answered before `since`, so they are not answered again
   * @param startedAt when counting starts (ms, the router's clock)
   */
  constructor(config: CompiledConfig, contacts: Iterable<Readonly<ContactRecord>>, startedAt: number, options: FloorStatsOptions = {}) {
    for (const q of config.queues.values()) this.#thresholdMs.set(q.id, q.serviceLevel.thresholdSeconds * 1000);
    const dayStart = options.dayStartsAt === undefined ? '00:00' : options.dayStartsAt;
    this.#dayStart = dayStart === null ? null : parseDayStart(dayStart);
    this.#since = startedAt;
    this.#resetsAt = this.#dayStart === null ? undefined : nextDayStart(startedAt, this.#dayStart);
    this.#zeroQueues();
    for (const c of contacts) this.#contacts.set(c.id, QueueSegment.of(c));
  }

  /** Live contacts tracked (for tests and leak checks). */
  get trackedContacts(): number {
    return this.#contacts.size;
  }

  /** The counts as of `now`, starting the new day first when `now` passed its start. */
  read(now: number): FloorReading {
    this.#roll(now);
    return { since: this.#since, resetsAt: this.#resetsAt, queues: this.#queues, agents: this.#agents };
  }

  /** Counts one core event. Cheap and never throws on an unknown contact (its start was not seen). */
  observe(e: CoreEvent): void {
    this.#roll(e.at);
    switch (e.type) {
      case 'contact.created':
        this.#contacts.set(e.contact.id, new QueueSegment(e.contact.queueId, e.contact.firstArrival));
        return;
      case 'contact.follow_up_scheduled':
        this.#contacts.set(e.contact.id, new QueueSegment(e.contact.queueId, e.contact.firstArrival));
        this.#queue(e.contact.queueId).followUpsScheduled++;
        return;
      case 'contact.accepted': {
        const t = this.#contacts.get(e.contactId);
        const wait = t?.accept(e.at);
        if (t === undefined || wait === undefined) return;
        const q = this.#queue(t.queueId);
        q.answered++;
        q.answerWaitMs += wait;
        if (wait <= (this.#thresholdMs.get(t.queueId) ?? Infinity)) q.answeredInSl++;
        return;
      }
      case 'contact.abandoned': {
        const t = this.#contacts.get(e.contactId);
        if (t === undefined) return;
        this.#handedOn(t.abandon(e.at).handedOn);
        if (e.reason === undefined) this.#queue(t.queueId).abandoned++;
        this.#contacts.delete(e.contactId);
        return;
      }
      case 'contact.transferred': {
        this.#handedOn(this.#contacts.get(e.contactId)?.transfer(e.at, e.queueId, e.transfer.mode === 'consult', e.transfer.escalation !== null));
        return;
      }
      case 'contact.transfer_completed':
        this.#handedOn(this.#contacts.get(e.contactId)?.completeTransfer());
        return;
      case 'contact.transfer_cancelled':
        this.#contacts.get(e.contactId)?.cancelTransfer();
        return;
      case 'contact.updated':
        this.#contacts.get(e.contactId)?.move(e.queueId);
        return;
      case 'contact.callback_requested': {
        const t = this.#contacts.get(e.contactId);
        if (t !== undefined) this.#queue(t.queueId).callbacksScheduled++;
        return;
      }
      case 'contact.callback_failed':
        if (e.retryAt === null) this.#contacts.delete(e.contactId);
        return;
      case 'contact.follow_up_cancelled':
        this.#contacts.delete(e.contactId);
        return;
      case 'contact.follow_up_rescheduled': {
        const t = this.#contacts.get(e.contactId);
        if (t !== undefined) this.#contacts.set(e.contactId, new QueueSegment(t.queueId, e.dueAt));
        return;
      }
      case 'contact.closed':
        this.#contacts.delete(e.contactId);
        return;
      case 'contact.survey_answered': {
        let a = this.#agents.get(e.agentId);
        if (a === undefined) this.#agents.set(e.agentId, (a = { yes: 0, no: 0, notAboutAgent: 0, noReasons: new Map() }));
        if (e.helpful) a.yes++;
        else {
          if (e.about == null || e.about === 'agent') a.no++;
          else a.notAboutAgent++;
          const r = e.reason ?? 'other';
          a.noReasons.set(r, (a.noReasons.get(r) ?? 0) + 1);
        }
        return;
      }
      default:
        return;
    }
  }

  #handedOn(h: HandOn | undefined): void {
    if (h === undefined) return;
    const q = this.#queue(h.queueId);
    if (h.escalation) q.escalations++;
    else q.transfers++;
  }

  #queue(id: string): QueueCounts {
    let q = this.#queues.get(id);
    if (q === undefined) this.#queues.set(id, (q = zero()));
    return q;
  }

  #zeroQueues(): void {
    this.#queues.clear();
    for (const id of this.#thresholdMs.keys()) this.#queues.set(id, zero());
  }

  /** Starts the day over when `t` is past its start (the contacts in progress stay tracked). */
  #roll(t: number): void {
    if (this.#resetsAt === undefined || this.#dayStart === null || t < this.#resetsAt) return;
    this.#since = dayStartAtOrBefore(t, this.#dayStart);
    this.#resetsAt = nextDayStart(t, this.#dayStart);
    this.#zeroQueues();
    this.#agents.clear();
  }
}
