import t from 'tap';
import { parseConfig } from '../../src/config/schema.js';
import { demoConfig } from '../../src/config/demo.js';
import { erlangA, erlangCFigures } from '../../src/sim/erlang.js';
import type { RowFigures, SimulationFigures } from '../../src/sim/figures.js';
import { parseScenario } from '../../src/sim/scenario-schema.js';
import { simulate } from '../../src/sim/simulate.js';
import type { ContactOutcome } from '../../src/sim/simulator.js';
import { mmcConfig, mmcScenario, VOICE_AGENT } from '../fixtures/sim-scenarios.js';

const row = (f: SimulationFigures, key: string): RowFigures => {
  const r = f.rows.find((x) => x.key === key);
  if (r === undefined) throw new Error(`no row ${key}`);
  return r;
};
const mean = (r: RowFigures, k: keyof RowFigures): number => {
  const v = r[k] as { mean: number } | null;
  if (v === null) throw new Error(`${String(k)} is undefined in ${r.key}`);
  return v.mean;
};

/** Three calls 10 s apart to one agent, 30 s each: waits 0, 20 and 40 s. */
function threeCalls(wrapUpSeconds: number) {
  const config = mmcConfig({ autoAccept: false, wrapUpSeconds });
  const scenario = parseScenario(
    {
      day: { start: '00:00', end: '00:10', intervalMinutes: 5 },
      trace: { file: 'calls.csv' },
      agents: [{ group: 'solo', count: 1, profile: VOICE_AGENT }],
    },
    config,
    { readFile: () => 'arrival,queue,channel,handleSeconds\n0,q,voice,30\n10,q,voice,30\n20,q,voice,30\n' },
  );
  return { config, scenario };
}

t.test('sim - a hand-computed day: waits, service level, occupancy', async (t) => {
  const { config, scenario } = threeCalls(0);
  const outcomes: ContactOutcome[] = [];
  const f = simulate(config, scenario, { replications: 1, onContact: (c) => outcomes.push(c) });
  const floor = row(f, 'floor');
  t.equal(mean(floor, 'contacts'), 3);
  t.equal(mean(floor, 'answered'), 3);
  t.same(
    outcomes.map((o) => [o.id, o.outcome, o.wait, o.agent]),
    [
      ['c1', 'answered', 0, 'solo-1'],
      ['c2', 'answered', 20, 'solo-1'],
      ['c3', 'answered', 40, 'solo-1'],
    ],
  );
  t.equal(mean(floor, 'asa'), 20);
  t.equal(mean(floor, 'meanWait'), 20);
  t.ok(Math.abs(mean(floor, 'serviceLevel') - 2 / 3) < 1e-12, 'waits of 0 and 20 s are within 20 s');
  t.ok(Math.abs(mean(floor, 'pWait') - 2 / 3) < 1e-12);
  t.ok(Math.abs(mean(floor, 'p90Wait') - 40) < 0.2);
  t.ok(Math.abs(mean(floor, 'occupancy') - 90 / 600) < 1e-9, 'busy 90 s of a 10-minute shift');
  t.equal(mean(floor, 'handledPerAgent'), 3);
  t.equal(mean(floor, 'meanHandle'), 30);
  t.equal(f.agentGroups[0]!.handledPerAgent!.mean, 3);
  // The server would have announced: (ahead + 1) x the default holding time (180 s, no call has closed yet) / 1 slot.
  t.same(
    outcomes.map((o) => Math.round(o.announced!)),
    [0, 180, 360],
  );
  t.same(
    outcomes.map((o) => o.queued),
    [false, true, true],
  );
  t.equal(f.series.find((s) => s.key === 'floor')!.contacts[0], 3, 'all three in the first interval');
});

t.test('sim - wrap-up holds the agent: the next wait grows by it', async (t) => {
  const { config, scenario } = threeCalls(10);
  const outcomes: ContactOutcome[] = [];
  simulate(config, scenario, { replications: 1, onContact: (c) => outcomes.push(c) });
  t.same(
    outcomes.map((o) => o.wait),
    [0, 30, 60],
  );
});

