import t from 'tap';
import type { CoreConfig } from '../../src/core/index.js';
import { ofType, rejects, T0 } from '../fixtures/router-harness.js';
import { workflowHarness } from '../fixtures/workflow-harness.js';

const DAY = 24 * 3600_000;

const config: CoreConfig = {
  queues: [
    { id: 'phone', channels: ['voice', 'chat'], wrapUpSeconds: 0, callbackRetrySeconds: 60, callbackMaxAttempts: 2, followUpWindowSeconds: 300 },
    { id: 'back-office', channels: ['voice', 'chat'], wrapUpSeconds: 10 },
  ],
};

const voice = { queueId: 'phone', channel: 'voice' as const };

t.test('callback - a waiting caller keeps their place; the agent who takes it triggers the dial', async (t) => {
  const h = workflowHarness(config);
  h.create('v1', voice);
  h.tick(1000);
  h.create('v2', voice);
  const mid = h.mark();
  h.r.requestCallback('v1', '+15551234567');
  t.match(h.r.contact('v1'), { state: 'waiting', callback: { number: '+15551234567', requestedAt: T0 + 1000, attempts: 0 } });
  t.equal(h.r.position('v1'), 1, 'keeps its place');
  h.events();
  h.login('a1', { queues: ['phone'], capacity: { voice: 1 } });
  t.equal(h.holder('v1'), 'a1', 'served in key order');
  h.r.acceptOffer('a1', 'v1');
  t.match(ofType(h.events(), 'contact.callback_dialing'), [{ contactId: 'v1', agentId: 'a1', attempt: 1, number: '+15551234567' }]);
  h.r.markConnected('v1');
  h.r.endContact('v1', 'agent');
  t.equal(h.r.contact('v1'), undefined);
  h.checkRebuild(t, mid);
});

t.test('callback - unanswered attempts retry after the delay with the same key, then give up', async (t) => {
  const h = workflowHarness(config);
  h.login('a1', { queues: ['phone'], capacity: { voice: 1 } });
  h.r.setPresence('a1', 'away', 'lunch');
  h.create('v1', voice);
  h.r.requestCallback('v1');
  h.r.setPresence('a1', 'available');
  h.r.acceptOffer('a1', 'v1');
  const mid = h.mark();
  h.events();
  h.r.callbackFailed('v1');
  t.match(ofType(h.events(), 'contact.callback_failed'), [{ agentId: 'a1', attempt: 1, retryAt: T0 + 60_000 }]);
  t.match(h.r.contact('v1'), { state: 'scheduled', agentId: null, deadline: T0 + 60_000, firstArrival: T0 });
  t.same(h.r.agent('a1')!.contacts, [], 'the agent is free');
  h.create('v2', voice);
  t.equal(h.holder('v2'), 'a1', 'and takes other work meanwhile');
  h.r.acceptOffer('a1', 'v2');
  h.tick(60_000);
  t.match(h.r.contact('v1'), { state: 'waiting' });
  h.create('v3', voice);
  h.r.endContact('v2', 'agent');
  t.equal(h.holder('v1'), 'a1', 'back in its place, ahead of v3');
  h.checkRebuild(t, mid);
  h.r.acceptOffer('a1', 'v1');
  t.match(ofType(h.events(), 'contact.callback_dialing').at(-1), { attempt: 2 });
  h.r.callbackFailed('v1');
  t.match(ofType(h.events(), 'contact.callback_failed'), [{ attempt: 2, retryAt: null }]);
  t.equal(h.r.contact('v1'), undefined, 'given up after the last attempt');
  t.equal(h.holder('v3'), 'a1');
  h.checkRebuild(t, mid);
});

t.test('callback - bad input changes nothing', async (t) => {
  const h = workflowHarness(config);
  h.create('c1', { queueId: 'phone', channel: 'chat' });
  h.create('v1', voice);
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.requestCallback('c1'), 'a callback for a chat');
  rejects(t, h.r, 'NOT_FOUND', () => h.r.requestCallback('nope'), 'unknown contact');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.requestCallback('v1', 'call me'), 'a malformed number');
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.callbackFailed('v1'), 'failure of a contact that is no callback');
  h.r.requestCallback('v1');
  rejects(t, h.r, 'ALREADY_EXISTS', () => h.r.requestCallback('v1'), 'a second request');
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.callbackFailed('v1'), 'failure with no dial in progress');
  h.login('a1', { queues: ['phone'], capacity: { voice: 1 } });
  h.r.acceptOffer('a1', 'v1');
  h.r.markConnected('v1');
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.callbackFailed('v1'), 'failure after the customer answered');
  rejects(t, h.r, 'NOT_FOUND', () => h.r.requestCallback('x'.repeat(200)), 'a malformed id');
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.requestCallback('c1'), 'still a chat');
});

