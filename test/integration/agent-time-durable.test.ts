/**
 * The agents' staffed and occupied spans on the Redis store (issue 24):
 * kept in Redis beside the records (src/record/redis-agent-time.ts), so
 * that `GET /v1/agent-time` and the window's occupancy of `GET
 * /v1/agent-figures` read, after a restart, what the old leader saw; a
 * span a new leader reports again from the same start is the same span,
 * one from a slightly different start is not counted twice; spans past the
 * retention are trimmed (injected clock).
 */
import t from 'tap';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { RedisServer, redisServerAvailable } from '../harness/redis-server.js';
import { startServer, testConfig, type TestServer } from '../fixtures/server.js';
import { Recorder } from '../fixtures/recorder.js';
import { RedisRoutingStore } from '../../src/store/redis/redis-store.js';
import { RedisRecordStore } from '../../src/record/redis-record-store.js';
import { RedisAgentTime } from '../../src/record/redis-agent-time.js';
import { SPAN_CHUNK_MS, totalsFrom, totalsOf, type AgentTimeSpan } from '../../src/record/agent-time.js';

t.setTimeout(300_000);

const H = SPAN_CHUNK_MS;
const WEEK = 7 * 24 * H;

async function all(g: AsyncIterable<AgentTimeSpan>): Promise<AgentTimeSpan[]> {
  const out: AgentTimeSpan[] = [];
  for await (const s of g) out.push(s);
  return out;
}

/** Waits until the wall clock is past `at`: a window that ends before now reads the same whenever asked. */
async function past(at: number): Promise<void> {
  while (Date.now() <= at) await new Promise((r) => setTimeout(r, 1));
}

