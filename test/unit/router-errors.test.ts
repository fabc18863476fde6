import t from 'tap';
import { compileConfig, Router, SwitchboardError, type AgentProfile, type CoreConfig, type NewContact, type QueueConfig } from '../../src/core/index.js';
import { ManualClock } from '../fixtures/manual-clock.js';
import { agentProfile, harness, rejects, type Harness } from '../fixtures/router-harness.js';

const config: CoreConfig = {
  tiers: { prime: { bonusSeconds: 60 } },
  queues: [
    { id: 'q', channels: ['chat', 'voice'], wrapUpSeconds: 30 },
    { id: 'mail', channels: ['email'] },
  ],
};

/**
 * a1 holds c1 offered; a2 holds c2 active and c5 in wrap-up; c3 waits; a3 is away.
 * Nothing is due: every failing command must leave all of it as it is.
 */
function busyRouter(): Harness {
  const h = harness(config);
  h.login('a1', {});
  h.create('c1');
  h.login('a2', { capacity: { chat: 2 } });
  h.create('c2');
  h.create('c5');
  h.r.acceptOffer('a2', 'c2');
  h.r.acceptOffer('a2', 'c5');
  h.r.endContact('c5', 'agent', 'a2');
  h.create('c3');
  h.login('a3', {}, { presence: 'away' });
  h.events();
  return h;
}

const newContact = (fields: Partial<Record<keyof NewContact, unknown>>): NewContact =>
  ({ id: 'new', queueId: 'q', channel: 'chat', language: 'en', customer: { id: 'u', tier: 'standard' }, ...fields }) as NewContact;

const profile = (fields: Partial<Record<keyof AgentProfile, unknown>>): AgentProfile => ({ ...agentProfile(['q']), ...fields }) as AgentProfile;

t.test('router - the busy fixture is what the error tests assume', async (t) => {
  const { r } = busyRouter();
  t.same(
    ['c1', 'c2', 'c3', 'c5'].map((id) => [r.contact(id)?.state, r.contact(id)?.agentId]),
    [
      ['offered', 'a1'],
      ['active', 'a2'],
      ['waiting', null],
      ['wrap_up', 'a2'],
    ],
  );
});

t.test('router - unknown ids are NOT_FOUND and change nothing', async (t) => {
  const { r } = busyRouter();
  rejects(t, r, 'NOT_FOUND', () => r.setPresence('ghost', 'available'), 'setPresence');
  rejects(t, r, 'NOT_FOUND', () => r.logoutAgent('ghost'), 'logoutAgent');
  rejects(t, r, 'NOT_FOUND', () => r.logoutAgent('ghost', { force: true }), 'forced logoutAgent');
  rejects(t, r, 'NOT_FOUND', () => r.acceptOffer('ghost', 'c1'), 'acceptOffer, unknown agent');
  rejects(t, r, 'NOT_FOUND', () => r.acceptOffer('a1', 'ghost'), 'acceptOffer, unknown contact');
  rejects(t, r, 'NOT_FOUND', () => r.rejectOffer('a1', 'ghost'), 'rejectOffer');
  rejects(t, r, 'NOT_FOUND', () => r.endContact('ghost', 'agent'), 'endContact');
  rejects(t, r, 'NOT_FOUND', () => r.finishWrapUp('a2', 'ghost'), 'finishWrapUp');
  rejects(t, r, 'NOT_FOUND', () => r.abandonContact('ghost'), 'abandonContact');
  rejects(t, r, 'NOT_FOUND', () => r.updateContact('ghost', { priority: 1 }), 'updateContact');
  rejects(t, r, 'NOT_FOUND', () => r.markConnected('ghost'), 'markConnected');
  rejects(t, r, 'NOT_FOUND', () => r.setHold('ghost', true), 'setHold');
  rejects(t, r, 'NOT_FOUND', () => r.position('ghost'), 'position');
});

t.test('router - unknown queues are NOT_FOUND and change nothing', async (t) => {
  const { r } = busyRouter();
  rejects(t, r, 'NOT_FOUND', () => r.createContact(newContact({ queueId: 'nowhere' })), 'createContact');
  rejects(t, r, 'NOT_FOUND', () => r.updateContact('c3', { queueId: 'nowhere' }), 'updateContact');
  rejects(t, r, 'NOT_FOUND', () => r.loginAgent('a9', profile({ queues: ['q', 'nowhere'] })), 'loginAgent');
});

t.test('router - a queue that does not take the channel is INVALID_ARGUMENT', async (t) => {
  const { r } = busyRouter();
  rejects(t, r, 'INVALID_ARGUMENT', () => r.createContact(newContact({ queueId: 'mail' })), 'createContact');
  rejects(t, r, 'INVALID_ARGUMENT', () => r.updateContact('c3', { queueId: 'mail' }), 'updateContact');
});

