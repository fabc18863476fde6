import t from 'tap';
import { Router, type CoreConfig } from '../../src/core/index.js';
import { harness, ofType, offers, T0 } from '../fixtures/router-harness.js';

/** fr-CA exactly with billing >= 3; after 30 s any fr with billing >= 1; after 120 s overflow into general. */
const config: CoreConfig = {
  tiers: { prime: { bonusSeconds: 60 } },
  queues: [
    {
      id: 'quebec',
      channels: ['chat'],
      languageMatch: 'exact',
      offerTimeoutSeconds: 200,
      steps: [
        { afterSeconds: 30, maxLevel: 1, languageMatch: 'primary' },
        { afterSeconds: 120, overflowTo: ['general'] },
      ],
    },
    { id: 'general', channels: ['chat'] },
    { id: 'plain', channels: ['chat'] },
    {
      id: 'capped',
      channels: ['chat'],
      steps: [
        { afterSeconds: 10, maxLevel: 2 },
        { afterSeconds: 20, maxLevel: 4 },
      ],
    },
  ],
};

const frContact = { queueId: 'quebec', language: 'fr-CA', skills: { billing: 3 } } as const;

t.test('router - a step is a timer: nextDeadline names it and advance fires it', async (t) => {
  const h = harness(config);
  h.create('c1', frContact);
  t.equal(h.r.nextDeadline(), T0 + 30_000);
  h.tick(29_999);
  t.equal(h.r.contact('c1')?.step, 0);
  h.events();
  h.tick(1);
  t.equal(h.r.contact('c1')?.step, 1);
  t.same(h.events(), [{ type: 'contact.step_changed', at: T0 + 30_000, contactId: 'c1', step: 1, skipped: false }]);
  t.equal(h.r.nextDeadline(), T0 + 120_000);
  h.tick(90_000);
  t.equal(h.r.contact('c1')?.step, 2);
  t.equal(h.r.nextDeadline(), undefined, 'no step after the last level');
});

t.test('router - a contact in a queue without steps schedules nothing', async (t) => {
  const h = harness(config);
  h.create('c1', { queueId: 'plain' });
  t.equal(h.r.nextDeadline(), undefined);
});

t.test('router - a late advance fires every step passed, in order', async (t) => {
  const h = harness(config);
  h.create('c1', frContact);
  h.events();
  h.tick(500_000);
  t.same(
    ofType(h.events(), 'contact.step_changed').map((e) => [e.at, e.step]),
    [
      [T0 + 30_000, 1],
      [T0 + 120_000, 2],
    ],
  );
});

t.test('router - maxLevel caps the required skill levels', async (t) => {
  const h = harness(config);
  h.login('lvl1', { languages: ['fr-CA'], skills: { billing: 1 }, queues: ['quebec'] });
  h.login('none', { languages: ['fr-CA'], skills: {}, queues: ['quebec'] });
  h.create('c1', frContact);
  h.tick(29_999);
  t.equal(h.r.contact('c1')?.state, 'waiting');
  h.tick(1);
  t.equal(h.holder('c1'), 'lvl1', 'billing 1 suffices; no billing at all does not');
});

t.test('router - later caps never raise an earlier cap', async (t) => {
  const h = harness(config);
  h.login('lvl2', { skills: { billing: 2 }, queues: ['capped'] });
  h.create('c1', { queueId: 'capped', skills: { billing: 5 } });
  h.tick(9_999);
  t.equal(h.r.contact('c1')?.state, 'waiting');
  h.tick(1);
  t.equal(h.holder('c1'), 'lvl2');
  t.equal(h.r.contact('c1')?.step, 1);
});

t.test('router - a step turns an exact language match into a primary-subtag match', async (t) => {
  const h = harness(config);
  h.login('fr', { languages: ['fr'], skills: { billing: 5 }, queues: ['quebec'] });
  h.create('c1', frContact);
  t.equal(h.r.contact('c1')?.state, 'waiting', 'fr is not fr-CA exactly');
  h.tick(30_000);
  t.equal(h.holder('c1'), 'fr');
});

