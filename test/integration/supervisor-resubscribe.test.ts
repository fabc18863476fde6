/**
 * A supervisor's live stream after its socket dropped (issue 19, "Event
 * resume ... Do the same for supervisors' live streams"): supervisors are
 * not replayed what they missed; the SDK subscribes again on the new
 * connection and gets a fresh snapshot, handed over marked as such in the
 * `reconnected` lifecycle event, that holds every change made while it was
 * away (README, "Supervisors after a reconnect"). The events of the new
 * connection then go on from that snapshot, none of the old stream again.
 */
import t from 'tap';
import type { EventPayloads, SnapshotMsg } from '../../src/protocol/messages.js';
import { Recorder } from '../fixtures/recorder.js';
import { startServer } from '../fixtures/server.js';
import type { Encoding } from '../../src/protocol/messages.js';
import type { TransportName } from '../../src/server.js';

const runs: [TransportName, Encoding][] = [
  ['ws', 'json'],
  ['uws', 'proto'],
];

for (const [transport, encoding] of runs) {
  t.test(`${transport}/${encoding} - a supervisor back from a dropped socket gets a fresh snapshot with what changed meanwhile`, async (t) => {
    const s = await startServer(transport, encoding);
    t.teardown(() => s.close());
    const token = await s.token('supervisor', 'sam');
    // The token source can be held shut: the supervisor stays away while the floor changes.
    let gate: Promise<void> | null = null;
    let open = (): void => {};
    const sup = await s.client('supervisor', 'sam', {
      token: async () => {
        if (gate !== null) await gate;
        return token;
      },
      reconnect: { initialDelayMs: 50, maxDelayMs: 200 },
    });
    const first = await sup.subscribe();
    t.same(first.contacts ?? [], [], 'nothing on the floor yet');
    const seen = new Recorder(sup);

    const alice = await s.client('agent', 'alice');
    const a = new Recorder(alice);
    await alice.login({ presence: 'available' });
    await seen.next('agentLoggedIn', (p) => p.agentId === 'alice');

    gate = new Promise((r) => (open = r));
    const away = new Promise<void>((r) => sup.onLifecycle('disconnected', () => r()));
    const back = new Promise<{ snapshot?: SnapshotMsg }>((r) => sup.onLifecycle('reconnected', r));
    sup.dropConnection();
    await away;

    // While it is away: a contact arrives and alice takes it; bob logs in.
    const ivr = await s.client('integration', 'ivr');
    const { contact } = await ivr.createContact({
      externalId: 'sr-1',
      queueId: 'sales',
      channel: 'chat',
      language: 'en',
      customer: { id: 'cust-sr', tier: 'standard' },
    });
    await a.next('offer', (o) => o.contact.id === contact.id);
    await alice.accept(contact.id);
    const bob = await s.client('agent', 'bob');
    await bob.login({ presence: 'away', reason: 'meeting' });
    const before = seen.seen.length;

    gate = null;
    open();
    const { snapshot } = await back;
    t.ok(snapshot !== undefined, 'the reconnect hands over a fresh snapshot, marked as such');
    t.match(
      snapshot?.contacts?.find((c) => c.id === contact.id),
      { state: 'active', agentId: 'alice' },
      'the contact accepted while it was away, with its agent',
    );
    t.match(
      snapshot?.agents?.find((x) => x.id === 'bob'),
      { presence: 'away', awayReason: 'meeting' },
      'the agent who logged in meanwhile',
    );
    t.equal(seen.seen.length, before, 'none of what it missed comes again as events: the snapshot holds it');

    // The new connection's events go on from the snapshot.
    await alice.complete(contact.id);
    const ended: EventPayloads['contactEnded'] = await seen.next('contactEnded', (p) => p.contactId === contact.id);
    t.equal(ended.agentId, 'alice', 'live again');
  });
}
