import t from 'tap';
import type { CoreConfig } from '../../src/core/index.js';
import { ofType, rejects, T0 } from '../fixtures/router-harness.js';
import { workflowHarness, type WorkflowHarness } from '../fixtures/workflow-harness.js';

const DAY = 24 * 3600_000;

const config: CoreConfig = {
  queues: [{ id: 'phone', channels: ['voice', 'chat'], wrapUpSeconds: 0, callbackRetrySeconds: 60, callbackMaxAttempts: 2, followUpWindowSeconds: 300 }],
  tiers: { gold: { bonusSeconds: 60 } },
};

/** a1 and a2 log in; a1 handles c1 (customer cust-1) and schedules f1 a day ahead; a2 handles c2 (cust-2) and schedules f2 two days ahead. */
function scheduled(): WorkflowHarness {
  const h = workflowHarness(config);
  h.login('a1', { queues: ['phone'] });
  h.login('a2', { queues: ['phone'] });
  h.create('c1', { queueId: 'phone', customer: { id: 'cust-1', tier: 'gold' } });
  h.create('c2', { queueId: 'phone', customer: { id: 'cust-2', tier: 'standard' } });
  h.r.acceptOffer(h.holder('c1')!, 'c1');
  h.r.acceptOffer(h.holder('c2')!, 'c2');
  if (h.holder('c1') !== 'a1') throw new Error('expected a1 to hold c1');
  h.r.scheduleFollowUp('a1', 'c1', { id: 'f1', dueAt: T0 + DAY, note: 'call back about the refund' });
  h.r.scheduleFollowUp('a2', 'c2', { id: 'f2', dueAt: T0 + 2 * DAY, note: 'n' });
  h.r.endContact('c1', 'agent');
  h.r.endContact('c2', 'agent');
  h.events();
  return h;
}

t.test('follow-up list - soonest first, by the agent who scheduled it and by customer; due ones are no longer listed', async (t) => {
  const h = scheduled();
  t.same(
    h.r.followUps().map((c) => c.id),
    ['f1', 'f2'],
  );
  t.same(
    h.r.followUps({ agentId: 'a2' }).map((c) => c.id),
    ['f2'],
  );
  t.same(
    h.r.followUps({ customerId: 'cust-1' }).map((c) => c.id),
    ['f1'],
  );
  t.same(h.r.followUps({ agentId: 'a2', customerId: 'cust-1' }), []);
  h.tick(DAY);
  t.same(
    h.r.followUps().map((c) => c.id),
    ['f2'],
    'f1 came due',
  );
  t.throws(() => h.r.followUps({ agentId: '' }), { code: 'INVALID_ARGUMENT' });
});

t.test('follow-up cancel - by its agent or a supervisor: gone, never routed, recorded with the actor', async (t) => {
  const h = scheduled();
  const mid = h.mark();
  h.r.cancelFollowUp('f1', { byAgent: 'a1' }, 'customer called in');
  t.same(ofType(h.events(), 'contact.follow_up_cancelled'), [
    { type: 'contact.follow_up_cancelled', at: T0, contactId: 'f1', byAgentId: 'a1', reason: 'customer called in' },
  ]);
  t.equal(h.r.contact('f1'), undefined);
  h.r.actAs('supervisor:sam', () => h.r.cancelFollowUp('f2'));
  t.match(ofType(h.events(), 'contact.follow_up_cancelled'), [{ contactId: 'f2', byAgentId: 'a2', reason: null, actor: 'supervisor:sam' }]);
  t.equal(h.r.nextDeadline(), undefined, 'no timer left');
  h.tick(3 * DAY);
  t.same(h.types(), [], 'nothing comes due');
  h.checkRebuild(t, mid);
});

