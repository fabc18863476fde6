/**
 * The wallboard's waiting and ringing counts (web/src/supervisor/floor.ts,
 * fed by a real supervisor socket), the supervisor snapshot and Prometheus'
 * `switchboard_contacts_waiting` agree on the same server at the same
 * moment: a contact ringing at an agent is ringing, not waiting, in all
 * three; one nobody can take is waiting in all three (issue 25).
 */
import t from 'tap';
import { Floor } from '../../web/src/supervisor/floor.js';
import { startServer, testConfig } from '../fixtures/server.js';

/** `switchboard_contacts_waiting` summed per queue, as Prometheus scrapes it. */
async function promWaiting(port: number): Promise<Record<string, number>> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const out: Record<string, number> = {};
  for (const m of text.matchAll(/^switchboard_contacts_waiting\{([^}]*)\} (\S+)$/gm)) {
    const queue = /queue="([^"]*)"/.exec(m[1]!)?.[1];
    if (queue !== undefined) out[queue] = (out[queue] ?? 0) + Number(m[2]);
  }
  return out;
}

t.test('wallboard and Prometheus - ringing is not waiting, in the board, the snapshot and the metrics', async (t) => {
  // A long ring, so that the offer is still ringing when the three are compared.
  const base = testConfig() as { queues: Record<string, unknown>[] };
  const config = { ...base, queues: base.queues.map((q) => ({ ...q, offerTimeoutSeconds: 600 })) };
  const s = await startServer('ws', 'json', config, { metrics: true });
  t.teardown(() => s.close());
  const port = s.server.port;

  const sup = await s.client('supervisor', 'sam');
  const floor = new Floor(undefined);
  const seen = new Set<string>();
  sup.on('*', ({ kind, payload }, meta) => {
    floor.apply(kind, payload, meta.at);
    seen.add(kind);
  });
  floor.load(await sup.subscribe());
  const board = (queue: string) => {
    const q = floor.stats(Date.now()).find((x) => x.id === queue);
    return { waiting: q?.waiting ?? 0, ringing: q?.ringing ?? 0 };
  };
  const snapshotWaiting = async (queue: string) => (await sup.subscribe()).queues?.find((q) => q.id === queue)?.waiting ?? 0;

  const alice = await s.client('agent', 'alice');
  await alice.login({ presence: 'available' });
  const ivr = await s.client('integration', 'ivr');
  // The board has heard the offer once the supervisor's stream carried it.
  const boardOffered = sup.waitFor('contactOffered');
  await ivr.createContact({ externalId: 'r-1', queueId: 'sales', channel: 'voice', language: 'en', customer: { id: 'c-1' } });
  await boardOffered;

  t.same(board('sales'), { waiting: 0, ringing: 1 }, 'the board: ringing, not waiting');
  t.equal(await snapshotWaiting('sales'), 0, 'the snapshot: not waiting');
  t.equal((await promWaiting(port))['sales'] ?? 0, 0, 'Prometheus: not waiting');

  // alice's only voice slot rings: a second call waits, in all three.
  const boardCreated = sup.waitFor('contactCreated');
  await ivr.createContact({ externalId: 'r-2', queueId: 'sales', channel: 'voice', language: 'en', customer: { id: 'c-2' } });
  await boardCreated;
  t.same(board('sales'), { waiting: 1, ringing: 1 }, 'the board: one waiting, one ringing');
  t.equal(await snapshotWaiting('sales'), 1, 'the snapshot: one waiting');
  t.equal((await promWaiting(port))['sales'], 1, 'Prometheus: one waiting');
  t.ok(seen.has('contactCreated'));
});
