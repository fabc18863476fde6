/**
 * Prometheus (`Metrics`), the snapshot's counts of the day (`FloorStats`)
 * and the wallboard (`web/src/supervisor/floor.ts`, fed the wire form of the
 * same events) agree on every transfer path, by the rules of
 * src/metrics/queue-segment.ts: a real router on a manual clock, each path
 * on its own contact, exact figures per queue from all three.
 */
import t, { type Test as Tap } from 'tap';
import { Router, type CoreConfig } from '../../src/core/index.js';
import { FloorStats } from '../../src/insights/floor-stats.js';
import { Metrics } from '../../src/metrics/index.js';
import { eventPayload } from '../../src/protocol/convert.js';
import type { SiteInfo } from '../../src/web/site-info.js';
import { Floor } from '../../web/src/supervisor/floor.js';
import { parseSamples, type Sample } from '../fixtures/exposition.js';
import { ManualClock } from '../fixtures/manual-clock.js';
import { agentProfile, T0 } from '../fixtures/router-harness.js';

const config: CoreConfig = {
  queues: [
    { id: 'sales', channels: ['chat'], offerTimeoutSeconds: 600, wrapUpSeconds: 60, serviceLevel: { thresholdSeconds: 20, target: 0.8 }, escalateTo: 'tier2' },
    { id: 'tier2', channels: ['chat'], offerTimeoutSeconds: 600, wrapUpSeconds: 60, serviceLevel: { thresholdSeconds: 30, target: 0.9 } },
  ],
};

const QUEUES = ['sales', 'tier2'] as const;

/** A router whose every event feeds the three, with the wallboard started from an empty snapshot. */
function floorOf() {
  const clock = new ManualClock(T0);
  const r = new Router(config, clock);
  const metrics = new Metrics(r, r.config, { clock, defaultMetrics: false });
  const stats = new FloorStats(r.config, r.contacts(), T0, { dayStartsAt: null });
  const site: SiteInfo = {
    queues: [...r.config.queues.values()].map((q) => ({ id: q.id, name: q.id, channels: [...q.channels], serviceLevel: { ...q.serviceLevel } })),
    tiers: [],
  };
  const board = new Floor(site);
  board.load({ queues: QUEUES.map((id) => ({ id, name: id })), agents: [], contacts: [] });
  r.subscribe((e) => {
    metrics.coreEvent(e);
    stats.observe(e);
    const { kind, payload } = eventPayload(e);
    board.apply(kind, payload, e.at);
  });
  const at = (s: number) => {
    clock.set(T0 + s * 1000);
    r.advance();
  };
  const chat = (id: string) => r.createContact({ id, queueId: 'sales', channel: 'chat', language: 'en', customer: { id: `cust-${id}`, tier: 'standard' } });
  r.loginAgent('a1', agentProfile(['sales'], { capacity: { chat: 5 } }), { presence: 'available' });
  r.loginAgent('lead', agentProfile(['tier2'], { capacity: { chat: 5 } }), { presence: 'available' });
  return { r, clock, metrics, stats, board, at, chat };
}

type Figures = { answered: number; answeredInSl: number; abandoned: number; transfers: number; escalations: number };

const sum = (samples: readonly Sample[], name: string, queue: string): number =>
  samples.filter((s) => s.name === name && s.labels['queue'] === queue).reduce((n, s) => n + s.value, 0);

/** Each queue's figures from all three; fails unless they agree, then returns them with Prometheus's handle and wrap-up counts. */
async function figures(t: Tap, f: ReturnType<typeof floorOf>, now: number) {
  const samples = parseSamples(await f.metrics.render());
  const out: Record<string, Figures & { handled: number; wrapUps: number }> = {};
  for (const q of QUEUES) {
    const prometheus: Figures = {
      answered: sum(samples, 'switchboard_contacts_answered_total', q),
      answeredInSl: sum(samples, 'switchboard_contacts_answered_in_service_level_total', q),
      abandoned: sum(samples, 'switchboard_contacts_abandoned_total', q),
      transfers: sum(samples, 'switchboard_transfers_total', q),
      escalations: sum(samples, 'switchboard_escalations_total', q),
    };
    const day = f.stats.read(now).queues.get(q)!;
    const board = f.board.counts.get(q) ?? { answered: 0, answeredInSl: 0, abandoned: 0, transfers: 0, escalations: 0 };
    const pick = (c: Figures): Figures => ({
      answered: c.answered,
      answeredInSl: c.answeredInSl,
      abandoned: c.abandoned,
      transfers: c.transfers,
      escalations: c.escalations,
    });
    t.same(pick(day), prometheus, `${q}: the snapshot's counts as Prometheus`);
    t.same(pick(board), prometheus, `${q}: the wallboard as Prometheus`);
    out[q] = {
      ...prometheus,
      handled: sum(samples, 'switchboard_contact_handle_seconds_count', q),
      wrapUps: sum(samples, 'switchboard_after_contact_work_seconds_count', q),
    };
  }
  return out;
}

