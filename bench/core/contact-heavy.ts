/**
 * The contact-heavy shape of bench:core and bench:core-ab: 10,000 agents,
 * every one busy, 100,000 contacts waiting over 208 skill/language
 * combinations. A decision is a random busy agent ending its contact and
 * finishing wrap-up, which takes the best waiting contact; its latency is
 * the wall time of the wrap-up's finish (validation, state change,
 * matching, events).
 */
import { performance } from 'node:perf_hooks';
import type { CoreEvent, Router } from '../../src/core/index.js';
import { Latency } from '../lib/latency.js';
import { rng } from '../lib/random.js';
import type { MetricsSink } from './metrics-sink.js';
import { agentProfile, config, contact, skillSets } from './workload.js';

export const AGENTS = 10_000;
export const WAITING = 100_000;
/**
 * Untimed decisions before the timed ones (see `warmDecisions`): the set-up
 * never calls the timed command (`finishWrapUp`), so without them the first
 * ~2,000 timed decisions ran code still being compiled (p50 18 µs, p90 30 µs
 * against 10 / 12 µs after; bench:core-tail, 2026-12-06). Agent-heavy runs
 * 20,000 untimed decisions for the same reason.
 */
export const CONTACT_WARM = 5_000;

/** Sees each timed decision: its wall time (ns), its start (`performance.now()`), the events it emitted. */
export type DecisionHook = (ns: number, t0: number, events: readonly CoreEvent[]) => void;

/** A router class: this tree's, or a baseline's compiled from another commit (bench:core-ab). */
export type RouterClass = typeof Router;

/** The bench's clock, moved on by hand: one millisecond a command. */
export class BenchClock {
  t = 1_700_000_000_000;
  now = (): number => this.t;
}

export interface ContactHeavyOptions {
  /** Records every event and decision as the server does. */
  readonly sink?: (router: Router) => MetricsSink;
  /** Measures the heap the waiting contacts take (the function should force a full GC). */
  readonly heapUsed?: () => number;
  /** False: the workload without issue 21's rules (see `config`). */
  readonly rules?: boolean;
  /**
   * Untimed decisions after the warm-up, before the first timed one, so
   * that the timed command's code is compiled (the warm-up never calls
   * `finishWrapUp`); `CONTACT_WARM` by default.
   */
  readonly warmDecisions?: number;
  /** Called after every timed decision (bench:core-tail). */
  readonly onDecision?: DecisionHook;
}

export class ContactHeavy {
  readonly latency = new Latency();
  /** Heap bytes per waiting contact, when `heapUsed` was given. */
  readonly heapPerWaiting: number | undefined;
  readonly #r = rng(42);
  readonly #sets = skillSets(this.#r);
  readonly #clock = new BenchClock();
  readonly #router: Router;
  readonly #sink: MetricsSink | null;
  readonly #heldBy = new Map<string, string>();
  readonly #onDecision: DecisionHook | undefined;
  #next = 0;
  #offers = 0;

  constructor(R: RouterClass, options: ContactHeavyOptions = {}) {
    const router = (this.#router = new R(config('longest-idle', { rules: options.rules ?? true }), this.#clock));
    this.#sink = options.sink?.(router) ?? null;
    this.#onDecision = options.onDecision;
    if (this.#sink) router.subscribe(this.#sink.onEvent);
    for (let i = 0; i < AGENTS; i++) router.loginAgent(`a${i}`, agentProfile(this.#r, 'voice'));
    router.drainEvents();
    const before = options.heapUsed?.();
    for (; this.#next < WAITING; this.#next++) {
      this.#clock.t++;
      router.createContact(contact(this.#r, this.#next, this.#sets, 'voice'));
      if (this.#next % 10_000 === 0) router.drainEvents();
    }
    router.drainEvents();
    this.heapPerWaiting = before === undefined ? undefined : (options.heapUsed!() - before) / WAITING;
    // Warm-up (not timed): agents become available one at a time and take their first contact.
    for (let i = 0; i < AGENTS; i++) {
      this.#clock.t++;
      router.setPresence(`a${i}`, 'available');
      this.#track();
    }
    for (let i = 0; i < (options.warmDecisions ?? CONTACT_WARM); i++) this.#decide(false);
    this.#offers = 0;
  }

  /** Offers made by the timed decisions. */
  get offers(): number {
    return this.#offers;
  }

  #track(events: readonly CoreEvent[] = this.#router.drainEvents()): void {
    for (const e of events) {
      if (e.type === 'contact.offered') {
        this.#heldBy.set(e.agentId, e.contactId);
        this.#offers++;
      }
    }
  }

  /** One decision: a random busy agent ends its contact and finishes wrap-up, taking the next one (timed). */
  step(): void {
    this.#decide(true);
  }

  #decide(timed: boolean): void {
    const r = this.#r;
    const router = this.#router;
    let agent = `a${Math.floor(r() * AGENTS)}`;
    while (!this.#heldBy.has(agent)) agent = `a${Math.floor(r() * AGENTS)}`;
    const held = this.#heldBy.get(agent)!;
    this.#heldBy.delete(agent);
    this.#clock.t++;
    router.acceptOffer(agent, held);
    router.endContact(held, 'agent', agent);
    router.createContact(contact(r, this.#next++, this.#sets, 'voice'));
    this.#track();
    const t0 = performance.now();
    router.finishWrapUp(agent, held, 'resolved');
    const ns = (performance.now() - t0) * 1e6;
    const events = this.#router.drainEvents();
    if (timed) {
      this.#sink?.decision(ns / 1e9);
      this.latency.record(ns);
      this.#onDecision?.(ns, t0, events);
    }
    this.#track(events);
  }
}
