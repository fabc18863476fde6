/**
 * The gateway's contact registry as integrations see it: a retried create
 * of a contact that closed answers with the contact as it closed, built
 * from the router's record at that moment (no copy is kept while it lives).
 */
import t from 'tap';
import { Recorder } from '../fixtures/recorder.js';
import { startServer } from '../fixtures/server.js';

t.test('contact registry - a retry after the close gets the contact as it closed', async (t) => {
  const s = await startServer('uws', 'json');
  t.teardown(() => s.close());
  const agent = await s.client('agent', 'alice');
  const ivr = await s.client('integration', 'ivr');
  const a = new Recorder(agent);
  const i = new Recorder(ivr);
  await agent.login({ presence: 'available' });
  const body = { externalId: 'reg-1', queueId: 'sales', channel: 'chat', language: 'en', customer: { id: 'cust-reg', tier: 'standard' } };
  const { contact } = await ivr.createContact(body);
  await a.next('offer');
  await agent.accept(contact.id);
  await agent.complete(contact.id);
  await agent.finishWrapUp(contact.id, 'resolved', 'all good');
  await i.next('contactClosed', (p) => p.contactId === contact.id);

  const again = await ivr.createContact(body);
  t.notOk(again.created, 'not created again');
  t.match(again.contact, { id: contact.id, externalId: 'reg-1', state: 'closed', queueId: 'sales', channel: 'chat', agentId: 'alice' });
  t.equal(s.server.router.waitingCount, 0);

  // abandoned while waiting: closed too, without an agent
  await agent.logout();
  const waiting = await ivr.createContact({ ...body, externalId: 'reg-2' });
  await ivr.abandon(waiting.contact.id);
  await i.next('contactAbandoned', (p) => p.contactId === waiting.contact.id);
  const retry = await ivr.createContact({ ...body, externalId: 'reg-2' });
  t.notOk(retry.created);
  t.match(retry.contact, { id: waiting.contact.id, externalId: 'reg-2', state: 'closed' });
  t.equal(retry.contact.agentId, undefined, 'never offered: nobody logged in');
});
