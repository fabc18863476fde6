/**
 * The estimated wait announced to a waiting contact (DESIGN §4 "Estimated
 * wait time"), with the bound 80 % of such contacts wait less than.
 *
 * What it counts, for a contact C on channel ch:
 * - **the agents who may take C** (its routing class under its current step:
 *   pools, language, skills), and their **slots** on ch while staffed
 *   (logged in and `available`, busy or not): `s`;
 * - **the contacts truly ahead**: in every queue those agents serve, the
 *   waiting contacts on ch with a better routing key than C's (cross-queue
 *   fairness: an agent takes the best key across its queues), each queue
 *   counted for the share of its staffed slots held by C's agents (a queue
 *   whose agents all serve C competes fully; one that has agents of its own
 *   besides, in part);
 * - **abandons** among them: each leaves at a rate theta learnt from the
 *   queue's recent abandons (abandons over time spent waiting, the maximum-
 *   likelihood rate of exponential patience);
 * - **overtakers**: contacts that will arrive in those queues with a better
 *   key while C waits: a higher priority at any time, a tier with a larger
 *   bonus within the difference of bonuses (a standard caller is overtaken
 *   by Prime callers arriving during the next 60 s), at the rates learnt per
 *   queue, channel, priority and tier.
 *
 * Then (wait-formula.ts) E[W] = sum_{i=0..n} 1 / (s mu + i theta) with the
 * overtakers folded into n as a fixed point, mu the slots' service rate
 * (1 / the mean slot holding time, offer -> close, of the queues they
 * serve, mixed by their arrival rates), plus the mean time to answer an
 * offer. The 80 % bound is the gamma quantile with W's mean and variance.
 *
 * Rates are learnt per queue and channel, time-decayed (`memorySeconds`,
 * default 1 h) and warmed from the configured defaults. Nobody staffed who
 * could take C: the answer is `no_agents`, not a number.
 *
 * Cost per estimate: one O(log n) rank per competing queue and a few dozen
 * floating-point operations; the pool (who may serve, their slots, the
 * queues they serve) is cached per routing class until an agent logs in,
 * out or changes presence (then O(agents) once per class asked).
 * It ignores relaxation steps still to come (a pool widening later only
 * shortens the wait) and agents whose voice slot is blocked by other work.
 */
import type { CoreEvent } from '../core/events.js';
import type { Channel, ContactRecord } from '../core/model.js';
import type { Router } from '../core/router.js';
import { DecayedMean, DecayedRate, DecayedSum } from './decayed.js';
import { gammaQuantile, predictWait, type Overtaker, type WaitPrediction } from './wait-formula.js';

/** What the estimate reads of the router. */
export type EstimateReads = Pick<Router, 'contact' | 'agents' | 'waitingAhead' | 'routingClassOf' | 'servingAgents' | 'config'>;

export interface WaitEstimateOptions {
  /** Slot holding time (offer -> close, talk and wrap-up) assumed until contacts were handled. */
  readonly defaultHandleSeconds: number;
  /** Mean patience assumed until abandons are seen; null: nobody is assumed to hang up until someone does. */
  readonly defaultPatienceSeconds?: number | null;
  /** Time constant of the learnt rates' memory (default 3600 s). */
  readonly memorySeconds?: number;
  /** The share of contacts the bound covers (default 0.8). */
  readonly coverage?: number;
  /**
   * Told when a contact that was announced a wait (its first estimate, as
   * `createContact` answers it) is answered or abandons: the live measure of
   * the estimate's accuracy (Prometheus, `Metrics.waitEstimateSettled`).
   */
  readonly onSettled?: (s: SettledEstimate) => void;
}

/** An announced wait set against the wait the contact then had. */
export interface SettledEstimate {
  readonly queueId: string;
  readonly channel: string;
  /** The first estimate announced (seconds), or null when it was `no_agents`. */
  readonly announcedSeconds: number | null;
  readonly withinSeconds: number | null;
  /** From creation to the answer (`answered`) or to hanging up (`abandoned`). */
  readonly waitSeconds: number;
  readonly outcome: 'answered' | 'abandoned';
}

/** The answer for one contact. */
export interface WaitAnswer {
  /** `estimate`: a number; `no_agents`: nobody staffed could take it; `not_waiting`: offered, in service, or gone. */
  readonly status: 'estimate' | 'no_agents' | 'not_waiting';
  /** Expected seconds until answered (null unless `estimate`). */
  readonly seconds: number | null;
  /** Seconds within which `coverage` (80 %) of such contacts are answered. */
  readonly within: number | null;
  /** Contacts counted ahead, with the expected overtakers (shares of shared queues: may be fractional). */
  readonly ahead: number;
}

