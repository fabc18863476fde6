import t from 'tap';
import { compileConfig, type CoreConfig } from '../../src/core/index.js';
import { ofType, rejects, T0 } from '../fixtures/router-harness.js';
import { workflowHarness } from '../fixtures/workflow-harness.js';

const config: CoreConfig = {
  queues: [
    { id: 'timed', channels: ['chat'], wrapUpSeconds: 30, dispositions: ['resolved', 'refund'] },
    { id: 'strict', channels: ['chat'], wrapUpSeconds: 30, wrapUpMode: 'timed-strict' },
    { id: 'optional', channels: ['chat'], wrapUpSeconds: 30, wrapUpMode: 'optional' },
    { id: 'mandatory', channels: ['chat'], wrapUpMode: 'mandatory', dispositions: ['resolved', 'escalate'] },
  ],
};

function setup(queue: string) {
  const h = workflowHarness(config);
  h.login('a1', { queues: [queue] });
  h.create('c1', { queueId: queue });
  h.serve('c1');
  return h;
}

t.test('wrap-up - timed: ends by itself at the time box with what was recorded', async (t) => {
  const h = setup('timed');
  t.match(h.r.contact('c1'), { state: 'wrap_up', deadline: T0 + 30_000 });
  h.r.recordWrapUp('a1', 'c1', 'refund', 'refund of 20 EUR');
  t.match(h.r.contact('c1'), { disposition: 'refund', notes: 'refund of 20 EUR' });
  h.r.recordWrapUp('a1', 'c1', undefined, 'refund of 25 EUR');
  t.match(h.r.contact('c1'), { disposition: 'refund', notes: 'refund of 25 EUR' }, 'notes alone keep the disposition');
  const mid = h.mark();
  h.events();
  h.tick(30_000);
  const closed = ofType(h.events(), 'contact.closed');
  t.match(closed, [{ contactId: 'c1', by: 'timeout', disposition: 'refund', notes: 'refund of 25 EUR' }]);
  t.match(h.r.history('cust-c1'), [{ contactId: 'c1', disposition: 'refund', notes: 'refund of 25 EUR', agentId: 'a1', queueId: 'timed' }]);
  h.checkRebuild(t, mid);
});

t.test("wrap-up - timed: the agent may finish early; codes are the queue's", async (t) => {
  const h = setup('timed');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.finishWrapUp('a1', 'c1', 'unknown-code'), 'a code the queue does not list');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.recordWrapUp('a1', 'c1', 'unknown-code'), 'record: a code the queue does not list');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.recordWrapUp('a1', 'c1'), 'record: nothing to record');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.finishWrapUp('a1', 'c1', 'bad code!'), 'a malformed code');
  h.tick(1000);
  h.r.finishWrapUp('a1', 'c1', 'resolved');
  t.match(ofType(h.events(), 'contact.closed'), [{ by: 'agent', disposition: 'resolved', notes: null, at: T0 + 1000 }]);
  t.equal(h.r.contact('c1'), undefined);
});

t.test('wrap-up - timed-strict: no early finish, but a disposition may be recorded', async (t) => {
  const h = setup('strict');
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.finishWrapUp('a1', 'c1', 'done'), 'finish before the time box ends');
  h.r.recordWrapUp('a1', 'c1', 'done', 'ok');
  h.tick(30_000);
  t.match(ofType(h.events(), 'contact.closed'), [{ by: 'timeout', disposition: 'done', notes: 'ok' }]);
  h.checkRebuild(t);
});

t.test('wrap-up - optional: no time box; the agent finishes when ready', async (t) => {
  const h = setup('optional');
  t.match(h.r.contact('c1'), { state: 'wrap_up', deadline: null });
  t.match(ofType(h.events(), 'contact.ended'), [{ wrapUpUntil: null }]);
  t.equal(h.r.nextDeadline(), undefined, 'no wrap-up timer');
  h.tick(3_600_000);
  t.match(h.r.contact('c1'), { state: 'wrap_up' });
  t.equal(h.r.agentStatus('a1'), 'wrap_up');
  h.r.finishWrapUp('a1', 'c1');
  t.equal(h.r.contact('c1'), undefined);
  h.checkRebuild(t);
});

t.test('wrap-up - mandatory: cannot finish without a disposition from the list', async (t) => {
  const h = setup('mandatory');
  t.match(h.r.contact('c1'), { state: 'wrap_up', deadline: null });
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.finishWrapUp('a1', 'c1'), 'finish without a disposition');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.finishWrapUp('a1', 'c1', 'refund'), 'a code of another queue');
  h.r.recordWrapUp('a1', 'c1', 'escalate');
  h.r.finishWrapUp('a1', 'c1', undefined, 'customer to call back');
  t.match(ofType(h.events(), 'contact.closed'), [{ by: 'agent', disposition: 'escalate', notes: 'customer to call back' }]);
  h.checkRebuild(t);
});

t.test('wrap-up - a forced logout closes a mandatory wrap-up with what was recorded', async (t) => {
  const h = setup('mandatory');
  h.r.recordWrapUp('a1', 'c1', undefined, 'half written');
  h.r.logoutAgent('a1');
  t.match(ofType(h.events(), 'contact.closed'), [{ by: 'logout', disposition: null, notes: 'half written' }]);
  t.match(h.r.history('cust-c1'), [{ contactId: 'c1', notes: 'half written' }]);
});

t.test('wrap-up - bad input changes nothing', async (t) => {
  const h = setup('timed');
  h.login('a2', { queues: ['timed'] });
  rejects(t, h.r, 'NOT_FOUND', () => h.r.recordWrapUp('a1', 'nope', 'resolved'), 'unknown contact');
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.recordWrapUp('a2', 'c1', 'resolved'), 'a contact the agent does not hold');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.recordWrapUp('a1', 'c1', undefined, 'x'.repeat(5000)), 'notes too long');
  h.create('c2', { queueId: 'timed' });
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.recordWrapUp('a2', 'c2', 'resolved'), 'a contact not in wrap-up');
});

t.test('wrap-up - configuration is validated', async (t) => {
  t.throws(() => compileConfig({ queues: [{ id: 'q', channels: ['chat'], wrapUpMode: 'sometimes' as never }] }), { code: 'INVALID_ARGUMENT' });
  t.throws(() => compileConfig({ queues: [{ id: 'q', channels: ['chat'], dispositions: ['bad code'] }] }), { code: 'INVALID_ARGUMENT' });
  t.throws(() => compileConfig({ queues: [{ id: 'q', channels: ['chat'], wrapUpMode: 'mandatory', dispositions: [] }] }), { code: 'INVALID_ARGUMENT' });
  t.equal(compileConfig({ queues: [{ id: 'q', channels: ['chat'] }] }).queues.get('q' as never)!.wrapUpMode, 'timed');
});