t.test('follow-up reschedule - comes due at the new time, keyed from it, still reserved for its agent', async (t) => {
  const h = scheduled();
  const mid = h.mark();
  h.tick(1000);
  h.r.actAs('integration:ivr', () => h.r.rescheduleFollowUp('f1', T0 + 3 * DAY));
  t.same(ofType(h.events(), 'contact.follow_up_rescheduled'), [
    {
      type: 'contact.follow_up_rescheduled',
      at: T0 + 1000,
      contactId: 'f1',
      byAgentId: 'a1',
      dueAt: T0 + 3 * DAY,
      virtualArrival: T0 + 3 * DAY - 60_000,
      actor: 'integration:ivr',
    },
  ]);
  t.match(h.r.contact('f1'), { state: 'scheduled', deadline: T0 + 3 * DAY, firstArrival: T0 + 3 * DAY, followUp: { dueAt: T0 + 3 * DAY } });
  t.same(
    h.r.followUps().map((c) => c.id),
    ['f2', 'f1'],
    'now after f2',
  );
  h.tick(DAY);
  t.match(h.r.contact('f1'), { state: 'scheduled' }, 'not due at the old time');
  h.r.rescheduleFollowUp('f2', T0 + 3 * DAY - 1000, { byAgent: 'a2' });
  h.checkRebuild(t, mid);
  h.r.setPresence('a2', 'away', 'lunch');
  h.tick(T0 + 3 * DAY - 1000 - h.clock.now());
  t.match(h.r.contact('f2'), { state: 'waiting', preferredAgentId: 'a2' }, 'due at its new time, waiting for a2');
  h.tick(1000);
  t.match(h.r.contact('f1'), { state: 'offered', agentId: 'a1', preferredBy: 'follow-up' }, 'due now, offered to its agent');
  h.checkRebuild(t, mid);
});

t.test('follow-up cancel and reschedule - errors change nothing', async (t) => {
  const h = scheduled();
  h.create('w', { queueId: 'phone' });
  rejects(t, h.r, 'PERMISSION_DENIED', () => h.r.cancelFollowUp('f1', { byAgent: 'a2' }), 'another agent cancels');
  rejects(t, h.r, 'PERMISSION_DENIED', () => h.r.rescheduleFollowUp('f1', T0 + 2 * DAY, { byAgent: 'a2' }), 'another agent reschedules');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.rescheduleFollowUp('f1', T0 - 1), 'a past dueAt');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.rescheduleFollowUp('f1', T0), 'dueAt now');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.rescheduleFollowUp('f1', T0 + 400 * DAY), 'more than a year ahead');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.rescheduleFollowUp('f1', 1.5), 'not a time');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.cancelFollowUp('f1', {}, ''), 'an empty reason');
  rejects(t, h.r, 'NOT_FOUND', () => h.r.cancelFollowUp('nope'), 'an unknown contact');
  rejects(t, h.r, 'NOT_FOUND', () => h.r.rescheduleFollowUp('nope', T0 + DAY), 'an unknown contact');
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.cancelFollowUp('w'), 'a contact that is not a follow-up');
  h.tick(DAY);
  t.match(h.r.contact('f1'), { state: 'offered' });
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.cancelFollowUp('f1', { byAgent: 'a1' }), 'a follow-up that came due');
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.rescheduleFollowUp('f1', T0 + 3 * DAY), 'a follow-up that came due');
});

t.test('follow-up voice - when its agent accepts it the integration is told to dial; an unanswered dial retries', async (t) => {
  const h = workflowHarness(config);
  h.login('a1', { queues: ['phone'], capacity: { voice: 1 } });
  h.login('a2', { queues: ['phone'], capacity: { voice: 1 } });
  h.create('v1', { queueId: 'phone', channel: 'voice', customer: { id: 'cust-1', tier: 'standard' } });
  const agent = h.holder('v1')!;
  h.r.acceptOffer(agent, 'v1');
  const mid = h.mark();
  const f = h.r.scheduleFollowUp(agent, 'v1', { id: 'fv', dueAt: T0 + DAY, note: 'confirm the delivery' });
  t.match(f, { channel: 'voice', callback: { number: null, attempts: 0 } });
  h.r.endContact('v1', 'agent');
  h.events();
  h.tick(DAY);
  const ev = h.events();
  t.match(
    ofType(ev, 'contact.offered'),
    [{ contactId: 'fv', agentId: agent, why: { by: 'preferred', preferred: 'follow-up' } }],
    'offered to its agent first, though both are free',
  );
  t.same(ofType(ev, 'contact.callback_dialing'), [], 'no dial before an agent takes it');
  h.r.acceptOffer(agent, 'fv');
  t.match(ofType(h.events(), 'contact.callback_dialing'), [{ contactId: 'fv', agentId: agent, attempt: 1, number: null }]);
  h.r.callbackFailed('fv');
  t.match(h.r.contact('fv'), { state: 'scheduled', deadline: T0 + DAY + 60_000 });
  h.checkRebuild(t, mid);
  // A chat follow-up is not a call: no dial.
  h.create('c9', { queueId: 'phone' });
  h.login('a3', { queues: ['phone'] });
  h.r.acceptOffer(h.holder('c9')!, 'c9');
  t.match(h.r.scheduleFollowUp(h.holder('c9')!, 'c9', { id: 'fc', dueAt: T0 + 3 * DAY, note: 'n' }), { callback: null });
});
