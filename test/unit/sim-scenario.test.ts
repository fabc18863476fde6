import t from 'tap';
import { parseConfig } from '../../src/config/schema.js';
import { demoConfig } from '../../src/config/demo.js';
import { parseScenario, ScenarioError } from '../../src/sim/scenario-schema.js';
import { parseTrace } from '../../src/sim/trace-format.js';

const config = parseConfig(demoConfig);

const base = {
  day: { start: '08:00', end: '10:00', intervalMinutes: 30 },
  arrivals: [{ queue: 'support-en', channel: 'voice', volumes: [10, 20, 30, 20] }],
  agents: [{ group: 'en', count: 3, profile: 'alice' }],
};

function problems(input: unknown, files: Record<string, string> = {}): string[] {
  try {
    parseScenario(input, config, {
      readFile: (f) =>
        files[f] ??
        (() => {
          throw new Error('ENOENT');
        })(),
    });
  } catch (e) {
    if (e instanceof ScenarioError) return [...e.problems];
    throw e;
  }
  return [];
}

t.test('sim scenario - a valid scenario is resolved against the config', async (t) => {
  const s = parseScenario(base, config);
  t.equal(s.day.startMs, 8 * 3_600_000);
  t.equal(s.day.intervalMs, 1_800_000);
  t.same(s.streams[0]!.volumes, [10, 20, 30, 20]);
  t.same(s.streams[0]!.tier, [['standard', 1]]);
  t.same(s.agents[0]!.profile.queues, ['support-en'], 'the profile comes from the config');
  t.equal(s.agents[0]!.startMs, s.day.startMs, 'no shift: the whole day');
  const perHour = parseScenario({ ...base, arrivals: [{ queue: 'support-en', channel: 'chat', perHour: 60, tier: { standard: 3, prime: 1 } }] }, config);
  t.same(perHour.streams[0]!.volumes, [30, 30, 30, 30]);
  t.same(perHour.streams[0]!.tier, [
    ['standard', 0.75],
    ['prime', 0.25],
  ]);
});

t.test('sim scenario - every problem is named by its field', async (t) => {
  t.match(problems({ ...base, day: { start: '8h', end: '10:00' } }), [/^day\.start: must be a time of day/]);
  t.match(problems({ ...base, day: { start: '10:00', end: '08:00' } }), [/^day\.end: end must be after start/]);
  t.match(problems({ ...base, arrivals: [{ queue: 'nowhere', channel: 'voice', perHour: 5 }] }), [/^arrivals\.0\.queue: unknown queue "nowhere"/]);
  t.match(problems({ ...base, arrivals: [{ queue: 'support-en', channel: 'social', perHour: 5 }] }), [
    /^arrivals\.0\.channel: queue support-en does not take social/,
  ]);
  t.match(problems({ ...base, arrivals: [{ queue: 'support-en', channel: 'voice', volumes: [1, 2] }] }), [/^arrivals\.0\.volumes: 2 values for 4 intervals/]);
  t.match(problems({ ...base, arrivals: [{ queue: 'support-en', channel: 'voice', perHour: 5, tier: 'gold' }] }), [/^arrivals\.0\.tier: unknown tier "gold"/]);
  t.match(problems({ ...base, arrivals: [{ queue: 'support-en', channel: 'voice' }] }), [/^arrivals\.0: give either volumes/]);
  t.match(problems({ ...base, arrivals: [{ queue: 'support-en', channel: 'voice', perHour: 5, handle: { dist: 'gamma', mean: 3 } }] }), [
    /^arrivals\.0\.handle\.dist/,
  ]);
  t.match(problems({ ...base, arrivals: [{ queue: 'support-en', channel: 'voice', perHour: 5, handle: { dist: 'exponential', mean: -3 } }] }), [
    /^arrivals\.0\.handle\.mean/,
  ]);
  t.match(problems({ ...base, arrivals: [{ queue: 'support-en', channel: 'voice', perHour: 5, handoff: {} }] }), [
    /^arrivals\.0\.handoff: a bot hand-off is a chat/,
  ]);
  t.match(problems({ ...base, arrivals: [{ queue: 'support-en', channel: 'chat', perHour: 5, callback: { afterSeconds: 60, probability: 0.5 } }] }), [
    /^arrivals\.0\.callback: only callers/,
  ]);
  t.match(problems({ ...base, arrivals: [{ queue: 'support-en', channel: 'voice', perHour: 5, handle: { dist: 'empirical', file: 'h.csv' } }] }), [
    /^arrivals\.0\.handle\.file: cannot read h\.csv/,
  ]);
  t.match(problems({ ...base, agents: [{ group: 'x', count: 1, profile: 'zed' }] }), [/^agents\.0\.profile: no agent profile "zed"/]);
  t.match(problems({ ...base, agents: [{ group: 'x', count: 1, profile: { languages: ['en'], capacity: { voice: 1 }, queues: ['nope'] } }] }), [
    /^agents\.0\.profile\.queues\.0: unknown queue "nope"/,
  ]);
  t.match(
    problems({ ...base, agents: [{ group: 'x', count: 1, profile: 'alice', shift: { start: '09:00', end: '12:00', breaks: [{ at: '13:00', minutes: 5 }] } }] }),
    [/^agents\.0\.shift\.breaks\.0\.at: 13:00 is outside the shift/],
  );
  t.match(problems({ ...base, agents: [{ group: 'x', count: 1, profile: 'alice', rejectProbability: 0.7, missProbability: 0.6 }] }), [
    /^agents\.0\.missProbability: rejectProbability \+ missProbability must be <= 1/,
  ]);
  t.match(problems({ ...base, agents: [...base.agents, { group: 'en', count: 1, profile: 'bruno' }] }), [/^agents\.1\.group: duplicate group "en"/]);
  t.match(problems({ ...base, surprise: true }), [/surprise/]);
  // Several problems at once, all listed.
  t.equal(problems({ ...base, arrivals: [{ queue: 'nowhere', channel: 'voice', perHour: 5 }], agents: [{ group: 'x', count: 1, profile: 'zed' }] }).length, 2);
});

