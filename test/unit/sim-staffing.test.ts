import t from 'tap';
import { renderChart } from '../../src/sim/chart-svg.js';
import { erlangCAgents } from '../../src/sim/erlang.js';
import { renderStaffing, renderTables } from '../../src/sim/report-table.js';
import { parseScenario } from '../../src/sim/scenario-schema.js';
import { simulate } from '../../src/sim/simulate.js';
import { erlangCStaffing, parseStaffingTarget, searchStaffing } from '../../src/sim/staffing.js';
import { mmcConfig, VOICE_AGENT } from '../fixtures/sim-scenarios.js';

t.test('sim staffing - targets read as percent/seconds', async (t) => {
  t.same(parseStaffingTarget('80/20'), { target: 0.8, thresholdSeconds: 20 });
  t.same(parseStaffingTarget(' 90.5/15 '), { target: 0.905, thresholdSeconds: 15 });
  for (const bad of ['80', '0/20', '120/20', '80/', 'eighty/20']) t.equal(parseStaffingTarget(bad), null, bad);
});

// One queue, steady traffic all day: the simulated answer should land on Erlang C's, give or take an agent.
const config = mmcConfig();
const rate = 100 / 1800; // 10 erlangs at 180 s
const scenario = parseScenario(
  {
    day: { start: '08:00', end: '16:00', intervalMinutes: 60 },
    arrivals: [{ queue: 'q', channel: 'voice', perHour: rate * 3600, handle: { dist: 'exponential', mean: 180 } }],
    agents: [{ group: 'day', count: 10, profile: VOICE_AGENT }],
  },
  config,
);

t.test('sim staffing - the search lands beside Erlang C on an M/M/c day', async (t) => {
  const target = { target: 0.8, thresholdSeconds: 20 };
  const s = searchStaffing(config, scenario, target, { replications: 4, seed: 3 });
  const erlang = erlangCAgents(rate, 180, 20, 0.8);
  t.equal(erlang, 14);
  t.ok(s.met);
  t.ok(Math.abs(s.groups[0]!.after - erlang) <= 1, `simulated ${s.groups[0]!.after} vs Erlang C ${erlang}`);
  t.equal(s.groups[0]!.before, 10);
  t.ok(s.serviceLevels[0]!.serviceLevel! >= 0.8);
  const e = erlangCStaffing(config, scenario, target);
  t.equal(e.length, 1);
  t.equal(e[0]!.peakAgents, 14);
  t.ok(Math.abs(e[0]!.agentHours - 14 * 8) < 1e-9);
  t.match(renderStaffing(s), /Staffing for 80\/20.*met/);
});

t.test('sim report - tables and chart carry every row', async (t) => {
  const f = simulate(config, scenario, { replications: 2, seed: 1 });
  const text = renderTables(f);
  for (const k of ['floor', 'queue:q', 'channel:voice', 'tier:standard', 'stream:q/voice', 'agent group']) t.match(text, k);
  const svg = renderChart(f);
  t.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  t.match(svg, /<\/svg>\n$/);
  t.notMatch(svg, /NaN|undefined|Infinity/);
  // No element repeats an attribute (an XML error that stops browsers drawing the rest).
  for (const tag of svg.match(/<[a-z]+ [^>]*>/g) ?? []) {
    const names = [...tag.matchAll(/ ([a-z-]+)="/g)].map((m) => m[1]);
    if (new Set(names).size !== names.length) t.fail(`repeated attribute in ${tag}`);
  }
  t.match(svg, /Service level/);
});
