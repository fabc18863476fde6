/**
 * "Time in state" after a recovery (src/insights/recovered-since.ts): a
 * router rebuilt from its snapshot (what a restarted or new leader loads)
 * gives each agent the clock the live server had, for every state (away,
 * available after a contact, ringing, busy on a call, in wrap-up), instead
 * of the time since the agent's presence last changed.
 */
import t from 'tap';
import { Router, type CoreConfig } from '../../src/core/index.js';
import { AgentStates } from '../../src/insights/agent-states.js';
import { ManualClock } from '../fixtures/manual-clock.js';

const T0 = 1_000_000;
const queues = ['q1', 'q2', 'q3', 'q4', 'q5'];
const config: CoreConfig = {
  queues: queues.map((id) => ({ id, channels: ['voice', 'chat'], wrapUpSeconds: 600, offerTimeoutSeconds: 30 })),
};

t.test('agent states - a recovered router gives every agent the clock the live one had', async (t) => {
  const clock = new ManualClock(T0);
  const r = new Router(config, clock);
  const live = new AgentStates(r);
  /** The gateway reads the touched agents after every flush: after each command here. */
  const at = (s: number) => {
    live.settle();
    clock.set(T0 + s * 1000);
    r.advance();
    live.settle();
  };
  const login = (id: string, queue: string) =>
    r.loginAgent(id, { skills: {}, languages: ['en'], capacity: { voice: 1, chat: 1 }, queues: [queue] }, { presence: 'available' });
  const call = (id: string, queueId: string) =>
    r.createContact({ id, queueId, channel: 'voice', language: 'en', customer: { id: `cust-${id}`, tier: 'standard' } });
  for (const [i, q] of queues.entries()) login(`a${i + 1}`, q);

  at(10); // a2: a call, talked, ended at 100 s: in wrap-up since then
  call('c2', 'q2');
  r.acceptOffer('a2', 'c2');
  at(30); // a3: away for a break
  r.setPresence('a3', 'away', 'break');
  at(60); // a1: a call since 60 s, connected at 66 s
  call('c1', 'q1');
  at(65);
  r.acceptOffer('a1', 'c1');
  at(66);
  r.markConnected('c1');
  at(100);
  r.endContact('c2', 'integration');
  at(150); // a4: a call, done at 200 s: available since then
  call('c4', 'q4');
  r.acceptOffer('a4', 'c4');
  at(190);
  r.endContact('c4', 'integration');
  at(200);
  r.finishWrapUp('a4', 'c4');
  at(500); // a5: ringing since 500 s
  call('c5', 'q5');
  at(520);
  r.drainEvents();
  live.settle();

  const want = { a1: 60, a2: 100, a3: 30, a4: 200, a5: 500 };
  t.same(Object.fromEntries(Object.keys(want).map((id) => [id, ((live.sinceOf(id) ?? 0) - T0) / 1000])), want, 'the live clocks');
  t.same(
    Object.keys(want).map((id) => r.agentStatus(id)),
    ['busy', 'wrap_up', 'away', 'available', 'busy'],
  );

  const recovered = new AgentStates(Router.restore(config, new ManualClock(clock.now()), r.snapshot({ copy: true })));
  for (const id of Object.keys(want)) t.equal(recovered.sinceOf(id), live.sinceOf(id), `${id}: the same clock after recovery`);
  t.not(r.agent('a1')?.presenceSince, live.sinceOf('a1'), "(a1's presence started earlier: what the clock said before)");
});