const demo = parseConfig(demoConfig);
const busyDay = {
  name: 'busy',
  day: { start: '08:00', end: '11:00', intervalMinutes: 30 },
  defaults: { handle: { dist: 'lognormal', mean: 240, sd: 150 }, patience: { dist: 'exponential', mean: 120 } },
  arrivals: [
    {
      name: 'en-voice',
      queue: 'support-en',
      channel: 'voice',
      tier: { standard: 0.7, prime: 0.3 },
      perHour: 90,
      callback: { afterSeconds: 60, probability: 0.3, reachProbability: 0.7 },
      redial: { probability: 0.5, after: { dist: 'exponential', mean: 300 } },
    },
    { name: 'fr-voice', queue: 'support-fr', channel: 'voice', language: 'fr-CA', perHour: 30 },
    { name: 'bot', queue: 'support-en', channel: 'chat', handoff: { intent: 'billing' }, perHour: 40, customers: 50 },
    { name: 'mail', queue: 'support-en', channel: 'email', perHour: 10, patience: 'none' },
  ],
  agents: [
    {
      group: 'en',
      count: 4,
      profile: 'alice',
      rejectProbability: 0.1,
      missProbability: 0.1,
      ring: { dist: 'uniform', min: 1, max: 5 },
      shift: { start: '08:00', end: '11:00', breaks: [{ at: '09:00', minutes: 15, spreadMinutes: 30 }] },
    },
    { group: 'bi', count: 2, profile: 'bruno', shift: { start: '08:30', end: '10:30' } },
    { group: 'fr', count: 1, profile: 'chloe' },
  ],
};

t.test('sim - the same seed gives the same figures, to the digit; another seed does not', async (t) => {
  const scenario = parseScenario(busyDay, demo);
  const a = JSON.stringify(simulate(demo, scenario, { replications: 2, seed: 11 }));
  const b = JSON.stringify(simulate(demo, scenario, { replications: 2, seed: 11 }));
  t.equal(a, b);
  t.not(JSON.stringify(simulate(demo, scenario, { replications: 2, seed: 12 })), a);
});

t.test('sim - every contact ends one way: answered, abandoned, refused, unreached or unserved', async (t) => {
  const scenario = parseScenario(busyDay, demo);
  const outcomes = new Map<string, number>();
  const f = simulate(demo, scenario, { replications: 1, seed: 5, onContact: (c) => outcomes.set(c.outcome, (outcomes.get(c.outcome) ?? 0) + 1) });
  const floor = row(f, 'floor');
  const n = (k: keyof RowFigures) => (floor[k] as { mean: number } | null)?.mean ?? 0;
  const total = [...outcomes.values()].reduce((s, x) => s + x, 0);
  t.equal(total, n('contacts'), 'one outcome per contact');
  t.equal(outcomes.get('answered') ?? 0, n('answered'));
  t.equal(outcomes.get('abandoned') ?? 0, n('abandoned'));
  t.equal((outcomes.get('unserved') ?? 0) + (outcomes.get('unreached') ?? 0) + n('answered') + n('abandoned') + n('refused'), n('contacts'));
  t.ok(n('abandoned') > 0 && n('callbacks') > 0, 'abandons and callbacks happened');
  t.ok(mean(row(f, 'stream:bot'), 'answered') > 0);
  // Rows add up: the queues' contacts are the floor's.
  t.equal(mean(row(f, 'queue:support-en'), 'contacts') + mean(row(f, 'queue:support-fr'), 'contacts'), n('contacts'));
  t.equal(mean(row(f, 'tier:prime'), 'contacts') + mean(row(f, 'tier:standard'), 'contacts'), n('contacts'));
  // The demo's French queue has a mandatory wrap-up with no time box: the simulated agents finish it.
  t.equal(mean(row(f, 'queue:support-fr'), 'unserved'), 0);
  t.ok(f.agentGroups.every((g) => (g.occupancy?.mean ?? 0) > 0 && (g.occupancy?.mean ?? 1) < 1));
});

