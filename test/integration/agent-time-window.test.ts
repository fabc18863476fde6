/**
 * Staffed and occupied time of any window (issue 24): `GET
 * /v1/agent-figures` gives each agent's `staffedMs` and `occupiedMs` within
 * the window, and `GET /v1/agent-time` exports the spans they are summed
 * from (available, busy, wrap-up; away is not staffed), cut to the window:
 * the figures recomputed from the export equal the endpoint's, for a whole
 * window and for one that cuts a state in two; `switchboard export
 * agent-time` writes the same spans as NDJSON or CSV.
 */
import t from 'tap';
import { totalsOf, type AgentTimeSpan } from '../../src/record/agent-time.js';
import { PassThrough } from 'node:stream';
import { runExport } from '../../src/cli/export-command.js';
import { Recorder } from '../fixtures/recorder.js';
import { startServer, testConfig, type TestServer } from '../fixtures/server.js';

async function get(s: TestServer, path: string, token: string): Promise<Response> {
  return fetch(`http://127.0.0.1:${s.server.port}${path}`, { headers: { authorization: `Bearer ${token}` } });
}

/** Waits until the wall clock is past `at`: a window that ends before now reads the same whenever asked. */
async function past(at: number): Promise<void> {
  while (Date.now() <= at) await new Promise((r) => setTimeout(r, 1));
}

for (const transport of ['uws', 'ws'] as const) {
  t.test(`${transport} - agent time: a window's occupancy, and the spans it is summed from`, async (t) => {
    const s = await startServer(transport, 'json', testConfig());
    t.teardown(() => s.close());
    const sue = await s.token('supervisor', 'sue');
    const alice = await s.client('agent', 'alice');
    const bob = await s.client('agent', 'bob');
    const ivr = await s.client('integration', 'ivr');
    const offers = new Recorder(alice);
    const t0 = Date.now();
    await alice.login({ presence: 'available' });
    await bob.login({ presence: 'available' });
    const { contact } = await ivr.createContact({ externalId: 'w-1', queueId: 'billing', channel: 'chat', language: 'fr', customer: { id: 'cw' } });
    // billing is bob's (no wrap-up): alice stays available; bob takes it, it ends, and he goes away.
    const bobOffers = new Recorder(bob);
    await bobOffers.next('offer', (o) => o.contact.id === contact.id);
    await bob.accept(contact.id);
    const mid = Date.now();
    await past(mid);
    await ivr.end(contact.id);
    await bob.setPresence('away', 'break');
    const t1 = Date.now();
    await past(t1);
    t.equal(offers.kinds().includes('offer'), false, 'alice had no offer');

    for (const [from, to] of [
      [t0 - 1000, t1],
      [mid, t1],
    ] as const) {
      const figures = (await (await get(s, `/v1/agent-figures?from=${from}&to=${to}`, sue)).json()) as {
        agents: { agentId: string; staffedMs?: number; occupiedMs?: number }[];
      };
      const res = await get(s, `/v1/agent-time?from=${from}&to=${to}`, sue);
      t.equal(res.status, 200);
      t.match(res.headers.get('content-type'), /ndjson/);
      const spans = (await res.text())
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as AgentTimeSpan);
      t.ok(
        spans.every((x) => x.from >= from && x.to <= to && x.from < x.to),
        'spans cut to the window',
      );
      t.notOk(
        spans.some((x) => x.state.startsWith('away')),
        'away is not staffed',
      );
      const recomputed = totalsOf(spans);
      for (const id of ['alice', 'bob']) {
        const f = figures.agents.find((a) => a.agentId === id);
        const r = recomputed.get(id);
        t.equal(
          f?.staffedMs ?? 0,
          r?.staffedMs ?? 0,
          `${id}: staffed time equals the export's (${from === mid ? 'a window cutting the call' : 'the whole window'})`,
        );
        t.equal(f?.occupiedMs ?? 0, r?.occupiedMs ?? 0, `${id}: occupied time equals the export's`);
      }
      const a = recomputed.get('alice');
      t.ok((a?.staffedMs ?? 0) > 0 && (a?.occupiedMs ?? 0) === 0, 'alice: staffed, never occupied');
      const b = recomputed.get('bob');
      t.ok((b?.occupiedMs ?? 0) > 0 && b!.occupiedMs <= b!.staffedMs, 'bob: occupied during the call, within his staffed time');
      if (from === mid) t.ok(b!.occupiedMs <= t1 - mid, 'only the part of the call within the window');
    }
    // switchboard export agent-time: the same spans, as NDJSON and as CSV.
    const window = await (await get(s, `/v1/agent-time?from=${t0 - 1000}&to=${t1}`, sue)).text();
    const cli = async (args: string[]) => {
      const out = new PassThrough();
      let text = '';
      out.on('data', (d: Buffer) => (text += d.toString()));
      let err = '';
      const code = await runExport(['agent-time', '--url', `http://127.0.0.1:${s.server.port}`, '--from', String(t0 - 1000), '--to', String(t1), ...args], {
        stdout: out,
        stderr: { write: (x: string) => (err += x) },
        env: { SWITCHBOARD_TOKEN: sue },
      });
      return { code, text, err };
    };
    const nd = await cli([]);
    t.equal(nd.code, 0, nd.err);
    t.equal(nd.text, window, "switchboard export agent-time: the endpoint's spans");
    const spanCount = window.split('\n').filter((l) => l !== '').length;
    t.match(nd.err, new RegExp(`exported ${spanCount} span`));
    const csv = await cli(['--format', 'csv', '--agent', 'bob']);
    t.equal(csv.code, 0, csv.err);
    const rows = csv.text.trimEnd().split('\r\n');
    t.equal(rows[0], 'agent_id,state,from,to,ms');
    const bobSpans = window
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as AgentTimeSpan)
      .filter((x) => x.agentId === 'bob');
    t.same(
      rows.slice(1),
      bobSpans.map((x) => `bob,${x.state},${new Date(x.from).toISOString()},${new Date(x.to).toISOString()},${x.to - x.from}`),
      "CSV: one row a span of bob's",
    );
    t.equal((await cli(['--queue', 'sales'])).code, 2, 'no queue filter on the command line either');

    t.equal((await get(s, '/v1/agent-time?queue=sales', sue)).status, 400, 'no queue filter: staffing is not per queue');
    t.equal((await get(s, '/v1/agent-time', await s.token('agent', 'alice'))).status, 403);
  });
}