t.test('router - overflow opens another queue and keeps the contact where it was', async (t) => {
  const h = harness(config);
  h.login('gen', { languages: ['fr'], skills: { billing: 1 }, queues: ['general'] });
  h.create('c1', frContact);
  h.tick(119_999);
  t.equal(h.r.contact('c1')?.state, 'waiting');
  h.tick(1);
  t.equal(h.holder('c1'), 'gen');
  t.match(h.r.contact('c1'), { queueId: 'quebec', step: 2, firstArrival: T0 });
});

t.test('router - overflow applies the contact requirements of the level in force', async (t) => {
  const h = harness(config);
  h.login('gen-en', { languages: ['en'], skills: { billing: 5 }, queues: ['general'] });
  h.create('c1', frContact);
  h.tick(120_000);
  t.equal(h.r.contact('c1')?.state, 'waiting', 'a general agent still needs fr');
});

t.test('router - an overflowed contact keeps its key against the other queue contacts', async (t) => {
  const h = harness(config);
  h.login('gen', { languages: ['fr', 'en'], skills: { billing: 1 }, queues: ['general'] }, { presence: 'away' });
  h.create('q1', frContact);
  h.tick(10_000);
  h.create('g1', { queueId: 'general' });
  h.tick(110_000);
  h.create('g2', { queueId: 'general', customer: { id: 'u3', tier: 'prime' } });
  h.events();
  h.r.setPresence('gen', 'available');
  // keys: q1 T0, g1 T0+10s, g2 T0+120s-60s = T0+60s.
  t.equal(h.holder('q1'), 'gen');
  t.same(offers(h.events()), [['q1', 'gen']]);
});

t.test('router - a step that opens a pool serves the waiting contacts in key order', async (t) => {
  const h = harness(config);
  h.login('g1', { languages: ['fr'], skills: { billing: 1 }, queues: ['general'] });
  h.login('g2', { languages: ['fr'], skills: { billing: 1 }, queues: ['general'] });
  h.create('c1', frContact);
  h.create('c2', { ...frContact, customer: { id: 'u2', tier: 'prime' } });
  h.events();
  // c2's bonus does not hurry its steps: both open at first arrival + 120 s,
  // both steps take effect, then matching serves prime c2 first (its key).
  h.tick(119_999);
  t.same(offers(h.events()), []);
  h.tick(1);
  t.same(offers(h.events()), [
    ['c2', 'g1'],
    ['c1', 'g2'],
  ]);
});

t.test('router - a first level marked skipIfUnserved is skipped at creation when nobody could serve it', async (t) => {
  const h = harness({
    queues: [{ id: 'q', channels: ['chat'], skipIfUnserved: true, steps: [{ afterSeconds: 60, maxLevel: 1 }] }],
  });
  h.create('c1', { skills: { billing: 4 } });
  t.equal(h.r.contact('c1')?.step, 1);
  t.same(ofType(h.events(), 'contact.step_changed'), [{ type: 'contact.step_changed', at: T0, contactId: 'c1', step: 1, skipped: true }]);
});

t.test('router - a logged-in away agent counts as able to serve, so no skip', async (t) => {
  const h = harness({
    queues: [{ id: 'q', channels: ['chat'], skipIfUnserved: true, steps: [{ afterSeconds: 60, maxLevel: 1 }] }],
  });
  h.login('expert', { skills: { billing: 4 } }, { presence: 'away' });
  h.create('c1', { skills: { billing: 4 } });
  t.equal(h.r.contact('c1')?.step, 0);
  t.equal(h.r.nextDeadline(), T0 + 60_000);
});

t.test('router - a busy agent who could serve prevents the skip', async (t) => {
  const h = harness({
    queues: [{ id: 'q', channels: ['chat'], skipIfUnserved: true, steps: [{ afterSeconds: 60, maxLevel: 1 }] }],
  });
  h.login('expert', { skills: { billing: 4 } });
  h.create('c0');
  h.create('c1', { skills: { billing: 4 } });
  t.match(h.r.contact('c1'), { step: 0, state: 'waiting' });
});