t.test('router - acting on another agent offer is FAILED_PRECONDITION', async (t) => {
  const { r } = busyRouter();
  rejects(t, r, 'FAILED_PRECONDITION', () => r.acceptOffer('a2', 'c1'), 'accept');
  rejects(t, r, 'FAILED_PRECONDITION', () => r.rejectOffer('a3', 'c1'), 'reject');
  rejects(t, r, 'FAILED_PRECONDITION', () => r.endContact('c2', 'agent', 'a1'), 'end');
  rejects(t, r, 'FAILED_PRECONDITION', () => r.finishWrapUp('a1', 'c5'), 'finish wrap-up');
});

t.test('router - illegal state transitions are FAILED_PRECONDITION', async (t) => {
  const { r } = busyRouter();
  rejects(t, r, 'FAILED_PRECONDITION', () => r.acceptOffer('a2', 'c2'), 'accept an active contact');
  rejects(t, r, 'FAILED_PRECONDITION', () => r.rejectOffer('a2', 'c2'), 'reject an active contact');
  rejects(t, r, 'FAILED_PRECONDITION', () => r.acceptOffer('a1', 'c3'), 'accept a waiting contact');
  rejects(t, r, 'FAILED_PRECONDITION', () => r.endContact('c3', 'integration'), 'end a waiting contact');
  rejects(t, r, 'FAILED_PRECONDITION', () => r.endContact('c1', 'integration'), 'end an offered contact');
  rejects(t, r, 'FAILED_PRECONDITION', () => r.endContact('c5', 'integration'), 'end a contact in wrap-up');
  rejects(t, r, 'FAILED_PRECONDITION', () => r.finishWrapUp('a2', 'c2'), 'finish an active contact');
  rejects(t, r, 'FAILED_PRECONDITION', () => r.updateContact('c1', { priority: 1 }), 'update an offered contact');
  rejects(t, r, 'FAILED_PRECONDITION', () => r.updateContact('c2', { queueId: 'q' }), 'move an active contact');
  rejects(t, r, 'FAILED_PRECONDITION', () => r.markConnected('c3'), 'connect a waiting contact');
  rejects(t, r, 'FAILED_PRECONDITION', () => r.setHold('c1', true), 'hold an offered contact');
  rejects(t, r, 'FAILED_PRECONDITION', () => r.setHold('c2', false), 'take off hold a contact not on hold');
  rejects(t, r, 'FAILED_PRECONDITION', () => r.position('c2'), 'position of an active contact');
  rejects(t, r, 'FAILED_PRECONDITION', () => r.logoutAgent('a2'), 'logout with an active contact');
  r.markConnected('c2');
  rejects(t, r, 'FAILED_PRECONDITION', () => r.markConnected('c2'), 'connect twice');
  r.setHold('c2', true);
  rejects(t, r, 'FAILED_PRECONDITION', () => r.setHold('c2', true), 'hold twice');
});

t.test('router - an abandon after the accept ends the contact (customer-hung-up); in wrap-up it changes nothing', async (t) => {
  const h = busyRouter();
  h.r.abandonContact('c5');
  t.same(h.events(), [], 'a contact in wrap-up has ended already: nothing happens');
  t.equal(h.r.contact('c5')?.state, 'wrap_up');
  h.r.abandonContact('c2');
  const ended = h.events().find((e) => e.type === 'contact.ended');
  t.match(ended, { contactId: 'c2', agentId: 'a2', by: 'integration', reason: 'customer-hung-up' }, 'ended with the reason');
  t.equal(h.r.contact('c2')?.state, 'wrap_up', 'the agent wraps it up as any ended contact');
});

t.test('router - duplicates are ALREADY_EXISTS', async (t) => {
  const { r } = busyRouter();
  for (const id of ['c1', 'c2', 'c3', 'c5']) {
    rejects(t, r, 'ALREADY_EXISTS', () => r.createContact(newContact({ id })), `contact ${id}`);
  }
  rejects(t, r, 'ALREADY_EXISTS', () => r.loginAgent('a3', agentProfile(['q'])), 'agent');
});

t.test('router - skill levels outside 1..5 are INVALID_ARGUMENT', async (t) => {
  const { r } = busyRouter();
  for (const level of [0, 6, -1, 2.5, Number.NaN, '3', null]) {
    rejects(t, r, 'INVALID_ARGUMENT', () => r.loginAgent('a9', profile({ skills: { billing: level } })), `agent level ${String(level)}`);
    rejects(t, r, 'INVALID_ARGUMENT', () => r.createContact(newContact({ skills: { billing: level } })), `contact level ${String(level)}`);
  }
  rejects(t, r, 'INVALID_ARGUMENT', () => r.loginAgent('a9', profile({ skills: ['billing'] })), 'skills as an array');
  rejects(t, r, 'INVALID_ARGUMENT', () => r.createContact(newContact({ skills: { 'bad name': 2 } })), 'skill name');
});

