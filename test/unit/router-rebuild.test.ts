/**
 * The core can be rebuilt from a snapshot plus the events recorded after it
 * (what persistence relies on): on random command sequences, a router
 * restored from a snapshot taken midway and the events since holds exactly
 * the original's state, and from then on both behave identically.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import t from 'tap';
import { Router, type CoreConfig, type CoreEvent, type CoreSnapshot } from '../../src/core/index.js';
import { ManualClock } from '../fixtures/manual-clock.js';
import { agentCount, commandsArb, configArb, Driver, hasHours, perform, startArb, type Command, type Shape } from '../fixtures/routing-scenarios.js';

/** Snapshots and events go through JSON on their way to a store and back. */
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function step(router: Router, others: readonly Router[], driver: Driver, clock: ManualClock, cmd: Command, where: string): void {
  const action = driver.resolve(cmd, router.contacts(), router.agents(), clock.now());
  if (action.op === 'advance') clock.advance(action.ms);
  const error = perform(router, action);
  for (const other of others) {
    assert.equal(perform(other, action), error, `${where} ${JSON.stringify(action)}: the rebuilt router answers differently`);
  }
}

/** Integration reports that only the snapshot carries (connected, on hold): every few commands, on an active contact. */
function report(router: Router, others: readonly Router[], i: number): void {
  const active = [...router.contacts()].filter((c) => c.state === 'active').sort((x, y) => x.seq - y.seq);
  const c = active[i % Math.max(active.length, 1)];
  if (i % 3 !== 0 || c === undefined) return;
  const act = (r: Router): void => (c.connectedAt === null ? r.markConnected(c.id) : r.setHold(c.id, !c.onHold));
  for (const r of [...others, router]) act(r);
}

/**
 * Runs `commands` on a router; at `cut` takes a snapshot, at `replay` rebuilds
 * a second router from it plus the events since, then runs the rest on both.
 */
function rebuildScenario(config: CoreConfig, start: number, shape: Shape, commands: readonly Command[], cut: number, replay: number): void {
  // With hours of operation, a clock in 2026 (startArb: near daylight-saving changes and holidays).
  const clock = hasHours(config) ? new ManualClock(start) : new ManualClock();
  const router = new Router(config, clock);
  const driver = new Driver(config, agentCount(shape));
  let snapshot: CoreSnapshot | null = null;
  let rebuilt: Router | null = null;
  commands.forEach((cmd, i) => {
    if (i === cut) {
      router.drainEvents();
      // The live view (no copy), serialized at once as the Redis store does, says the same as the copy.
      assert.equal(JSON.stringify(router.snapshot({ copy: false })), JSON.stringify(router.snapshot()), `#${i}: the live snapshot differs from the copy`);
      snapshot = viaJson(router.snapshot({ copy: i % 2 === 0 }));
      // A snapshot alone rebuilds the state at the cut.
      const alone = Router.restore(config, clock, viaJson(snapshot));
      assert.deepEqual(alone.snapshot(), snapshot, `#${i}: a router restored from a snapshot alone differs`);
    }
    if (i === replay && snapshot !== null) {
      const events: CoreEvent[] = viaJson(router.drainEvents());
      rebuilt = Router.restore(config, clock, snapshot, events);
      assert.deepEqual(rebuilt.snapshot(), router.snapshot(), `#${i}: snapshot + ${events.length} events rebuild a different state`);
    }
    const others: Router[] = rebuilt === null ? [] : [rebuilt];
    step(router, others, driver, clock, cmd, `#${i}`);
    report(router, others, i);
    if (rebuilt !== null) {
      const expected = router.drainEvents();
      assert.deepEqual(rebuilt.drainEvents(), expected, `#${i}: the rebuilt router emits different events`);
      assert.deepEqual(rebuilt.snapshot(), router.snapshot(), `#${i}: the rebuilt router drifts`);
    }
  });
}

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1);

/**
 * Fresh draws every run; PROPERTY_SEED (and PROPERTY_PATH) replay a failure
 * fast-check reported. Seed 360558380 found a restore that moved a contact
 * waiting in a closed queue for a reason of its own (a voicemail), taking it
 * for one a missed closing left: test/unit/router-hours.test.ts.
 */