t.test('sim scenario - empirical values and a trace come from files', async (t) => {
  const s = parseScenario(
    {
      ...base,
      arrivals: [{ queue: 'support-en', channel: 'voice', perHour: 5, handle: { dist: 'empirical', file: 'handle.csv', column: 'talk' } }],
      trace: { file: 'day.ndjson' },
    },
    config,
    {
      readFile: (f) =>
        ({
          'handle.csv': 'id,talk\n1,120\n2,240\n',
          'day.ndjson':
            '{"arrival":"08:00:05","queue":"support-fr","channel":"chat","language":"fr-CA","tier":"prime","skills":{"tech":2},"handleSeconds":300}\n{"arrival":3,"queue":"support-en","channel":"voice","handleSeconds":60,"patienceSeconds":"none"}\n',
        })[f]!,
    },
  );
  const handle = s.streams[0]!.handle;
  t.same(handle.dist === 'empirical' && handle.values, [120, 240]);
  t.equal(s.trace.length, 2);
  t.equal(s.trace[0]!.atMs, 8 * 3_600_000 + 3000, 'sorted by arrival; a number is seconds after the day starts');
  t.equal(s.trace[0]!.patienceSeconds, Infinity);
  t.same(s.trace[1]!.skills, { tech: 2 });
  t.equal(s.trace[1]!.tier, 'prime');
});

t.test('sim trace - CSV with a header, quotes and errors by line', async (t) => {
  const ok = parseTrace(
    'arrival,queue,channel,language,tier,skills,handleSeconds,patienceSeconds,wrapUpSeconds,customer,intent\n' +
      '08:00:10,support-en,chat,en,standard,"billing:3 tech:1",400,,15,cust-1,billing\n' +
      '08:00:01,support-en,voice,en-CA,prime,,200,90,,,\n',
    'csv',
    8 * 3_600_000,
  );
  t.same(ok.problems, []);
  t.equal(ok.records[0]!.channel, 'voice');
  t.equal(ok.records[0]!.patienceSeconds, 90);
  t.equal(ok.records[1]!.wrapUpSeconds, 15);
  t.same(ok.records[1]!.skills, { billing: 3, tech: 1 });
  t.equal(ok.records[1]!.intent, 'billing');
  t.equal(ok.records[1]!.patienceSeconds, undefined, 'empty: the scenario default');
  const bad = parseTrace('arrival,queue,channel,handleSeconds\nnoon,support-en,voice,60\n08:00:00,support-en,fax,60\n08:00:00,support-en,voice,-1\n', 'csv', 0);
  t.match(bad.problems, [/^line 2: arrival/, /^line 3: channel/, /^line 4: handleSeconds/]);
  t.match(parseTrace('queue,channel\n', 'csv', 0).problems, [/no arrival column/, /no handleSeconds column/]);
  t.match(parseTrace('{"arrival": 1\n', 'ndjson', 0).problems, [/^line 1: /]);
  // Unknown queues in a trace are reported against the configuration.
  t.throws(
    () =>
      parseScenario({ ...base, arrivals: [], trace: { file: 't.csv' } }, config, {
        readFile: () => 'arrival,queue,channel,handleSeconds\n08:00:00,nowhere,voice,60\n',
      }),
    /trace\.file: record 2\.queue: unknown queue "nowhere"/,
  );
});
