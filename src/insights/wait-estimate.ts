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
 * The slots are what the capacity rules (DESIGN §3 rule 5) leave given the
 * work the agents hold, when their profiles mix channels the rules set
 * against each other (voice exclusive, chats not interruptible): an agent on
 * a call opens no chat slot until the call ends, and then the places needed,
 * after the calls of the queue waiting ahead have taken the agents freed
 * first (two streams of places racing: `raceWait`); an agent holding chats
 * opens its voice slot once they have all ended. A slot in wrap-up frees
 * when the wrap-up's time box ends (`withKnownOpenings`). A later step's
 * wider pool counts its free slots as taking the line at once when the step
 * applies, after the places the pool in force opens by then, and the wait is
 * E[min(W, delay)] + P(W > delay) x the wait from there.
 *
 * Rates are learnt per queue and channel, time-decayed (`memorySeconds`,
 * default 1 h) and warmed from the configured defaults. Nobody staffed who
 * could take C: the answer is `no_agents`, not a number.
 *
 * Cost per estimate: one O(log n) rank per competing queue and a few dozen
 * floating-point operations; the pool (who may serve, their slots, the
 * queues they serve) is cached per routing class until an agent logs in,
 * out or changes presence (then O(agents) once per class asked).
 * With mixed profiles or wrap-up times, each estimate also reads the held
 * contacts of the pool's agents, up to `SCAN_LIMIT` of them (larger pools
 * count their staffed slots).
 */
import type { CoreEvent } from '../core/events.js';
import type { AgentRecord, Channel, ContactRecord } from '../core/model.js';
import type { Router } from '../core/router.js';
import { DecayedMean, DecayedRate, DecayedSum } from './decayed.js';
import {
  expectedMin,
  gammaCdf,
  gammaQuantile,
  predictWait,
  raceWait,
  withKnownOpenings,
  type Opening,
  type Overtaker,
  type WaitPrediction,
} from './wait-formula.js';

/** What the estimate reads of the router. */
export type EstimateReads = Pick<Router, 'contact' | 'agents' | 'position' | 'waitingAhead' | 'routingClassOf' | 'servingAgents' | 'config'>;

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

/**
 * Pools larger than this are taken at their staffed slots, their held work
 * not read: the read costs O(agents of the pool) an estimate, and with many
 * slots the openings are close to a Poisson stream at the staffed rate
 * anyway (wrap-ups ending are a small part of them).
 */
const SCAN_LIMIT = 32;

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
  /** Its staffed agents with a slot on the channel. */
  readonly members: readonly Readonly<AgentRecord>[];
  /**
   * Whether some of them also take contacts of a channel the capacity rules
   * set against this one (voice beside chats): their slots then depend on
   * the work they hold, read at each estimate.
   */
  readonly mixed: boolean;
  /** Whether a queue they serve has a wrap-up time: slots in wrap-up free at known times, read at each estimate. */
  readonly wrapUps: boolean;
  /** Queues those agents serve on the channel, with the share of each queue's staffed slots they hold. */
  readonly queues: readonly (readonly [string, number])[];
}

/** Whether holding a contact of `held` keeps an agent from taking one of `ch` (DESIGN §3 rule 5). */
function blocks(exclusive: ReadonlySet<Channel>, interruptible: ReadonlySet<Channel>, held: Channel, ch: Channel): boolean {
  return exclusive.has(held) || (exclusive.has(ch) && !interruptible.has(held));
}

/** P(W > t) for W gamma with this mean and variance; far from the bulk (8 sd) without evaluating the CDF. */
function survival(mean: number, variance: number, t: number): number {
  const sd = Math.sqrt(Math.max(variance, 0));
  if (t <= mean - 8 * sd) return 1;
  if (t >= mean + 8 * sd) return 0;
  return 1 - gammaCdf(t, (mean * mean) / Math.max(variance, 1e-12), Math.max(variance, 1e-12) / mean);
}

/** 1 + 1/2 + ... + 1/k: the mean time for k exponential holds to all end, in holds. */
function harmonic(k: number): number {
  let h = 0;
  for (let i = 1; i <= k; i++) h += 1 / i;
  return h;
}

