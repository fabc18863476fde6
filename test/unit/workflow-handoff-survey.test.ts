import t from 'tap';
import { compileConfig, type CoreConfig } from '../../src/core/index.js';
import { ofType, rejects } from '../fixtures/router-harness.js';
import { workflowHarness } from '../fixtures/workflow-harness.js';

const config: CoreConfig = {
  queues: [
    { id: 'web', channels: ['chat', 'voice'], wrapUpSeconds: 0 },
    { id: 'bots', channels: ['chat'], wrapUpSeconds: 0 },
    { id: 'retention', channels: ['chat'], wrapUpSeconds: 0 },
  ],
  botHandoff: { queueId: 'bots', priority: 4, intents: { 'cancel-subscription': { queueId: 'retention', priority: 1 } } },
  survey: { reasons: ['not-resolved', 'too-long'], keepCompleted: 2 },
};

const transcript = [
  { from: 'customer' as const, text: 'I want to cancel' },
  { from: 'bot' as const, text: 'Let me get someone', at: 5 },
];

t.test('bot hand-off - the chat carries the transcript and intent, routed by intent', async (t) => {
  const h = workflowHarness(config);
  h.login('a1', { queues: ['retention'] });
  h.create('c1', { queueId: 'web', handoff: { transcript, intent: 'cancel-subscription', botId: 'helper-bot' } });
  t.match(h.r.contact('c1'), { queueId: 'retention', priority: 1, agentId: 'a1', handoff: { transcript, intent: 'cancel-subscription', botId: 'helper-bot' } });
  h.create('c2', { queueId: 'web', handoff: { transcript, intent: 'where-is-my-order' } });
  t.match(h.r.contact('c2'), { queueId: 'bots', priority: 4, handoff: { intent: 'where-is-my-order', botId: null } });
  h.create('c3', { queueId: 'web' });
  t.match(h.r.contact('c3'), { queueId: 'web', priority: 5, handoff: null });
  h.checkRebuild(t);
});

t.test("bot hand-off - without config rules the integration's queue and priority stand", async (t) => {
  const h = workflowHarness({ queues: config.queues });
  h.create('c1', { queueId: 'web', priority: 2, handoff: { transcript } });
  t.match(h.r.contact('c1'), { queueId: 'web', priority: 2, handoff: { intent: null } });
});

t.test('bot hand-off - bad input changes nothing', async (t) => {
  const h = workflowHarness(config);
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.create('v', { channel: 'voice', handoff: { transcript } }), 'a voice hand-off');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.create('e', { handoff: { transcript: [] } }), 'an empty transcript');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.create('f', { handoff: { transcript: [{ from: 'agent' as never, text: 'x' }] } }), 'a line from nobody');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.create('i', { handoff: { transcript, intent: 'not an id' } }), 'a malformed intent');
  t.throws(() => compileConfig({ queues: config.queues, botHandoff: { intents: { x: { queueId: 'nowhere' } } } }), { code: 'INVALID_ARGUMENT' });
});

t.test('survey - yes/no for a completed contact, once; a "no" needs a listed reason', async (t) => {
  const h = workflowHarness(config);
  h.login('a1', { queues: ['web'] });
  h.create('c1', { queueId: 'web' });
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.answerSurvey('c1', true), 'a contact not completed yet');
  h.serve('c1');
  h.create('c2', { queueId: 'web' });
  h.serve('c2');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.answerSurvey('c1', false), 'a "no" without a reason');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.answerSurvey('c1', false, 'rude'), 'a reason not in the list');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.answerSurvey('c1', true, 'too-long'), 'a reason with a "yes"');
  rejects(t, h.r, 'NOT_FOUND', () => h.r.answerSurvey('nope', true), 'a contact that never existed');
  const mid = h.mark();
  h.events();
  h.r.answerSurvey('c1', false, 'too-long');
  t.match(ofType(h.events(), 'contact.survey_answered'), [
    { contactId: 'c1', agentId: 'a1', queueId: 'web', channel: 'chat', tier: 'standard', helpful: false, reason: 'too-long' },
  ]);
  rejects(t, h.r, 'ALREADY_EXISTS', () => h.r.answerSurvey('c1', true), 'a second answer');
  h.r.answerSurvey('c2', true);
  t.same([...h.r.surveyTallies()], [['a1', { yes: 1, no: 1, notAboutAgent: 0 }]], 'a bare reason id is about the agent');
  h.checkRebuild(t, mid);
});

t.test('survey - abandoned contacts and those forgotten past keepCompleted are NOT_FOUND', async (t) => {
  const h = workflowHarness(config);
  h.create('gone', { queueId: 'web' });
  h.r.abandonContact('gone');
  rejects(t, h.r, 'NOT_FOUND', () => h.r.answerSurvey('gone', true), 'an abandoned contact');
  h.login('a1', { queues: ['web'] });
  for (const id of ['c1', 'c2', 'c3']) {
    h.create(id, { queueId: 'web' });
    h.serve(id);
  }
  rejects(t, h.r, 'NOT_FOUND', () => h.r.answerSurvey('c1', true), 'the oldest, forgotten');
  h.r.answerSurvey('c3', true);
  h.checkRebuild(t);
});
