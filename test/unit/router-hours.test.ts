import t from 'tap';
import { QueueClosedError } from '../../src/core/errors.js';
import { compileConfig, Router, type CoreConfig, type CoreEvent } from '../../src/core/index.js';
import { ofType, rejects } from '../fixtures/router-harness.js';
import { workflowHarness } from '../fixtures/workflow-harness.js';

const at = (iso: string) => Date.parse(iso);
const nineToFive = ['09:00-17:00'];
const weekly = { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive };
const hours = { timeZone: 'America/Toronto', weekly, holidays: [{ date: '12-25', name: 'Christmas' }] };

const config = (whenClosed: object = {}, extra: object = {}): CoreConfig =>
  ({
    queues: [
      { id: 'sales', channels: ['voice', 'chat'], wrapUpSeconds: 0, hours: { ...hours, ...whenClosed, ...extra } },
      { id: 'night', channels: ['voice', 'chat'], wrapUpSeconds: 0 },
    ],
  }) as CoreConfig;

// Friday 2026-03-06 16:59 EST (21:59Z): one minute before the last close before spring-forward.
const FRIDAY_BEFORE_CLOSE = at('2026-03-06T21:59:00Z');
// Monday 2026-03-09 09:00 EDT.
const MONDAY_OPEN = at('2026-03-09T13:00:00Z');

t.test('hours - a closed queue refuses a new contact with FAILED_PRECONDITION and the next opening, across DST', async (t) => {
  const h = workflowHarness(config(), FRIDAY_BEFORE_CLOSE);
  h.create('c1');
  t.equal(h.r.contact('c1')?.state, 'waiting', 'open until 17:00');
  h.tick(60_000);
  t.same(h.r.queueHours('sales'), { open: false, until: MONDAY_OPEN, reason: null });
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.create('c2'), 'closed');
  try {
    h.create('c2');
  } catch (err) {
    t.ok(err instanceof QueueClosedError);
    t.equal((err as QueueClosedError).opensAt, MONDAY_OPEN, 'Monday 09:00 EDT, not 09:00 EST');
    t.match((err as Error).message, 'queue sales is closed until 2026-03-09T09:00-04:00 (America/Toronto)');
  }
  t.equal(h.r.contact('c1')?.state, 'waiting', 'a contact waiting at closing is still served by default');
  h.clock.set(MONDAY_OPEN - 1);
  h.r.advance();
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.create('c2'), 'one millisecond before opening');
  h.tick(1);
  h.create('c2');
  t.equal(h.r.contact('c2')?.state, 'waiting', 'open at 09:00 EDT');
  t.equal(h.r.queueHours('night'), null, 'a queue without hours is always open');
  h.checkRebuild(t);
});

t.test('hours - a holiday closes the whole day and names itself', async (t) => {
  // Friday 2026-12-25 10:00 EST.
  const h = workflowHarness(config(), at('2026-12-25T15:00:00Z'));
  let caught: unknown;
  try {
    h.create('c1');
  } catch (err) {
    caught = err;
  }
  t.equal((caught as QueueClosedError).opensAt, at('2026-12-28T14:00:00Z'), 'Monday 28 at 09:00 EST');
  t.match((caught as Error).message, 'queue sales is closed (Christmas) until 2026-12-28T09:00-05:00');
  t.equal(h.r.contactCount, 0);
});

t.test('hours - redirect: a contact for a closed queue goes to the named queue', async (t) => {
  const h = workflowHarness(config({ whenClosed: { action: 'redirect', queueId: 'night' } }), at('2026-03-07T15:00:00Z'));
  h.login('n1', { queues: ['night'], capacity: { chat: 1 } });
  h.create('c1');
  const created = ofType(h.events(), 'contact.created')[0]!;
  t.match(created, { redirectedFrom: 'sales', contact: { queueId: 'night' } });
  t.equal(h.holder('c1'), 'n1');
  h.checkRebuild(t);
});

