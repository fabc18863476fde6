/**
 * Where contacts come from: arrival streams (a non-homogeneous Poisson
 * process, its rate constant within each interval of the day) and traces
 * (contacts replayed as recorded), and what each contact brings (language,
 * tier, handle time, patience, whether it would take a callback or redial).
 *
 * Arrivals are drawn one at a time, so a day of any length keeps one pending
 * arrival per stream in memory. Every contact draws the same uniforms in the
 * same order whatever happens to it, from its stream's own generators, so
 * two runs that differ only in staffing see the very same contacts.
 */
import type { Channel } from '../core/model.js';
import { compileDistribution, type Sampler } from './distributions.js';
import type { Random } from './random.js';
import type { Behaviour, Scenario, StreamSpec } from './scenario-schema.js';
import type { TraceRecord } from './trace-format.js';

/** A contact about to be created, with what the simulation will do with it. Times in ms. */
export interface ContactDraw {
  readonly queue: string;
  readonly channel: Channel;
  readonly language: string;
  readonly tier: string;
  readonly skills: Readonly<Record<string, number>>;
  readonly priority: number | undefined;
  readonly intent: string | null | undefined;
  readonly customer: string;
  readonly handleMs: number;
  /** NaN: the queue's wrap-up. */
  readonly wrapMs: number;
  /** Infinity: never hangs up. */
  readonly patienceMs: number;
  /** Wait after which this caller asks for a callback; Infinity: never. */
  readonly callbackAfterMs: number;
  /** Whether each dial attempt reaches the customer, drawn per attempt from this share. */
  readonly reachProbability: number;
  /** If this contact abandons: when the customer calls again (ms after), or Infinity. */
  readonly redialAfterMs: number;
}

/**
 * Times of a non-homogeneous Poisson process with a constant rate within
 * each interval, by inversion of its cumulative rate: the next arrival after
 * t is where the cumulative rate has grown by one standard exponential draw
 * (one uniform an arrival, whatever the rates).
 */
export class PoissonArrivals {
  readonly #volumes: readonly number[];
  readonly #start: number;
  readonly #end: number;
  readonly #interval: number;
  readonly #r: Random;
  #t: number;
  #k = 0;

  constructor(volumes: readonly number[], day: Scenario['day'], r: Random) {
    this.#volumes = volumes;
    this.#start = day.startMs;
    this.#end = day.endMs;
    this.#interval = day.intervalMs;
    this.#r = r;
    this.#t = day.startMs;
  }