const NOT_WAITING: WaitAnswer = { status: 'not_waiting', seconds: null, within: null, ahead: 0 };

/** Weight of the configured defaults, in samples, before any are seen. */
const PRIOR_SAMPLES = 10;

interface KeyRate {
  readonly priority: number;
  readonly bonusMs: number;
  readonly rate: DecayedRate;
}

/** What is learnt per queue and channel. */
class QueueRates {
  readonly hold: DecayedMean;
  readonly answer: DecayedMean;
  readonly abandons: DecayedSum;
  /** Seconds spent waiting (served and abandoned): abandons / exposure is the abandon rate. */
  readonly exposure: DecayedSum;
  readonly arrivals: DecayedRate;
  /** Arrivals by (priority, tier bonus). */
  readonly byKey = new Map<string, KeyRate>();

  constructor(
    readonly queueId: string,
    readonly channel: string,
    tauMs: number,
    handleSeconds: number,
    patienceSeconds: number | null,
    at: number,
  ) {
    this.hold = new DecayedMean(tauMs, handleSeconds, PRIOR_SAMPLES, at);
    this.answer = new DecayedMean(tauMs, 0, 1, at);
    this.abandons = new DecayedSum(tauMs, patienceSeconds === null ? 0 : PRIOR_SAMPLES, at);
    this.exposure = new DecayedSum(tauMs, PRIOR_SAMPLES * (patienceSeconds ?? handleSeconds), at);
    this.arrivals = new DecayedRate(tauMs, at);
  }

  /** Per second. */
  abandonRate(at: number): number {
    const e = this.exposure.valueAt(at);
    return e > 0 ? this.abandons.valueAt(at) / e : 0;
  }
}

interface Pool {
  readonly epoch: number;
  /** Staffed slots of the agents who may take the class, on its channel. */
  readonly slots: number;
  /** Queues those agents serve on the channel, with the share of each queue's staffed slots they hold. */
  readonly queues: readonly (readonly [string, number])[];
}

class Live {
  /** The first estimate given (NaN: none yet; null: `no_agents`), its bound, and whether it was settled. */
  announced: number | null = NaN;
  within: number | null = NaN;
  answered = false;
  constructor(
    readonly rates: QueueRates,
    readonly createdAt: number,
    /** Waiting since (first wait only), NaN when not a patience sample. */
    public waitingSince: number,
    /** Offered at, NaN when not holding a slot. */
    public offeredAt = NaN,
  ) {}
}

export class WaitEstimate {
  readonly #tauMs: number;
  readonly #handleSeconds: number;
  readonly #patienceSeconds: number | null;
  readonly #coverage: number;
  readonly #onSettled: ((s: SettledEstimate) => void) | undefined;
  readonly #rates = new Map<string, QueueRates>();
  /** Live contacts: what their next events teach. */
  readonly #live = new Map<string, Live>();
  /** The latest event's time: "now" for an estimate asked without a clock. */
  #lastAt = 0;
  /** Bumped by every agent event: pools are cached per routing class within an epoch. */
  #epoch = 0;
  readonly #pools = new Map<string, Pool>();
  /** Per channel: each queue's staffed slots, within `#slotsEpoch`. */
  #slotsEpoch = -1;
  readonly #queueSlots = new Map<Channel, Map<string, number>>();

  constructor(options: WaitEstimateOptions) {
    this.#handleSeconds = options.defaultHandleSeconds;
    this.#patienceSeconds = options.defaultPatienceSeconds ?? null;
    this.#tauMs = (options.memorySeconds ?? 3600) * 1000;
    this.#coverage = options.coverage ?? 0.8;
    this.#onSettled = options.onSettled;
  }