t.test('hours - callback at opening: a call to a closed queue is scheduled for the opening, other channels are refused', async (t) => {
  const h = workflowHarness(config({ whenClosed: { action: 'callback' } }), at('2026-03-07T15:00:00Z'));
  h.login('a1', { queues: ['sales'], capacity: { voice: 1 } });
  h.create('v1', { channel: 'voice' });
  h.tick(1000);
  h.create('v2', { channel: 'voice' });
  t.match(h.r.contact('v1'), { state: 'scheduled', deadline: MONDAY_OPEN, firstArrival: MONDAY_OPEN, callback: { number: null, attempts: 0 } });
  t.equal(h.holder('v1'), null, 'nobody is called back at night, even with an agent logged in');
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.create('c1', { channel: 'chat' }), 'a chat has no callback');
  const mid = h.mark();
  t.equal(h.r.nextDeadline(), MONDAY_OPEN);
  h.clock.set(MONDAY_OPEN);
  h.r.advance();
  t.equal(h.holder('v1'), 'a1', 'the first caller first, at opening');
  h.r.acceptOffer('a1', 'v1');
  t.match(ofType(h.events(), 'contact.callback_dialing'), [{ contactId: 'v1', attempt: 1 }]);
  t.equal(h.r.contact('v2')?.state, 'waiting');
  h.checkRebuild(t, mid);
});

t.test('hours - serveWaitingAtClose false moves the waiting contacts to the redirect queue at closing', async (t) => {
  const h = workflowHarness(config({ whenClosed: { action: 'redirect', queueId: 'night' } }, { serveWaitingAtClose: false }), FRIDAY_BEFORE_CLOSE);
  h.create('c1');
  h.login('a1', { queues: ['sales'], capacity: { chat: 1 } });
  h.create('c2');
  t.equal(h.holder('c1'), 'a1', 'c1 is being served (offered)');
  const firstArrival = h.r.contact('c2')!.firstArrival;
  t.equal(h.r.nextDeadline(), FRIDAY_BEFORE_CLOSE + 20_000, 'the ring timeout comes before the closing');
  h.r.acceptOffer('a1', 'c1');
  t.equal(h.r.nextDeadline(), at('2026-03-06T22:00:00Z'), 'closing is a deadline on the clock');
  h.events();
  h.tick(60_000);
  t.match(ofType(h.events(), 'contact.updated'), [{ contactId: 'c2', queueId: 'night' }]);
  t.match(h.r.contact('c2'), { queueId: 'night', state: 'waiting', firstArrival });
  t.match(h.r.contact('c1'), { queueId: 'sales', state: 'active' }, 'a contact in service stays');
  t.equal(h.r.nextDeadline(), at('2026-03-09T21:00:00Z'), 'the next closing: Monday 17:00 EDT');
  h.checkRebuild(t);
});

t.test('hours - the configuration is checked, naming the field', async (t) => {
  const bad = (q: object) => {
    try {
      compileConfig({
        queues: [
          { id: 'q', channels: ['chat'], ...q },
          { id: 'other', channels: ['chat'] },
        ],
      } as CoreConfig);
    } catch (err) {
      return (err as Error).message;
    }
    return 'accepted';
  };
  t.match(bad({ hours: { timeZone: 'Canada/Toront', weekly: {} } }), 'queues[q].hours.timeZone: must be an IANA time zone name');
  t.match(bad({ hours: { timeZone: 'UTC', weekly: { mon: ['17:00-09:00'] } } }), 'queues[q].hours.weekly.mon.0: must be "HH:MM-HH:MM"');
  t.match(bad({ hours: { timeZone: 'UTC', weekly: { monday: ['09:00-17:00'] } } }), 'queues[q].hours.weekly');
  t.match(bad({ hours: { timeZone: 'UTC', weekly: {}, holidays: [{ date: '2026-02-30' }] } }), 'queues[q].hours.holidays.0.date: must be a date');
  t.match(bad({ hours: { timeZone: 'UTC', weekly: {}, whenClosed: { action: 'redirect' } } }), 'queues[q].hours.whenClosed.queueId: a redirect needs');
  t.match(bad({ hours: { timeZone: 'UTC', weekly: {}, whenClosed: { action: 'redirect', queueId: 'q' } } }), 'must name another configured queue');
  t.match(
    bad({ hours: { timeZone: 'UTC', weekly: {}, whenClosed: { action: 'callback' } } }),
    'queues[q].hours.whenClosed.action: a callback needs a queue that takes voice',
  );
  t.match(bad({ hours: { timeZone: 'UTC', weekly: {}, serveWaitingAtClose: false } }), 'queues[q].hours.serveWaitingAtClose');
  t.equal(bad({ hours: { timeZone: 'UTC', weekly: { sun: ['00:00-24:00'] }, whenClosed: { action: 'redirect', queueId: 'other' } } }), 'accepted');
});