/** What a pool can give a contact now, its agents' held work considered. */
interface Capacity {
  /** Slots turning over at the channel's holding time that give the same places per second. */
  readonly slots: number;
  /** Slots free now (agents who could take a contact of the channel at once). */
  readonly free: number;
  /** The part of `slots` from agents on a call, and the places each opens when it ends (mean). */
  readonly onCall: number;
  readonly placesPerCall: number;
  /** Calls ending a second among those agents. */
  readonly callRate: number;
  /** Places opening at known times (wrap-ups ending)... */
  readonly known: readonly Opening[];
  /** ... of which those when an agent's call ends (the queue's other channels ahead take the first). */
  readonly knownCalls: readonly Opening[];
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
    const members: Readonly<AgentRecord>[] = [];
    let mixed = false;
    const { exclusive, interruptible } = router.config;
    for (const a of router.servingAgents(c.id, step)) {
      if (a.presence !== 'available') continue;
      const cap = a.capacity[ch] ?? 0;
      if (cap <= 0) continue;
      slots += cap;
      members.push(a);
      if (!mixed)
        for (const [other, n] of Object.entries(a.capacity))
          if (other !== ch && (n ?? 0) > 0 && blocks(exclusive, interruptible, other as Channel, ch)) mixed = true;
      for (const q of a.queues) mine.set(q, (mine.get(q) ?? 0) + cap);
    }
    const queues: [string, number][] = [];
    for (const [q, cap] of mine) {
      const qc = router.config.queues.get(q as never);
      if (qc === undefined || !qc.channels.has(ch)) continue;
      queues.push([q, Math.min(1, cap / (all.get(q) ?? cap))]);
    }
    let wrapUps = false;
    for (const [q] of queues) if ((router.config.queues.get(q as never)?.wrapUpMs ?? 0) > 0) wrapUps = true;
    const pool: Pool = { epoch: this.#epoch, slots, members, mixed, wrapUps, queues };
    this.#pools.set(sig, pool);
    return pool;
  }

