/**
 * The reference model (test/harness/reference-model.ts: linear scans over
 * everything) against the router on the same contact-heavy workload, in the
 * same process. The model re-sorts every waiting contact and checks every
 * agent after each event, so it runs on a smaller population (100 agents,
 * 1,000 waiting contacts) and fewer decisions; the router
 * runs the identical event sequence, and the speedup is the ratio of mean
 * decision times measured in this run.
 */
import { performance } from 'node:perf_hooks';
import { Router } from '../../src/core/index.js';
import { ReferenceModel } from '../../test/harness/reference-model.js';
import { rng } from '../lib/random.js';
import { agentProfile, config, contact, skillSets } from './workload.js';

export interface ReferenceResult {
  readonly agents: number;
  readonly waiting: number;
  readonly decisions: number;
  readonly modelMeanUs: number;
  readonly routerMeanUs: number;
  readonly speedup: number;
}

/** The commands both engines share, and a way to learn which offers a command made. */
interface Engine {
  loginAgent: Router['loginAgent'];
  setPresence: Router['setPresence'];
  createContact(c: Parameters<Router['createContact']>[0]): unknown;
  acceptOffer: Router['acceptOffer'];
  endContact: Router['endContact'];
  finishWrapUp(agent: string, contact: string): void;
  takeOffers(): { agentId: string; contactId: string }[];
}

function routerEngine(clock: { now(): number }): Engine {
  const r = new Router(config(), clock);
  return {
    loginAgent: r.loginAgent.bind(r),
    setPresence: r.setPresence.bind(r),
    createContact: r.createContact.bind(r),
    acceptOffer: r.acceptOffer.bind(r),
    endContact: r.endContact.bind(r),
    finishWrapUp: (a, c) => r.finishWrapUp(a, c),
    takeOffers: () =>
      r.drainEvents().flatMap((e) => (e.type === 'contact.offered' ? [{ agentId: e.agentId as string, contactId: e.contactId as string }] : [])),
  };
}

function modelEngine(clock: { now(): number }): Engine {
  const m = new ReferenceModel(config(), clock);
  return {
    loginAgent: m.loginAgent.bind(m),
    setPresence: m.setPresence.bind(m),
    createContact: m.createContact.bind(m),
    acceptOffer: m.acceptOffer.bind(m),
    endContact: m.endContact.bind(m),
    finishWrapUp: (a, c) => m.finishWrapUp(a, c),
    takeOffers: () => {
      const out = m.offers.map((o) => ({ agentId: o.agentId, contactId: o.contactId }));
      m.offers = [];
      m.ends = [];
      return out;
    },
  };
}

/** Contact-heavy: all agents busy, contacts waiting; agents free up one at a time. Returns mean µs per decision. */
function run(make: (clock: { now(): number }) => Engine, agents: number, waiting: number, decisions: number): number {
  const r = rng(99);
  const sets = skillSets(r);
  let t = 1_700_000_000_000;
  const e = make({ now: () => t });
  // Contacts first, then agents: the model's set-up stays quadratic only in what it must be.
  let next = 0;
  for (; next < waiting; next++) {
    t++;
    e.createContact(contact(r, next, sets, 'voice'));
  }
  for (let i = 0; i < agents; i++) e.loginAgent(`a${i}`, agentProfile(r, 'voice'));
  const held = new Map<string, string>();
  const track = (): void => {
    for (const o of e.takeOffers()) held.set(o.agentId, o.contactId);
  };
  track();
  for (let i = 0; i < agents; i++) {
    t++;
    e.setPresence(`a${i}`, 'available');
    track();
  }
  let total = 0;
  for (let d = 0; d < decisions; d++) {
    let agent = `a${Math.floor(r() * agents)}`;
    while (!held.has(agent)) agent = `a${Math.floor(r() * agents)}`;
    const c = held.get(agent)!;
    held.delete(agent);
    t++;
    e.acceptOffer(agent, c);
    e.endContact(c, 'agent', agent);
    e.createContact(contact(r, next++, sets, 'voice'));
    track();
    const t0 = performance.now();
    e.finishWrapUp(agent, c);
    total += performance.now() - t0;
    track();
  }
  return (total / decisions) * 1000;
}

export function runReference(quick: boolean): ReferenceResult {
  const agents = 100;
  const waiting = 1_000;
  const decisions = quick ? 20 : 50;
  const modelMeanUs = run(modelEngine, agents, waiting, decisions);
  const routerMeanUs = run(routerEngine, agents, waiting, decisions);
  return { agents, waiting, decisions, modelMeanUs, routerMeanUs, speedup: modelMeanUs / routerMeanUs };
}