t.test('hours - a closing passed while no router ran moves the waiting contacts at the restore, at its own time', async (t) => {
  const cfg = config({ whenClosed: { action: 'redirect', queueId: 'night' } }, { serveWaitingAtClose: false });
  const h = workflowHarness(cfg, FRIDAY_BEFORE_CLOSE);
  h.create('c1');
  h.create('v1', { channel: 'voice' });
  const snapshot = JSON.parse(JSON.stringify(h.r.snapshot())) as ReturnType<typeof h.r.snapshot>;
  t.equal(snapshot.at, FRIDAY_BEFORE_CLOSE, 'the snapshot says when its state was current: its last event');
  // The process stops at 16:59 and comes back at 17:30: the closing at 17:00 passed while no router ran.
  h.clock.set(at('2026-03-06T22:30:00Z'));
  const restored = Router.restore(cfg, h.clock, snapshot);
  t.equal(restored.nextDeadline(), at('2026-03-06T22:00:00Z'), 'the missed closing is owed, at its own time');
  const events: CoreEvent[] = [];
  restored.subscribe((e) => events.push(e));
  restored.resume();
  t.match(
    ofType(events, 'contact.updated'),
    [
      { contactId: 'c1', queueId: 'night', at: at('2026-03-06T22:00:00Z') },
      { contactId: 'v1', queueId: 'night', at: at('2026-03-06T22:00:00Z') },
    ],
    'both moved, in order, at 17:00 as the original would have',
  );
  t.equal(restored.nextDeadline(), at('2026-03-09T21:00:00Z'), 'then the next closing: Monday 17:00 EDT');
  // Restored again later: the state says it was current after that closing, so nothing is owed.
  h.clock.set(at('2026-03-06T22:40:00Z'));
  t.equal(Router.restore(cfg, h.clock, JSON.parse(JSON.stringify(restored.snapshot())) as typeof snapshot).nextDeadline(), at('2026-03-09T21:00:00Z'));
  // The original, had it run through the gap, does the same.
  h.clock.set(at('2026-03-06T22:30:00Z'));
  h.r.advance();
  t.same(
    [...h.r.contacts()].map((c) => [c.id, c.queueId, c.state]),
    [...restored.contacts()].map((c) => [c.id, c.queueId, c.state]),
  );
});