t.test('router - malformed language tags are INVALID_ARGUMENT', async (t) => {
  const { r } = busyRouter();
  for (const tag of ['', 'e', 'english', 'fr_CA', 'fr-', '-CA', 'fr CA', '12', 7, null]) {
    rejects(t, r, 'INVALID_ARGUMENT', () => r.createContact(newContact({ language: tag })), `contact ${JSON.stringify(tag)}`);
    rejects(t, r, 'INVALID_ARGUMENT', () => r.loginAgent('a9', profile({ languages: ['en', tag] })), `agent ${JSON.stringify(tag)}`);
  }
  rejects(t, r, 'INVALID_ARGUMENT', () => r.loginAgent('a9', profile({ languages: [] })), 'no language');
});

t.test('router - capacities must be integers 0..100 of known channels', async (t) => {
  const { r } = busyRouter();
  for (const capacity of [{ chat: -1 }, { chat: 1.5 }, { chat: '2' }, { fax: 1 }, null]) {
    rejects(t, r, 'INVALID_ARGUMENT', () => r.loginAgent('a9', profile({ capacity })), `capacity ${JSON.stringify(capacity)}`);
  }
  r.loginAgent('a9', profile({ capacity: { chat: 0 } }));
  t.pass('capacity 0 is allowed');
});

t.test('router - unknown tiers and bad contact fields are INVALID_ARGUMENT', async (t) => {
  const { r } = busyRouter();
  const bad: [string, Partial<Record<keyof NewContact, unknown>>][] = [
    ['unknown tier', { customer: { id: 'u', tier: 'gold' } }],
    ['no customer', { customer: undefined }],
    ['customer id', { customer: { id: '', tier: 'standard' } }],
    ['contact id', { id: 'has space' }],
    ['empty id', { id: '' }],
    ['channel', { channel: 'fax' }],
    ['priority', { priority: -1 }],
    ['priority too big', { priority: 1001 }],
    ['priority not integer', { priority: 1.5 }],
    ['preferred agent id', { preferredAgentId: 'a b' }],
    ['context', { context: ['x'] }],
  ];
  for (const [what, fields] of bad) rejects(t, r, 'INVALID_ARGUMENT', () => r.createContact(newContact(fields)), what);
  rejects(t, r, 'INVALID_ARGUMENT', () => r.updateContact('c3', { priority: 2000 }), 'update priority');
  rejects(t, r, 'INVALID_ARGUMENT', () => r.updateContact('c3', { queueId: '' }), 'update queue id');
});

t.test('router - bad agent commands are INVALID_ARGUMENT', async (t) => {
  const { r } = busyRouter();
  rejects(t, r, 'INVALID_ARGUMENT', () => r.loginAgent('', agentProfile(['q'])), 'empty agent id');
  rejects(t, r, 'INVALID_ARGUMENT', () => r.loginAgent('a9', profile({ queues: [] })), 'no queues');
  rejects(t, r, 'INVALID_ARGUMENT', () => r.loginAgent('a9', agentProfile(['q']), { presence: 'offline' as 'away' }), 'login offline');
  rejects(t, r, 'INVALID_ARGUMENT', () => r.loginAgent('a9', agentProfile(['q']), { presence: 'away', reason: 'out to lunch' }), 'reason');
  rejects(t, r, 'INVALID_ARGUMENT', () => r.setPresence('a1', 'busy' as 'away'), 'presence');
  rejects(t, r, 'INVALID_ARGUMENT', () => r.setPresence('a1', 'away', ''), 'empty reason');
  rejects(t, r, 'INVALID_ARGUMENT', () => r.finishWrapUp('a2', 'c5', 'not a code'), 'disposition');
  rejects(t, r, 'INVALID_ARGUMENT', () => r.finishWrapUp('a2', 'c5', 'ok', 'x'.repeat(5000)), 'notes too long');
  rejects(t, r, 'INVALID_ARGUMENT', () => r.setHold('c2', 'yes' as unknown as boolean), 'hold flag');
  rejects(t, r, 'INVALID_ARGUMENT', () => r.endContact('c2', 'robot' as 'agent'), 'ended by');
});

t.test('router - every error is a SwitchboardError with a message', async (t) => {
  const { r } = busyRouter();
  try {
    r.acceptOffer('a2', 'c1');
    t.fail('should throw');
  } catch (err) {
    t.ok(err instanceof SwitchboardError);
    t.ok(err instanceof Error);
    t.match(err, { name: 'SwitchboardError', code: 'FAILED_PRECONDITION', message: /c1/ });
  }
});

