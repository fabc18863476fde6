import t from 'tap';
import { SwitchboardClient, createServer, parseConfig } from '../../src/index.js';
import { demoConfigAnyDay } from '../fixtures/demo-any-day.js';

t.test('demo - the README quick start works against the embedded demo config', async (t) => {
  const server = await createServer({ config: parseConfig(demoConfigAnyDay), port: 0, transport: 'ws', tokenSecret: 'demo-secret-0123456789' });
  t.teardown(() => server.close());
  const url = `ws://127.0.0.1:${server.port}`;
  const agent = await SwitchboardClient.connect({ url, role: 'agent', token: await server.tokens.sign({ role: 'agent', id: 'alice' }) });
  const accepted = new Promise<string>((resolve) => {
    agent.on('offer', async ({ contact }) => {
      await agent.accept(contact.id);
      resolve(contact.id);
    });
  });
  await agent.login({ presence: 'available' });
  const ivr = await SwitchboardClient.connect({ url, role: 'integration', token: await server.tokens.sign({ role: 'integration', id: 'demo-ivr' }) });
  const bridged = ivr.waitFor('contactAccepted');
  const { contact } = await ivr.createContact({
    externalId: 'call-42',
    queueId: 'support-en',
    channel: 'voice',
    language: 'en-CA',
    customer: { id: 'cust-9', tier: 'prime' },
    context: { history: [] },
  });
  t.equal(await accepted, contact.id);
  t.equal((await bridged).agentId, 'alice');
  await agent.close();
  await ivr.close();
});