t.test('router - skips chain through consecutive unserved levels but never past the last', async (t) => {
  const h = harness({
    queues: [
      {
        id: 'q',
        channels: ['chat'],
        languageMatch: 'exact',
        skipIfUnserved: true,
        steps: [
          { afterSeconds: 30, languageMatch: 'primary', skipIfUnserved: true },
          { afterSeconds: 60, maxLevel: 1, skipIfUnserved: true },
        ],
      },
    ],
  });
  h.create('c1', { language: 'fr-CA', skills: { billing: 3 } });
  t.equal(h.r.contact('c1')?.step, 2);
  t.same(
    ofType(h.events(), 'contact.step_changed').map((e) => [e.step, e.skipped]),
    [
      [1, true],
      [2, true],
    ],
  );
  t.equal(h.r.nextDeadline(), undefined);
});

t.test('router - skipping stops at the first level somebody could serve', async (t) => {
  const h = harness({
    queues: [
      {
        id: 'q',
        channels: ['chat'],
        languageMatch: 'exact',
        skipIfUnserved: true,
        steps: [
          { afterSeconds: 30, languageMatch: 'primary', skipIfUnserved: true },
          { afterSeconds: 60, maxLevel: 1 },
        ],
      },
    ],
  });
  h.login('fr', { languages: ['fr'], skills: { billing: 3 } }, { presence: 'away' });
  h.create('c1', { language: 'fr-CA', skills: { billing: 3 } });
  t.equal(h.r.contact('c1')?.step, 1);
  t.equal(h.r.nextDeadline(), T0 + 60_000);
});

t.test('router - a step marked skipIfUnserved is skipped when reached unserved', async (t) => {
  const h = harness({
    queues: [
      {
        id: 'q',
        channels: ['chat'],
        steps: [
          { afterSeconds: 30, overflowTo: ['empty'], skipIfUnserved: true },
          { afterSeconds: 120, overflowTo: ['general'] },
        ],
      },
      { id: 'empty', channels: ['chat'] },
      { id: 'general', channels: ['chat'] },
    ],
  });
  h.login('x', { skills: {}, languages: ['de'] }, { presence: 'away' });
  h.create('c1');
  t.equal(h.r.contact('c1')?.step, 0, 'level 0 is not marked');
  h.events();
  h.tick(30_000);
  t.equal(h.r.contact('c1')?.step, 2);
  t.same(
    ofType(h.events(), 'contact.step_changed').map((e) => [e.at, e.step, e.skipped]),
    [
      [T0 + 30_000, 1, false],
      [T0 + 30_000, 2, true],
    ],
  );
});

t.test('router - skips are re-checked when the last able agent logs out', async (t) => {
  const h = harness({
    queues: [{ id: 'q', channels: ['chat'], skipIfUnserved: true, steps: [{ afterSeconds: 60, maxLevel: 1 }] }],
  });
  h.login('expert', { skills: { billing: 4 } }, { presence: 'away' });
  h.login('novice', { skills: { billing: 1 } }, { presence: 'away' });
  h.create('c1', { skills: { billing: 4 } });
  h.create('c2', { skills: { billing: 4 } });
  h.r.setPresence('novice', 'available');
  t.equal(h.r.contact('c1')?.step, 0);
  h.events();
  h.r.logoutAgent('expert');
  const ev = h.events();
  t.same(
    ev.map((e) => e.type),
    ['agent.logged_out', 'contact.step_changed', 'contact.step_changed', 'contact.offered'],
  );
  t.same(
    ofType(ev, 'contact.step_changed').map((e) => [e.contactId, e.skipped]),
    [
      ['c1', true],
      ['c2', true],
    ],
    'in seq order',
  );
  t.equal(h.holder('c1'), 'novice');
});