const SEED = process.env.PROPERTY_SEED === undefined || process.env.PROPERTY_SEED === 'random' ? undefined : Number(process.env.PROPERTY_SEED);

t.test('router - rebuilt from a snapshot plus the events after it, then behaves identically', async (t) => {
  const plan = [
    ['mixed', 600, 60],
    ['busy', 600, 60],
    ['crowd', 10, 120],
  ] as const;
  for (const [shape, numRuns, maxLength] of plan) {
    fc.assert(
      fc.property(configArb, startArb, commandsArb(shape, maxLength), fc.nat(), fc.nat(), (config, start, commands, a, b) => {
        const cut = a % commands.length;
        const replay = cut + (b % (commands.length - cut));
        rebuildScenario(config, start, shape, commands, cut, replay);
      }),
      {
        numRuns: Math.round(numRuns * RUNS),
        ...(SEED === undefined ? {} : { seed: SEED }),
        ...(process.env.PROPERTY_PATH === undefined ? {} : { path: process.env.PROPERTY_PATH }),
      },
    );
  }
  t.pass('restored routers match the original');
});

t.test('router - a snapshot taken with due but unfired timers restores to the same behaviour', async (t) => {
  const config: CoreConfig = { queues: [{ id: 'q0', channels: ['chat'], offerTimeoutSeconds: 5, wrapUpSeconds: 3 }] };
  const clock = new ManualClock();
  const router = new Router(config, clock);
  router.loginAgent('a1', { skills: {}, languages: ['en'], capacity: { chat: 2 }, queues: ['q0'] }, { presence: 'available' });
  router.createContact({ id: 'c1', queueId: 'q0', channel: 'chat', language: 'en', customer: { id: 'u1', tier: 'standard' } });
  router.createContact({ id: 'c2', queueId: 'q0', channel: 'chat', language: 'en', customer: { id: 'u2', tier: 'standard' } });
  router.acceptOffer('a1', 'c1');
  router.endContact('c1', 'agent', 'a1');
  clock.advance(10_000); // both the ring timeout of c2 and the wrap-up of c1 are due, neither fired
  const restored = Router.restore(config, clock, viaJson(router.snapshot()));
  t.same(restored.snapshot(), router.snapshot());
  restored.drainEvents();
  router.drainEvents();
  router.advance();
  restored.advance();
  const events = router.drainEvents();
  t.same(restored.drainEvents(), events);
  t.same(
    events.map((e) => [e.type, e.at]),
    [
      ['contact.closed', 1_003_000],
      ['contact.offer_expired', 1_005_000],
    ],
  );
  t.same(restored.snapshot(), router.snapshot());
});

t.test('router - a rebuilt router re-checks skips at logout like the original', async (t) => {
  // Found by the property above: the rebuilt router had never counted the
  // agents able to serve the contact's skip-if-unserved level, so the logout
  // of the last of them did not skip the contact on.
  const config: CoreConfig = {
    queues: [{ id: 'q0', channels: ['social'], steps: [{ afterSeconds: 0, skipIfUnserved: true }, { afterSeconds: 1 }] }],
  };
  const clock = new ManualClock();
  const router = new Router(config, clock);
  const snapshot = viaJson(router.snapshot());
  router.loginAgent('a1', { skills: { tech: 2 }, languages: ['en'], capacity: {}, queues: ['q0'] }, { presence: 'available' });
  router.createContact({ id: 'c1', queueId: 'q0', channel: 'social', language: 'en', skills: { tech: 2 }, customer: { id: 'u1', tier: 'standard' } });
  t.equal(router.contact('c1')?.step, 1);
  const rebuilt = Router.restore(config, clock, snapshot, viaJson(router.drainEvents()));
  router.logoutAgent('a1');
  rebuilt.logoutAgent('a1');
  t.equal(router.contact('c1')?.step, 2, 'nobody left to serve level 1: skipped to level 2');
  t.same(rebuilt.drainEvents(), router.drainEvents());
  t.same(rebuilt.snapshot(), router.snapshot());
});
