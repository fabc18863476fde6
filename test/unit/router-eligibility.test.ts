import t from 'tap';
import type { CoreConfig } from '../../src/core/index.js';
import { harness } from '../fixtures/router-harness.js';

const config: CoreConfig = {
  queues: [
    { id: 'sales', channels: ['chat', 'voice', 'email'] },
    { id: 'quebec', channels: ['chat'], languageMatch: 'exact' },
    { id: 'other', channels: ['chat'] },
  ],
};

t.test('router - an away agent is offered nothing until available', async (t) => {
  const h = harness(config);
  h.login('a1', {}, { presence: 'away', reason: 'lunch' });
  h.create('c1');
  t.equal(h.r.contact('c1')?.state, 'waiting');
  h.r.setPresence('a1', 'available');
  t.equal(h.holder('c1'), 'a1');
});

t.test('router - an agent without capacity for the channel is not offered it', async (t) => {
  const h = harness(config);
  h.login('a1', { capacity: { voice: 1 } });
  h.create('c1', { channel: 'chat' });
  t.equal(h.r.contact('c1')?.state, 'waiting');
  h.create('v1', { channel: 'voice' });
  t.equal(h.holder('v1'), 'a1');
});

t.test('router - an agent not serving the queue is not eligible', async (t) => {
  const h = harness(config);
  h.login('a1', { queues: ['other'] });
  h.create('c1', { queueId: 'sales' });
  t.equal(h.r.contact('c1')?.state, 'waiting');
});

t.test('router - language matches on the primary subtag by default', async (t) => {
  const h = harness(config);
  h.login('fr', { languages: ['fr'] });
  h.create('c1', { language: 'fr-CA' });
  t.equal(h.holder('c1'), 'fr', 'fr-CA contact to an fr agent');
  const h2 = harness(config);
  h2.login('frca', { languages: ['fr-CA'] });
  h2.create('c1', { language: 'fr' });
  t.equal(h2.holder('c1'), 'frca', 'fr contact to an fr-CA agent');
  const h3 = harness(config);
  h3.login('enus', { languages: ['EN-us'] });
  h3.create('c1', { language: 'en-GB' });
  t.equal(h3.holder('c1'), 'enus', 'case-insensitive, region ignored');
});

t.test('router - a different primary language is not eligible', async (t) => {
  const h = harness(config);
  h.login('de', { languages: ['de', 'de-AT'] });
  h.create('c1', { language: 'fr-CA' });
  t.equal(h.r.contact('c1')?.state, 'waiting');
  h.login('multi', { languages: ['en', 'fr'] });
  t.equal(h.holder('c1'), 'multi', 'any one of the agent languages');
});

t.test('router - exact language match compares whole tags case-insensitively', async (t) => {
  const h = harness(config);
  h.login('fr', { languages: ['fr'], queues: ['quebec'] });
  h.login('frfr', { languages: ['fr-FR'], queues: ['quebec'] });
  h.create('c1', { queueId: 'quebec', language: 'fr-CA' });
  t.equal(h.r.contact('c1')?.state, 'waiting', 'neither fr nor fr-FR is fr-CA');
  h.login('frca', { languages: ['FR-ca'], queues: ['quebec'] });
  t.equal(h.holder('c1'), 'frca');
});

t.test('router - exact match of a bare tag does not accept a regional agent tag', async (t) => {
  const h = harness(config);
  h.login('frca', { languages: ['fr-CA'], queues: ['quebec'] });
  h.create('c1', { queueId: 'quebec', language: 'fr' });
  t.equal(h.r.contact('c1')?.state, 'waiting');
});

t.test('router - every skill minimum must be met', async (t) => {
  const h = harness(config);
  h.login('low', { skills: { billing: 2, spanish: 5 } });
  h.login('partial', { skills: { billing: 5 } });
  h.create('c1', { skills: { billing: 3, spanish: 1 } });
  t.equal(h.r.contact('c1')?.state, 'waiting');
  h.login('ok', { skills: { billing: 3, spanish: 1, extra: 4 } });
  t.equal(h.holder('c1'), 'ok', 'exactly at the minimum is enough');
});

t.test('router - an agent who rejected a contact is not offered it again', async (t) => {
  const h = harness(config);
  h.login('a1', {});
  h.create('c1');
  h.r.rejectOffer('a1', 'c1');
  t.match(h.r.contact('c1'), { state: 'waiting', agentId: null, declinedBy: ['a1'] });
  h.r.setPresence('a1', 'away', 'break');
  h.r.setPresence('a1', 'available');
  t.equal(h.r.contact('c1')?.state, 'waiting', 'still declined after an away/available cycle');
  h.create('c2');
  t.equal(h.holder('c2'), 'a1', 'other contacts still go to it');
  h.login('a2', {});
  t.equal(h.holder('c1'), 'a2');
});

t.test('router - an agent who let an offer expire is not offered it again', async (t) => {
  const h = harness({ queues: [{ id: 'sales', channels: ['chat'], offerTimeoutSeconds: 10 }] });
  h.login('a1', {});
  h.create('c1');
  h.tick(10_000);
  t.match(h.r.contact('c1'), { state: 'waiting', declinedBy: ['a1'] });
  h.tick(60_000);
  t.equal(h.r.contact('c1')?.state, 'waiting');
});

t.test('router - a contact reserved for its preferred agent is not offered to others', async (t) => {
  const h = harness({ queues: [{ id: 'sales', channels: ['chat'], preferenceWindowSeconds: 30 }] });
  h.login('pref', {}, { presence: 'away' });
  h.login('other', {});
  h.create('c1', { preferredAgentId: 'pref' });
  t.equal(h.r.contact('c1')?.state, 'waiting');
  h.r.setPresence('pref', 'available');
  t.equal(h.holder('c1'), 'pref');
});