t.test('hours - a snapshot from before `at` was kept still moves the contacts of a queue closed at the restore', async (t) => {
  const cfg = config({ whenClosed: { action: 'redirect', queueId: 'night' } }, { serveWaitingAtClose: false });
  const h = workflowHarness(cfg, FRIDAY_BEFORE_CLOSE);
  h.create('c1');
  const { at: _at, ...older } = JSON.parse(JSON.stringify(h.r.snapshot())) as ReturnType<typeof h.r.snapshot>;
  h.clock.set(at('2026-03-06T22:30:00Z'));
  const restored = Router.restore(cfg, h.clock, older);
  t.equal(
    restored.nextDeadline(),
    at('2026-03-06T22:30:00Z'),
    'no instant to go by: a waiting contact in the closed queue is taken as left by a closing, due now',
  );
  restored.resume();
  t.equal(restored.contact('c1')?.queueId, 'night');
  // With events after it, the last event says when the state was current.
  h.clock.set(at('2026-03-06T21:59:30Z'));
  const events = [{ type: 'contact.abandoned', at: at('2026-03-06T21:59:30Z'), contactId: 'c1', offeredTo: null }] as CoreEvent[];
  t.equal(Router.restore(cfg, h.clock, older, events).nextDeadline(), at('2026-03-06T22:00:00Z'));
});

t.test('hours - transfers, escalations and supervisor moves into a closed queue are refused with the opening', async (t) => {
  const cfg = {
    queues: [
      { id: 'sales', channels: ['chat'], wrapUpSeconds: 0, escalateTo: 'tier2' },
      { id: 'tier2', channels: ['chat'], wrapUpSeconds: 0, hours },
      { id: 'care', channels: ['chat'], wrapUpSeconds: 0 },
    ],
  } as CoreConfig;
  // Saturday 2026-03-07 10:00 EST: tier2 is closed until Monday 09:00 EDT.
  const h = workflowHarness(cfg, at('2026-03-07T15:00:00Z'));
  h.login('a1', { queues: ['sales'], capacity: { chat: 2 } });
  h.login('t1', { queues: ['tier2'], capacity: { chat: 1 } });
  h.create('c1');
  h.r.acceptOffer('a1', 'c1');
  for (const [what, act] of [
    ['a blind transfer', () => h.r.transferContact('a1', 'c1', { queueId: 'tier2' })],
    ['a consultative transfer', () => h.r.transferContact('a1', 'c1', { queueId: 'tier2', consult: true })],
    ['an escalation', () => h.r.escalateContact('a1', 'c1', 'refund')],
  ] as const) {
    let caught: unknown;
    try {
      act();
    } catch (err) {
      caught = err;
    }
    t.ok(caught instanceof QueueClosedError, `${what} is refused`);
    t.equal((caught as QueueClosedError).opensAt, MONDAY_OPEN, `${what}: the error names the opening`);
    t.match(h.r.contact('c1'), { state: 'active', agentId: 'a1', queueId: 'sales' }, `${what}: nothing changed`);
  }
  h.r.transferContact('a1', 'c1', { queueId: 'tier2', agentId: 't1' });
  t.match(h.r.contact('c1'), { queueId: 'tier2', agentId: 't1', state: 'offered' }, 'to a named agent of the closed queue: allowed (they are there)');
  h.create('c2');
  h.r.acceptOffer('a1', 'c2');
  h.r.transferContact('a1', 'c2', { queueId: 'care' });
  t.equal(h.r.contact('c2')?.queueId, 'care', 'to an open queue: allowed');
  h.create('c3', { queueId: 'care' });
  t.equal(h.r.contact('c3')?.state, 'waiting', 'nobody serves care');
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.updateContact('c3', { queueId: 'tier2' }), 'a supervisor move into the closed queue');
  h.r.updateContact('c3', { priority: 5 });
  t.match(h.r.contact('c3'), { queueId: 'care', priority: 5 }, 'a change of priority in its own queue still works');
  h.checkRebuild(t);
});

