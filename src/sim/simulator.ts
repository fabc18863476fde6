/**
 * One replication of a simulated day: a discrete-event loop around the very
 * `Router` the server runs, on a virtual clock. The next instant is the
 * earlier of the next simulated event (an arrival, a hang-up, an agent's
 * answer, the end of a call, a shift change) and `router.nextDeadline()`
 * (ring timeouts, relaxation steps, wrap-up ends: the router's own timers);
 * the clock is set to it, then either the event runs (a router command) or
 * `router.advance()` fires what is due. After each step the router's events
 * are drained and answered as the integrations and agent desktops would:
 * an offer is accepted, rejected or left to ring; an accepted contact ends
 * after its handle time; a contact without a time-boxed wrap-up is finished
 * by its agent. Nothing here decides who gets what: the router does.
 *
 * Actions taken in answer to an event (accepting an offer at once, say) are
 * scheduled as events at the current instant rather than called from the
 * drain, so commands never nest and instants keep their order.
 */
import type { SwitchboardConfig } from '../config/schema.js';
import { QueueClosedError, SwitchboardError } from '../core/errors.js';
import type { CoreEvent } from '../core/events.js';
import type { Channel, ContactRecord, NewContact } from '../core/model.js';
import { Router } from '../core/router.js';
import { serverAnnouncer, type AnnouncerFactory, type WaitAnnouncer } from './announced-wait.js';
import { StreamSource, TraceSource, type ContactDraw } from './arrivals.js';
import { EventQueue } from './event-queue.js';
import { Random } from './random.js';
import type { Scenario } from './scenario-schema.js';
import { createAgents, OfferResponse, type SimAgent } from './simulated-agents.js';
import { Tally, type RowTally } from './tally.js';

/** Midnight of the simulated day on the router's clock (Monday 2026-01-05, UTC). Any day would do; a fixed one keeps runs identical. */
export const CLOCK_EPOCH = Date.UTC(2026, 0, 5);

/** How one contact ended, for per-contact output. Times in seconds since midnight. */
export interface ContactOutcome {
  readonly id: string;
  readonly queue: string;
  readonly channel: Channel;
  readonly tier: string;
  readonly arrival: number;
  /** `voicemail`: a call that reached its queue's maximum wait; its email contact is another contact (its own `id`). */
  readonly outcome: 'answered' | 'abandoned' | 'refused' | 'unserved' | 'unreached' | 'voicemail';
  /** Seconds from arrival until answered or gone. */
  readonly wait: number;
  /** The wait announced at arrival (seconds; 0 when offered at once), or null when announcements are off or nobody could serve it. */
  readonly announced: number | null;
  /** The bound announced with it: 80 % of such contacts are answered within it (null as above). */
  readonly announcedWithin: number | null;
  /** Whether it was waiting when the wait was announced (not offered at once). */
  readonly queued: boolean;
  readonly agent: string | null;
}

export interface ReplicationOptions {
  /** Compute the wait the server would announce to each contact (default true). */
  readonly announce?: boolean;
  /** The estimator to announce with (default: the server's, `serverAnnouncer`). */
  readonly announcer?: AnnouncerFactory;
  /** Called now and then with the share of the day simulated (0..1). */
  readonly onProgress?: (fraction: number) => void;
  /** Called as each contact ends (answered, abandoned, ...); nothing is kept otherwise. */
  readonly onContact?: (c: ContactOutcome) => void;
  /** Count service level against this threshold (s) in every queue instead of each queue's own (the staffing search's "80/20"). */
  readonly serviceLevelSeconds?: number;
}

export interface ReplicationResult {
  readonly tally: Tally;
  readonly agents: readonly SimAgent[];
  /** Contacts created (counted or not). */
  readonly contacts: number;
  /** Simulated events and router deadlines processed. */
  readonly steps: number;
  /** Virtual time the run covered (ms since midnight). */
  readonly endMs: number;
  /** Each queue's service-level target, as the router compiled it. */
  readonly queueTargets: ReadonlyMap<string, { readonly thresholdSeconds: number; readonly target: number }>;
}

