/**
 * bench:ewt-cost: what the wait estimate costs next to routing (issue 23).
 *
 * bench:core's contact-heavy shape (10,000 agents on 10 queues, every one
 * busy, 100,000 contacts waiting over 208 skill/language combinations):
 * one step is an agent ending a call and taking the next waiting one,
 * plus a new contact arriving, as in bench:core. Two identical routers run
 * in lockstep, chunk by chunk (so a busy machine slows both alike): one
 * alone, one with the estimate observing every event and answered for
 * every new contact (as createContact does), plus `position`. Reported:
 * the time a step, each router, and the estimate's own time per answer.
 *
 * Usage: npm run bench:ewt-cost [-- --quick]   The last line is one JSON object.
 */
import { performance } from 'node:perf_hooks';
import { Router } from '../../src/core/index.js';
import { WaitEstimate } from '../../src/insights/wait-estimate.js';
import { rng } from '../lib/random.js';
import { agentProfile, config, contact, skillSets } from '../core/workload.js';

const quick = process.argv.includes('--quick');
const AGENTS = 10_000;
const WAITING = quick ? 20_000 : 100_000;
const STEPS = quick ? 10_000 : 40_000;
const CHUNK = 500;

class Clock {
  t = 1_700_000_000_000;
  now = (): number => this.t;
}

class Floor {
  readonly #r = rng(42);
  readonly #sets = skillSets(this.#r);
  readonly #clock = new Clock();
  readonly router = new Router(config(), this.#clock);
  readonly #est: WaitEstimate | null;
  readonly #heldBy = new Map<string, string>();
  readonly #busy: string[] = [];
  #next = 0;
  estimateMs = 0;
  answers = 0;

  constructor(withEstimate: boolean) {
    this.#est = withEstimate ? new WaitEstimate({ defaultHandleSeconds: 300 }) : null;
    const router = this.router;
    for (let i = 0; i < AGENTS; i++) router.loginAgent(`a${i}`, agentProfile(this.#r, 'voice'));
    this.#drain();
    for (; this.#next < WAITING; this.#next++) {
      this.#clock.t++;
      router.createContact(contact(this.#r, this.#next, this.#sets, 'voice'));
      if (this.#next % 10_000 === 0) this.#drain();
    }
    this.#drain();
    for (let i = 0; i < AGENTS; i++) {
      this.#clock.t++;
      router.setPresence(`a${i}`, 'available');
      this.#drain();
    }
  }

  #drain(): void {
    for (const e of this.router.drainEvents()) {
      this.#est?.observe(e);
      if (e.type === 'contact.offered') {
        if (!this.#heldBy.has(e.agentId)) this.#busy.push(e.agentId);
        this.#heldBy.set(e.agentId, e.contactId);
      }
    }
  }

  step(): void {
    const r = this.#r;
    const router = this.router;
    // A random busy agent (swap-remove from the list of those holding a call).
    let k = Math.floor(r() * this.#busy.length);
    let agent = this.#busy[k]!;
    while (!this.#heldBy.has(agent)) {
      this.#busy[k] = this.#busy[this.#busy.length - 1]!;
      this.#busy.pop();
      k = Math.floor(r() * this.#busy.length);
      agent = this.#busy[k]!;
    }
    this.#busy[k] = this.#busy[this.#busy.length - 1]!;
    this.#busy.pop();
    const held = this.#heldBy.get(agent)!;
    this.#heldBy.delete(agent);
    this.#clock.t++;
    router.acceptOffer(agent, held);
    router.endContact(held, 'agent', agent);
    router.finishWrapUp(agent, held);
    const c = router.createContact(contact(r, this.#next++, this.#sets, 'voice'));
    this.#drain();
    if (this.#est !== null && c.state === 'waiting') {
      const t0 = performance.now();
      router.position(c.id);
      this.#est.estimate(router, c.id);
      this.estimateMs += performance.now() - t0;
      this.answers++;
    }
  }
}

const plain = new Floor(false);
const withEst = new Floor(true);
let plainMs = 0;
let estMs = 0;
for (let done = 0; done < STEPS; done += CHUNK) {
  let t0 = performance.now();
  for (let i = 0; i < CHUNK; i++) plain.step();
  plainMs += performance.now() - t0;
  t0 = performance.now();
  for (let i = 0; i < CHUNK; i++) withEst.step();
  estMs += performance.now() - t0;
}
const us = (ms: number, n: number) => (ms * 1000) / n;
const figures = {
  agents: AGENTS,
  waiting: WAITING,
  steps: STEPS,
  step_us_plain: Number(us(plainMs, STEPS).toFixed(2)),
  step_us_with_estimate: Number(us(estMs, STEPS).toFixed(2)),
  ratio: Number((estMs / plainMs).toFixed(3)),
  estimate_us_per_answer: Number(us(withEst.estimateMs, Math.max(1, withEst.answers)).toFixed(2)),
  answers: withEst.answers,
};
console.log(
  `bench:ewt-cost${quick ? ' (quick)' : ''}: ${AGENTS} agents, ${WAITING} waiting, ${STEPS} steps (an agent ends a call and takes the next; a contact arrives)`,
);
console.log('| router | µs a step | ratio |');
console.log('|---|---|---|');
console.log(`| alone | ${figures.step_us_plain} | 1 |`);
console.log(`| with the estimate (every event observed, every new contact answered with position) | ${figures.step_us_with_estimate} | ${figures.ratio} |`);
console.log(`The estimate itself (position + estimate): ${figures.estimate_us_per_answer} µs an answer.`);
console.log(JSON.stringify(figures));
