/**
 * Windows longer than the core's memory (issue 24): with
 * `history.memoryWindowSeconds` and `survey.memoryWindowSeconds` the core
 * keeps an hour, and what a store outside it remembers comes in as input
 * (`NewContact.recalled`, `answerSurvey(…, recalled)`): a customer back two
 * days later is a repeat (and goes to their last agent), a survey answered
 * two days later counts, each within its window and not past it.
 */
import t from 'tap';
import type { CoreConfig, HistoryEntry } from '../../src/core/index.js';
import type { CompletedContact } from '../../src/core/survey-book.js';
import { harness } from '../fixtures/router-harness.js';

const DAY = 24 * 3600_000;

const config: CoreConfig = {
  queues: [{ id: 'q', channels: ['chat'], wrapUpSeconds: 0, lastAgentRouting: true }],
  history: { memoryWindowSeconds: 3600 },
  survey: { reasons: ['not-resolved'], memoryWindowSeconds: 3600 },
};

t.test('windows - recalled: a repeat and a survey two days later, past the core memory', async (t) => {
  const h = harness(config);
  h.login('a1', { queues: ['q'], capacity: { chat: 1 } });
  h.login('a2', { queues: ['q'], capacity: { chat: 1 } });
  const serve = (id: string, customer: string, agent: string): void => {
    h.create(id, { queueId: 'q', customer: { id: customer, tier: 'standard' } });
    if (h.holder(id) !== agent) {
      // Whoever was offered it declines, until the agent meant has it.
      const other = h.holder(id)!;
      h.r.rejectOffer(other, id);
    }
    h.r.acceptOffer(agent, id);
    h.r.endContact(id, 'agent');
  };
  serve('first', 'returning', 'a2');
  const entry: HistoryEntry = h.r.history('returning')[0]!;
  t.equal(entry.contactId, 'first');
  const done: CompletedContact = {
    queueId: entry.queueId,
    channel: entry.channel,
    tier: 'standard',
    agentId: entry.agentId,
    closedAt: entry.endedAt,
    helpful: null,
    customerId: 'returning',
  };

  h.clock.advance(2 * DAY);
  serve('other', 'someone', 'a1');
  h.r.drainEvents();
  t.same(h.r.history('returning'), [], 'the core keeps an hour: the entry is gone from it');
  t.throws(() => h.r.answerSurvey('first', true), { code: 'NOT_FOUND' }, 'without the recalled contact: not found');
  h.r.answerSurvey('first', false, 'not-resolved', done);
  t.match(
    h.r.drainEvents(),
    [{ type: 'contact.survey_answered', contactId: 'first', agentId: 'a2', helpful: false }],
    'recalled: a survey two days later counts',
  );

  t.throws(
    () => h.r.answerSurvey('first', true, undefined, { ...done, helpful: false }),
    { code: 'ALREADY_EXISTS' },
    'recalled as answered: a second answer is refused',
  );
  h.create('forgotten', { queueId: 'q', customer: { id: 'returning', tier: 'standard' } });
  t.equal(h.r.contact('forgotten')?.repeatOf, null, 'without the recalled entry: not a repeat');
  h.create('back', { queueId: 'q', customer: { id: 'returning', tier: 'standard' }, recalled: entry });
  t.equal(h.r.contact('back')?.repeatOf, 'first', 'recalled: a repeat two days later');
  t.equal(h.r.contact('back')?.preferredAgentId, 'a2', 'and preferably with the agent who served it');

  // Past the windows (7 days): what is recalled no longer counts.
  h.clock.advance(6 * DAY);
  t.throws(
    () => h.r.answerSurvey('ghost', true, undefined, { ...done, closedAt: h.clock.now() - 7 * DAY - 1 }),
    { code: 'NOT_FOUND' },
    'past the survey window',
  );
  h.create('late', { queueId: 'q', customer: { id: 'returning', tier: 'standard' }, recalled: entry });
  t.equal(h.r.contact('late')?.repeatOf, null, 'past the FCR window: not a repeat');
});