t.test('router - a failed command leaves the router fully working', async (t) => {
  const h = busyRouter();
  t.throws(() => h.r.acceptOffer('a2', 'c1'));
  h.r.acceptOffer('a1', 'c1');
  h.r.finishWrapUp('a2', 'c5');
  t.equal(h.holder('c3'), 'a2');
});

const q = (extra: Partial<Record<keyof QueueConfig, unknown>>): QueueConfig => ({ id: 'q', channels: ['chat'], ...extra }) as QueueConfig;

t.test('router - bad configuration is INVALID_ARGUMENT from compileConfig and new Router', async (t) => {
  const bad: [string, unknown][] = [
    ['config null', null],
    ['config an array', []],
    ['queue null', { queues: [null] }],
    ['steps not a list', { queues: [q({ steps: 'soon' })] }],
    ['step null', { queues: [q({ steps: [null] })] }],
    ['overflowTo not a list', { queues: [q({ steps: [{ afterSeconds: 1, overflowTo: 'q' }] })] }],
    ['no queues', { queues: [] }],
    ['queues missing', {}],
    ['queue id', { queues: [q({ id: 'a b' })] }],
    ['duplicate queue', { queues: [q({}), q({})] }],
    ['no channel', { queues: [q({ channels: [] })] }],
    ['unknown channel', { queues: [q({ channels: ['fax'] })] }],
    ['default priority', { queues: [q({ defaultPriority: -1 })] }],
    ['strategy', { queues: [q({ strategy: 'random' })] }],
    ['offer timeout 0', { queues: [q({ offerTimeoutSeconds: 0 })] }],
    ['negative wrap-up', { queues: [q({ wrapUpSeconds: -1 })] }],
    ['negative window', { queues: [q({ preferenceWindowSeconds: -5 })] }],
    ['service level', { queues: [q({ serviceLevel: { thresholdSeconds: 20, target: 1.5 } })] }],
    ['language match', { queues: [q({ languageMatch: 'fuzzy' })] }],
    ['max waiting', { queues: [q({ maxWaiting: { chat: -1 } })] }],
    ['max waiting channel', { queues: [q({ maxWaiting: { fax: 1 } })] }],
    ['overflow unknown', { queues: [q({ whenFullOverflowTo: 'nowhere' })] }],
    ['overflow to itself', { queues: [q({ whenFullOverflowTo: 'q' })] }],
    ['step going back in time', { queues: [q({ steps: [{ afterSeconds: 30 }, { afterSeconds: 10 }] })] }],
    ['negative step', { queues: [q({ steps: [{ afterSeconds: -1 }] })] }],
    ['step max level 0', { queues: [q({ steps: [{ afterSeconds: 1, maxLevel: 0 }] })] }],
    ['step max level 6', { queues: [q({ steps: [{ afterSeconds: 1, maxLevel: 6 }] })] }],
    ['step narrows language', { queues: [q({ steps: [{ afterSeconds: 1, languageMatch: 'exact' }] })] }],
    ['step overflow unknown', { queues: [q({ steps: [{ afterSeconds: 1, overflowTo: ['nowhere'] }] })] }],
    ['tier bonus', { queues: [q({})], tiers: { prime: { bonusSeconds: -60 } } }],
    ['tier name', { queues: [q({})], tiers: { 'a b': { bonusSeconds: 1 } } }],
    ['missed offers limit', { queues: [q({})], missedOffersLimit: 0 }],
    ['capacity rules', { queues: [q({})], capacityRules: { exclusive: ['fax'] } }],
  ];
  for (const [what, cfg] of bad) {
    t.throws(() => compileConfig(cfg as CoreConfig), { name: 'SwitchboardError', code: 'INVALID_ARGUMENT' }, `compileConfig: ${what}`);
    t.throws(() => new Router(cfg as CoreConfig, new ManualClock()), { code: 'INVALID_ARGUMENT' }, `new Router: ${what}`);
  }
});

t.test('router - a good configuration compiles with its defaults', async (t) => {
  const c = compileConfig({ queues: [q({ steps: [{ afterSeconds: 30, maxLevel: 2, overflowTo: ['q'] }] })] });
  const compiled = c.queues.get('q' as never)!;
  t.match(compiled, {
    defaultPriority: 5,
    offerTimeoutMs: 20_000,
    wrapUpMs: 30_000,
    autoAccept: false,
    strategy: 'longest-idle',
    preferenceWindowMs: 0,
    whenFullOverflowTo: null,
  });
  t.same(
    compiled.levels.map((l) => [l.afterMs, l.maxLevel, l.exactLanguage, l.pools]),
    [
      [0, Infinity, false, ['q']],
      [30_000, 2, false, ['q']],
    ],
  );
  t.equal(c.missedOffersLimit, 3);
  t.same([...c.exclusive], ['voice']);
  t.same([...c.interruptible], ['email']);
  t.same([...c.tierBonusMs], [['standard', 0]]);
});
