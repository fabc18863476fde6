import t from 'tap';
import { Router } from '../../src/core/index.js';
import { ManualClock } from '../fixtures/manual-clock.js';

t.test('router - a contact is offered to an available agent and completes', async (t) => {
  const clock = new ManualClock();
  const r = new Router({ queues: [{ id: 'sales', channels: ['chat', 'voice'], wrapUpSeconds: 10 }] }, clock);
  r.loginAgent('a1', { skills: {}, languages: ['en'], capacity: { chat: 2 }, queues: ['sales'] }, { presence: 'available' });
  r.createContact({ id: 'c1', queueId: 'sales', channel: 'chat', language: 'en-CA', customer: { id: 'u1', tier: 'standard' } });
  t.equal(r.contact('c1')?.state, 'offered');
  t.equal(r.contact('c1')?.agentId, 'a1');
  r.acceptOffer('a1', 'c1');
  r.endContact('c1', 'agent', 'a1');
  t.equal(r.agentStatus('a1'), 'wrap_up');
  clock.advance(10_000);
  r.advance();
  t.equal(r.contact('c1'), undefined);
  t.same(
    r.drainEvents().map((e) => e.type),
    ['agent.logged_in', 'contact.created', 'contact.offered', 'contact.accepted', 'contact.ended', 'contact.closed'],
  );
});
