import t from 'tap';
import type { CoreConfig } from '../../src/core/index.js';
import { harness } from '../fixtures/router-harness.js';

const config: CoreConfig = {
  queues: [{ id: 'q', channels: ['voice', 'chat', 'email', 'social'], wrapUpSeconds: 30 }],
};

t.test('router - capacity is counted per channel', async (t) => {
  const h = harness(config);
  h.login('a1', { capacity: { chat: 2, email: 1 } });
  h.create('c1');
  h.create('c2');
  h.create('c3');
  h.create('e1', { channel: 'email' });
  h.create('e2', { channel: 'email' });
  t.same(
    ['c1', 'c2', 'c3', 'e1', 'e2'].map((id) => h.holder(id)),
    ['a1', 'a1', null, 'a1', null],
  );
  t.same(h.r.agent('a1')?.contacts, ['c1', 'c2', 'e1']);
});

t.test('router - a channel missing from the capacity means no slot', async (t) => {
  const h = harness(config);
  h.login('a1', { capacity: { chat: 1, social: 0 } });
  h.create('s1', { channel: 'social' });
  h.create('v1', { channel: 'voice' });
  t.equal(h.holder('s1'), null);
  t.equal(h.holder('v1'), null);
});

t.test('router - an agent on a call is offered nothing else', async (t) => {
  const h = harness(config);
  h.login('a1', { capacity: { voice: 1, chat: 3, email: 3 } });
  h.create('v1', { channel: 'voice' });
  h.r.acceptOffer('a1', 'v1');
  h.create('c1');
  h.create('e1', { channel: 'email' });
  t.equal(h.holder('c1'), null);
  t.equal(h.holder('e1'), null);
  h.r.endContact('v1', 'agent', 'a1');
  t.equal(h.holder('c1'), null, 'the call in wrap-up still holds the agent');
  h.r.finishWrapUp('a1', 'v1');
  t.equal(h.holder('c1'), 'a1');
  t.equal(h.holder('e1'), 'a1');
});

t.test('router - a ringing call already holds the agent exclusively', async (t) => {
  const h = harness(config);
  h.login('a1', { capacity: { voice: 1, chat: 3 } });
  h.create('v1', { channel: 'voice' });
  h.create('c1');
  t.equal(h.r.contact('v1')?.state, 'offered');
  t.equal(h.holder('c1'), null);
});

t.test('router - a call is offered on top of email only', async (t) => {
  const h = harness(config);
  h.login('mail', { capacity: { voice: 1, email: 2 } });
  h.login('chat', { capacity: { voice: 1, chat: 2 } });
  h.create('e1', { channel: 'email' });
  h.create('c1');
  t.equal(h.holder('e1'), 'mail');
  t.equal(h.holder('c1'), 'chat');
  h.create('v1', { channel: 'voice' });
  t.equal(h.holder('v1'), 'mail', 'chat is not interruptible; email is');
  t.same(h.r.agent('mail')?.contacts, ['e1', 'v1']);
});

t.test('router - a chat in wrap-up still blocks a call', async (t) => {
  const h = harness(config);
  h.login('a1', { capacity: { voice: 1, chat: 1 } });
  h.create('c1');
  h.r.acceptOffer('a1', 'c1');
  h.r.endContact('c1', 'agent');
  h.create('v1', { channel: 'voice' });
  t.equal(h.holder('v1'), null);
  h.tick(30_000);
  t.equal(h.holder('v1'), 'a1');
});

t.test('router - custom capacity rules change the exclusive and interruptible channels', async (t) => {
  const h = harness({
    queues: config.queues,
    capacityRules: { exclusive: ['voice', 'social'], interruptible: ['email', 'chat'] },
  });
  h.login('a1', { capacity: { voice: 1, chat: 2, social: 1 } });
  h.create('c1');
  h.create('v1', { channel: 'voice' });
  t.equal(h.holder('v1'), 'a1', 'voice on top of chat');
  h.r.acceptOffer('a1', 'v1');
  h.r.endContact('v1', 'agent');
  h.r.finishWrapUp('a1', 'v1');
  h.create('s1', { channel: 'social' });
  t.equal(h.holder('s1'), 'a1', 'social is exclusive too, on top of the chat');
  h.create('c2');
  t.equal(h.holder('c2'), null, 'nothing on top of social');
});

t.test('router - a contact holds its slot from offer to the end of its wrap-up', async (t) => {
  const h = harness(config);
  h.login('a1', {});
  h.create('c1');
  h.create('c2');
  t.equal(h.holder('c2'), null, 'offered');
  h.r.acceptOffer('a1', 'c1');
  t.equal(h.holder('c2'), null, 'active');
  h.r.endContact('c1', 'integration');
  t.equal(h.holder('c2'), null, 'wrap-up');
  h.tick(29_999);
  t.equal(h.holder('c2'), null);
  h.tick(1);
  t.equal(h.r.contact('c1'), undefined);
  t.equal(h.holder('c2'), 'a1', 'closed');
});

t.test('router - wrap-up is per contact: other free slots still take work', async (t) => {
  const h = harness(config);
  h.login('a1', { capacity: { chat: 2 } });
  h.create('c1');
  h.r.acceptOffer('a1', 'c1');
  h.r.endContact('c1', 'agent', 'a1');
  h.create('c2');
  t.equal(h.holder('c2'), 'a1');
  h.create('c3');
  t.equal(h.holder('c3'), null);
});

t.test('router - the agent shows wrap_up only while every held contact is in wrap-up', async (t) => {
  const h = harness(config);
  h.login('a1', { capacity: { chat: 2 } });
  t.equal(h.r.agentStatus('a1'), 'available');
  h.create('c1');
  t.equal(h.r.agentStatus('a1'), 'busy', 'an offer makes the agent busy');
  h.create('c2');
  h.r.acceptOffer('a1', 'c1');
  h.r.acceptOffer('a1', 'c2');
  h.r.endContact('c1', 'agent');
  t.equal(h.r.agentStatus('a1'), 'busy', 'c2 still active');
  h.r.endContact('c2', 'agent');
  t.equal(h.r.agentStatus('a1'), 'wrap_up');
  h.r.finishWrapUp('a1', 'c1');
  t.equal(h.r.agentStatus('a1'), 'wrap_up');
  h.r.finishWrapUp('a1', 'c2');
  t.equal(h.r.agentStatus('a1'), 'available');
});

t.test('router - an away agent in wrap-up shows wrap_up, then away', async (t) => {
  const h = harness(config);
  h.login('a1', {});
  h.create('c1');
  h.r.acceptOffer('a1', 'c1');
  h.r.setPresence('a1', 'away', 'break');
  t.equal(h.r.agentStatus('a1'), 'busy');
  h.r.endContact('c1', 'agent');
  t.equal(h.r.agentStatus('a1'), 'wrap_up');
  h.r.finishWrapUp('a1', 'c1');
  t.equal(h.r.agentStatus('a1'), 'away');
  t.equal(h.r.agentStatus('nobody'), 'offline');
});