t.test('hours - a router restored with no closing missed leaves a contact waiting in its closed queue where the original does', async (t) => {
  // Found by router-rebuild with hours (seed 360558380): the restore took any contact waiting in a
  // closed queue for one a missed closing left there, and moved it.
  const cfg = {
    queues: [
      { id: 'calls', channels: ['voice'], maxWait: { afterSeconds: 10, action: 'voicemail', queueId: 'mail' } },
      {
        id: 'mail',
        channels: ['voice', 'email'],
        hours: { ...hours, whenClosed: { action: 'redirect', queueId: 'night' }, serveWaitingAtClose: false },
      },
      { id: 'night', channels: ['voice', 'email'] },
    ],
  } as CoreConfig;
  // Friday 2026-03-06 18:00 EST: `mail` closed since 17:00.
  const h = workflowHarness(cfg, at('2026-03-06T23:00:00Z'));
  const early = h.mark();
  h.create('c1', { queueId: 'calls', channel: 'voice' });
  h.tick(10_000);
  t.match(h.r.contact('c1:voicemail'), { queueId: 'mail', state: 'waiting' }, 'the voicemail waits in the closed queue, whatever its hours');
  // Restored at once (a failover with no gap), from a snapshot now or one before plus the events since: no closing passed unseen.
  const restoredNow = Router.restore(cfg, h.clock, JSON.parse(JSON.stringify(h.r.snapshot())) as ReturnType<typeof h.r.snapshot>);
  const replayed = Router.restore(cfg, h.clock, early.snapshot, JSON.parse(JSON.stringify(h.log.slice(early.at))) as CoreEvent[]);
  h.tick(1_000);
  h.r.advance();
  for (const [name, restored] of [
    ['snapshot', restoredNow],
    ['snapshot + events', replayed],
  ] as const) {
    t.equal(restored.nextDeadline(), at('2026-03-09T21:00:00Z'), `${name}: only the next closing, Monday 17:00 EDT`);
    restored.advance();
    t.same(restored.contact('c1:voicemail'), h.r.contact('c1:voicemail'), `${name}: the restored router does what the original does`);
  }
  // A closing that really passed during a gap still moves it: stopped now, back on Monday at 17:30 EDT.
  const snapshot = JSON.parse(JSON.stringify(h.r.snapshot())) as ReturnType<typeof h.r.snapshot>;
  h.clock.set(at('2026-03-09T21:30:00Z'));
  const restored = Router.restore(cfg, h.clock, snapshot);
  const events: CoreEvent[] = [];
  restored.subscribe((e) => events.push(e));
  restored.resume();
  t.match(ofType(events, 'contact.updated'), [{ contactId: 'c1:voicemail', queueId: 'night', at: at('2026-03-09T21:00:00Z') }], 'moved at Monday 17:00');
  h.r.advance();
  t.same(restored.contact('c1:voicemail'), h.r.contact('c1:voicemail'), 'as the original, run through the gap, does');
});

t.test('hours - at a closing instant the closing takes effect first, then the contacts deadlines of that instant', async (t) => {
  const cfg = config({ whenClosed: { action: 'redirect', queueId: 'night' } }, { serveWaitingAtClose: false });
  // Thursday 2026-03-05 10:00 EST.
  const h = workflowHarness(cfg, at('2026-03-05T15:00:00Z'));
  h.login('a1', { queues: ['sales'], capacity: { chat: 1 } });
  h.create('c1');
  h.r.acceptOffer('a1', 'c1');
  const closing = at('2026-03-06T22:00:00Z');
  // Armed on Thursday, before Thursday's closing: by arming order alone it would come before Friday's.
  h.r.scheduleFollowUp('a1', 'c1', { id: 'f1', dueAt: closing, note: 'call back before the weekend' });
  h.r.endContact('c1', 'agent', 'a1');
  h.r.setPresence('a1', 'away', 'lunch');
  h.clock.set(closing - 60_000);
  h.create('c2');
  h.events();
  h.clock.set(closing);
  h.r.advance();
  const events = h.events();
  t.match(
    events.map((e) => [e.type, 'contactId' in e ? e.contactId : undefined]),
    [
      ['contact.updated', 'c2'],
      ['contact.due', 'f1'],
    ],
    'the closing moves what waited as it closed; the follow-up then falls due in the closed queue',
  );
  t.match(h.r.contact('c2'), { queueId: 'night', state: 'waiting' });
  t.match(h.r.contact('f1'), { queueId: 'sales', state: 'waiting' }, 'not moved: it came due in a closed queue, as it would a millisecond later');
  h.checkRebuild(t);
});