  /**
   * The pool's capacity on `ch` given what its agents hold and the capacity
   * rules (DESIGN §3 rule 5: voice exclusive, email interruptible by
   * default), in slots of `ch` (holding time `hold`): an agent free for `ch`
   * or busy on it counts its slots; one kept from `ch` by a call (a chat
   * contact, an agent on the phone) counts for the places it opens when the
   * call ends, at most `places`, as often as calls end; one kept from a call
   * by the chats it holds counts for its voice slot once all of them have
   * ended (k chats: k-th harmonic number times their holding time). Without
   * a mixed agent it is the staffed slots, with nothing read.
   */
  #capacity(router: EstimateReads, pool: Pool, ch: Channel, hold: number, places: number, withFree: boolean, now: number): Capacity {
    if ((!pool.mixed && !pool.wrapUps && !withFree) || pool.members.length > SCAN_LIMIT)
      return { slots: pool.slots, free: 0, onCall: 0, placesPerCall: 0, callRate: 0, known: [], knownCalls: [] };
    const { exclusive, interruptible } = router.config;
    let slots = 0;
    let free = 0;
    let onCall = 0;
    let calls = 0;
    let callPlaces = 0;
    let callRate = 0;
    const known: Opening[] = [];
    const knownCalls: Opening[] = [];
    for (const a of pool.members) {
      const cap = a.capacity[ch] ?? 0;
      let mine = 0;
      let mineWrapping = 0;
      let excl = 0;
      let exclHold = 0;
      let exclEnds = -1;
      let nonInt = 0;
      let nonIntHold = 0;
      for (const id of a.contacts) {
        const h = router.contact(id);
        if (h === undefined) continue;
        // In wrap-up: its slot frees when the wrap-up's time box ends, at the latest.
        const ends = h.state === 'wrap_up' && h.deadline !== null ? Math.max(0, (h.deadline - now) / 1000) : -1;
        if (h.channel === ch) {
          mine++;
          if (ends >= 0) {
            mineWrapping++;
            known.push({ at: ends, places: 1 });
          }
          continue;
        }
        if (!blocks(exclusive, interruptible, h.channel, ch)) continue;
        const held = this.#rates.get(`${h.queueId}|${h.channel}`)?.hold.value ?? this.#handleSeconds;
        if (exclusive.has(h.channel)) {
          excl++;
          exclHold = Math.max(exclHold, held);
          exclEnds = excl === 1 ? ends : Math.max(exclEnds, ends);
        } else {
          nonInt++;
          nonIntHold += held;
        }
      }
      if (excl > 0 && mine === 0) {
        // On a call: the places it opens when the call ends (known if in wrap-up), once per call.
        const opens = Math.min(cap, places);
        if (exclEnds >= 0) knownCalls.push({ at: exclEnds, places: opens });
        else {
          const s = opens * (hold / exclHold);
          slots += s;
          onCall += s;
          calls++;
          callPlaces += opens;
          callRate += 1 / exclHold;
        }
      } else if (nonInt > 0 && mine === 0) {
        // Chats keep it from a call until they have all ended.
        slots += (cap * hold) / ((nonIntHold / nonInt) * harmonic(nonInt));
      } else {
        slots += cap - mineWrapping;
        if (excl === 0 && mine < cap) free += cap - mine;
      }
    }
    return { slots, free, onCall, placesPerCall: calls > 0 ? callPlaces / calls : 0, callRate, known, knownCalls };
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
    let variance = Infinity;
    let within = Infinity;
    let ahead = 0;
    const pool = this.#poolOf(router, c);
    // Places the pool in force opens per second (0: nobody staffed).
    let rate = 0;
    if (pool.slots > 0) {
      const p = this.#predict(router, c, pool, own, now, 0);
      mean = p.mean;
      variance = p.variance;
      within = gammaQuantile(this.#coverage, p.mean, p.variance);
      ahead = p.ahead;
      rate = p.rate;
    }
    const levels = router.config.queues.get(c.queueId)?.levels ?? [];
    for (let j = c.step + 1; j < levels.length; j++) {
      const delay = Math.max(0, (c.firstArrival + levels[j]!.afterMs - now) / 1000);
      if (delay >= mean) break;
      const later = this.#poolOf(router, c, j);
      if (later.slots <= 0) continue;
      // Served before the step applies (the wait so far, cut at the step), or after it by the wider pool:
      // by then the pool in force has opened about rate x delay places, and the wider pool's free slots
      // take as many at once.
      const p = this.#predict(router, c, later, own, now, rate * delay, true);
      const before = Number.isFinite(mean) ? expectedMin(mean, variance, delay) : delay;
      const stays = Number.isFinite(mean) ? survival(mean, variance, delay) : 1;
      const next = before + stays * p.mean;
      if (next < mean) {
        variance = Number.isFinite(mean) ? variance * (next / mean) ** 2 : p.variance;
        mean = next;
        ahead = p.ahead;
      }
      within = Math.min(within, delay + gammaQuantile(this.#coverage, p.mean, p.variance));
    }
    if (mean === Infinity) return { status: 'no_agents', seconds: null, within: null, ahead: 0 };
    const answer = own.answer.value;
    return { status: 'estimate', seconds: mean + answer, within: Math.max(within, mean) + answer, ahead };
  }

  /**
   * The wait for a slot of `pool`, counting the contacts ahead in the queues
   * it serves, abandons and overtakers; `served` places taken off the line
   * first (opened by an earlier pool), and with `withFree` the pool's free
   * slots too (a later step's pool: its free agents take the line at once).
   */
  #predict(
    router: EstimateReads,
    c: Readonly<ContactRecord>,
    pool: Pool,
    own: QueueRates,
    now: number,
    served: number,
    withFree = false,
  ): WaitPrediction & { readonly rate: number } {
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
    const cap = this.#capacity(router, pool, c.channel, hold, Math.max(1, ahead + 1), withFree, now);
    const rate = cap.slots / hold;
    const left = ahead - Math.min(served, ahead) - cap.free;
    let p: WaitPrediction;
    if (left < 0) {
      // Fewer ahead than places ready: the share of a place still missing, at the pool's rate.
      const part = Math.max(0, 1 + left);
      p = part === 0 ? { mean: 0, variance: 0, ahead: 0 } : { mean: part / rate, variance: part / (rate * rate), ahead: 0 };
    } else p = predictWait({ ahead: left, serviceRate: rate, abandonRate: theta, overtakers });
    let known = cap.known;
    if (cap.onCall > 0 || cap.knownCalls.length > 0) {
      // Agents on a call open places for this channel when it ends, but take the best key of every
      // channel: the contacts of the queue's other channels ahead of this one take the first ones.
      // The rest turn over one slot at a time; whichever gets to this contact first serves it.
      const other = Math.max(0, router.position(c.id) - 1 - router.waitingAhead(c.id, c.queueId));
      if (cap.onCall > 0 && left >= 0)
        p = { ...raceWait(p.ahead + 1, (cap.slots - cap.onCall) / hold, cap.callRate, cap.placesPerCall, other), ahead: p.ahead };
      const calls = [...cap.knownCalls].sort((x, y) => x.at - y.at).slice(Math.round(other));
      known = calls.length === 0 ? known : [...known, ...calls];
    }
    if (known.length > 0) {
      const places = (Number.isFinite(p.ahead) ? p.ahead : Math.max(0, left)) + 1;
      p = { ...withKnownOpenings(places, p.mean, p.variance, known), ahead: places - 1 };
    }
    return { ...p, rate };
  }
}
