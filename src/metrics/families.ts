/**
 * The metric families Switchboard exports (DESIGN.md §6), registered on one
 * Registry, and the per-label-set children the hot path uses.
 *
 * Names follow the Prometheus conventions: prefix `switchboard_`, base units
 * (`_seconds`), `_total` on counters only. Labels are only ever queue,
 * channel, tier, outcome, state, role and direction, whose values all come
 * from the configuration or from fixed lists: never an agent or contact id,
 * so the number of series is bounded by the configuration.
 */
import { Counter, Gauge, type Registry } from 'prom-client';
import { CountingHistogram, type HistogramChild } from './counting-histogram.js';
import type { AgentStatus, CompiledConfig } from '../core/index.js';
import { SURVEY_ABOUT, type SurveyAbout } from '../core/model.js';
import {
  ACW_BUCKETS,
  ENQUEUE_TO_OFFER_BUCKETS,
  HANDLE_BUCKETS,
  HOLD_BUCKETS,
  ROUTING_DECISION_BUCKETS,
  WAIT_ESTIMATE_ERROR_BUCKETS,
  queueWaitBuckets,
} from './buckets.js';
import type { Role } from '../gateway/observer.js';

export const ROLES: readonly Role[] = ['agent', 'integration', 'supervisor'];
export const AGENT_STATES: readonly AgentStatus[] = ['offline', 'available', 'busy', 'wrap_up', 'away'];
export const OFFER_OUTCOMES = ['accepted', 'rejected', 'expired', 'revoked', 'abandoned'] as const;
export type OfferOutcome = (typeof OFFER_OUTCOMES)[number];
export const CALLBACK_OUTCOMES = ['requested', 'dialed', 'retried', 'gave_up'] as const;
export type CallbackOutcome = (typeof CALLBACK_OUTCOMES)[number];

type ContactLabel = 'queue' | 'channel' | 'tier';
const CONTACT_LABELS: ContactLabel[] = ['queue', 'channel', 'tier'];

/** The labels of every per-contact metric. */
export interface ContactLabels {
  readonly queue: string;
  readonly channel: string;
  readonly tier: string;
}

/** What recording needs of a counter child: `inc`. */
interface CounterChild {
  inc(n?: number): void;
}

/**
 * A counter child bumped per contact event: counted in a plain number and
 * added to the prom-client child at scrape time (`Families.flushCounts`).
 * prom-client's `child.inc()` hashes the label set into a new string on every
 * call (the third allocation site under load).
 */
