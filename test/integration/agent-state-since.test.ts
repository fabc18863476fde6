/**
 * "Time in state" comes from the server: `Agent.stateSince` in the login
 * result and the supervisor snapshot, in both encodings, changes with the
 * agent's status and stays put across a dropped connection that resumes to
 * the same state (a page reload, a network blip) and across a second socket
 * taking the session over.
 */
import t from 'tap';
import { Recorder } from '../fixtures/recorder.js';
import { delay, ENCODINGS, startServer, testConfig } from '../fixtures/server.js';

for (const encoding of ENCODINGS) {
  t.test(`${encoding} - time in state: from the server, kept across a resumed session`, async (t) => {
    const s = await startServer('uws', encoding, testConfig({}, { reconnectGraceSeconds: 30 }));
    t.teardown(() => s.close());
    const alice = await s.client('agent', 'alice', { reconnect: { initialDelayMs: 20, maxDelayMs: 100 } });
    const first = await alice.login({ presence: 'available' });
    const availableSince = first.agent.stateSince;
    t.type(availableSince, 'number', 'the login result carries it');
    t.ok(availableSince! <= Date.now() && availableSince! > Date.now() - 10_000);

    const sup = await s.client('supervisor', 'sam');
    const snapAgent = async () => (await sup.subscribe()).agents?.find((a) => a.id === 'alice');
    t.equal((await snapAgent())?.stateSince, availableSince, 'the supervisor snapshot says the same');

    // The socket drops and the SDK resumes the session: still available, since the same moment.
    await delay(30);
    const back = new Promise<number | undefined>((resolve) => alice.onLifecycle('reconnected', (e) => resolve(e.login?.agent.stateSince)));
    alice.dropConnection();
    t.equal(await back, availableSince, 'a resumed session keeps the clock');
    t.equal((await snapAgent())?.stateSince, availableSince);

    // A page reload: a second socket takes the session over.
    const again = await s.client('agent', 'alice');
    t.equal((await again.login({})).agent.stateSince, availableSince, 'a reloaded page reads the same clock');

    // A new state starts a new clock: busy with a chat.
    const offers = new Recorder(again);
    const ivr = await s.client('integration', 'ivr');
    const { contact } = await ivr.createContact({ externalId: 'c1', queueId: 'sales', channel: 'chat', language: 'en', customer: { id: 'u1' } });
    await offers.next('offer', (o) => o.contact.id === contact.id);
    await delay(20);
    await again.accept(contact.id);
    const busy = await snapAgent();
    t.equal(busy?.status, 'busy');
    t.ok(busy!.stateSince! > availableSince!, 'busy since the offer');
    await again.setPresence('away', 'break');
    const away = await snapAgent();
    t.equal(away?.stateSince, busy?.stateSince, 'away with an active chat: still busy, the same clock');
  });
}
