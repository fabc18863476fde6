/**
 * A follow-up is reserved, when due, for its preferred agent only: one
 * whose preference a cancelled consult transfer cleared waits for any agent.
 * Found by the property test (router-properties, seed -1210742738): the due
 * reserved it for nobody (`preferUntil` set, no preferred agent), with no
 * timer to end it, so no agent could ever take it.
 */
import t from 'tap';
import { Router, type CoreConfig } from '../../src/core/index.js';
import { ManualClock } from '../fixtures/manual-clock.js';
import { perform, type Action } from '../fixtures/routing-scenarios.js';

const config = {
  queues: [
    { id: 'q0', channels: ['voice', 'chat', 'email', 'social'], skills: {}, maxWait: { afterSeconds: 10, action: 'close' }, steps: [] },
    { id: 'q1', channels: ['voice', 'chat', 'email', 'social'], skills: {}, autoAccept: true, steps: [] },
  ],
  tiers: {},
} as unknown as CoreConfig;
const profile = (queues: string[]) => ({ skills: {}, languages: ['en'], capacity: { voice: 1, chat: 1, email: 1, social: 0 }, queues });

t.test('router - a follow-up whose preference was cleared is not reserved for nobody', async (t) => {
  const clock = new ManualClock();
  const router = new Router(config, clock);
  const run = (a: Action): void => {
    if (a.op === 'advance') clock.advance(a.ms);
    t.equal(perform(router, a), null, a.op);
  };
  run({ op: 'loginAgent', id: 'a1', profile: profile(['q0']), presence: 'available' });
  run({ op: 'loginAgent', id: 'a3', profile: profile(['q1']), presence: 'available' });
  run({
    op: 'createContact',
    input: { id: 'c1', queueId: 'q1', channel: 'voice', language: 'en', skills: {}, customer: { id: 'u0', tier: 'standard' } } as never,
  });
  run({ op: 'abandonContact', contact: 'c1' } as Action);
  run({ op: 'scheduleFollowUp', agent: 'a3', contact: 'c1', followUp: { id: 'c2', dueAt: clock.now() + 1, note: 'follow up' } } as Action);
  run({ op: 'advance', ms: 30_000, fire: true });
  const c2 = () => [...router.contacts()].find((c) => c.id === 'c2')!;
  t.equal(c2().agentId, 'a3', 'due, the follow-up went to the agent who scheduled it');
  run({ op: 'transferContact', agent: 'a3', contact: 'c2', target: { queueId: 'q0', consult: true } } as Action);
  run({ op: 'cancelTransfer', agent: 'a3', contact: 'c2' } as Action);
  t.equal(c2().preferredAgentId, null, 'the cancelled consult cleared the preference');
  run({ op: 'callbackFailed', contact: 'c2' } as Action);
  t.equal(c2().state, 'scheduled', 'the call back is tried again later');
  run({ op: 'advance', ms: 3_600_000, fire: true });
  t.equal(c2().preferUntil, null, 'due again: reserved for nobody');
  t.equal(c2().state, 'waiting', 'waiting (the agent whose call failed is not offered it again)');
  run({ op: 'loginAgent', id: 'a2', profile: profile(['q1']), presence: 'available' });
  t.equal(c2().agentId, 'a2', 'the next agent of its queue takes it');
});
