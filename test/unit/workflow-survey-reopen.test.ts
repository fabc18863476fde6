import t from 'tap';
import { compileConfig, Router, type CoreConfig, type CoreSnapshot } from '../../src/core/index.js';
import { FloorStats } from '../../src/insights/floor-stats.js';
import { ofType, rejects } from '../fixtures/router-harness.js';
import { workflowHarness } from '../fixtures/workflow-harness.js';

const config: CoreConfig = {
  queues: [
    { id: 'web', channels: ['chat', 'voice'], wrapUpSeconds: 0, followUpWindowSeconds: 300 },
    { id: 'other', channels: ['chat'], wrapUpSeconds: 0 },
  ],
  survey: {
    reasons: [{ id: 'not-resolved', about: 'agent', reopens: true }, { id: 'refund-policy', about: 'policy' }, { id: 'app-crash', about: 'product' }, 'rude'],
  },
};

/** a1 serves c1 of customer `cust-1` (billing ≥ 2, fr-CA), recording a disposition and notes; a2 logs in after, idle the longest. */
function served() {
  const h = workflowHarness(config);
  h.login('a1', { queues: ['web'], skills: { billing: 3 }, languages: ['fr'] });
  h.create('c1', { queueId: 'web', language: 'fr-CA', skills: { billing: 2 }, customer: { id: 'cust-1', tier: 'standard' } });
  h.r.acceptOffer('a1', 'c1');
  h.r.endContact('c1', 'agent');
  h.login('a2', { queues: ['web'], skills: { billing: 3 }, languages: ['fr'] });
  h.r.setPresence('a1', 'away', 'break');
  h.r.setPresence('a1', 'available');
  return h;
}

t.test('survey reopen - a "no" saying the problem is not solved reopens the case for the agent who handled it', async (t) => {
  const h = served();
  t.equal(h.r.history('cust-1')[0]?.contactId, 'c1');
  const mid = h.mark();
  h.events();
  h.tick(5000);
  const reopened = h.r.answerSurvey('c1', false, 'not-resolved');
  const events = h.events();
  t.same(
    events.map((e) => e.type),
    ['contact.survey_answered', 'contact.follow_up_scheduled', 'contact.due', 'contact.offered'],
  );
  t.match(ofType(events, 'contact.survey_answered')[0], { reason: 'not-resolved', about: 'agent' });
  t.match(reopened, { id: 'c1:reopened', queueId: 'web', channel: 'chat', language: 'fr-CA', skills: { billing: 2 }, customer: { id: 'cust-1' } });
  t.match(h.r.contact('c1:reopened'), {
    state: 'offered',
    agentId: 'a1',
    repeatOf: 'c1',
    followUp: { of: 'c1', byAgentId: 'a1', surveyReason: 'not-resolved', note: 'survey "no": not-resolved' },
  });
  t.ok(h.r.agent('a2')!.idleSince < h.r.agent('a1')!.idleSince, 'a2 has been idle longer than a1');
  t.equal(ofType(events, 'contact.offered')[0]?.agentId, 'a1', 'offered to the agent who handled it, though a2 was idle longer');
  t.equal(h.r.history('cust-1')[0]?.contactId, 'c1', 'the offer carries the case: the customer history has the first contact first');
  t.same([...h.r.surveyTallies()], [['a1', { yes: 0, no: 1, notAboutAgent: 0 }]]);
  h.checkRebuild(t, mid);
});

t.test('survey reopen - the reopened case waits for its agent up to the follow-up window, then any agent of the queue', async (t) => {
  const h = served();
  h.r.setPresence('a1', 'away', 'lunch');
  h.events();
  h.r.answerSurvey('c1', false, 'not-resolved');
  t.match(h.r.contact('c1:reopened'), { state: 'waiting', preferredAgentId: 'a1' });
  t.equal(h.r.contact('c1:reopened')!.preferUntil, h.clock.now() + 300_000, 'reserved for a1 (logged in, away)');
  h.tick(300_000);
  t.equal(h.holder('c1:reopened'), 'a2', 'after the window, the queue');
  h.checkRebuild(t);
});

t.test('survey reopen - a reopened case goes to the queue when its agent is logged out', async (t) => {
  const h = served();
  h.r.logoutAgent('a1');
  h.r.answerSurvey('c1', false, 'not-resolved');
  t.match(h.r.contact('c1:reopened'), { state: 'offered', agentId: 'a2', preferUntil: null });
});

