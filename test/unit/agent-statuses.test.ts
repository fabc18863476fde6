/**
 * `Router.agentStatuses()` (one pass over the agents' entries, counted by
 * the metrics' agents by state at every scrape) gives, agent by agent, what
 * asking `agentStatus(id)` of every agent gave, on random command sequences:
 * offers, accepts, wrap-ups, holds, consultative transfers, presence changes.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import t from 'tap';
import { Router, type AgentStatus } from '../../src/core/index.js';
import { ManualClock } from '../fixtures/manual-clock.js';
import { agentCount, commandsArb, configArb, Driver, perform, type Shape } from '../fixtures/routing-scenarios.js';

const SEED = process.env.PROPERTY_SEED === 'random' ? undefined : Number(process.env.PROPERTY_SEED ?? 20261206);

/** What the metrics counted before: one `agentStatus(id)` per agent. */
function perAgent(router: Router): AgentStatus[] {
  return [...router.agents()].map((a) => router.agentStatus(a.id));
}

/**
 * The rule of an agent's status, from the router's public records only (a
 * second reading: `agentStatus` and the counts share the core's code).
 */
function fromRecords(router: Router): AgentStatus[] {
  const out: AgentStatus[] = [];
  const consulting = new Set([...router.contacts()].flatMap((c) => (c.consultBy === null ? [] : [c.consultBy as string])));
  for (const a of router.agents()) {
    const states = a.contacts.map((id) => router.contact(id)!.state);
    const status: AgentStatus =
      a.presence === 'offline'
        ? 'offline'
        : states.length > 0 && states.every((s) => s === 'wrap_up')
          ? 'wrap_up'
          : states.length > 0 && (a.presence === 'available' || states.includes('active'))
            ? 'busy'
            : a.presence === 'available' && consulting.has(a.id)
              ? 'busy'
              : a.presence;
    out.push(status);
  }
  return out;
}

for (const [shape, runs, length] of [
  ['mixed', 300, 60],
  ['busy', 200, 80],
  ['crowd', 10, 150],
] as const satisfies readonly (readonly [Shape, number, number])[]) {
  t.test(`router - agent statuses in one pass equal the per-agent statuses (${shape})`, async (t) => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(configArb, commandsArb(shape, length), (config, commands) => {
        const clock = new ManualClock();
        const router = new Router(config, clock);
        const driver = new Driver(config, agentCount(shape));
        commands.forEach((cmd, i) => {
          const action = driver.resolve(cmd, router.contacts(), router.agents(), clock.now());
          if (action.op === 'advance') clock.advance(action.ms);
          perform(router, action);
          router.drainEvents();
          const statuses = [...router.agentStatuses()];
          const where = `after command #${i} ${JSON.stringify(action)}`;
          assert.deepEqual(statuses, perAgent(router), `${where}: one agentStatus per agent`);
          assert.deepEqual(statuses, fromRecords(router), `${where}: the rule read from the records`);
          for (const status of statuses) seen.add(status);
        });
      }),
      { numRuns: runs, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
    // (The crowd seldom logs out.)
    t.same(
      [...seen].sort(),
      ['available', 'away', 'busy', 'offline', 'wrap_up'].filter((s) => shape !== 'crowd' || s !== 'offline'),
      'every status came up',
    );
  });
}
