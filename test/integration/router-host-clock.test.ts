/**
 * The server arms its one timer on the router's clock, not the wall's: a
 * server whose injected clock runs a day ahead (a test's virtual day, a
 * simulator) still times an offer out after its ring time, not a day later
 * (nor at once, over and over).
 */
import t from 'tap';
import { startServer } from '../fixtures/server.js';
import { until } from '../fixtures/until.js';

const DAY = 24 * 3600_000;

const config = {
  queues: [{ id: 'sales', channels: ['chat'], offerTimeoutSeconds: 1, wrapUpSeconds: 0 }],
  agents: { ann: { skills: {}, languages: ['en'], capacity: { chat: 1 }, queues: ['sales'] } },
  allowProfileAtLogin: false,
};

for (const offset of [DAY, -DAY]) {
  t.test(`router host - a clock ${offset > 0 ? 'a day ahead of' : 'a day behind'} the wall times an offer out after its ring time`, async (t) => {
    const s = await startServer('uws', 'json', config, { clock: { now: () => Date.now() + offset } });
    t.teardown(() => s.close());
    const sup = await s.client('supervisor', 'sup');
    const expired: number[] = [];
    sup.on('contactOfferExpired', () => expired.push(Date.now()));
    await sup.subscribe();
    const ann = await s.client('agent', 'ann');
    const ivr = await s.client('integration', 'ivr');
    const offers: number[] = [];
    ann.on('offer', () => offers.push(Date.now()));
    await ann.login({ presence: 'available' });
    await ivr.createContact({ externalId: 'x-1', queueId: 'sales', channel: 'chat', language: 'en', customer: { id: 'cu-1' } });
    await until('the offer', () => offers.length === 1);
    // Unanswered, the offer rings out after 1 s.
    await until('the offer rang out', () => expired.length > 0, 30_000);
    t.ok(expired[0]! - offers[0]! >= 900, 'not before its ring time');
  });
}