t.test('sim - an agent who misses every offer is set away by the router and comes back', async (t) => {
  const config = parseConfig({ queues: [{ id: 'q', channels: ['voice'], offerTimeoutSeconds: 5, wrapUpSeconds: 0 }], missedOffersLimit: 2 });
  const scenario = parseScenario(
    {
      day: { start: '00:00', end: '01:00' },
      arrivals: [{ queue: 'q', channel: 'voice', perHour: 30, patience: { dist: 'fixed', value: 120 } }],
      agents: [{ group: 'sleepy', count: 1, profile: VOICE_AGENT, missProbability: 1, awayAfterMissedSeconds: 30 }],
    },
    config,
  );
  const f = simulate(config, scenario, { replications: 1 });
  const floor = row(f, 'floor');
  t.equal(mean(floor, 'answered'), 0);
  t.equal(mean(floor, 'abandonRate'), 1, 'nobody answers: everyone hangs up after 120 s');
  // Rang, set away, back after 30 s, rang again...: busy only while offers ring.
  t.ok(mean(floor, 'occupancy') > 0);
});

t.test('sim - nobody on shift: contacts wait until someone logs in, or stay unserved', async (t) => {
  const config = mmcConfig();
  const scenario = parseScenario(
    {
      day: { start: '08:00', end: '10:00' },
      arrivals: [{ queue: 'q', channel: 'voice', perHour: 20, handle: { dist: 'fixed', value: 10 } }],
      agents: [{ group: 'late', count: 1, profile: VOICE_AGENT, shift: { start: '09:00', end: '09:30' } }],
    },
    config,
  );
  const outcomes: ContactOutcome[] = [];
  simulate(config, scenario, { replications: 1, seed: 3, onContact: (c) => outcomes.push(c) });
  const early = outcomes.filter((o) => o.arrival < 9 * 3600);
  t.ok(early.length > 0 && early.every((o) => o.outcome === 'answered' && o.wait >= 9 * 3600 - o.arrival - 1e-6), 'served from 09:00');
  const late = outcomes.filter((o) => o.arrival >= 9.5 * 3600);
  t.ok(late.length > 0 && late.every((o) => o.outcome === 'unserved'), 'after the shift: unserved');
  t.ok(
    late.every((o) => o.wait >= 0 && o.wait < 3600),
    'waits in seconds, until the run ended',
  );
});

t.test('sim - M/M/c against Erlang C, M/M/c+M against Erlang A (small runs, loose bounds; the bench holds 2 %)', async (t) => {
  const c = mmcConfig();
  const { scenario, arrivalRate } = mmcScenario(c, { agents: 5, load: 0.7, aht: 100, contacts: 40_000 });
  const f = simulate(c, scenario, { replications: 1, seed: 2, announce: false });
  const ec = erlangCFigures(5, arrivalRate, 100, 20);
  const floor = row(f, 'floor');
  t.ok(Math.abs(mean(floor, 'pWait') / ec.pWait - 1) < 0.08, `P(wait) ${mean(floor, 'pWait')} vs ${ec.pWait}`);
  t.ok(Math.abs(mean(floor, 'asa') / ec.asa - 1) < 0.15, `ASA ${mean(floor, 'asa')} vs ${ec.asa}`);
  t.ok(Math.abs(mean(floor, 'occupancy') - 0.7) < 0.02);

  const a = simulate(c, mmcScenario(c, { agents: 5, load: 1, aht: 100, contacts: 40_000, patience: 100 }).scenario, {
    replications: 1,
    seed: 2,
    announce: false,
  });
  const ea = erlangA(5, 5 / 100, 100, 100);
  const fa = row(a, 'floor');
  t.ok(Math.abs(mean(fa, 'pWait') / ea.pWait - 1) < 0.08, `P(wait) ${mean(fa, 'pWait')} vs ${ea.pWait}`);
  t.ok(Math.abs(mean(fa, 'abandonRate') / ea.pAbandon - 1) < 0.08, `abandon ${mean(fa, 'abandonRate')} vs ${ea.pAbandon}`);
});