  /** The next arrival (ms since midnight), or Infinity after the day's end. */
  next(): number {
    let e = -Math.log(this.#r.nextOpen());
    for (;;) {
      if (this.#k >= this.#volumes.length) return Infinity;
      const from = this.#start + this.#k * this.#interval;
      const to = Math.min(this.#end, from + this.#interval);
      const rate = this.#volumes[this.#k]! / (to - from); // contacts per ms
      const left = (to - this.#t) * rate;
      if (rate > 0 && e < left) {
        this.#t += e / rate;
        return this.#t;
      }
      e -= left;
      this.#t = to;
      this.#k++;
    }
  }
}

function pickShare(r: Random, pairs: readonly (readonly [string, number])[]): string {
  const u = r.next();
  if (pairs.length === 1) return pairs[0]![0];
  let acc = 0;
  for (const [v, share] of pairs) {
    acc += share;
    if (u < acc) return v;
  }
  return pairs[pairs.length - 1]![0];
}

/** The samplers of a contact's behaviour. */
class BehaviourSamplers {
  readonly handle: Sampler;
  readonly wrap: Sampler | null;
  readonly patience: Sampler;
  readonly redialAfter: Sampler | null;
  constructor(readonly b: Behaviour) {
    this.handle = compileDistribution(b.handle);
    this.wrap = b.wrapUp === null ? null : compileDistribution(b.wrapUp);
    this.patience = compileDistribution(b.patience);
    this.redialAfter = b.redial === null ? null : compileDistribution(b.redial.after);
  }

  /**
   * The contact with its drawn behaviour, built as one object. Always the
   * same uniforms in the same order: handle, wrap-up, patience, callback,
   * redial (and its delay).
   */
  contact(r: Random, c: Omit<ContactDraw, 'handleMs' | 'wrapMs' | 'patienceMs' | 'callbackAfterMs' | 'redialAfterMs'>): ContactDraw {
    const handleMs = this.handle.sample(r) * 1000;
    const wrapMs = this.wrap === null ? NaN : this.wrap.sample(r) * 1000;
    const patienceMs = this.patience.sample(r) * 1000;
    const cb = this.b.callback;
    const takesCallback = r.next() < (cb === null || c.channel !== 'voice' ? 0 : cb.probability);
    const redials = r.next() < (this.b.redial?.probability ?? 0);
    const after = this.redialAfter === null ? Infinity : this.redialAfter.sample(r) * 1000;
    return {
      queue: c.queue,
      channel: c.channel,
      language: c.language,
      tier: c.tier,
      skills: c.skills,
      priority: c.priority,
      intent: c.intent,
      customer: c.customer,
      reachProbability: c.reachProbability,
      handleMs,
      wrapMs,
      patienceMs,
      callbackAfterMs: takesCallback ? cb!.afterSeconds * 1000 : Infinity,
      redialAfterMs: redials ? after : Infinity,
    };
  }
}

/** One arrival stream of the scenario: its times and its contacts. */
export class StreamSource {
  readonly spec: StreamSpec;
  readonly times: PoissonArrivals;
  readonly #attrs: Random;
  readonly #redials: Random;
  readonly #samplers: BehaviourSamplers;

  constructor(spec: StreamSpec, day: Scenario['day'], r: Random) {
    this.spec = spec;
    this.times = new PoissonArrivals(spec.volumes, day, r.fork('times'));
    this.#attrs = r.fork('attributes');
    this.#redials = r.fork('redials');
    this.#samplers = new BehaviourSamplers(spec);
    this.#intent = spec.handoff === undefined ? undefined : (spec.handoff.intent ?? null);
    this.#customerPrefix = `${spec.name.replace(/[^A-Za-z0-9._:@-]/g, '_')}-`;
  }

  readonly #intent: string | null | undefined;
  readonly #customerPrefix: string;

  /** The contact arriving now; `n` numbers it (for a customer id when every contact is a new customer). */
  draw(n: number): ContactDraw {
    return this.#draw(this.#attrs, undefined, n);
  }

  /** The same customer calling again after abandoning: a new contact, drawn from the stream's redial generator. */
  redraw(customer: string, n: number): ContactDraw {
    return this.#draw(this.#redials, customer, n);
  }

  #draw(r: Random, customer: string | undefined, n: number): ContactDraw {
    const s = this.spec;
    const language = pickShare(r, s.language);
    const tier = pickShare(r, s.tier);
    const u = r.next();
    return this.#samplers.contact(r, {
      queue: s.queue,
      channel: s.channel,
      language,
      tier,
      skills: s.skills,
      priority: s.priority,
      intent: this.#intent,
      customer: customer ?? (s.customers === undefined ? `k${n}` : `${this.#customerPrefix}${Math.floor(u * s.customers)}`),
      reachProbability: s.callback?.reachProbability ?? 1,
    });
  }
}

/** The trace's contacts, in arrival order, with the scenario's defaults for what a record leaves out. */
export class TraceSource {
  readonly #records: readonly TraceRecord[];
  readonly #r: Random;
  readonly #samplers: BehaviourSamplers;
  readonly #defaults: Behaviour;
  #i = 0;

  constructor(scenario: Scenario, r: Random) {
    this.#records = scenario.trace;
    this.#r = r;
    this.#defaults = scenario.traceDefaults;
    this.#samplers = new BehaviourSamplers(scenario.traceDefaults);
  }

  /** The arrival time of the next record (ms since midnight), or Infinity. */
  peek(): number {
    return this.#records[this.#i]?.atMs ?? Infinity;
  }

  /** The next record's contact (its arrival is `peek()`). */
  take(n: number): ContactDraw {
    const t = this.#records[this.#i++]!;
    const b = this.#samplers.contact(this.#r, {
      queue: t.queue,
      channel: t.channel,
      language: t.language,
      tier: t.tier,
      skills: t.skills,
      priority: undefined,
      intent: t.intent,
      customer: t.customer ?? `k${n}`,
      reachProbability: this.#defaults.callback?.reachProbability ?? 1,
    });
    // What the record says wins over the scenario's draws; a replayed customer does not redial.
    return {
      ...b,
      handleMs: t.handleSeconds * 1000,
      wrapMs: t.wrapUpSeconds === undefined ? b.wrapMs : t.wrapUpSeconds * 1000,
      patienceMs: t.patienceSeconds === undefined ? b.patienceMs : t.patienceSeconds * 1000,
      redialAfterMs: Infinity,
    };
  }
}
