/**
 * A queue's maximum wait (DESIGN §4 "Hours of operation", docs/routing.md):
 * a contact never waits for ever; at the limit, counted from its first
 * arrival on the router's clock, it is closed with a reason, turned into a
 * callback, or left as a voicemail (an email contact in another queue).
 */
import t from 'tap';
import { compileConfig, Router, type CoreConfig } from '../../src/core/index.js';
import { ofType, T0 } from '../fixtures/router-harness.js';
import { workflowHarness } from '../fixtures/workflow-harness.js';

const config = (maxWait: object, extra: object = {}): CoreConfig =>
  ({
    queues: [
      { id: 'sales', channels: ['voice', 'chat'], wrapUpSeconds: 0, offerTimeoutSeconds: 20, maxWait, ...extra },
      { id: 'mail', channels: ['email'], wrapUpSeconds: 0 },
    ],
  }) as CoreConfig;

t.test('max wait - close removes a waiting contact at the limit with its reason, not a millisecond before', async (t) => {
  const h = workflowHarness(config({ afterSeconds: 60, action: 'close', reason: 'too-busy' }));
  h.create('c1', { channel: 'voice' });
  h.tick(30_000);
  h.create('c2');
  t.equal(h.r.nextDeadline(), T0 + 60_000, 'the limit is a deadline on the clock');
  const mid = h.mark();
  h.tick(29_999);
  t.equal(h.r.contact('c1')?.state, 'waiting', 'one millisecond before the limit it waits');
  h.events();
  h.tick(1);
  const gone = ofType(h.events(), 'contact.abandoned');
  t.same(
    gone.map((e) => [e.contactId, e.reason, e.at]),
    [['c1', 'too-busy', T0 + 60_000]],
    'c1 ends at its limit with the configured reason; c2 waits on',
  );
  t.equal(h.r.contact('c1'), undefined);
  h.tick(30_000);
  t.same(
    ofType(h.events(), 'contact.abandoned').map((e) => [e.contactId, e.reason]),
    [['c2', 'too-busy']],
    'a chat contact too, from its own arrival',
  );
  t.equal(h.r.nextDeadline(), undefined, 'nothing left to wait for');
  h.checkRebuild(t, mid);
});

t.test('max wait - the default close reason is max-wait; a contact an agent took is not touched', async (t) => {
  const h = workflowHarness(config({ afterSeconds: 10, action: 'close' }));
  h.login('a1', { capacity: { chat: 1 } });
  h.create('c1');
  h.create('c2');
  t.equal(h.holder('c1'), 'a1');
  h.r.acceptOffer('a1', 'c1');
  h.events();
  h.tick(10_000);
  t.same(
    ofType(h.events(), 'contact.abandoned').map((e) => [e.contactId, e.reason, e.offeredTo]),
    [['c2', 'max-wait', null]],
  );
  t.equal(h.r.contact('c1')?.state, 'active', 'an accepted contact has stopped waiting');
  h.checkRebuild(t);
});

t.test('max wait - a contact ringing at the limit is ended when the offer comes back, not taken from the agent', async (t) => {
  const h = workflowHarness(config({ afterSeconds: 10, action: 'close' }));
  h.tick(5_000);
  h.create('c1');
  h.login('a1', { capacity: { chat: 1 } });
  t.equal(h.r.contact('c1')?.state, 'offered');
  h.tick(10_000);
  t.equal(h.r.contact('c1')?.state, 'offered', 'past the limit the offer still rings (the agent may accept)');
  const mid = h.mark();
  h.events();
  h.r.rejectOffer('a1', 'c1');
  t.same(h.types(), ['contact.offer_rejected', 'contact.abandoned'], 'back to waiting past the limit: it ends at once');
  t.equal(h.r.contact('c1'), undefined);
  h.checkRebuild(t, mid);
});

t.test('max wait - callback turns a waiting call into a callback that keeps its place; chat falls back to close', async (t) => {
  const h = workflowHarness(config({ afterSeconds: 30, action: 'callback' }));
  h.create('v1', { channel: 'voice' });
  h.create('ch1', { channel: 'chat' });
  h.tick(30_000);
  const events = h.events();
  t.same(
    ofType(events, 'contact.callback_requested').map((e) => [e.contactId, e.number, e.reason]),
    [['v1', null, 'max-wait']],
    'the call becomes a callback, marked as the max wait',
  );
  t.same(
    ofType(events, 'contact.abandoned').map((e) => [e.contactId, e.reason]),
    [['ch1', 'max-wait']],
    'a chat cannot be called back: it is closed',
  );
  const v1 = h.r.contact('v1')!;
  t.equal(v1.state, 'waiting');
  t.same(v1.callback, { number: null, requestedAt: T0 + 30_000, attempts: 0 });
  t.equal(v1.firstArrival, T0, 'it keeps its place in line');
  h.tick(3_600_000);
  t.equal(h.r.contact('v1')?.state, 'waiting', 'a callback has no maximum wait of its own');
  h.login('a1', { capacity: { voice: 1 } });
  h.r.acceptOffer('a1', 'v1');
  t.same(
    ofType(h.events(), 'contact.callback_dialing').map((e) => e.contactId),
    ['v1'],
    'when an agent takes it the integration is told to dial',
  );
  h.checkRebuild(t);
});

