/**
 * A queue's maximum wait over real sockets (issue 19, "Contacts that always
 * end"): the integration that created a contact is told when it ends at the
 * limit, with the reason, and the metrics count it.
 */
import t from 'tap';
import { Router } from '../../src/core/index.js';
import { parseConfig } from '../../src/config/schema.js';
import { Metrics } from '../../src/metrics/index.js';
import { Recorder } from '../fixtures/recorder.js';
import { startServer, testConfig } from '../fixtures/server.js';
import type { Encoding } from '../../src/protocol/messages.js';
import type { TransportName } from '../../src/server.js';

const config = testConfig({
  queues: [
    {
      id: 'sales',
      channels: ['voice', 'chat', 'email'],
      offerTimeoutSeconds: 2,
      wrapUpSeconds: 5,
      maxWait: { afterSeconds: 1, action: 'close', reason: 'no-agents' },
    },
    { id: 'billing', channels: ['voice', 'chat'], offerTimeoutSeconds: 2, wrapUpSeconds: 0, maxWait: { afterSeconds: 1, action: 'callback' } },
    { id: 'support', channels: ['voice'], maxWait: { afterSeconds: 1, action: 'voicemail', queueId: 'sales' } },
  ],
});

const runs: [TransportName, Encoding][] = [
  ['uws', 'json'],
  ['ws', 'proto'],
];

for (const [transport, encoding] of runs) {
  t.test(`max wait - an integration sees its contacts end at the queue's maximum wait (${transport}, ${encoding})`, async (t) => {
    const clock = { now: () => Date.now() };
    const router = new Router(parseConfig(config).core, clock);
    const metrics = new Metrics(router, router.config, { clock });
    const s = await startServer(transport, encoding, config, { router, observer: metrics, metrics });
    t.teardown(() => s.close());
    const ivr = await s.client('integration', 'ivr');
    const i = new Recorder(ivr);
    const customer = { id: 'cust-mw', tier: 'standard' };
    const chat = (await ivr.createContact({ externalId: 'mw-chat', queueId: 'sales', channel: 'chat', language: 'en', customer })).contact;
    const call = (await ivr.createContact({ externalId: 'mw-call', queueId: 'billing', channel: 'voice', language: 'en', customer })).contact;
    const vm = (
      await ivr.createContact({ externalId: 'mw-vm', queueId: 'support', channel: 'voice', language: 'en', customer, context: { ani: '+15145550100' } })
    ).contact;

    // No agent is logged in: each waits until its queue's limit (1 s), then meets its action.
    const closed = await i.next('contactAbandoned', (p) => p.contactId === chat.id);
    t.equal(closed.reason, 'no-agents', 'close: the configured reason');
    const callback = await i.next('contactCallbackRequested', (p) => p.contactId === call.id);
    t.equal(callback.reason, 'max-wait', 'callback: marked as the maximum wait');
    t.equal(s.server.router.contact(call.id)?.state, 'waiting', 'the callback keeps its place');
    const left = await i.next('contactAbandoned', (p) => p.contactId === vm.id);
    t.equal(left.reason, 'voicemail', 'voicemail: the call is gone');
    t.match(s.server.router.contact(`${vm.id}:voicemail`), {
      queueId: 'sales',
      channel: 'email',
      state: 'waiting',
      customer,
      context: { ani: '+15145550100', voicemailOf: vm.id },
    });

    const res = await fetch(`http://127.0.0.1:${s.server.port}/metrics`);
    const text = await res.text();
    t.match(text, /switchboard_contacts_removed_total\{[^}]*queue="sales"[^}]*reason="no-agents"[^}]*\} 1/, 'the close is counted by reason');
    t.match(text, /switchboard_contacts_removed_total\{[^}]*queue="support"[^}]*reason="voicemail"[^}]*\} 1/, 'the voicemail too');
  });
}