if (!redisServerAvailable()) {
  t.fail('redis-server is not installed (.ci/run installs it)');
} else {
  const redis = await RedisServer.start({ appendonly: false });
  t.teardown(() => redis.cleanup());

  t.test('redis agent time - spans by the hour, merged across leaders, trimmed past the retention', async (t) => {
    const conn = new Redis(redis.url());
    t.teardown(() => conn.disconnect());
    let now = 100 * H;
    const prefix = `sb:{${randomUUID()}}:records:`;
    const open = () => new RedisAgentTime({ redis: conn, prefix, retentionMs: WEEK, now: () => now });
    const first = open();
    first.add('a', 'available', 100 * H, 100 * H + 1000);
    first.add('a', 'available', 100 * H + 1000, 101 * H + 10); // a reading: goes on, into a second hour
    first.add('a', 'busy', 101 * H + 10, 101 * H + 500);
    first.add('a', 'away:break', 101 * H + 500, 101 * H + 600); // not staffed: not kept
    first.add('b', 'wrap_up', 100 * H + 5, 100 * H + 50);
    t.same(
      await all(first.read(0, 200 * H)),
      [
        { agentId: 'a', state: 'available', from: 100 * H, to: 101 * H },
        { agentId: 'b', state: 'wrap_up', from: 100 * H + 5, to: 100 * H + 50 },
        { agentId: 'a', state: 'available', from: 101 * H, to: 101 * H + 10 },
        { agentId: 'a', state: 'busy', from: 101 * H + 10, to: 101 * H + 500 },
      ],
      'by start; a state held across an hour is two spans',
    );
    t.same(
      await all(first.read(100 * H + 30, 101 * H + 100, 'a')),
      [
        { agentId: 'a', state: 'available', from: 100 * H + 30, to: 101 * H },
        { agentId: 'a', state: 'available', from: 101 * H, to: 101 * H + 10 },
        { agentId: 'a', state: 'busy', from: 101 * H + 10, to: 101 * H + 100 },
      ],
      'cut to the window, one agent',
    );

    // A new leader (nothing in memory) reports b's state from the same start, and a's from a little earlier than the old one's.
    const second = open();
    second.add('b', 'wrap_up', 100 * H + 5, 100 * H + 80);
    second.add('a', 'busy', 101 * H + 5, 101 * H + 700);
    const totals = Object.fromEntries(await totalsFrom(second.read(0, 200 * H)));
    t.same(totals, { a: { staffedMs: H + 700, occupiedMs: 690 }, b: { staffedMs: 75, occupiedMs: 75 } }, 'no time counted twice');
    t.same((await conn.hlen(`${prefix}agent-time:spans`)) as number, 5, "b's span extended in place, a's new one beside the old");

    // A week and two hours later, a write trims every span that ended before the retention.
    now = 101 * H + 700 + WEEK + 2 * H;
    second.add('c', 'available', now - 10, now);
    t.same(
      (await all(second.read(0, now + 1))).map((s) => s.agentId),
      ['c'],
      'past the retention: gone',
    );
    t.equal(await conn.zcard(`${prefix}agent-time:by-start`), 1, 'and gone from the index');
  });

  t.test('redis agent time - survives a restart of the server: the new leader exports what the old one saw', async (t) => {
    const domain = `agent-time-${randomUUID()}`;
    const serve = async (): Promise<{ s: TestServer; records: RedisRecordStore }> => {
      const records = new RedisRecordStore({ url: redis.url(), domain, retentionMs: WEEK, now: () => Date.now() });
      const s = await startServer('uws', 'json', testConfig(), {
        store: new RedisRoutingStore({ url: redis.url(), domain }),
        records,
        leaseTtlMs: 5000,
      });
      return { s, records };
    };
    const get = async (s: TestServer, path: string): Promise<string> => {
      const res = await fetch(`http://127.0.0.1:${s.server.port}${path}`, { headers: { authorization: `Bearer ${await s.token('supervisor', 'sue')}` } });
      t.equal(res.status, 200, path);
      return res.text();
    };
    const spansOf = (text: string): AgentTimeSpan[] =>
      text
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as AgentTimeSpan);

    const one = await serve();
    let oneClosed = false;
    t.teardown(async () => {
      if (!oneClosed) await one.s.close();
      await one.records.close();
    });
    const t0 = Date.now();
    const alice = await one.s.client('agent', 'alice');
    const bob = await one.s.client('agent', 'bob');
    const ivr = await one.s.client('integration', 'ivr');
    await alice.login({ presence: 'available' });
    await bob.login({ presence: 'available' });
    const bobOffers = new Recorder(bob);
    const { contact } = await ivr.createContact({ externalId: 'd-1', queueId: 'billing', channel: 'chat', language: 'fr', customer: { id: 'cd' } });
    await bobOffers.next('offer', (o) => o.contact.id === contact.id);
    await bob.accept(contact.id);
    await past(Date.now());
    await ivr.end(contact.id);
    await bob.setPresence('away', 'break');
    const t1 = Date.now();
    await past(t1);
    const window = `from=${t0 - 1000}&to=${t1}`;
    const before = totalsOf(spansOf(await get(one.s, `/v1/agent-time?${window}`)));
    t.ok((before.get('alice')?.staffedMs ?? 0) > 0, 'alice staffed before the restart');
    t.ok((before.get('bob')?.occupiedMs ?? 0) > 0, 'bob occupied before the restart');
    await one.s.close();
    oneClosed = true;

    // A new process: its own record store, nothing of the old one's memory.
    const two = await serve();
    t.teardown(async () => {
      await two.s.close();
      await two.records.close();
    });
    const after = totalsOf(spansOf(await get(two.s, `/v1/agent-time?${window}`)));
    t.same(Object.fromEntries(after), Object.fromEntries(before), 'the same spans, read by the new leader');
    const figures = JSON.parse(await get(two.s, `/v1/agent-figures?${window}`)) as { agents: { agentId: string; staffedMs?: number; occupiedMs?: number }[] };
    for (const id of ['alice', 'bob']) {
      const f = figures.agents.find((a) => a.agentId === id);
      t.equal(f?.staffedMs ?? 0, before.get(id)?.staffedMs ?? 0, `${id}: the window's staffed time after the restart`);
      t.equal(f?.occupiedMs ?? 0, before.get(id)?.occupiedMs ?? 0, `${id}: the window's occupied time after the restart`);
    }
  });
}