t.test('max wait - voicemail turns a waiting call into an email contact in the named queue, keeping customer and context', async (t) => {
  const h = workflowHarness(config({ afterSeconds: 45, action: 'voicemail', queueId: 'mail' }));
  h.create('v1', { channel: 'voice', language: 'fr-CA', customer: { id: 'cust-9', tier: 'standard' }, context: { ani: '+15145550100' } });
  h.events();
  h.tick(45_000);
  const events = h.events();
  t.same(
    ofType(events, 'contact.abandoned').map((e) => [e.contactId, e.reason]),
    [['v1', 'voicemail']],
  );
  const created = ofType(events, 'contact.created');
  t.equal(created.length, 1);
  t.equal(created[0]!.redirectedFrom, 'sales');
  const mail = h.r.contact('v1:voicemail')!;
  t.match(mail, {
    queueId: 'mail',
    channel: 'email',
    language: 'fr-CA',
    state: 'waiting',
    firstArrival: T0 + 45_000,
    customer: { id: 'cust-9', tier: 'standard' },
    context: { ani: '+15145550100', voicemailOf: 'v1' },
  });
  t.equal(h.r.contact('v1'), undefined, 'the call is gone');
  h.login('a1', { queues: ['mail'], capacity: { email: 1 }, languages: ['fr'] });
  t.equal(h.holder('v1:voicemail'), 'a1', 'an agent of the mail queue takes it');
  h.checkRebuild(t);
});

t.test('max wait - a contact moved to another queue takes that queue’s limit, from its first arrival', async (t) => {
  const cfg = {
    queues: [
      { id: 'sales', channels: ['chat'], wrapUpSeconds: 0 },
      { id: 'care', channels: ['chat'], wrapUpSeconds: 0, maxWait: { afterSeconds: 60, action: 'close' } },
    ],
  } as CoreConfig;
  const h = workflowHarness(cfg);
  h.create('c1');
  h.create('c2');
  h.tick(30_000);
  h.r.updateContact('c1', { queueId: 'care' });
  h.tick(30_000);
  h.r.updateContact('c2', { queueId: 'care' });
  t.same(
    ofType(h.events(), 'contact.abandoned').map((e) => [e.contactId, e.at]),
    [
      ['c1', T0 + 60_000],
      ['c2', T0 + 60_000],
    ],
    'c1 at 60 s of its wait; c2 moved in past the limit ends at once',
  );
  h.checkRebuild(t);
});

t.test('max wait - deadlines at one instant take effect in arming order, then matching', async (t) => {
  // c1's step and its limit, and c2's limit, all at 10 s: the limits end both contacts before the step's wider pool is matched.
  const h = workflowHarness(config({ afterSeconds: 10, action: 'close' }, { steps: [{ afterSeconds: 10, languageMatch: 'primary' }], languageMatch: 'exact' }));
  h.login('a1', { capacity: { chat: 1 }, languages: ['fr'] });
  h.create('c1', { language: 'fr-CA' });
  h.create('c2', { language: 'fr-CA' });
  h.events();
  h.tick(10_000);
  t.same(
    h.types(),
    ['contact.step_changed', 'contact.abandoned', 'contact.step_changed', 'contact.abandoned'],
    'armed in this order; no offer at that instant',
  );
  h.checkRebuild(t);
});

t.test('max wait - a restored router keeps the deadline (snapshot, then resume past it)', async (t) => {
  const cfg = config({ afterSeconds: 60, action: 'close' });
  const h = workflowHarness(cfg);
  h.create('c1');
  h.tick(20_000);
  const snapshot = JSON.parse(JSON.stringify(h.r.snapshot())) as ReturnType<Router['snapshot']>;
  const restored = Router.restore(cfg, h.clock, snapshot);
  t.equal(restored.nextDeadline(), T0 + 60_000, 'the deadline survives the snapshot');
  h.clock.set(T0 + 120_000);
  restored.resume();
  const gone = ofType(restored.drainEvents(), 'contact.abandoned');
  t.same(
    gone.map((e) => [e.contactId, e.reason, e.at]),
    [['c1', 'max-wait', T0 + 60_000]],
    'after a gap it ends at its own time',
  );
});

t.test('max wait - config errors name the field', async (t) => {
  const bad = (maxWait: object, channels = ['voice', 'chat']): string => {
    try {
      compileConfig({
        queues: [
          { id: 'sales', channels, maxWait },
          { id: 'mail', channels: ['email'] },
          { id: 'chats', channels: ['chat'] },
        ],
      } as CoreConfig);
      return 'accepted';
    } catch (err) {
      return (err as Error).message;
    }
  };
  t.match(bad({ afterSeconds: 0, action: 'close' }), 'queues[sales].maxWait.afterSeconds');
  t.match(bad({ afterSeconds: 10, action: 'hangup' }), 'queues[sales].maxWait.action');
  t.match(bad({ afterSeconds: 10, action: 'callback' }, ['chat']), 'queues[sales].maxWait.action: the callback action needs a queue that takes voice');
  t.match(bad({ afterSeconds: 10, action: 'voicemail' }), 'queues[sales].maxWait.queueId: a voicemail needs the queue of its email contact');
  t.match(bad({ afterSeconds: 10, action: 'voicemail', queueId: 'chats' }), 'queues[sales].maxWait.queueId: queue chats does not take email contacts');
  t.match(bad({ afterSeconds: 10, action: 'voicemail', queueId: 'nowhere' }), 'must name another configured queue');
  t.match(bad({ afterSeconds: 10, action: 'close', queueId: 'mail' }), 'queues[sales].maxWait.queueId: only a voicemail');
  t.match(bad({ afterSeconds: 10, action: 'callback', reason: 'x' }), 'queues[sales].maxWait.reason: only a close takes a reason');
  t.equal(bad({ afterSeconds: 10, action: 'voicemail', queueId: 'mail' }), 'accepted');
});