t.test('sim - Prime contacts wait less, by at most the bonus; standard ones are all served', async (t) => {
  const config = parseConfig({
    queues: [{ id: 'q', channels: ['voice'], autoAccept: true, wrapUpSeconds: 0, offerTimeoutSeconds: 600 }],
    tiers: { prime: { bonusSeconds: 60 } },
  });
  const scenario = parseScenario(
    {
      day: { start: '00:00', end: '12:00', warmupMinutes: 60 },
      arrivals: [
        { queue: 'q', channel: 'voice', perHour: (0.95 * 5 * 3600) / 100, tier: { standard: 0.7, prime: 0.3 }, handle: { dist: 'exponential', mean: 100 } },
      ],
      agents: [{ group: 'a', count: 5, profile: VOICE_AGENT, shift: { start: '00:00', end: '14:00' } }],
    },
    config,
  );
  const f = simulate(config, scenario, { replications: 2, seed: 4, announce: false });
  const prime = row(f, 'tier:prime');
  const standard = row(f, 'tier:standard');
  const gap = mean(standard, 'asa') - mean(prime, 'asa');
  t.ok(gap > 10 && gap <= 60, `standard waits ${gap.toFixed(1)} s longer`);
  t.equal(mean(standard, 'unserved'), 0);
  t.equal(mean(standard, 'answered'), mean(standard, 'contacts'));
});

t.test('sim - announcements can be turned off', async (t) => {
  const { config, scenario } = threeCalls(0);
  const f = simulate(config, scenario, { replications: 1, announce: false });
  t.equal(row(f, 'floor').announcedMae, null);
});

t.test('sim - a call past its maximum wait leaves a voicemail: a later email contact agents handle', async (t) => {
  // Calls at 0, 10, 20 s of 30 s each to one voice agent; the queue's maximum wait is 25 s: the third call
  // (agent busy until 60 s) becomes an email in `mail` at 45 s, taken at once by the mail agent.
  const config = parseConfig({
    queues: [
      { id: 'q', channels: ['voice'], autoAccept: true, wrapUpSeconds: 0, maxWait: { afterSeconds: 25, action: 'voicemail', queueId: 'mail' } },
      { id: 'mail', channels: ['email'], autoAccept: true, wrapUpSeconds: 0 },
    ],
  });
  const scenario = parseScenario(
    {
      day: { start: '00:00', end: '00:10', intervalMinutes: 5 },
      trace: { file: 'calls.csv' },
      agents: [
        { group: 'solo', count: 1, profile: VOICE_AGENT },
        { group: 'mail', count: 1, profile: { languages: ['en'], capacity: { email: 1 }, queues: ['mail'] } },
      ],
    },
    config,
    { readFile: () => 'arrival,queue,channel,handleSeconds\n0,q,voice,30\n10,q,voice,30\n20,q,voice,30\n' },
  );
  const outcomes: ContactOutcome[] = [];
  const f = simulate(config, scenario, { replications: 1, onContact: (c) => outcomes.push(c) });
  t.same(
    outcomes.map((o) => [o.id, o.queue, o.channel, o.outcome, o.wait, o.agent]),
    [
      ['c1', 'q', 'voice', 'answered', 0, 'solo-1'],
      ['c2', 'q', 'voice', 'answered', 20, 'solo-1'],
      ['c3', 'q', 'voice', 'voicemail', 25, null],
      ['c3:voicemail', 'mail', 'email', 'answered', 0, 'mail-1'],
    ],
  );
  const q = row(f, 'queue:q');
  t.equal(mean(q, 'voicemails'), 1, 'the call counts as a voicemail in its queue');
  t.equal(mean(q, 'abandoned'), 0, 'not as an abandon');
  t.equal(mean(q, 'meanWait'), 15, 'its wait counts: (0 + 20 + 25) / 3');
  const mail = row(f, 'queue:mail');
  t.equal(mean(mail, 'contacts'), 1, 'the email arrives in its queue');
  t.equal(mean(mail, 'answered'), 1);
  t.equal(mean(row(f, 'channel:email'), 'answered'), 1);
  t.equal(mean(row(f, 'floor'), 'contacts'), 4, 'the floor counts the email as a contact of its own');
  t.equal(f.agentGroups.find((g) => g.group === 'mail')?.handledPerAgent?.mean, 1, 'handled by the mail agent');
});
