/**
 * DESIGN §2 and §3.3: queues have skill requirements of their own (a
 * contact may add its own); in an overflow queue a contact is eligible
 * under that queue's requirements or those the step names, not the skills
 * it needed where it came from.
 */
import t from 'tap';
import { compileConfig, type CoreConfig } from '../../src/core/index.js';
import { harness, offers } from '../fixtures/router-harness.js';

const config: CoreConfig = {
  queues: [
    { id: 'billing', channels: ['chat'], skills: { billing: 3 }, steps: [{ afterSeconds: 60, overflowTo: ['general'] }] },
    { id: 'general', channels: ['chat'] },
    { id: 'vip', channels: ['chat'], skills: { billing: 2, tech: 2 } },
    { id: 'strict', channels: ['chat'], skills: { billing: 3 }, steps: [{ afterSeconds: 60, overflowTo: ['general'], overflowSkills: { billing: 1 } }] },
    { id: 'capped', channels: ['chat'], skills: { billing: 4 }, steps: [{ afterSeconds: 30, maxLevel: 2 }] },
  ],
};

t.test('router - a queue requires its own skills of every contact', async (t) => {
  const h = harness(config);
  h.login('novice', { queues: ['billing'], skills: { billing: 2 } });
  h.create('c1', { queueId: 'billing' });
  t.equal(h.r.contact('c1')?.state, 'waiting', 'billing 2 is below the queue requirement of 3');
  h.login('expert', { queues: ['billing'], skills: { billing: 3 } });
  t.equal(h.holder('c1'), 'expert');
});

t.test('router - a contact adds its own requirements to its queue’s (the higher level of each)', async (t) => {
  const h = harness(config);
  h.login('a', { queues: ['vip'], skills: { billing: 2, tech: 2 } });
  h.create('c1', { queueId: 'vip', skills: { billing: 4 } });
  t.equal(h.r.contact('c1')?.state, 'waiting', 'the contact raises billing to 4');
  h.create('c2', { queueId: 'vip', skills: { billing: 1 } });
  t.equal(h.holder('c2'), 'a', 'a lower level of its own does not lower the queue’s');
  h.login('b', { queues: ['vip'], skills: { billing: 5 } });
  t.equal(h.r.contact('c1')?.state, 'waiting', 'the queue still needs tech 2');
});

t.test('router - a billing contact overflowing to general reaches a general agent without billing', async (t) => {
  const h = harness(config);
  h.login('generalist', { queues: ['general'], skills: {} });
  h.create('c1', { queueId: 'billing', skills: { billing: 3 } });
  h.tick(59_999);
  t.same(offers(h.events()), []);
  h.tick(1);
  t.same(offers(h.events()), [['c1', 'generalist']], 'under general’s requirements (none), not billing ≥ 3');
});

t.test('router - an overflowed contact still needs its skills where it came from', async (t) => {
  const h = harness(config);
  h.create('c1', { queueId: 'billing' });
  h.tick(60_000);
  h.login('weak', { queues: ['billing'], skills: { billing: 1 } });
  t.equal(h.r.contact('c1')?.state, 'waiting', 'in billing it still needs billing 3');
  h.login('strong', { queues: ['billing'], skills: { billing: 3 } });
  t.equal(h.holder('c1'), 'strong');
});

t.test('router - a step may name the requirements in its overflow queues', async (t) => {
  const h = harness(config);
  h.login('none', { queues: ['general'], skills: {} });
  h.create('c1', { queueId: 'strict' });
  h.tick(60_000);
  t.equal(h.r.contact('c1')?.state, 'waiting', 'the step asks billing ≥ 1 in general');
  h.login('some', { queues: ['general'], skills: { billing: 1 } });
  t.equal(h.holder('c1'), 'some');
});

t.test('router - a level cap applies to the queue’s requirements too', async (t) => {
  const h = harness(config);
  h.login('mid', { queues: ['capped'], skills: { billing: 2 } });
  h.create('c1', { queueId: 'capped' });
  t.equal(h.r.contact('c1')?.state, 'waiting');
  h.tick(30_000);
  t.equal(h.holder('c1'), 'mid');
});

t.test('router - most-skilled counts the queue’s required skills', async (t) => {
  const h = harness({ queues: [{ id: 'q', channels: ['chat'], strategy: 'most-skilled', skills: { tech: 1 } }] });
  h.login('a', { skills: { tech: 1, billing: 5 } });
  h.login('b', { skills: { tech: 4 } }, { presence: 'away' });
  h.r.setPresence('b', 'available');
  h.create('c1', { skills: { billing: 1 } });
  // a: billing 5 + tech 1 = 6; b: 0 + 4 = 4.
  t.equal(h.holder('c1'), 'a');
  h.create('c2');
  t.equal(h.holder('c2'), 'b');
});

t.test('config - queue and overflow requirements are validated with their path', async (t) => {
  t.throws(() => compileConfig({ queues: [{ id: 'q', channels: ['chat'], skills: { billing: 6 } }] }), /queues\[q\]\.skills\.billing/);
  t.throws(
    () => compileConfig({ queues: [{ id: 'q', channels: ['chat'], steps: [{ afterSeconds: 5, overflowSkills: { billing: 1 } }] }] }),
    /queues\[q\]\.steps\.0\.overflowSkills: applies to the queues of overflowTo/,
  );
  const c = compileConfig(config);
  t.same(c.queues.get('strict' as never)!.levels[1]!.poolSkills, [{ billing: 3 }, { billing: 1 }]);
  t.same(c.queues.get('billing' as never)!.levels[1]!.poolSkills, [{ billing: 3 }, {}]);
});