t.test('router - a logout that leaves another able agent skips nothing', async (t) => {
  const h = harness({
    queues: [{ id: 'q', channels: ['chat'], skipIfUnserved: true, steps: [{ afterSeconds: 60, maxLevel: 1 }] }],
  });
  h.login('e1', { skills: { billing: 4 } }, { presence: 'away' });
  h.login('e2', { skills: { billing: 5 } }, { presence: 'away' });
  h.create('c1', { skills: { billing: 4 } });
  h.r.logoutAgent('e1');
  t.equal(h.r.contact('c1')?.step, 0);
});

t.test('router - steps never go back when an able agent logs in later', async (t) => {
  const h = harness({
    queues: [{ id: 'q', channels: ['chat'], skipIfUnserved: true, steps: [{ afterSeconds: 60, maxLevel: 1 }] }],
  });
  h.create('c1', { skills: { billing: 4 } });
  t.equal(h.r.contact('c1')?.step, 1);
  h.login('expert', { skills: { billing: 4 } }, { presence: 'away' });
  h.r.setPresence('expert', 'available');
  t.match(h.r.contact('c1'), { step: 1, agentId: 'expert' });
  h.r.rejectOffer('expert', 'c1');
  t.equal(h.r.contact('c1')?.step, 1, 'a return to waiting keeps the step');
});

t.test('router - a contact returning to waiting catches up on steps passed meanwhile', async (t) => {
  const h = harness(config);
  h.login('exact', { languages: ['fr-CA'], skills: { billing: 3 }, queues: ['quebec'] });
  h.create('c1', frContact);
  t.equal(h.holder('c1'), 'exact');
  h.events();
  h.tick(200_000);
  const ev = h.events();
  t.same(
    ev.map((e) => e.type),
    ['contact.offer_expired', 'contact.step_changed'],
  );
  t.match(ev[1], { step: 2, skipped: false, at: T0 + 200_000 });
  t.match(h.r.contact('c1'), { state: 'waiting', step: 2, firstArrival: T0 });
});

t.test('router - a contact rejected before its step keeps the step timer', async (t) => {
  const h = harness(config);
  h.login('exact', { languages: ['fr-CA'], skills: { billing: 3 }, queues: ['quebec'] });
  h.login('fr1', { languages: ['fr'], skills: { billing: 1 }, queues: ['quebec'] });
  h.create('c1', frContact);
  h.tick(10_000);
  h.r.rejectOffer('exact', 'c1');
  t.match(h.r.contact('c1'), { state: 'waiting', step: 0 });
  t.equal(h.r.nextDeadline(), T0 + 30_000);
  h.tick(20_000);
  t.equal(h.holder('c1'), 'fr1');
});

t.test('router - moving a contact resets its step to the new queue levels by wait time', async (t) => {
  const h = harness({
    queues: [
      { id: 'a', channels: ['chat'], steps: [{ afterSeconds: 30, maxLevel: 1 }] },
      { id: 'b', channels: ['chat'] },
      {
        id: 'c',
        channels: ['chat'],
        steps: [
          { afterSeconds: 10, maxLevel: 2 },
          { afterSeconds: 100, maxLevel: 1 },
        ],
      },
    ],
  });
  h.create('c1', { queueId: 'a', skills: { billing: 4 } });
  h.tick(40_000);
  t.equal(h.r.contact('c1')?.step, 1);
  h.r.updateContact('c1', { queueId: 'b' });
  t.match(h.r.contact('c1'), { queueId: 'b', step: 0, firstArrival: T0 });
  h.r.updateContact('c1', { queueId: 'c' });
  t.match(h.r.contact('c1'), { queueId: 'c', step: 1 });
  t.equal(h.r.nextDeadline(), T0 + 100_000);
  h.login('lvl2', { skills: { billing: 2 }, queues: ['c'] });
  t.equal(h.holder('c1'), 'lvl2');
});

t.test('router - an overflowed contact stays eligible to its own queue', async (t) => {
  const h = harness(config);
  h.create('c1', frContact);
  h.tick(120_000);
  h.login('own', { languages: ['fr'], skills: { billing: 1 }, queues: ['quebec'] });
  t.equal(h.holder('c1'), 'own');
});

