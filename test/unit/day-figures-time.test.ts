/**
 * The agents' time in state feeding the day's figures: a read for the live
 * push brings only the agents it names up to now (a floor of thousands is
 * not walked at every contact that closes), and a full read brings all, with
 * the same totals in the end.
 */
import t from 'tap';
import { Router, type CoreConfig } from '../../src/core/index.js';
import { AgentStates } from '../../src/insights/agent-states.js';
import { DayFigures } from '../../src/record/day-figures.js';
import { ManualClock } from '../fixtures/manual-clock.js';

const T0 = 1_000_000;
const config: CoreConfig = { queues: [{ id: 'q', channels: ['voice'], wrapUpSeconds: 0 }] };

t.test('day figures - a read for some agents reports their time alone; a full read reports everyone', async (t) => {
  const clock = new ManualClock(T0);
  const r = new Router(config, clock);
  const reports: string[] = [];
  const day = new DayFigures({ dayStartOf: () => 0, now: T0 });
  const states = new AgentStates(r, (agentId, key, ms) => {
    reports.push(`${agentId}:${key}:${ms}`);
    day.stateTime(agentId, key, ms);
  });
  day.reportTimeWith((until, only) => states.reportUntil(until, only));
  for (const id of ['a1', 'a2', 'a3']) r.loginAgent(id, { skills: {}, languages: ['en'], capacity: { voice: 1 }, queues: ['q'] }, { presence: 'available' });
  states.settle();
  reports.length = 0;

  clock.set(T0 + 10_000);
  day.read(clock.now(), ['a2']);
  t.same(reports, ['a2:available:10000'], 'only a2 brought up to now');
  reports.length = 0;
  day.read(clock.now(), ['a2', 'nobody']);
  t.same(reports, [], 'nothing twice, and an unknown agent is skipped');

  clock.set(T0 + 25_000);
  day.read(clock.now());
  t.same(reports.sort(), ['a1:available:25000', 'a2:available:15000', 'a3:available:25000'], 'a full read: everyone, each from where it was last counted');
});