t.test('follow-up - when due it is routed to the same agent first, then to the queue', async (t) => {
  const h = workflowHarness(config);
  h.login('a1', { queues: ['phone'] });
  h.login('a2', { queues: ['phone'] });
  h.create('c1', { queueId: 'phone', customer: { id: 'cust-9', tier: 'standard' }, context: { order: 'A-1' } });
  t.equal(h.holder('c1'), 'a1');
  h.r.acceptOffer('a1', 'c1');
  const mid = h.mark();
  const f = h.r.scheduleFollowUp('a1', 'c1', { id: 'f1', dueAt: T0 + 7 * DAY, note: 'check the refund' });
  t.match(f, {
    id: 'f1',
    state: 'scheduled',
    channel: 'chat',
    customer: { id: 'cust-9' },
    context: { order: 'A-1' },
    preferredAgentId: 'a1',
    followUp: { of: 'c1', byAgentId: 'a1', note: 'check the refund', dueAt: T0 + 7 * DAY },
  });
  t.equal(h.r.nextDeadline(), T0 + 7 * DAY);
  h.r.endContact('c1', 'agent');
  h.create('x', { queueId: 'phone' });
  h.r.acceptOffer(h.holder('x')!, 'x');
  t.equal(h.holder('x'), 'a1', 'a1 busy when the follow-up comes due');
  h.checkRebuild(t, mid);
  h.tick(7 * DAY);
  t.match(h.r.contact('f1'), { state: 'waiting', preferUntil: T0 + 7 * DAY + 300_000, firstArrival: T0 + 7 * DAY });
  t.equal(h.holder('f1'), null, 'a2 is free but it waits for a1');
  h.tick(300_000);
  t.equal(h.holder('f1'), 'a2', 'then the queue');
  h.checkRebuild(t, mid);
});

t.test('follow-up - offered to its agent at once when free; the agent may be logged out', async (t) => {
  const h = workflowHarness(config);
  h.login('a1', { queues: ['phone'] });
  h.create('c1', { queueId: 'phone' });
  h.serve('c1');
  h.create('c2', { queueId: 'phone' });
  h.r.acceptOffer('a1', 'c2');
  h.r.scheduleFollowUp('a1', 'c2', { id: 'f2', dueAt: T0 + DAY, note: 'n', queueId: 'back-office' });
  h.r.endContact('c2', 'agent');
  h.login('b1', { queues: ['back-office'] });
  h.tick(DAY);
  t.match(
    h.r.contact('f2'),
    { queueId: 'back-office', agentId: 'b1', state: 'offered', preferUntil: null },
    'a1 does not serve back-office: b1 takes it at once',
  );
  h.login('b2', { queues: ['back-office', 'phone'] });
  h.create('c3', { queueId: 'phone' });
  h.r.acceptOffer(h.holder('c3')!, 'c3');
  h.r.scheduleFollowUp(h.holder('c3')!, 'c3', { id: 'f3', dueAt: T0 + 2 * DAY, note: 'n' });
  h.r.endContact('c3', 'agent');
  h.r.logoutAgent(h.r.contact('f3')!.preferredAgentId!);
  h.tick(DAY);
  t.match(h.r.contact('f3'), { preferUntil: null }, 'its agent logged out: the queue at once');
  h.checkRebuild(t);
});

t.test('follow-up - bad input changes nothing', async (t) => {
  const h = workflowHarness(config);
  h.login('a1', { queues: ['phone'] });
  h.login('a2', { queues: ['phone'] });
  h.create('c1', { queueId: 'phone' });
  h.r.acceptOffer('a1', 'c1');
  h.create('c2', { queueId: 'phone' });
  const ok = { id: 'f1', dueAt: T0 + DAY, note: 'n' };
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.scheduleFollowUp('a1', 'c1', { ...ok, dueAt: T0 - 1 }), 'a follow-up in the past');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.scheduleFollowUp('a1', 'c1', { ...ok, dueAt: T0 }), 'a follow-up due now');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.scheduleFollowUp('a1', 'c1', { ...ok, dueAt: T0 + 400 * DAY }), 'more than a year ahead');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.scheduleFollowUp('a1', 'c1', { ...ok, note: '' }), 'without a note');
  rejects(t, h.r, 'NOT_FOUND', () => h.r.scheduleFollowUp('a1', 'nope', ok), 'of an unknown contact');
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.scheduleFollowUp('a1', 'c2', ok), 'of a contact someone else holds');
  rejects(t, h.r, 'ALREADY_EXISTS', () => h.r.scheduleFollowUp('a1', 'c1', { ...ok, id: 'c2' }), 'with the id of a live contact');
  rejects(t, h.r, 'NOT_FOUND', () => h.r.scheduleFollowUp('a1', 'c1', { ...ok, queueId: 'nowhere' }), 'into an unknown queue');
});
