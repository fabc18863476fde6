/**
 * A survey "no" over real sockets (both encodings): one about the agent
 * that says the problem is not solved reopens the case, offered to the
 * agent who handled it with the reason and the history; one about a policy
 * counts apart in the agent's figures.
 */
import t from 'tap';
import { Router } from '../../src/core/index.js';
import { parseConfig } from '../../src/config/schema.js';
import { Recorder } from '../fixtures/recorder.js';
import { ENCODINGS, startServer, testConfig } from '../fixtures/server.js';

function config(): unknown {
  return {
    ...(testConfig() as object),
    survey: {
      reasons: [
        { id: 'not-resolved', about: 'agent', reopens: true },
        { id: 'too-long', about: 'policy' },
      ],
    },
  };
}

const chat = (externalId: string, customer: string) => ({
  externalId,
  queueId: 'sales',
  channel: 'chat',
  language: 'en',
  customer: { id: customer, tier: 'standard' },
});

for (const encoding of ENCODINGS) {
  t.test(`ws/${encoding} - survey "no": not solved reopens the case with its agent; a policy "no" is not the agent's`, async (t) => {
    const parsed = parseConfig(config());
    const router = new Router(parsed.core, { now: () => Date.now() });
    const s = await startServer('ws', encoding, config(), { router });
    t.teardown(() => s.close());
    const alice = await s.client('agent', 'alice');
    const ivr = await s.client('integration', 'ivr');
    const sup = await s.client('supervisor', 'sue');
    const aliceEvents = new Recorder(alice);
    const supEvents = new Recorder(sup);
    await sup.subscribe();
    await alice.login({ presence: 'available' });

    const serve = async (externalId: string, customer: string, notes: string) => {
      const { contact } = await ivr.createContact(chat(externalId, customer));
      await aliceEvents.next('offer', (o) => o.contact.id === contact.id);
      await alice.accept(contact.id);
      await alice.complete(contact.id);
      await alice.finishWrapUp(contact.id, undefined, notes);
      await supEvents.next('contactClosed', (p) => p.contactId === contact.id);
      return contact.id;
    };
    const first = await serve('s-1', 'cust-7', 'reset the router');
    const second = await serve('s-2', 'cust-8', 'explained the delay');

    await ivr.survey(first, false, 'not-resolved');
    const answered = await supEvents.next('contactSurveyAnswered', (p) => p.contactId === first);
    t.match(answered, { agentId: 'alice', reason: 'not-resolved', about: 'agent' });
    const offer = await aliceEvents.next('offer', (o) => o.contact.id === `${first}:reopened`);
    t.match(offer.contact, {
      customer: { id: 'cust-7' },
      queueId: 'sales',
      repeatOf: first,
      followUp: { of: first, byAgentId: 'alice', surveyReason: 'not-resolved' },
    });
    t.match(offer.history, [{ contactId: first, agentId: 'alice', notes: 'reset the router' }], 'the offer carries the case');

    await ivr.survey(second, false, 'too-long');
    await supEvents.next('contactSurveyAnswered', (p) => p.contactId === second);
    const snap = await sup.subscribe();
    const mine = snap.agentSurveys?.find((a) => a.agentId === 'alice');
    t.same(
      { yes: mine?.yes ?? 0, no: mine?.no ?? 0, notAboutAgent: mine?.notAboutAgent ?? 0 },
      { yes: 0, no: 1, notAboutAgent: 1 },
      'only the "no" about her counts as hers',
    );
    t.match(
      snap.surveyCounters?.find((a) => a.agentId === 'alice'),
      { no: 1, notAboutAgent: 1, noReasons: { 'not-resolved': 1, 'too-long': 1 } },
      'the wallboard counts the same',
    );
  });
}
