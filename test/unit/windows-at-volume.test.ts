import t from 'tap';
import type { AgentId, ContactId, CoreConfig, HistoryEntry, QueueId } from '../../src/core/index.js';
import { CustomerHistory, HISTORY_ENTRY_OVERHEAD } from '../../src/core/customer-history.js';
import { SurveyBook, SURVEY_ENTRY_OVERHEAD, type SurveyImage } from '../../src/core/survey-book.js';
import { harness, T0 } from '../fixtures/router-harness.js';

const DAY = 24 * 3600_000;

const config: CoreConfig = {
  queues: [{ id: 'q', channels: ['chat'], wrapUpSeconds: 0 }],
  survey: { reasons: ['not-resolved'] },
};

t.test('windows - at 300,000 contacts a day, a repeat on day 6 is flagged and a survey a day later counts', async (t) => {
  const h = harness(config);
  h.login('a1', { queues: ['q'], capacity: { chat: 1 } });
  const serve = (id: string, customer: string): void => {
    h.create(id, { queueId: 'q', customer: { id: customer, tier: 'standard' } });
    h.r.acceptOffer('a1', id);
    h.r.endContact(id, 'agent');
  };
  serve('first', 'returning');
  // A day of other customers' contacts: 300,000 (count bounds of 100,000 history entries and
  // 20,000 surveyable contacts kept the last 8 hours and 1.6 hours of it).
  const N = 300_000;
  const step = Math.floor(DAY / N);
  for (let i = 0; i < N; i++) {
    h.clock.advance(step);
    serve(`c${i}`, `k${i}`);
    if (i % 10_000 === 0) h.r.drainEvents();
  }
  h.r.drainEvents();
  t.ok(h.clock.now() - T0 >= DAY - N, 'a day went by');
  h.r.answerSurvey('first', false, 'not-resolved');
  t.match(h.r.drainEvents(), [{ type: 'contact.survey_answered', contactId: 'first', helpful: false }], 'a survey answered a day later counts');

  h.clock.advance(5 * DAY);
  h.create('back', { queueId: 'q', customer: { id: 'returning', tier: 'standard' } });
  t.equal(h.r.contact('back')?.repeatOf, 'first', 'a customer returning on day 6 is a repeat');
  t.same(
    h.r.history('returning').map((e) => e.contactId),
    ['first'],
  );
  h.r.acceptOffer('a1', 'back');
  h.r.endContact('back', 'agent');

  // Past the window: no longer surveyable, no longer a repeat.
  h.clock.advance(7 * DAY + 1000);
  serve('later', 'someone');
  t.throws(() => h.r.answerSurvey('c5', true), { code: 'NOT_FOUND' }, 'a week and more later: too old to survey');
  h.create('again', { queueId: 'q', customer: { id: 'k7', tier: 'standard' } });
  t.equal(h.r.contact('again')?.repeatOf, null, 'past the FCR window: not a repeat');
  t.same(h.r.history('k7'), [], 'and its history is gone');
});

t.test('windows - the history is bounded in bytes: notes go first, then the oldest entries', async (t) => {
  const h = new CustomerHistory({
    perCustomer: 10,
    maxEntries: Infinity,
    windowMs: 7 * DAY,
    maxBytes: 10 * (HISTORY_ENTRY_OVERHEAD + 20) + 200,
    notesMaxBytes: 100,
  });
  const entry = (i: number, notes: string | null): HistoryEntry => ({
    contactId: `c-${String(i).padStart(8, '0')}` as ContactId,
    queueId: 'q' as QueueId,
    channel: 'chat',
    agentId: 'a1' as AgentId,
    startedAt: T0 + i,
    endedAt: T0 + i,
    disposition: 'resolved',
    notes,
  });
  h.append('k1', entry(1, 'x'.repeat(60)));
  h.append('k1', entry(2, 'y'.repeat(60)));
  t.same(
    h.recent('k1').map((e) => e.notes),
    ['y'.repeat(60), null],
    'past the notes budget the oldest entry lost its notes, the entry stays',
  );
  for (let i = 3; i <= 30; i++) h.append(`k${i}`, entry(i, null));
  t.ok(h.bytes <= 10 * (HISTORY_ENTRY_OVERHEAD + 20) + 200, `bytes ${h.bytes} within the budget`);
  t.ok(h.size < 30 && h.size >= 9, `the oldest went (${h.size} kept)`);
  t.same(h.recent('k1'), [], "k1's entries were the oldest");
  t.equal(h.recent('k30')[0]?.contactId, 'c-00000030');
  t.equal(h.latest('k30', 'q' as QueueId)?.disposition, 'resolved');
});

t.test('windows - surveyable contacts are bounded by time and bytes, and survive a reload', async (t) => {
  const b = new SurveyBook({ keep: Infinity, windowMs: DAY, maxBytes: 5 * (SURVEY_ENTRY_OVERHEAD + 10) });
  for (let i = 0; i < 5; i++) b.closed(`c-${String(i).padStart(8, '0')}` as ContactId, 'q' as QueueId, 'chat', 'standard', 'a1' as AgentId, T0 + i * 1000);
  t.equal(b.size, 5);
  b.answered('c-00000003' as ContactId, 'a1' as AgentId, false);
  const copy = new SurveyBook({ keep: Infinity, windowMs: DAY, maxBytes: 5 * (SURVEY_ENTRY_OVERHEAD + 10) });
  copy.load(JSON.parse(JSON.stringify(b.image())) as SurveyImage);
  t.same(copy.image(), b.image(), 'a reload gives the same book');
  t.match(copy.completed('c-00000003' as ContactId), { queueId: 'q', channel: 'chat', tier: 'standard', agentId: 'a1', helpful: false });
  b.closed('c-00000005' as ContactId, 'q' as QueueId, 'chat', 'standard', 'a1' as AgentId, T0 + 5000);
  t.equal(b.completed('c-00000000' as ContactId), undefined, 'over the byte budget, the oldest goes');
  t.equal(b.size, 5);
  b.closed('c-00000006' as ContactId, 'q' as QueueId, 'chat', 'standard', 'a1' as AgentId, T0 + DAY + 2500);
  t.equal(b.size, 4, 'those closed more than a day before the latest close are gone');
  t.equal(b.completed('c-00000002' as ContactId), undefined);
  t.ok(b.completed('c-00000003' as ContactId));
});
