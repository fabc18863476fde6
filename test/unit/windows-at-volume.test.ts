import t from 'tap';
import type { CoreConfig } from '../../src/core/index.js';
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