class DeferredCount implements CounterChild {
  #n = 0;
  constructor(readonly child: Counter.Internal) {}
  inc(n = 1): void {
    this.#n += n;
  }
  flush(): void {
    if (this.#n === 0) return;
    this.child.inc(this.#n);
    this.#n = 0;
  }
}
type GaugeChild = Gauge.Internal<string>;

/**
 * Every child for one (queue, channel, tier), resolved once so that
 * recording an event is a property read and an `inc`/`observe`, with no
 * label object built per call.
 */
export interface ContactSeries extends ContactLabels {
  /** The queue's service-level threshold (ms): answered at or under it counts as in service level. */
  readonly thresholdMs: number;
  readonly created: CounterChild;
  readonly answered: CounterChild;
  readonly answeredInServiceLevel: CounterChild;
  readonly abandoned: CounterChild;
  readonly waitAnswered: HistogramChild;
  readonly waitAbandoned: HistogramChild;
  readonly enqueueToOffer: HistogramChild;
  readonly handle: HistogramChild;
  readonly hold: HistogramChild;
  readonly afterContactWork: HistogramChild;
  readonly offers: Readonly<Record<OfferOutcome, CounterChild>>;
  readonly transfers: CounterChild;
  readonly escalations: CounterChild;
  readonly repeatContacts: CounterChild;
  readonly surveyYes: CounterChild;
  readonly surveyNo: CounterChild;
  /** "No" answers by what their reason is about (agent, policy, product). */
  readonly surveyNoAbout: Readonly<Record<SurveyAbout, CounterChild>>;
  readonly callbacks: Readonly<Record<CallbackOutcome, CounterChild>>;
  readonly waiting: GaugeChild;
  readonly oldestAge: GaugeChild;
}

/** The registered families; `collect` callbacks are attached by the owner. */
export class Families {
  /** Every per-series counter, flushed into prom-client at scrape. */
  readonly #deferred: DeferredCount[] = [];
  readonly waiting: Gauge<ContactLabel>;
  readonly oldestAge: Gauge<ContactLabel>;
  readonly created: Counter<ContactLabel>;
  readonly answered: Counter<ContactLabel>;
  readonly answeredInServiceLevel: Counter<ContactLabel>;
  readonly abandoned: Counter<ContactLabel>;
  readonly removed: Counter<'queue' | 'reason'>;
  readonly queueWait: CountingHistogram<ContactLabel | 'outcome'>;
  readonly enqueueToOffer: CountingHistogram<ContactLabel>;
  readonly handle: CountingHistogram<ContactLabel>;
  readonly hold: CountingHistogram<ContactLabel>;
  readonly afterContactWork: CountingHistogram<ContactLabel>;
  readonly offers: Counter<ContactLabel | 'outcome'>;
  readonly transfers: Counter<ContactLabel>;
  readonly escalations: Counter<ContactLabel>;
  readonly repeatContacts: Counter<ContactLabel>;
  readonly surveyAnswers: Counter<ContactLabel | 'outcome'>;
  readonly surveyNoAnswers: Counter<ContactLabel | 'about'>;
  readonly callbacks: Counter<ContactLabel | 'outcome'>;
  readonly callbacksScheduled: Gauge<'queue'>;
  readonly followUpsScheduled: Gauge<'queue'>;
  readonly serviceLevelThreshold: Gauge<'queue'>;
  readonly serviceLevelTarget: Gauge<'queue'>;
  readonly agents: Gauge<'state'>;
  readonly routingDecision: CountingHistogram;
  readonly waitEstimateError: CountingHistogram<'queue' | 'channel' | 'outcome'>;
  readonly waitEstimates: Counter<'queue' | 'channel' | 'outcome'>;
  readonly connections: Gauge<'role'>;
  readonly leader: Gauge;
  readonly messages: Counter<'role' | 'direction'>;

  constructor(
    registry: Registry,
    config: CompiledConfig,
    collectWaiting: () => void,
    collectAgents: () => Promise<void>,
    collectScheduled: () => void = () => {},
  ) {
    const registers = [registry];
    const contact = { labelNames: CONTACT_LABELS, registers };
    this.waiting = new Gauge({
      name: 'switchboard_contacts_waiting',
      help: 'Contacts waiting in a queue now (not offered, not held by an agent).',
      ...contact,
      collect: collectWaiting,
    });
    this.oldestAge = new Gauge({
      name: 'switchboard_oldest_waiting_age_seconds',
      help: 'How long the longest-waiting contact has waited since first arrival, 0 when none waits.',
      ...contact,
      collect: collectWaiting,
    });
    this.created = new Counter({ name: 'switchboard_contacts_created_total', help: 'Contacts queued (arrivals).', ...contact });
    this.answered = new Counter({
      name: 'switchboard_contacts_answered_total',
      help: 'Contacts answered: the first acceptance in each queue a contact enters (created there, or transferred or escalated to it).',
      ...contact,
    });
    this.answeredInServiceLevel = new Counter({
      name: 'switchboard_contacts_answered_in_service_level_total',
      help: "Contacts answered within their queue's service-level threshold (queue wait <= threshold).",
      ...contact,
    });
    this.abandoned = new Counter({
      name: 'switchboard_contacts_abandoned_total',
      help: 'Contacts whose customer left while waiting or while offered.',
      ...contact,
    });
    this.removed = new Counter({
      name: 'switchboard_contacts_removed_total',
      help: 'Contacts ended before an agent took them for another reason than the customer leaving: reason="integration-gone" (its integration was gone past the grace), a supervisor\'s reason, or the queue\'s maximum wait (its close reason, default "max-wait"; "voicemail" when the call became an email contact).',
      labelNames: ['queue', 'reason'],
      registers,
    });
    // Histograms count into typed arrays (CountingHistogram): observed on the routing path.
    this.queueWait = new CountingHistogram(
      'switchboard_queue_wait_seconds',
      'Queue wait from arrival in the queue (first arrival, or the transfer into it) to answer (outcome="answered") or to abandon (outcome="abandoned").',
      [...CONTACT_LABELS, 'outcome'],
      queueWaitBuckets(config),
      registers,
    );
    this.waitEstimateError = new CountingHistogram(
      'switchboard_wait_estimate_error_seconds',
      'The wait announced to a contact at creation minus the wait it then had, until answered (outcome="answered") or until it hung up (outcome="abandoned": the real wait would have been longer).',
      ['queue', 'channel', 'outcome'],
      WAIT_ESTIMATE_ERROR_BUCKETS,
      registers,
    );
    this.waitEstimates = new Counter({
      name: 'switchboard_wait_estimates_total',
      help: 'Contacts announced a wait at creation, once answered or gone: answered within the announced 80 % bound (outcome="within_bound"), after it ("beyond_bound"), abandoned ("abandoned"), or told nobody could serve them ("no_agents").',
      labelNames: ['queue', 'channel', 'outcome'],
      registers,
    });
    this.enqueueToOffer = new CountingHistogram(
      'switchboard_enqueue_to_offer_seconds',
      'Time from a contact being created to its first offer to an agent.',
      CONTACT_LABELS,
      ENQUEUE_TO_OFFER_BUCKETS,
      registers,
    );
    this.handle = new CountingHistogram(
      'switchboard_contact_handle_seconds',
      'Handle (talk) time from acceptance to end, hold included.',
      CONTACT_LABELS,
      HANDLE_BUCKETS,
      registers,
    );
    this.hold = new CountingHistogram(
      'switchboard_contact_hold_seconds',
      'Customer hold time per handled contact (sum of its hold periods; 0 when never held).',
      CONTACT_LABELS,
      HOLD_BUCKETS,
      registers,
    );
    this.afterContactWork = new CountingHistogram(
      'switchboard_after_contact_work_seconds',
      'After-contact work (wrap-up) from the end of a contact to its close.',
      CONTACT_LABELS,
      ACW_BUCKETS,
      registers,
    );
    this.offers = new Counter({
      name: 'switchboard_offers_total',
      help: 'Offers to agents by outcome: accepted, rejected, expired (ring timeout), revoked (agent went away or logged out), abandoned (customer left mid-offer).',
      labelNames: [...CONTACT_LABELS, 'outcome'],
      registers,
    });
    this.transfers = new Counter({ name: 'switchboard_transfers_total', help: 'Contacts transferred, by the queue they left.', ...contact });
    this.escalations = new Counter({ name: 'switchboard_escalations_total', help: 'Contacts escalated, by the queue they left.', ...contact });
    this.repeatContacts = new Counter({
      name: 'switchboard_repeat_contacts_total',
      help: 'Contacts from a customer who had a contact within the first-contact-resolution window.',
      ...contact,
    });
    this.surveyAnswers = new Counter({
      name: 'switchboard_survey_answers_total',
      help: '"Was this helpful?" survey answers, outcome="yes" or "no".',
      labelNames: [...CONTACT_LABELS, 'outcome'],
      registers,
    });
    this.surveyNoAnswers = new Counter({
      name: 'switchboard_survey_no_answers_total',
      help: '"No" survey answers by what their reason is about: about="agent", "policy" or "product" (only those about the agent measure the agents).',
      labelNames: [...CONTACT_LABELS, 'about'],
      registers,
    });
    this.callbacks = new Counter({
      name: 'switchboard_callbacks_total',
      help: 'Callbacks (virtual hold) by outcome: requested by the caller, dialed (an agent took it), retried (no answer, scheduled again), gave_up (no answer on the last attempt).',
      labelNames: [...CONTACT_LABELS, 'outcome'],
      registers,
    });
    this.callbacksScheduled = new Gauge({
      name: 'switchboard_callbacks_scheduled',
      help: 'Callbacks not yet connected now (waiting for their turn, ringing, dialing or between attempts).',
      labelNames: ['queue'],
      registers,
      collect: collectScheduled,
    });
    this.followUpsScheduled = new Gauge({
      name: 'switchboard_follow_ups_scheduled',
      help: 'Follow-ups scheduled by agents and not yet due, now.',
      labelNames: ['queue'],
      registers,
      collect: collectScheduled,
    });
    this.serviceLevelThreshold = new Gauge({
      name: 'switchboard_queue_service_level_threshold_seconds',
      help: "The queue's service-level threshold (answered within it counts as in service level).",
      labelNames: ['queue'],
      registers,
    });
    this.serviceLevelTarget = new Gauge({
      name: 'switchboard_queue_service_level_target_ratio',
      help: "The queue's service-level target, the share of answered contacts to answer within the threshold (0..1).",
      labelNames: ['queue'],
      registers,
    });
    this.agents = new Gauge({
      name: 'switchboard_agents',
      help: 'Agents by state: offline (logged out, still holding a call), available, busy, wrap_up, away.',
      labelNames: ['state'],
      registers,
      collect: collectAgents,
    });
    this.routingDecision = new CountingHistogram(
      'switchboard_routing_decision_duration_seconds',
      'Wall-clock time of one routing decision (one router command with its matching).',
      [],
      ROUTING_DECISION_BUCKETS,
      registers,
    );
    this.leader = new Gauge({
      name: LEADER_METRIC,
      help: LEADER_HELP,
      registers,
    });
    // These metrics exist on the process that routes: with several processes, the one holding the lease.
    this.leader.set(1);
    this.connections = new Gauge({
      name: 'switchboard_websocket_connections',
      help: 'Open WebSocket connections by role.',
      labelNames: ['role'],
      registers,
    });
    this.messages = new Counter({
      name: 'switchboard_websocket_messages_total',
      help: 'WebSocket messages by role and direction (in: from the client, out: to the client).',
      labelNames: ['role', 'direction'],
      registers,
    });

    for (const q of config.queues.values()) {
      this.serviceLevelThreshold.labels({ queue: q.id }).set(q.serviceLevel.thresholdSeconds);
      this.serviceLevelTarget.labels({ queue: q.id }).set(q.serviceLevel.target);
    }
  }

  /** Adds what the per-series counters counted since the last scrape. */
  flushCounts(): void {
    for (const d of this.#deferred) d.flush();
  }

  /**
   * Resolves every child of one label set. Counters are touched with
   * `inc(0)` so that they are exported as 0 from the start: `rate()` and
   * ratios then work before the first event, and Grafana shows 0, not "no data".
   */
  series(labels: ContactLabels, thresholdSeconds: number): ContactSeries {
    const l = { queue: labels.queue, channel: labels.channel, tier: labels.tier };
    const deferred = (child: Counter.Internal): CounterChild => {
      child.inc(0);
      const d = new DeferredCount(child);
      this.#deferred.push(d);
      return d;
    };
    const counter = (c: Counter<ContactLabel>): CounterChild => deferred(c.labels(l));
    const withOutcome = (c: Counter<ContactLabel | 'outcome'>, outcome: string): CounterChild => deferred(c.labels({ ...l, outcome }));
    const offers = {} as Record<OfferOutcome, CounterChild>;
    for (const o of OFFER_OUTCOMES) offers[o] = withOutcome(this.offers, o);
    const callbacks = {} as Record<CallbackOutcome, CounterChild>;
    for (const o of CALLBACK_OUTCOMES) callbacks[o] = withOutcome(this.callbacks, o);
    const surveyNoAbout = {} as Record<SurveyAbout, CounterChild>;
    for (const about of SURVEY_ABOUT) surveyNoAbout[about] = deferred(this.surveyNoAnswers.labels({ ...l, about }));
    return {
      ...l,
      thresholdMs: thresholdSeconds * 1000,
      created: counter(this.created),
      answered: counter(this.answered),
      answeredInServiceLevel: counter(this.answeredInServiceLevel),
      abandoned: counter(this.abandoned),
      waitAnswered: this.queueWait.labels({ ...l, outcome: 'answered' }),
      waitAbandoned: this.queueWait.labels({ ...l, outcome: 'abandoned' }),
      enqueueToOffer: this.enqueueToOffer.labels(l),
      handle: this.handle.labels(l),
      hold: this.hold.labels(l),
      afterContactWork: this.afterContactWork.labels(l),
      offers,
      transfers: counter(this.transfers),
      escalations: counter(this.escalations),
      repeatContacts: counter(this.repeatContacts),
      surveyYes: withOutcome(this.surveyAnswers, 'yes'),
      surveyNo: withOutcome(this.surveyAnswers, 'no'),
      surveyNoAbout,
      callbacks,
      waiting: this.waiting.labels(l),
      oldestAge: this.oldestAge.labels(l),
    };
  }
}

export const LEADER_METRIC = 'switchboard_cluster_leader';
export const LEADER_HELP = '1 on the process that routes (and exports the routing metrics); 0 on a follower of the same routing domain.';

/**
 * What a follower answers on /metrics: its role, so that Prometheus sees every
 * process and a dashboard can tell which one leads. The routing metrics are
 * the leader's alone (every process would otherwise count the same contacts).
 */
export function followerExposition(leaderId: string | null): string {
  return (
    `# HELP ${LEADER_METRIC} ${LEADER_HELP}\n# TYPE ${LEADER_METRIC} gauge\n${LEADER_METRIC} 0\n` +
    `# switchboard follower: the routing metrics are on the leader${leaderId === null ? ' (none right now)' : ` (${leaderId})`}\n`
  );
}
