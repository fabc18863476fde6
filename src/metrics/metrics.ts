/**
 * Prometheus metrics of DESIGN.md §6, fed by the router's events and the
 * gateway's connection and message counts (it is the gateway's
 * `GatewayObserver`), read by `GET /metrics` (its `MetricsEndpoint`).
 *
 * Durations come from the events' own `at` times (the router's clock), so
 * they are exact under a manual clock and survive batching of events.
 * Gauges of the current state (waiting contacts, oldest age, agents by
 * state) are read from the router when Prometheus scrapes, never pushed on
 * timers. The only state kept here is a small record per live contact
 * (arrival, acceptance, end, hold), dropped when the contact closes or is
 * abandoned, so memory is bounded by the contacts the router holds.
 *
 * @example
 * const metrics = new Metrics(router, router.config, { clock });
 * // the gateway calls metrics.coreEvent(e) for every event it drains
 * // (without a gateway: router.subscribe((e) => metrics.coreEvent(e)));
 * // GET /metrics:
 * res.setHeader('Content-Type', metrics.contentType);
 * res.end(await metrics.render());
 */
import { Registry } from 'prom-client';
import { queueId } from '../core/index.js';
import type { AgentStatus, CompiledConfig, ContactRecord, CoreEvent, QueueCounts, QueueId, SurveyAbout, WaitingStats } from '../core/index.js';
import { AGENT_STATES, Families, ROLES, type ContactLabels, type ContactSeries } from './families.js';
import { QueueSegment, type HandOn } from '../insights/queue-segment.js';
import type { SettledEstimate } from '../insights/wait-estimate.js';
import type { GatewayObserver, MetricsEndpoint, Role } from '../gateway/observer.js';
import { forEachInSlices, OncePerScrape, renderChunked, TimeSlices } from './chunked-render.js';
import { registerNodeDefaults } from './node-defaults.js';

/** What metrics read from the router at scrape time. `Router` satisfies it. */
export interface RouterView {
  readonly config: CompiledConfig;
  waitingStats(): WaitingStats[];
  queueCounts(): ReadonlyMap<QueueId, QueueCounts>;
  /** Every agent's status, in one pass (no lookup per agent). */
  agentStatuses(): Iterable<AgentStatus>;
  contacts(): Iterable<Readonly<ContactRecord>>;
}

export interface MetricsOptions {
  /** The router's clock, for the age of the oldest waiting contact. Default `Date.now`. */
  readonly clock?: { now(): number };
  /** Node's default process and runtime metrics on the same registry. Default true. */
  readonly defaultMetrics?: boolean;
  /**
   * The routing domain these figures are of, when a process serves several
   * (DESIGN §7): every sample then carries `domain="<id>"`, so that the
   * figures of each domain's leader stay apart wherever they are scraped.
   */
  readonly domain?: string;
}

/**
 * Per live contact: which queue it counts in and whether it was answered
 * there (the `QueueSegment` it is), and the timestamps (clock ms) its
 * durations are measured from.
 */
class ContactTrack extends QueueSegment {
  /** The series of its current queue (the segment's), channel and tier. */
  series: ContactSeries;
  readonly firstArrival: number;
  offered: boolean;
  acceptedAt = NaN;
  endedAt = NaN;
  onHoldSince = NaN;
  holdMs = 0;
  /** A scheduled follow-up: counted as an arrival once due. */
  pendingArrival = false;

  constructor(series: ContactSeries, firstArrival: number, offered: boolean) {
    super(series.queue, firstArrival);
    this.series = series;
    this.firstArrival = firstArrival;
    this.offered = offered;
  }

  /** Ends a hold period in progress at `at`, adding it to the contact's hold time. */
  endHold(at: number): void {
    if (!Number.isNaN(this.onHoldSince)) {
      this.holdMs += at - this.onHoldSince;
      this.onHoldSince = NaN;
    }
  }
}

const toSeconds = (ms: number): number => ms / 1000;
const seriesKey = (queue: string, channel: string, tier: string): string => `${queue}\u0000${channel}\u0000${tier}`;