  #ratesOf(queue: string, channel: string, at: number): QueueRates {
    const k = `${queue}|${channel}`;
    let r = this.#rates.get(k);
    if (r === undefined) this.#rates.set(k, (r = new QueueRates(queue, channel, this.#tauMs, this.#handleSeconds, this.#patienceSeconds, at)));
    return r;
  }

  /** Learns from every event of the router, in order. */
  observe(e: CoreEvent): void {
    if (e.at > this.#lastAt) this.#lastAt = e.at;
    switch (e.type) {
      case 'agent.logged_in':
      case 'agent.logged_out':
      case 'agent.presence_changed':
        this.#epoch++;
        return;
      case 'contact.created': {
        const c = e.contact;
        const rates = this.#ratesOf(c.queueId, c.channel, e.at);
        rates.arrivals.add(e.at);
        this.#keyRate(rates, c, e.at).add(e.at);
        this.#live.set(c.id, new Live(rates, e.at, c.state === 'waiting' ? e.at : NaN));
        return;
      }
      default:
        break;
    }
    if (!('contactId' in e)) return;
    const l = this.#live.get(e.contactId);
    if (l === undefined) return;
    switch (e.type) {
      case 'contact.offered':
        if (!Number.isNaN(l.waitingSince)) {
          l.rates.exposure.add((e.at - l.waitingSince) / 1000, e.at);
          l.waitingSince = NaN;
        }
        l.offeredAt = e.at;
        break;
      case 'contact.accepted':
        if (!Number.isNaN(l.offeredAt)) l.rates.answer.add((e.at - l.offeredAt) / 1000, e.at);
        if (!l.answered) {
          l.answered = true;
          this.#settle(l, e.at, 'answered');
        }
        break;
      case 'contact.closed':
        if (!Number.isNaN(l.offeredAt)) l.rates.hold.add((e.at - l.offeredAt) / 1000, e.at);
        this.#live.delete(e.contactId);
        break;
      case 'contact.abandoned':
        // A removal (reason set) says nothing of callers' patience.
        if (!Number.isNaN(l.waitingSince) && e.reason === undefined) {
          l.rates.exposure.add((e.at - l.waitingSince) / 1000, e.at);
          l.rates.abandons.add(1, e.at);
        }
        if (!l.answered) this.#settle(l, e.at, 'abandoned');
        this.#live.delete(e.contactId);
        break;
      case 'contact.offer_rejected':
      case 'contact.offer_expired':
      case 'contact.offer_revoked':
      case 'contact.requeued':
      case 'contact.transferred':
        // The slot was freed early (or handed on): not a holding-time sample.
        l.offeredAt = NaN;
        break;
      case 'contact.callback_requested':
        // A callback keeps its place but no longer hangs up: no more a patience sample.
        l.waitingSince = NaN;
        break;
      case 'contact.callback_failed':
        l.offeredAt = NaN;
        if (e.retryAt === null) this.#live.delete(e.contactId);
        break;
      default:
        break;
    }
  }

  #settle(l: Live, at: number, outcome: SettledEstimate['outcome']): void {
    const f = this.#onSettled;
    if (f === undefined || Number.isNaN(l.announced)) return;
    f({
      queueId: l.rates.queueId,
      channel: l.rates.channel,
      announcedSeconds: l.announced,
      withinSeconds: l.within,
      waitSeconds: (at - l.createdAt) / 1000,
      outcome,
    });
  }

  #keyRate(rates: QueueRates, c: Readonly<ContactRecord>, at: number): DecayedRate {
    const bonusMs = c.firstArrival - c.virtualArrival;
    const k = `${c.priority}|${bonusMs}`;
    let r = rates.byKey.get(k);
    if (r === undefined) rates.byKey.set(k, (r = { priority: c.priority, bonusMs, rate: new DecayedRate(this.#tauMs, at) }));
    return r.rate;
  }

  /** Each queue's staffed slots on `channel` (cached until an agent event). */
  #slotsByQueue(router: EstimateReads, channel: Channel): Map<string, number> {
    if (this.#slotsEpoch !== this.#epoch) {
      this.#queueSlots.clear();
      this.#slotsEpoch = this.#epoch;
    }
    let m = this.#queueSlots.get(channel);
    if (m === undefined) {
      m = new Map();
      for (const a of router.agents()) {
        if (a.presence !== 'available') continue;
        const cap = a.capacity[channel] ?? 0;
        if (cap <= 0) continue;
        for (const q of a.queues) m.set(q, (m.get(q) ?? 0) + cap);
      }
      this.#queueSlots.set(channel, m);
    }
    return m;
  }

  /** The pool of the contact's class under `step` (default: the step in force). */
  #poolOf(router: EstimateReads, c: Readonly<ContactRecord>, step?: number): Pool {
    const sig = router.routingClassOf(c.id, step);
    const cached = this.#pools.get(sig);
    if (cached !== undefined && cached.epoch === this.#epoch) return cached;
    const ch = c.channel;
    const all = this.#slotsByQueue(router, ch);
    const mine = new Map<string, number>();
    let slots = 0;
    for (const a of router.servingAgents(c.id, step)) {
      if (a.presence !== 'available') continue;
      const cap = a.capacity[ch] ?? 0;
      if (cap <= 0) continue;
      slots += cap;
      for (const q of a.queues) mine.set(q, (mine.get(q) ?? 0) + cap);
    }
    const queues: [string, number][] = [];
    for (const [q, cap] of mine) {
      const qc = router.config.queues.get(q as never);
      if (qc === undefined || !qc.channels.has(ch)) continue;
      queues.push([q, Math.min(1, cap / (all.get(q) ?? cap))]);
    }
    const pool: Pool = { epoch: this.#epoch, slots, queues };
    this.#pools.set(sig, pool);
    return pool;
  }

  /** The estimate for a contact, as of `now` (clock ms; default: the latest event seen). */
  estimate(router: EstimateReads, contactId: string, now = this.#lastAt): WaitAnswer {
    const a = this.#estimate(router, contactId, now);
    const l = this.#live.get(contactId);
    if (l !== undefined && Number.isNaN(l.announced) && a.status !== 'not_waiting') {
      l.announced = a.seconds;
      l.within = a.within;
    }
    return a;
  }

  #estimate(router: EstimateReads, contactId: string, now: number): WaitAnswer {
    const c = router.contact(contactId);
    if (c === undefined || c.state !== 'waiting') return NOT_WAITING;
    const own = this.#ratesOf(c.queueId, c.channel, now);
    // Under the step in force, then under each later relaxation step from when it applies
    // (a wider pool: it may serve the contact sooner; a wait that outlasts the step takes that road).
    let mean = Infinity;
    let within = Infinity;
    let ahead = 0;
    const pool = this.#poolOf(router, c);
    if (pool.slots > 0) {
      const p = this.#predict(router, c, pool, own, now);
      mean = p.mean;
      within = gammaQuantile(this.#coverage, p.mean, p.variance);
      ahead = p.ahead;
    }
    const levels = router.config.queues.get(c.queueId)?.levels ?? [];
    for (let j = c.step + 1; j < levels.length; j++) {
      const delay = Math.max(0, (c.firstArrival + levels[j]!.afterMs - now) / 1000);
      if (delay >= mean) break;
      const later = this.#poolOf(router, c, j);
      if (later.slots <= 0) continue;
      const p = this.#predict(router, c, later, own, now);
      if (delay + p.mean < mean) {
        mean = delay + p.mean;
        ahead = p.ahead;
      }
      within = Math.min(within, delay + gammaQuantile(this.#coverage, p.mean, p.variance));
    }
    if (mean === Infinity) return { status: 'no_agents', seconds: null, within: null, ahead: 0 };
    const answer = own.answer.value;
    return { status: 'estimate', seconds: mean + answer, within: Math.max(within, mean) + answer, ahead };
  }

  /** The wait for a slot of `pool`, counting the contacts ahead in the queues it serves, abandons and overtakers. */
  #predict(router: EstimateReads, c: Readonly<ContactRecord>, pool: Pool, own: QueueRates, now: number): WaitPrediction {
    const bonusMs = c.firstArrival - c.virtualArrival;
    let ahead = 0;
    let holdSum = 0;
    let holdWeight = 0;
    let thetaSum = 0;
    const overtakers: Overtaker[] = [];
    for (const [q, share] of pool.queues) {
      const n = router.waitingAhead(c.id, q) * share;
      const rates = q === c.queueId ? own : this.#rates.get(`${q}|${c.channel}`);
      if (rates === undefined) {
        ahead += n;
        continue;
      }
      const theta = rates.abandonRate(now);
      ahead += n;
      thetaSum += n * theta;
      // Slots go to the queues in proportion to their traffic (a floor keeps a silent queue's default in the mix).
      const weight = share * (rates.arrivals.perSecond(now) + 1e-6);
      holdSum += weight * rates.hold.value;
      holdWeight += weight;
      for (const k of rates.byKey.values()) {
        const window = k.priority < c.priority ? Infinity : k.priority === c.priority && k.bonusMs > bonusMs ? (k.bonusMs - bonusMs) / 1000 : 0;
        if (window <= 0) continue;
        const rate = share * k.rate.perSecond(now);
        // One overtaker per window (queues and tiers with the same bonus add up): fewer gamma evaluations.
        const same = overtakers.findIndex((o) => o.windowSeconds === window);
        if (same < 0) overtakers.push({ rate, windowSeconds: window });
        else overtakers[same] = { rate: overtakers[same]!.rate + rate, windowSeconds: window };
      }
    }
    const hold = holdWeight > 0 ? holdSum / holdWeight : own.hold.value;
    const theta = ahead > 0 ? thetaSum / ahead : own.abandonRate(now);
    return predictWait({ ahead, serviceRate: pool.slots / hold, abandonRate: theta, overtakers });
  }
}