t.test('hours - a blind or consultative transfer back into the contact own closed queue is refused like any closed queue', async (t) => {
  const cfg = {
    queues: [
      { id: 'sales', channels: ['chat'], wrapUpSeconds: 0 },
      { id: 'tier2', channels: ['chat'], wrapUpSeconds: 0, hours },
    ],
  } as CoreConfig;
  // Saturday 2026-03-07 10:00 EST: tier2 is closed until Monday 09:00 EDT.
  const h = workflowHarness(cfg, at('2026-03-07T15:00:00Z'));
  h.login('a1', { queues: ['sales'], capacity: { chat: 1 } });
  h.login('t1', { queues: ['tier2'], capacity: { chat: 1 } });
  h.login('t2', { queues: ['tier2'], capacity: { chat: 1 } });
  h.create('c1');
  h.r.acceptOffer('a1', 'c1');
  h.r.transferContact('a1', 'c1', { queueId: 'tier2', agentId: 't1' });
  h.r.acceptOffer('t1', 'c1');
  t.match(h.r.contact('c1'), { queueId: 'tier2', agentId: 't1', state: 'active' }, 'taken in the closed queue by a named agent');
  for (const consult of [false, true]) {
    let caught: unknown;
    try {
      h.r.transferContact('t1', 'c1', { queueId: 'tier2', consult });
    } catch (err) {
      caught = err;
    }
    t.ok(caught instanceof QueueClosedError, `${consult ? 'consultative' : 'blind'}: refused`);
    t.equal((caught as QueueClosedError).opensAt, MONDAY_OPEN, 'with the opening');
    t.match(h.r.contact('c1'), { queueId: 'tier2', agentId: 't1', state: 'active' }, 'nothing changed');
  }
  h.r.transferContact('t1', 'c1', { queueId: 'tier2', agentId: 't2' });
  t.match(h.r.contact('c1'), { agentId: 't2', state: 'offered' }, 'to a named colleague of the closed queue: allowed');
  h.checkRebuild(t);
});

t.test('hours - overflow into a closed queue: a full queue refuses as full, a relaxation step still widens the pool', async (t) => {
  const cfg = {
    queues: [
      { id: 'sales', channels: ['chat'], maxWaiting: { chat: 1 }, whenFullOverflowTo: 'tier2', steps: [{ afterSeconds: 30, overflowTo: ['tier2'] }] },
      { id: 'tier2', channels: ['chat'], hours },
    ],
  } as CoreConfig;
  // Saturday 2026-03-07 10:00 EST: tier2 is closed until Monday 09:00 EDT.
  const h = workflowHarness(cfg, at('2026-03-07T15:00:00Z'));
  h.login('t1', { queues: ['tier2'], capacity: { chat: 1 } });
  h.create('c1');
  rejects(t, h.r, 'RESOURCE_EXHAUSTED', () => h.create('c2'), 'sales full, its overflow queue closed');
  t.throws(() => h.create('c2'), { message: 'queue sales is full for chat; its overflow queue tier2 is closed' });
  t.equal(h.holder('c1'), null, 'before the step, only sales agents may take it');
  h.tick(30_000);
  t.match(
    h.r.contact('c1'),
    { queueId: 'sales', agentId: 't1', state: 'offered', offerWhy: { overflow: 'tier2' } },
    'the step moves nothing: an available tier2 agent may take it',
  );
  // Monday 09:00 EDT: tier2 open, so a full sales sends the next chat there.
  h.clock.set(MONDAY_OPEN);
  h.r.advance();
  h.create('c3');
  h.create('c4');
  t.match(ofType(h.events(), 'contact.created').at(-1), { redirectedFrom: 'sales', contact: { id: 'c4', queueId: 'tier2' } });
  h.checkRebuild(t);
});
