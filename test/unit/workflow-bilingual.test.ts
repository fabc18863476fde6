import t from 'tap';
import { parseConfig } from '../../src/config/schema.js';
import { demoConfig } from '../../src/config/demo.js';
import { harness } from '../fixtures/router-harness.js';

const demo = parseConfig(demoConfig);
const profile = (id: string) => demo.agents.get(id)!;

t.test('bilingual - the demo has EN and FR queues; a fr-CA contact goes to an exact fr-CA speaker first, then any French, then English', async (t) => {
  const h = harness(demo.core);
  t.same([...h.r.config.queues.keys()], ['support-en', 'support-fr', 'escalations']);
  h.r.loginAgent('chloe', profile('chloe'), { presence: 'available' });
  h.r.loginAgent('bruno', profile('bruno'), { presence: 'available' });
  h.create('c1', { queueId: 'support-fr', language: 'fr-CA', channel: 'chat' });
  t.equal(h.holder('c1'), 'bruno', 'fr-CA exactly first, although chloe is longer idle');
  t.equal(h.r.contact('c1')?.language, 'fr-CA', 'the language travels with the offer');
  h.r.acceptOffer('bruno', 'c1');
  h.r.setPresence('bruno', 'away', 'lunch');
  h.create('c2', { queueId: 'support-fr', language: 'fr-CA', channel: 'voice' });
  t.equal(h.holder('c2'), null, 'chloe speaks fr, not fr-CA: not yet');
  h.tick(30_000);
  t.equal(h.holder('c2'), 'chloe', 'after 30 s any French speaker');
  h.create('c3', { queueId: 'support-fr', language: 'fr', channel: 'voice' });
  h.r.loginAgent('alice', profile('alice'), { presence: 'available' });
  h.r.loginAgent('dana', { ...profile('alice'), languages: ['en', 'fr'] }, { presence: 'available' });
  t.equal(h.holder('c3'), null, 'English-queue agents are not in the pool yet');
  h.tick(120_000);
  t.equal(h.r.contact('c3')?.step, 2);
  t.equal(h.holder('c3'), 'dana', 'after 120 s the overflow to support-en: a French speaker there, never alice');
});