t.test('survey reopen - a "no" about a policy or the product reopens nothing and does not count against the agent', async (t) => {
  const h = served();
  h.create('c2', { queueId: 'web', language: 'fr', customer: { id: 'cust-2', tier: 'standard' } });
  h.serve('c2');
  h.create('c3', { queueId: 'web', language: 'fr', customer: { id: 'cust-3', tier: 'standard' } });
  h.serve('c3');
  const agentOf = (id: string) => ofType(h.log, 'contact.closed').find((e) => e.contactId === id)!.agentId as string;
  h.events();
  t.equal(h.r.answerSurvey('c1', false, 'refund-policy'), null);
  t.equal(h.r.answerSurvey('c2', false, 'app-crash'), null);
  t.equal(h.r.answerSurvey('c3', false, 'rude'), null, 'a bare reason id reopens nothing');
  const answered = ofType(h.events(), 'contact.survey_answered');
  t.same(
    answered.map((e) => e.about),
    ['policy', 'product', 'agent'],
  );
  t.equal(h.r.contactCount, 0, 'no case reopened');
  const tallies = new Map([...h.r.surveyTallies()].map(([a, x]) => [a, { ...x }]));
  const expected = new Map<string, { yes: number; no: number; notAboutAgent: number }>();
  for (const [id, about] of [
    ['c1', 'policy'],
    ['c2', 'product'],
    ['c3', 'agent'],
  ] as const) {
    const a = agentOf(id);
    const x = expected.get(a) ?? { yes: 0, no: 0, notAboutAgent: 0 };
    if (about === 'agent') x.no++;
    else x.notAboutAgent++;
    expected.set(a, x);
  }
  t.same(tallies, expected, 'the agent figures count only the "no" about the agent');
  // The wallboard's day counts follow the same rule.
  const floor = new FloorStats(compileConfig(config), [], 0, { dayStartsAt: null });
  for (const e of answered) floor.observe(e);
  const read = floor.read(h.clock.now()).agents;
  t.same(
    [...read].map(([a, x]) => [a, x.no, x.notAboutAgent, Object.fromEntries(x.noReasons)]).sort(),
    [...expected].map(([a, x]) => [a, x.no, x.notAboutAgent, Object.fromEntries(answered.filter((e) => e.agentId === a).map((e) => [e.reason, 1]))]).sort(),
  );
});

t.test('survey reopen - the reasons are checked, naming the field', async (t) => {
  const bad = (reasons: unknown) => {
    try {
      compileConfig({ queues: [{ id: 'q', channels: ['chat'] }], survey: { reasons } } as CoreConfig);
    } catch (err) {
      return (err as Error).message;
    }
    return 'accepted';
  };
  t.match(bad([{ id: 'x', about: 'weather' }]), 'survey.reasons.0');
  t.match(bad([{ id: 'x' }]), 'survey.reasons.0');
  t.match(bad(['x', { id: 'x', about: 'agent' }]), 'survey.reasons.1: duplicate reason "x"');
  t.equal(bad([{ id: 'x', about: 'product', reopens: true }, 'y']), 'accepted');
  const d = compileConfig({ queues: [{ id: 'q', channels: ['chat'] }] }).survey.reasons;
  t.same(Object.fromEntries(d), {
    'not-resolved': { about: 'agent', reopens: true },
    'wrong-information': { about: 'agent', reopens: true },
    'too-long': { about: 'policy', reopens: false },
    'agent-attitude': { about: 'agent', reopens: false },
    other: { about: 'product', reopens: false },
  });
  const h = workflowHarness(config);
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.answerSurvey('c1', false, 'weather'), 'a reason not configured');
});

t.test('survey reopen - the reopened case belongs to the integration the contact belonged to, also from a snapshot', async (t) => {
  const h = workflowHarness(config);
  h.login('a1', { queues: ['web'], skills: { billing: 3 }, languages: ['fr'] });
  h.create('c1', {
    queueId: 'web',
    language: 'fr-CA',
    skills: { billing: 2 },
    customer: { id: 'cust-1', tier: 'standard' },
    owner: { integration: 'ivr', via: 'socket' },
  });
  h.serve('c1');
  h.create('c2', { queueId: 'web', language: 'fr-CA', customer: { id: 'cust-2', tier: 'standard' } });
  h.serve('c2');
  const mid = h.mark();
  // A restarted server: the survey book comes back from the snapshot alone.
  const restarted = Router.restore(config, h.clock, JSON.parse(JSON.stringify(h.r.snapshot())) as CoreSnapshot);
  const reopened = restarted.answerSurvey('c1', false, 'not-resolved');
  t.same(reopened?.owner, { integration: 'ivr', via: 'inherited' }, 'owned by the integration that created c1, after a restart');
  t.equal(h.r.answerSurvey('c1', false, 'not-resolved')?.owner?.integration, 'ivr', 'and live');
  t.equal(h.r.answerSurvey('c2', false, 'not-resolved')?.owner, undefined, "a contact nobody owned reopens as nobody's");
  h.checkRebuild(t, mid);
});