t.test('transfer figures - consult, take back, complete: nothing handed on, all in the first queue', async (t) => {
  const f = floorOf();
  f.chat('c1');
  f.at(5);
  f.r.acceptOffer('a1', 'c1');
  f.at(10);
  f.r.transferContact('a1', 'c1', { queueId: 'tier2', consult: true });
  t.equal(f.r.contact('c1')?.agentId, 'lead', 'offered to the lead meanwhile');
  f.at(15);
  f.r.cancelTransfer('a1', 'c1');
  f.at(40);
  f.r.endContact('c1', 'agent', 'a1');
  f.at(50);
  f.r.finishWrapUp('a1', 'c1');
  const x = await figures(t, f, T0 + 50_000);
  t.match(x['sales'], { answered: 1, answeredInSl: 1, transfers: 0, escalations: 0, handled: 1, wrapUps: 1 });
  t.match(x['tier2'], { answered: 0, transfers: 0, handled: 0, wrapUps: 0 }, 'its handle and wrap-up are not filed under the queue it never went to');
});

t.test('transfer figures - consult taken over by the target: a transfer, answered in each queue', async (t) => {
  const f = floorOf();
  f.chat('c2');
  f.at(2);
  f.r.acceptOffer('a1', 'c2');
  f.at(100);
  f.r.transferContact('a1', 'c2', { queueId: 'tier2', consult: true });
  let x = await figures(t, f, T0 + 100_000);
  t.match(x['sales'], { transfers: 0 }, 'not counted while it can still be taken back');
  f.at(125); // 25 s in tier2: within its 30 s
  f.r.acceptOffer('lead', 'c2');
  f.at(160);
  f.r.endContact('c2', 'agent', 'lead');
  f.at(170);
  f.r.finishWrapUp('lead', 'c2');
  x = await figures(t, f, T0 + 170_000);
  t.match(x['sales'], { answered: 1, answeredInSl: 1, transfers: 1, handled: 0 });
  t.match(x['tier2'], { answered: 1, answeredInSl: 1, transfers: 0, handled: 1, wrapUps: 1 }, 'answered in tier2, its wait counted from the transfer');
});

t.test('transfer figures - blind: counted at once; answered again in the queue it went to', async (t) => {
  const f = floorOf();
  f.chat('c3');
  f.at(1);
  f.r.acceptOffer('a1', 'c3');
  f.at(30);
  f.r.transferContact('a1', 'c3', { queueId: 'tier2', notes: 'over to you' });
  let x = await figures(t, f, T0 + 30_000);
  t.match(x['sales'], { answered: 1, transfers: 1 });
  f.at(70); // 40 s in tier2: past its 30 s
  f.r.acceptOffer('lead', 'c3');
  x = await figures(t, f, T0 + 70_000);
  t.match(x['tier2'], { answered: 1, answeredInSl: 0 });
});

t.test('transfer figures - an escalation after a consult taken back is counted against the first queue', async (t) => {
  const f = floorOf();
  f.chat('c4');
  f.at(3);
  f.r.acceptOffer('a1', 'c4');
  f.at(10);
  f.r.transferContact('a1', 'c4', { queueId: 'tier2', consult: true });
  f.at(12);
  f.r.cancelTransfer('a1', 'c4');
  f.at(20);
  f.r.escalateContact('a1', 'c4', 'complaint');
  f.at(30); // 10 s after the escalation
  f.r.acceptOffer('lead', 'c4');
  f.at(60);
  f.r.endContact('c4', 'agent', 'lead');
  const x = await figures(t, f, T0 + 60_000);
  t.match(x['sales'], { answered: 1, transfers: 0, escalations: 1, handled: 0 });
  t.match(x['tier2'], { answered: 1, answeredInSl: 1, escalations: 0, handled: 1 }, "the escalation queue's service level is measured");
});

t.test('transfer figures - the customer leaves during a consult: handed on, abandoned in the queue it waited in', async (t) => {
  const f = floorOf();
  f.chat('c5');
  f.at(1);
  f.r.acceptOffer('a1', 'c5');
  f.r.setPresence('lead', 'away', 'break');
  f.at(5);
  f.r.transferContact('a1', 'c5', { queueId: 'tier2', consult: true });
  f.at(9);
  f.r.abandonContact('c5');
  const x = await figures(t, f, T0 + 9_000);
  t.match(x['sales'], { answered: 1, transfers: 1, abandoned: 0 });
  t.match(x['tier2'], { abandoned: 1, answered: 0 });
});

t.test('transfer figures - requeued after a logout: not answered twice', async (t) => {
  const f = floorOf();
  f.chat('c6');
  f.at(4);
  f.r.acceptOffer('a1', 'c6');
  f.r.logoutAgent('a1', { force: true });
  f.r.loginAgent('a2', agentProfile(['sales'], { capacity: { chat: 2 } }), { presence: 'available' });
  f.at(40);
  f.r.acceptOffer('a2', 'c6');
  const x = await figures(t, f, T0 + 40_000);
  t.match(x['sales'], { answered: 1, answeredInSl: 1 });
});

t.test('transfer figures - a transfer within the queue to a named agent: a transfer, not a second answer', async (t) => {
  const f = floorOf();
  f.r.loginAgent('a2', agentProfile(['sales'], { capacity: { chat: 2 } }), { presence: 'available' });
  f.chat('c7');
  f.at(1);
  const first = f.r.contact('c7')!.agentId!;
  f.r.acceptOffer(first, 'c7');
  f.r.transferContact(first, 'c7', { agentId: first === 'a1' ? 'a2' : 'a1' });
  f.at(50);
  f.r.acceptOffer(first === 'a1' ? 'a2' : 'a1', 'c7');
  const x = await figures(t, f, T0 + 50_000);
  t.match(x['sales'], { answered: 1, answeredInSl: 1, transfers: 1 });
});