export class Metrics implements GatewayObserver, MetricsEndpoint {
  readonly registry = new Registry();
  readonly #router: RouterView;
  readonly #config: CompiledConfig;
  readonly #clock: { now(): number };
  readonly #f: Families;
  readonly #series = new Map<string, ContactSeries>();
  readonly #contacts = new Map<string, ContactTrack>();
  readonly #connections: Record<Role, { inc(): void; dec(): void }>;
  readonly #messagesIn: Record<Role, PendingCount>;
  readonly #messagesOut: Record<Role, PendingCount>;
  readonly #perScrape = new OncePerScrape();
  /** The render's slices of time, which the agents' count goes on in. */
  readonly #slices = new TimeSlices();

  constructor(router: RouterView, config: CompiledConfig = router.config, options: MetricsOptions = {}) {
    this.#router = router;
    this.#config = config;
    this.#clock = options.clock ?? { now: Date.now };
    this.#f = new Families(
      this.registry,
      config,
      () => this.#collectWaiting(),
      () => this.#collectAgents(),
      () => this.#collectScheduled(),
    );
    for (const q of config.queues.values()) {
      for (const channel of q.channels) {
        for (const tier of config.tierBonusMs.keys()) this.#seriesFor(q.id, channel, tier);
      }
    }
    const f = this.#f;
    this.#connections = byRole((role) => {
      const child = f.connections.labels({ role });
      child.set(0);
      return child;
    });
    const messages = (direction: 'in' | 'out') =>
      byRole((role) => {
        const child = f.messages.labels({ role, direction });
        child.inc(0);
        return new PendingCount(child);
      });
    this.#messagesIn = messages('in');
    this.#messagesOut = messages('out');

    // Contacts the router already holds (a restore from a snapshot): their
    // earlier history is unknown, so only what happens from now on is measured.
    for (const c of router.contacts()) {
      const s = this.#seriesFor(c.queueId, c.channel, c.customer.tier);
      this.#contacts.set(c.id, new ContactTrack(s, c.firstArrival, c.state !== 'waiting' || c.declinedBy.length > 0).restore(c));
    }

    if (options.domain !== undefined) this.registry.setDefaultLabels({ domain: options.domain });
    if (options.defaultMetrics !== false) registerNodeDefaults(this.registry);
  }

  /** The Content-Type of `render()`'s body (Prometheus text format 0.0.4). */
  get contentType(): string {
    return this.registry.contentType;
  }

  /**
   * The body of `GET /metrics`: `registry.metrics()`'s text, rendered in
   * slices of about a millisecond so that routing goes on between them
   * (`chunked-render.ts`).
   */
  render(): Promise<string> {
    for (const counts of [this.#messagesIn, this.#messagesOut]) for (const c of Object.values(counts)) c.flush();
    this.#f.flushCounts();
    return renderChunked(this.registry, { slices: this.#slices, perScrape: this.#perScrape });
  }

  /** Live contacts being tracked (for tests and leak checks). */
  get trackedContacts(): number {
    return this.#contacts.size;
  }

  // ---- GatewayObserver --------------------------------------------------------

  connectionOpened(role: Role): void {
    this.#connections[role].inc();
  }

  connectionClosed(role: Role): void {
    this.#connections[role].dec();
  }

  messageReceived(role: Role): void {
    this.#messagesIn[role].inc();
  }

  messageSent(role: Role): void {
    this.#messagesOut[role].inc();
  }

  routingDecision(seconds: number): void {
    // prom-client throws on NaN/Infinity; a bad sample must not break the caller.
    if (seconds >= 0 && seconds < Infinity) this.#f.routingDecision.observe(seconds);
  }

  readonly #estimateSeries = new Map<string, { error: { observe(v: number): void }; count: { inc(): void } }>();

  /** An announced wait against the real one (the estimate tells it as each contact is answered or hangs up). */
  waitEstimateSettled(s: SettledEstimate): void {
    const outcome =
      s.announcedSeconds === null
        ? 'no_agents'
        : s.outcome === 'abandoned'
          ? 'abandoned'
          : s.withinSeconds !== null && s.waitSeconds <= s.withinSeconds
            ? 'within_bound'
            : 'beyond_bound';
    const key = `${s.queueId}|${s.channel}|${outcome}`;
    let series = this.#estimateSeries.get(key);
    if (series === undefined) {
      const labels = { queue: s.queueId, channel: s.channel };
      series = {
        error: this.#f.waitEstimateError.labels({ ...labels, outcome: s.outcome }),
        count: this.#f.waitEstimates.labels({ ...labels, outcome }),
      };
      this.#estimateSeries.set(key, series);
    }
    series.count.inc();
    if (s.announcedSeconds !== null) series.error.observe(s.announcedSeconds - s.waitSeconds);
  }

  /** Records one core event. Cheap: a map lookup and cached children, no label objects. */
  coreEvent(e: CoreEvent): void {
    switch (e.type) {
      case 'contact.created': {
        const c = e.contact;
        const s = this.#seriesFor(c.queueId, c.channel, c.customer.tier);
        s.created.inc();
        if (c.repeatOf != null) s.repeatContacts.inc();
        this.#contacts.set(c.id, new ContactTrack(s, c.firstArrival, false));
        return;
      }
      case 'contact.offered': {
        const t = this.#contacts.get(e.contactId);
        if (t !== undefined && !t.offered) {
          t.offered = true;
          t.series.enqueueToOffer.observe(toSeconds(e.at - t.firstArrival));
        }
        return;
      }
      case 'contact.offer_rejected':
        this.#contacts.get(e.contactId)?.series.offers.rejected.inc();
        return;
      case 'contact.offer_expired':
        this.#contacts.get(e.contactId)?.series.offers.expired.inc();
        return;
      case 'contact.offer_revoked':
        this.#contacts.get(e.contactId)?.series.offers.revoked.inc();
        return;
      case 'contact.accepted': {
        const t = this.#contacts.get(e.contactId);
        if (t === undefined) return;
        const s = t.series;
        s.offers.accepted.inc();
        t.acceptedAt = e.at;
        // A contact requeued after an agent logged out is accepted again: it
        // counts once in its queue, with the wait to its first answer there.
        const waitMs = t.accept(e.at);
        if (waitMs !== undefined) {
          s.answered.inc();
          if (waitMs <= s.thresholdMs) s.answeredInServiceLevel.inc();
          s.waitAnswered.observe(toSeconds(waitMs));
        }
        return;
      }
      case 'contact.hold_changed': {
        const t = this.#contacts.get(e.contactId);
        if (t === undefined) return;
        if (!e.onHold) t.endHold(e.at);
        else if (Number.isNaN(t.onHoldSince)) t.onHoldSince = e.at;
        return;
      }
      case 'contact.requeued':
        this.#contacts.get(e.contactId)?.endHold(e.at);
        return;
      case 'contact.ended': {
        const t = this.#contacts.get(e.contactId);
        if (t === undefined) return;
        t.endHold(e.at);
        t.endedAt = e.at;
        if (!Number.isNaN(t.acceptedAt)) {
          t.series.handle.observe(toSeconds(e.at - t.acceptedAt));
          t.series.hold.observe(toSeconds(t.holdMs));
        }
        return;
      }
      case 'contact.closed': {
        const t = this.#contacts.get(e.contactId);
        if (t === undefined) return;
        if (!Number.isNaN(t.endedAt)) t.series.afterContactWork.observe(toSeconds(e.at - t.endedAt));
        this.#contacts.delete(e.contactId);
        return;
      }
      case 'contact.abandoned': {
        const t = this.#contacts.get(e.contactId);
        if (t === undefined) return;
        const s = t.series;
        const { waitMs, handedOn } = t.abandon(e.at);
        this.#handedOn(t, handedOn);
        if (e.reason !== undefined) {
          // Removed (its integration gone, a supervisor): not the customer's abandon.
          this.#f.removed.inc({ queue: s.queue, reason: e.reason });
          if (e.offeredTo !== null) s.offers.abandoned.inc();
          this.#contacts.delete(e.contactId);
          return;
        }
        s.abandoned.inc();
        s.waitAbandoned.observe(toSeconds(waitMs));
        if (e.offeredTo !== null) s.offers.abandoned.inc();
        this.#contacts.delete(e.contactId);
        return;
      }
      case 'contact.transferred': {
        // Counted against the queue it left (a consultative one once it is
        // over, not taken back); measured from now on in the queue it went to.
        const t = this.#contacts.get(e.contactId);
        if (t === undefined) return;
        t.endHold(e.at);
        this.#handedOn(t, t.transfer(e.at, e.queueId, e.transfer.mode === 'consult', e.transfer.escalation !== null));
        this.#follow(t);
        return;
      }
      case 'contact.transfer_completed': {
        const t = this.#contacts.get(e.contactId);
        if (t !== undefined) this.#handedOn(t, t.completeTransfer());
        return;
      }
      case 'contact.transfer_cancelled': {
        // Taken back: its handle and wrap-up count in the queue it never left.
        const t = this.#contacts.get(e.contactId);
        if (t === undefined) return;
        t.cancelTransfer();
        this.#follow(t);
        return;
      }
      case 'contact.callback_requested':
        this.#contacts.get(e.contactId)?.series.callbacks.requested.inc();
        return;
      case 'contact.callback_dialing':
        this.#contacts.get(e.contactId)?.series.callbacks.dialed.inc();
        return;
      case 'contact.callback_failed': {
        const t = this.#contacts.get(e.contactId);
        if (t === undefined) return;
        if (e.retryAt !== null) t.series.callbacks.retried.inc();
        else {
          t.series.callbacks.gave_up.inc();
          this.#contacts.delete(e.contactId);
        }
        return;
      }
      case 'contact.follow_up_scheduled': {
        // Measured from its due time, counted as an arrival when it comes due.
        const c = e.contact;
        const t = new ContactTrack(this.#seriesFor(c.queueId, c.channel, c.customer.tier), c.firstArrival, false);
        t.pendingArrival = true;
        this.#contacts.set(c.id, t);
        return;
      }
      case 'contact.follow_up_cancelled':
        this.#contacts.delete(e.contactId);
        return;
      case 'contact.follow_up_rescheduled': {
        // Measured from its (new) due time, as when scheduled.
        const t = this.#contacts.get(e.contactId);
        if (t?.pendingArrival !== true) return;
        const moved = new ContactTrack(t.series, e.dueAt, false);
        moved.pendingArrival = true;
        this.#contacts.set(e.contactId, moved);
        return;
      }
      case 'contact.due': {
        const t = this.#contacts.get(e.contactId);
        if (t?.pendingArrival === true) {
          t.pendingArrival = false;
          t.series.created.inc();
        }
        return;
      }
      case 'contact.survey_answered':
        this.surveyAnswered({ queue: e.queueId, channel: e.channel, tier: e.tier }, e.helpful, e.about ?? null);
        return;
      case 'contact.updated': {
        const t = this.#contacts.get(e.contactId);
        if (t === undefined) return;
        t.move(e.queueId);
        this.#follow(t);
        return;
      }
      default:
        // Agent events and routing steps change nothing here: agents by state
        // is read from the router at scrape time.
        return;
    }
  }

  // ---- workflows that arrive later (transfer, escalation, survey, FCR) -----------

  /** A contact left `labels.queue` by transfer. */
  transferred(labels: ContactLabels): void {
    this.#known(labels)?.transfers.inc();
  }

  /** A contact left `labels.queue` by escalation. */
  escalated(labels: ContactLabels): void {
    this.#known(labels)?.escalations.inc();
  }

  /** A new contact is a repeat within the first-contact-resolution window. */
  repeatContact(labels: ContactLabels): void {
    this.#known(labels)?.repeatContacts.inc();
  }

  /** A "was this helpful?" answer (the reason of a "no" is not a label: it goes to logs and history). */
  surveyAnswered(labels: ContactLabels, helpful: boolean, about: SurveyAbout | null = null): void {
    const s = this.#known(labels);
    if (s === undefined) return;
    if (helpful) s.surveyYes.inc();
    else {
      s.surveyNo.inc();
      // A reason without an "about" (events from before reasons had one) is about the agent.
      s.surveyNoAbout[about ?? 'agent'].inc();
    }
  }

  // ---- internals -------------------------------------------------------------------

  /** Counts a hand-on against the queue the contact left. */
  #handedOn(t: ContactTrack, h: HandOn | undefined): void {
    if (h === undefined) return;
    const s = h.queueId === t.series.queue ? t.series : this.#seriesFor(h.queueId, t.series.channel, t.series.tier);
    (h.escalation ? s.escalations : s.transfers).inc();
  }

  /** Points the contact's series at its segment's queue. */
  #follow(t: ContactTrack): void {
    if (t.series.queue !== t.queueId) t.series = this.#seriesFor(t.queueId, t.series.channel, t.series.tier);
  }

  #seriesFor(queue: string, channel: string, tier: string): ContactSeries {
    const key = seriesKey(queue, channel, tier);
    let s = this.#series.get(key);
    if (s === undefined) {
      const threshold = this.#config.queues.get(queueId(queue))?.serviceLevel.thresholdSeconds ?? 0;
      s = this.#f.series({ queue, channel, tier }, threshold);
      this.#series.set(key, s);
    }
    return s;
  }

  /**
   * The series of a label set the configuration knows, or undefined: labels
   * that arrive from clients are never turned into new series.
   */
  #known(labels: ContactLabels): ContactSeries | undefined {
    return this.#series.get(seriesKey(labels.queue, labels.channel, labels.tier));
  }

  /**
   * Both waiting gauges are filled from one pass over the router, once per
   * scrape: the second family's collect reuses the first's values.
   */
  #collectWaiting(): void {
    this.#perScrape.run('waiting', () => this.#readWaiting());
  }

  #readWaiting(): void {
    for (const s of this.#series.values()) {
      s.waiting.set(0);
      s.oldestAge.set(0);
    }
    const now = this.#clock.now();
    for (const w of this.#router.waitingStats()) {
      const s = this.#seriesFor(w.queueId, w.channel, w.tier);
      s.waiting.set(w.waiting);
      s.oldestAge.set(Math.max(0, toSeconds(now - w.oldestArrival)));
    }
  }

  /** Both scheduled gauges from the router's queue counts (kept as contacts change: no pass over the contacts). */
  #collectScheduled(): void {
    this.#perScrape.run('scheduled', () => this.#readScheduled());
  }

  #readScheduled(): void {
    const counts = this.#router.queueCounts();
    for (const q of this.#config.queues.keys()) {
      const k = counts.get(q);
      this.#f.callbacksScheduled.labels({ queue: q }).set(k?.callbacks ?? 0);
      this.#f.followUpsScheduled.labels({ queue: q }).set(k?.followUps ?? 0);
    }
  }

  /** Counted in slices (see `forEachInSlices`): prom-client awaits a collect's promise. */
  async #collectAgents(): Promise<void> {
    const counts: Record<AgentStatus, number> = { offline: 0, available: 0, busy: 0, wrap_up: 0, away: 0 };
    await forEachInSlices(this.#router.agentStatuses(), (status) => counts[status]++, this.#slices);
    for (const state of AGENT_STATES) this.#f.agents.labels({ state }).set(counts[state]);
  }
}

/**
 * A counter bumped on every WebSocket message: a plain number, added to its
 * prom-client child at scrape time. `child.inc()` hashes its labels on every
 * call, which was about a tenth of the gateway's CPU per message (bench:e2e).
 */
class PendingCount {
  #n = 0;
  constructor(readonly child: { inc(n: number): void }) {}
  inc(): void {
    this.#n++;
  }
  flush(): void {
    if (this.#n === 0) return;
    this.child.inc(this.#n);
    this.#n = 0;
  }
}

function byRole<T>(make: (role: Role) => T): Record<Role, T> {
  const out = {} as Record<Role, T>;
  for (const role of ROLES) out[role] = make(role);
  return out;
}