t.test('router - who could serve a level is tracked across logins, logouts and reused agents', async (t) => {
  const h = harness({
    queues: [{ id: 'q', channels: ['chat'], skipIfUnserved: true, steps: [{ afterSeconds: 60, maxLevel: 1 }] }],
  });
  const expert = { skills: { billing: 4 } };
  const need = { skills: { billing: 4 } };
  h.login('x1', expert, { presence: 'away' });
  h.create('c1', need);
  t.equal(h.r.contact('c1')?.step, 0, 'x1 could serve');
  h.login('x2', expert, { presence: 'away' });
  h.r.logoutAgent('x1');
  h.create('c2', need);
  t.same([h.r.contact('c1')?.step, h.r.contact('c2')?.step], [0, 0], 'x2 still could');
  h.r.logoutAgent('x2');
  t.same([h.r.contact('c1')?.step, h.r.contact('c2')?.step], [1, 1], 'nobody left');
  h.login('novice', { skills: { billing: 1 } }, { presence: 'away' });
  h.create('c3', need);
  t.equal(h.r.contact('c3')?.step, 1, 'a non-matching agent does not count');
  h.r.logoutAgent('novice');
  h.login('x3', expert, { presence: 'away' });
  h.create('c4', need);
  t.equal(h.r.contact('c4')?.step, 0, 'a matching login counts again');
  h.r.logoutAgent('x3');
  t.equal(h.r.contact('c4')?.step, 1);
});

t.test('router - a move into a queue whose first level nobody could serve skips it', async (t) => {
  const h = harness({
    queues: [
      { id: 'a', channels: ['chat'] },
      { id: 'b', channels: ['chat'], skipIfUnserved: true, steps: [{ afterSeconds: 60, overflowTo: ['a'] }] },
    ],
  });
  h.create('c1', { queueId: 'a' });
  h.r.updateContact('c1', { queueId: 'b' });
  t.match(h.r.contact('c1'), { queueId: 'b', step: 1 });
});

t.test('router - an agent logged out but still on a call no longer counts as able to serve', async (t) => {
  const h = harness({
    queues: [{ id: 'q', channels: ['voice'], skipIfUnserved: true, steps: [{ afterSeconds: 60, maxLevel: 1 }] }],
  });
  h.login('x', { capacity: { voice: 1 }, skills: { billing: 4 } });
  h.create('v1', { channel: 'voice' });
  h.r.acceptOffer('x', 'v1');
  h.create('v2', { channel: 'voice', skills: { billing: 4 } });
  t.equal(h.r.contact('v2')?.step, 0);
  h.r.logoutAgent('x', { force: true });
  t.equal(h.r.agent('x')?.presence, 'offline');
  t.equal(h.r.contact('v2')?.step, 1);
});

t.test('router - a restored router re-checks skips on logout like the original', async (t) => {
  const cfg: CoreConfig = {
    queues: [{ id: 'q', channels: ['chat'], skipIfUnserved: true, steps: [{ afterSeconds: 60, maxLevel: 1 }] }],
  };
  const h = harness(cfg);
  h.login('x', { skills: { billing: 4 } }, { presence: 'away' });
  h.create('c1', { skills: { billing: 4 } });
  const copy = Router.restore(cfg, h.clock, h.r.snapshot());
  for (const r of [h.r, copy]) r.logoutAgent('x');
  t.equal(h.r.contact('c1')?.step, 1, 'original');
  t.equal(copy.contact('c1')?.step, 1, 'restored');
});

t.test('router - skips look at profiles only: an agent without a free slot still prevents them', async (t) => {
  const h = harness({
    queues: [{ id: 'q', channels: ['chat'], skipIfUnserved: true, steps: [{ afterSeconds: 60, maxLevel: 1 }] }],
  });
  h.login('x', { capacity: { chat: 0 }, skills: { billing: 4 } });
  h.create('c1', { skills: { billing: 4 } });
  t.match(h.r.contact('c1'), { step: 0, state: 'waiting' });
});