const Ev = {
  arrival: 0,
  trace: 1,
  redial: 2,
  abandon: 3,
  callback: 4,
  accept: 5,
  reject: 15,
  end: 6,
  finishWrap: 7,
  dialFailed: 8,
  shiftStart: 9,
  shiftEnd: 10,
  breakStart: 11,
  breakEnd: 12,
  comeBack: 13,
  logout: 14,
} as const;
type Ev = (typeof Ev)[keyof typeof Ev];

const St = { waiting: 0, offered: 1, active: 2, wrap: 3, scheduled: 4, done: 5 } as const;
type St = (typeof St)[keyof typeof St];

class SimContact {
  state: St = St.waiting;
  agent: SimAgent | null = null;
  /** Counts offers, so that an answer to an offer since withdrawn is recognised as stale. */
  offers = 0;
  firstOfferAt = NaN;
  answeredAt = NaN;
  callback = false;
  dialAttempts = 0;
  announced = NaN;
  announcedWithin = NaN;
  /** Waiting when the wait was announced. */
  queued = false;
  rows: RowTally[] | null = null;
  interval = 0;
  slMs = 0;
  queue = '';
  constructor(
    readonly id: string,
    readonly draw: ContactDraw,
    readonly arrival: number,
    readonly counted: boolean,
    readonly stream: StreamSource | null,
  ) {}
}

class SimEvent {
  constructor(
    readonly kind: Ev,
    readonly contact: SimContact | null = null,
    readonly agent: SimAgent | null = null,
    readonly n = 0,
    readonly draw: ContactDraw | null = null,
    readonly stream: StreamSource | null = null,
  ) {}
}

interface QueueInfo {
  readonly slMs: number;
  readonly wrapMode: string;
  readonly wrapMs: number;
  readonly disposition: string;
}

/** Runs one replication of `scenario` on `config`'s routing rules with `seed`. */
export function runReplication(config: SwitchboardConfig, scenario: Scenario, seed: number, options: ReplicationOptions = {}): ReplicationResult {
  return new Simulation(config, scenario, seed, options).run();
}

