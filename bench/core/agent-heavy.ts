/**
 * The agent-heavy shape of bench:core-ab and bench:core-tail: 10,000
 * available agents; a decision is an arrival that takes the best agent (the
 * wall time of `createContact`). After each decision the oldest of 100
 * contacts in progress is accepted, ended and finished, so nearly every
 * agent stays available.
 */
import { performance } from 'node:perf_hooks';
import type { CoreEvent, Router } from '../../src/core/index.js';
import { Latency } from '../lib/latency.js';
import { rng } from '../lib/random.js';
import { AGENTS, BenchClock, type DecisionHook, type RouterClass } from './contact-heavy.js';
import { agentProfile, config, contact, skillSets } from './workload.js';

export interface AgentHeavyOptions {
  /** False: the workload without issue 21's rules (see `config`). */
  readonly rules?: boolean;
  /** Called after every timed decision with its wall time and the events it emitted. */
  readonly onDecision?: DecisionHook;
}

export class AgentHeavy {
  readonly latency = new Latency();
  readonly #r = rng(7);
  readonly #sets = skillSets(this.#r);
  readonly #clock = new BenchClock();
  readonly #router: Router;
  readonly #outstanding: { agent: string; contact: string }[] = [];
  readonly #onDecision: DecisionHook | undefined;
  #next = 0;

  constructor(R: RouterClass, options: AgentHeavyOptions = {}) {
    const router = (this.#router = new R(config('longest-idle', { rules: options.rules ?? true }), this.#clock));
    this.#onDecision = options.onDecision;
    for (let i = 0; i < AGENTS; i++) router.loginAgent(`a${i}`, agentProfile(this.#r, 'voice'), { presence: 'available' });
    router.drainEvents();
    for (let i = 0; i < 20_000; i++) this.#decide(false);
  }

  step(): void {
    this.#decide(true);
  }

  #decide(timed: boolean): void {
    const router = this.#router;
    this.#clock.t++;
    const c = contact(this.#r, this.#next++, this.#sets, 'voice');
    const t0 = performance.now();
    router.createContact(c);
    const ns = (performance.now() - t0) * 1e6;
    const events: readonly CoreEvent[] = router.drainEvents();
    if (timed) {
      this.latency.record(ns);
      this.#onDecision?.(ns, t0, events);
    }
    for (const e of events) if (e.type === 'contact.offered') this.#outstanding.push({ agent: e.agentId, contact: e.contactId });
    if (this.#outstanding.length > 100) {
      const o = this.#outstanding.shift()!;
      router.acceptOffer(o.agent, o.contact);
      router.endContact(o.contact, 'agent', o.agent);
      router.finishWrapUp(o.agent, o.contact);
      router.drainEvents();
    }
  }
}