class Simulation {
  readonly #scenario: Scenario;
  readonly #clock = {
    t: CLOCK_EPOCH,
    now(): number {
      return this.t;
    },
  };
  readonly #router: Router;
  readonly #events = new EventQueue<SimEvent>();
  readonly #contacts = new Map<string, SimContact>();
  readonly #agents: SimAgent[];
  readonly #agentById = new Map<string, SimAgent>();
  readonly #streams: StreamSource[];
  readonly #trace: TraceSource;
  readonly #tally: Tally;
  readonly #announcer: WaitAnnouncer | null;
  readonly #queues = new Map<string, QueueInfo>();
  readonly #dials: Random;
  readonly #options: ReplicationOptions;
  readonly #countFrom: number;
  readonly #intervals: number;
  #created = 0;
  #steps = 0;

  constructor(config: SwitchboardConfig, scenario: Scenario, seed: number, options: ReplicationOptions) {
    this.#scenario = scenario;
    this.#options = options;
    this.#router = new Router(config.core, this.#clock);
    const root = new Random(seed);
    this.#streams = scenario.streams.map((s, i) => new StreamSource(s, scenario.day, root.fork(`stream:${i}:${s.name}`)));
    this.#trace = new TraceSource(scenario, root.fork('trace'));
    this.#dials = root.fork('dials');
    this.#agents = createAgents(scenario.agents, root.fork('agents'));
    for (const a of this.#agents) this.#agentById.set(a.id, a);
    const d = scenario.day;
    this.#intervals = Math.max(1, Math.ceil((d.endMs - d.startMs) / d.intervalMs));
    this.#tally = new Tally(this.#intervals);
    this.#countFrom = d.startMs + d.warmupMs;
    this.#announcer = options.announce === false ? null : (options.announcer ?? serverAnnouncer)(this.#router, config);
    for (const [id, q] of this.#router.config.queues) {
      this.#queues.set(id, {
        slMs: (options.serviceLevelSeconds ?? q.serviceLevel.thresholdSeconds) * 1000,
        wrapMode: q.wrapUpMode,
        wrapMs: q.wrapUpMs,
        disposition: q.dispositions === null ? 'resolved' : ([...q.dispositions][0] ?? 'resolved'),
      });
    }
  }

  #at(msOfDay: number): number {
    return CLOCK_EPOCH + msOfDay;
  }

  #schedule(time: number, e: SimEvent): void {
    this.#events.push(time, e);
  }

  run(): ReplicationResult {
    const day = this.#scenario.day;
    // Shifts first: an agent whose shift starts at 08:00 is there for a call arriving at 08:00.
    for (const a of this.#agents) {
      this.#schedule(this.#at(a.startMs), new SimEvent(Ev.shiftStart, null, a));
      for (const [from, to] of a.breaks) {
        this.#schedule(this.#at(from), new SimEvent(Ev.breakStart, null, a));
        this.#schedule(this.#at(to), new SimEvent(Ev.breakEnd, null, a));
      }
      this.#schedule(this.#at(a.endMs), new SimEvent(Ev.shiftEnd, null, a));
    }
    for (const s of this.#streams) {
      const t = s.times.next();
      if (t !== Infinity) this.#schedule(this.#at(t), new SimEvent(Ev.arrival, null, null, 0, null, s));
    }
    if (this.#trace.peek() !== Infinity) this.#schedule(this.#at(this.#trace.peek()), new SimEvent(Ev.trace));

    const router = this.#router;
    const clock = this.#clock;
    const events = this.#events;
    const progress = this.#options.onProgress;
    const span = day.endMs - day.startMs;
    // A safety stop a day after the last arrival: nothing legitimate runs that long.
    const hardStop = this.#at(day.endMs + 86_400_000);
    for (;;) {
      const ts = events.peekTime();
      const tr = router.nextDeadline() ?? Infinity;
      if (ts === Infinity && tr === Infinity) break;
      this.#steps++;
      if (tr <= ts) {
        if (tr > hardStop) break;
        clock.t = tr;
        router.advance();
      } else {
        if (ts > hardStop) break;
        clock.t = ts;
        this.#handle(events.pop()!);
      }
      this.#drain();
      if (progress !== undefined && (this.#steps & 0x3fff) === 0) progress(Math.min(1, (clock.t - CLOCK_EPOCH - day.startMs) / span));
    }
    const now = clock.t;
    for (const c of this.#contacts.values()) {
      if (c.counted && c.rows !== null) for (const r of c.rows) r.unserved++;
      this.#emitOutcome(c, 'unserved', (now - c.arrival) / 1000);
    }
    for (const a of this.#agents) a.touch(now);
    progress?.(1);
    const queueTargets = new Map([...this.#router.config.queues].map(([id, q]) => [id as string, q.serviceLevel]));
    return { tally: this.#tally, agents: this.#agents, contacts: this.#created, steps: this.#steps, endMs: now - CLOCK_EPOCH, queueTargets };
  }

  // ---- simulated events -------------------------------------------------------------

  #handle(e: SimEvent): void {
    const router = this.#router;
    const now = this.#clock.t;
    const c = e.contact;
    const a = e.agent;
    switch (e.kind) {
      case Ev.arrival: {
        const s = e.stream!;
        const n = ++this.#created;
        this.#create(n, s.draw(n), s);
        const next = s.times.next();
        if (next !== Infinity) this.#schedule(this.#at(next), e);
        break;
      }
      case Ev.trace: {
        const n = ++this.#created;
        this.#create(n, this.#trace.take(n), null);
        const next = this.#trace.peek();
        if (next !== Infinity) this.#schedule(this.#at(next), e);
        break;
      }
      case Ev.redial:
        this.#create(e.n, e.draw!, e.stream);
        break;
      case Ev.abandon:
        if ((c!.state === St.waiting || c!.state === St.offered) && !c!.callback) router.abandonContact(c!.id);
        break;
      case Ev.callback:
        if (c!.state === St.waiting && !c!.callback) router.requestCallback(c!.id);
        break;
      case Ev.accept:
        if (c!.state === St.offered && c!.agent === a && c!.offers === e.n) router.acceptOffer(a!.id, c!.id);
        break;
      case Ev.reject:
        if (c!.state === St.offered && c!.agent === a && c!.offers === e.n) router.rejectOffer(a!.id, c!.id);
        break;
      case Ev.end:
        if (c!.state === St.active) router.endContact(c!.id, 'integration');
        break;
      case Ev.finishWrap:
        if (c!.state === St.wrap) router.finishWrapUp(c!.agent!.id, c!.id, this.#queues.get(c!.queue)!.disposition);
        break;
      case Ev.dialFailed:
        if (c!.state === St.active) router.callbackFailed(c!.id);
        break;
      case Ev.shiftStart:
        if (!a!.loggedIn && !a!.leaving)
          router.loginAgent(a!.id, a!.profile, this.#onBreakAt(a!, now) ? { presence: 'away', reason: 'break' } : { presence: 'available' });
        break;
      case Ev.breakStart:
        a!.onBreak = true;
        if (a!.loggedIn && !a!.leaving) router.setPresence(a!.id, 'away', 'break');
        break;
      case Ev.breakEnd:
        a!.onBreak = false;
        if (a!.loggedIn && !a!.leaving) router.setPresence(a!.id, 'available');
        break;
      case Ev.comeBack:
        if (a!.loggedIn && !a!.leaving && !a!.onBreak && a!.presence === 'away') router.setPresence(a!.id, 'available');
        break;
      case Ev.shiftEnd:
        a!.leaving = true;
        if (!a!.loggedIn) break;
        if (a!.presence === 'available') router.setPresence(a!.id, 'away', 'end-of-shift');
        this.#drain();
        if (a!.holding === 0) router.logoutAgent(a!.id);
        break;
      case Ev.logout:
        if (a!.loggedIn && a!.holding === 0) router.logoutAgent(a!.id);
        break;
    }
  }

  #onBreakAt(a: SimAgent, t: number): boolean {
    const ms = t - CLOCK_EPOCH;
    return a.breaks.some(([from, to]) => ms >= from && ms < to);
  }

  #create(n: number, d: ContactDraw, stream: StreamSource | null): void {
    const now = this.#clock.t;
    const id = `c${n}`;
    const counted = now - CLOCK_EPOCH >= this.#countFrom;
    const c = new SimContact(id, d, now, counted, stream);
    this.#contacts.set(id, c);
    const input: Mutable<NewContact> = {
      id,
      queueId: d.queue,
      channel: d.channel,
      language: d.language,
      skills: d.skills,
      customer: { id: d.customer, tier: d.tier },
    };
    if (d.priority !== undefined) input.priority = d.priority;
    if (d.intent !== undefined) input.handoff = this.#handoff(d.intent);
    let rec;
    try {
      rec = this.#router.createContact(input);
    } catch (e) {
      // A full queue, or one closed by its hours of operation: the contact is refused.
      if (!(e instanceof SwitchboardError) || (e.code !== 'RESOURCE_EXHAUSTED' && !(e instanceof QueueClosedError))) throw e;
      this.#contacts.delete(id);
      c.queue = d.queue;
      if (counted) for (const r of this.#rowsOf(c)) r.refused++;
      this.#emitOutcome(c, 'refused', 0);
      return;
    }
    c.queue = rec.queueId;
    const rows = counted ? this.#rowsOf(c) : null;
    c.rows = rows;
    c.slMs = this.#queues.get(c.queue)!.slMs;
    const day = this.#scenario.day;
    c.interval = Math.min(Math.max(0, Math.floor((now - CLOCK_EPOCH - day.startMs) / day.intervalMs)), this.#intervals - 1);
    if (rows !== null) {
      for (const r of rows) {
        r.arrived++;
        r.intervals.arrived[c.interval]!++;
      }
    }
    this.#drain();
    if (this.#announcer !== null) {
      const a = this.#announcer.announce(rec);
      c.queued = a.status !== 'not_waiting';
      c.announced = a.status === 'not_waiting' ? 0 : (a.seconds ?? NaN);
      c.announcedWithin = a.status === 'not_waiting' ? 0 : (a.within ?? NaN);
      if (a.status === 'no_agents' && rows !== null) for (const r of rows) r.announcedNoAgents++;
    }
    if (c.state === St.done) return;
    if (d.patienceMs !== Infinity) this.#schedule(now + d.patienceMs, new SimEvent(Ev.abandon, c));
    if (d.callbackAfterMs < d.patienceMs) this.#schedule(now + d.callbackAfterMs, new SimEvent(Ev.callback, c));
  }

  /** The rows a contact counts in, cached by stream, queue and tier (no key built per contact). */
  #rowsOf(c: SimContact): RowTally[] {
    let byQueue = this.#rowCache.get(c.stream);
    if (byQueue === undefined) this.#rowCache.set(c.stream, (byQueue = new Map()));
    let byTier = byQueue.get(c.queue);
    if (byTier === undefined) byQueue.set(c.queue, (byTier = new Map()));
    // A stream has one channel; trace contacts (no stream) have any.
    const k = c.stream === null ? `${c.draw.channel}|${c.draw.tier}` : c.draw.tier;
    let rows = byTier.get(k);
    if (rows === undefined) byTier.set(k, (rows = this.#tally.rowsFor(c.queue, c.draw.channel, c.draw.tier, c.stream?.spec.name ?? 'trace')));
    return rows;
  }

  readonly #rowCache = new Map<StreamSource | null, Map<string, Map<string, RowTally[]>>>();
  readonly #handoffs = new Map<string | null, NonNullable<NewContact['handoff']>>();

  /** What a simulated chatbot hands over: the core wants a transcript; its content does not matter to routing. */
  #handoff(intent: string | null): NonNullable<NewContact['handoff']> {
    let h = this.#handoffs.get(intent);
    if (h === undefined) {
      h = intent === null ? { transcript: HANDOFF_TRANSCRIPT } : { transcript: HANDOFF_TRANSCRIPT, intent };
      this.#handoffs.set(intent, h);
    }
    return h;
  }

  // ---- the router's events ----------------------------------------------------------

  #drain(): void {
    const batch = this.#router.drainEvents();
    for (let i = 0; i < batch.length; i++) this.#onEvent(batch[i]!);
  }

  #onEvent(e: CoreEvent): void {
    this.#announcer?.observe(e);
    const now = e.at;
    switch (e.type) {
      case 'contact.offered': {
        const c = this.#contacts.get(e.contactId)!;
        const a = this.#agentById.get(e.agentId)!;
        a.hold(now, c.draw.channel);
        c.agent = a;
        c.state = St.offered;
        c.offers++;
        if (Number.isNaN(c.firstOfferAt)) {
          c.firstOfferAt = now;
          if (now === c.arrival && c.rows !== null) for (const r of c.rows) r.immediate++;
        }
        if (e.expiresAt !== null) {
          const afterMs = a.respond();
          const response = a.response;
          if (response !== OfferResponse.miss) {
            this.#schedule(now + afterMs, new SimEvent(response === OfferResponse.reject ? Ev.reject : Ev.accept, c, a, c.offers));
          }
        }
        break;
      }
      case 'contact.accepted': {
        const c = this.#contacts.get(e.contactId)!;
        c.state = St.active;
        if (c.callback) {
          c.dialAttempts++;
          if (this.#dials.next() >= c.draw.reachProbability) {
            this.#schedule(now, new SimEvent(Ev.dialFailed, c));
            break;
          }
        }
        this.#answered(c, now);
        this.#schedule(now + c.draw.handleMs, new SimEvent(Ev.end, c));
        break;
      }
      case 'contact.ended': {
        const c = this.#contacts.get(e.contactId)!;
        c.state = St.wrap;
        const q = this.#queues.get(c.queue)!;
        const wrapMs = c.draw.wrapMs;
        if (e.wrapUpUntil === null) this.#schedule(now + (Number.isNaN(wrapMs) ? q.wrapMs : wrapMs), new SimEvent(Ev.finishWrap, c));
        else if (e.wrapUpUntil > now && q.wrapMode === 'timed' && wrapMs < e.wrapUpUntil - now) this.#schedule(now + wrapMs, new SimEvent(Ev.finishWrap, c));
        break;
      }
      case 'contact.closed': {
        const c = this.#contacts.get(e.contactId)!;
        const a = c.agent!;
        a.release(now, c.draw.channel);
        a.handled++;
        if (c.rows !== null) {
          for (const r of c.rows) {
            r.handled++;
            r.handleSum += (now - c.answeredAt) / 1000;
          }
        }
        c.state = St.done;
        this.#contacts.delete(c.id);
        if (a.leaving && a.holding === 0) this.#schedule(now, new SimEvent(Ev.logout, null, a));
        break;
      }
      case 'contact.created':
        // A contact the router made itself: the voicemail of a call (its own are known since `#create`).
        if (!this.#contacts.has(e.contact.id)) this.#voicemail(e.contact, now);
        break;
      case 'contact.abandoned': {
        const c = this.#contacts.get(e.contactId)!;
        if (e.offeredTo !== null) c.agent!.release(now, c.draw.channel);
        const wait = (now - c.arrival) / 1000;
        if (e.reason === 'voicemail') {
          // Not an abandon: the caller left a message, handled later as an email contact (see `#voicemail`).
          c.state = St.done;
          this.#contacts.delete(c.id);
          this.#voicemailOf.set(c.id, c);
          if (c.rows !== null) {
            for (const r of c.rows) {
              r.voicemails++;
              r.waitSum += wait;
              r.waits.add(wait);
            }
          }
          this.#emitOutcome(c, 'voicemail', wait);
          break;
        }
        if (c.rows !== null) {
          for (const r of c.rows) {
            r.abandoned++;
            r.waitSum += wait;
            r.waits.add(wait);
            r.intervals.abandoned[c.interval]!++;
          }
        }
        c.state = St.done;
        this.#contacts.delete(c.id);
        this.#emitOutcome(c, 'abandoned', wait);
        if (c.draw.redialAfterMs !== Infinity && c.stream !== null) {
          const n = ++this.#created;
          this.#schedule(now + c.draw.redialAfterMs, new SimEvent(Ev.redial, null, null, n, c.stream.redraw(c.draw.customer, n), c.stream));
        }
        break;
      }
      case 'contact.offer_rejected':
      case 'contact.offer_expired':
      case 'contact.offer_revoked':
      case 'contact.requeued': {
        const c = this.#contacts.get(e.contactId)!;
        c.agent!.release(now, c.draw.channel);
        c.agent = null;
        c.state = St.waiting;
        break;
      }
      case 'contact.callback_requested': {
        const c = this.#contacts.get(e.contactId)!;
        c.callback = true;
        if (c.rows !== null) for (const r of c.rows) r.callbacks++;
        break;
      }
      case 'contact.callback_failed': {
        const c = this.#contacts.get(e.contactId)!;
        c.agent!.release(now, c.draw.channel);
        c.agent = null;
        if (e.retryAt !== null) {
          c.state = St.scheduled;
          break;
        }
        if (c.rows !== null) for (const r of c.rows) r.unreached++;
        c.state = St.done;
        this.#contacts.delete(c.id);
        this.#emitOutcome(c, 'unreached', (now - c.arrival) / 1000);
        break;
      }
      case 'contact.due':
        this.#contacts.get(e.contactId)!.state = St.waiting;
        break;
      case 'agent.logged_in': {
        const a = this.#agentById.get(e.agentId)!;
        a.touch(now);
        a.loggedIn = true;
        a.presence = e.presence;
        break;
      }
      case 'agent.presence_changed': {
        const a = this.#agentById.get(e.agentId)!;
        a.touch(now);
        a.presence = e.presence;
        if (e.reason === 'missed-offers') this.#schedule(now + a.awayAfterMissedMs, new SimEvent(Ev.comeBack, null, a));
        break;
      }
      case 'agent.logged_out': {
        const a = this.#agentById.get(e.agentId)!;
        a.touch(now);
        a.loggedIn = false;
        break;
      }
      default:
        break;
    }
  }

  /** Calls that just left a voicemail, until its email contact is created (the next event). */
  readonly #voicemailOf = new Map<string, SimContact>();

  /**
   * A call's voicemail (DESIGN §4, maximum wait): an email contact in the
   * queue the router chose, arriving now, for the same customer, handled by
   * agents like any email (in the call's drawn handle and wrap-up times; an
   * email never hangs up, asks for a callback or calls again). It counts as
   * an arrival of its own in the email's rows (its queue, channel `email`,
   * the call's tier and stream).
   */
  #voicemail(rec: Readonly<ContactRecord>, now: number): void {
    const of = rec.context['voicemailOf'];
    const call = typeof of === 'string' ? this.#voicemailOf.get(of) : undefined;
    if (call === undefined) return;
    this.#voicemailOf.delete(call.id);
    const draw: ContactDraw = {
      ...call.draw,
      queue: rec.queueId,
      channel: rec.channel,
      patienceMs: Infinity,
      callbackAfterMs: Infinity,
      redialAfterMs: Infinity,
    };
    const c = new SimContact(rec.id, draw, now, call.counted, call.stream);
    c.queue = rec.queueId;
    c.slMs = this.#queues.get(c.queue)!.slMs;
    const day = this.#scenario.day;
    c.interval = Math.min(Math.max(0, Math.floor((now - CLOCK_EPOCH - day.startMs) / day.intervalMs)), this.#intervals - 1);
    if (call.counted) {
      // Not through the per-stream cache: a stream's rows there assume its own channel.
      c.rows = this.#tally.rowsFor(c.queue, rec.channel, draw.tier, call.stream?.spec.name ?? 'trace');
      for (const r of c.rows) {
        r.arrived++;
        r.intervals.arrived[c.interval]!++;
      }
    }
    this.#contacts.set(c.id, c);
  }

  #answered(c: SimContact, now: number): void {
    c.answeredAt = now;
    const wait = (now - c.arrival) / 1000;
    const rows = c.rows;
    if (rows !== null) {
      const inSl = now - c.arrival <= c.slMs;
      const announced = c.announced;
      for (const r of rows) {
        r.answered++;
        r.answerWaitSum += wait;
        r.waitSum += wait;
        r.waits.add(wait);
        const iv = r.intervals;
        iv.answered[c.interval]!++;
        iv.answerWait[c.interval]! += wait;
        if (inSl) {
          r.answeredInSl++;
          iv.answeredInSl[c.interval]!++;
        }
        if (c.queued && !Number.isNaN(announced)) {
          const err = announced - wait;
          r.announcedN++;
          r.announcedWaitSum += wait;
          r.announcedErrSum += err;
          r.announcedAbsSum += Math.abs(err);
          r.announcedSqSum += err * err;
          r.announcedAbsErrors.add(Math.abs(err));
          if (wait <= c.announcedWithin) r.announcedCovered++;
        }
      }
    }
    this.#emitOutcome(c, 'answered', wait);
  }

  #emitOutcome(c: SimContact, outcome: ContactOutcome['outcome'], wait: number): void {
    const f = this.#options.onContact;
    if (f === undefined || !c.counted) return;
    f({
      id: c.id,
      queue: c.queue,
      channel: c.draw.channel,
      tier: c.draw.tier,
      arrival: (c.arrival - CLOCK_EPOCH) / 1000,
      outcome,
      wait,
      announced: Number.isNaN(c.announced) ? null : c.announced,
      announcedWithin: Number.isNaN(c.announcedWithin) ? null : c.announcedWithin,
      queued: c.queued,
      agent: c.agent?.id ?? null,
    });
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const HANDOFF_TRANSCRIPT = [{ from: 'customer' as const, text: '(simulated conversation)' }];
