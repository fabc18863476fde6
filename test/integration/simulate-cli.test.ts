import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import t from 'tap';
import { main } from '../../src/cli/main.js';
import { runSimulate } from '../../src/cli/simulate-command.js';

const dir = mkdtempSync(path.join(tmpdir(), 'switchboard-sim-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: unknown) => {
  const p = path.join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runSimulate(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

const config = file('cc.json', {
  queues: [{ id: 'sales', channels: ['voice', 'chat'], serviceLevel: { thresholdSeconds: 30, target: 0.9 } }],
  tiers: { prime: { bonusSeconds: 60 } },
  agents: { rep: { languages: ['en'], capacity: { voice: 1, chat: 2 }, queues: ['sales'] } },
});
const day = {
  name: 'small day',
  day: { start: '09:00', end: '11:00' },
  arrivals: [
    {
      queue: 'sales',
      channel: 'voice',
      perHour: 40,
      tier: { standard: 0.8, prime: 0.2 },
      handle: { dist: 'exponential', mean: 200 },
      patience: { dist: 'exponential', mean: 300 },
    },
    { queue: 'sales', channel: 'chat', perHour: 20, handle: { dist: 'exponential', mean: 400 } },
  ],
  agents: [{ group: 'reps', count: 3, profile: 'rep' }],
};

t.test('simulate cli - table on stdout, figures.json and chart.svg in --out; the same seed, the same file', async (t) => {
  const scenario = file('day.json', day);
  const out = path.join(dir, 'out');
  const r = await cli(['--config', config, '--scenario', scenario, '--replications', '3', '--seed', '9', '--out', out, '--contacts']);
  t.equal(r.code, 0, r.stderr);
  t.match(r.stdout, /small day: 3 replications, seed 9/);
  t.match(r.stdout, /queue:sales\s+\d+\s+[\d.]+ ±[\d.]+%\s+90\/30s/);
  t.match(r.stdout, /Prime vs standard/);
  t.same(readdirSync(out).sort(), ['chart.svg', 'contacts.ndjson', 'figures.json']);
  const figures = JSON.parse(readFileSync(path.join(out, 'figures.json'), 'utf8'));
  t.equal(figures.replications, 3);
  t.equal(figures.seed, 9);
  const first = readFileSync(path.join(out, 'figures.json'), 'utf8');
  const lines = readFileSync(path.join(out, 'contacts.ndjson'), 'utf8').trim().split('\n');
  t.ok(lines.length > 50);
  t.match(JSON.parse(lines[0]!), { id: /^c\d+$/, queue: 'sales', outcome: /answered|abandoned/ });
  t.equal(r.stderr, '', 'no progress bar when stderr is not a terminal');
  const again = await cli(['--config', config, '--scenario', scenario, '--replications', '3', '--seed', '9', '--out', out]);
  t.equal(again.code, 0);
  t.equal(readFileSync(path.join(out, 'figures.json'), 'utf8'), first);
});

t.test('simulate cli - --staff-for searches the agents and shows Erlang C', async (t) => {
  const out = path.join(dir, 'staff');
  const r = await cli(['--config', config, '--scenario', file('day2.json', day), '--replications', '2', '--out', out, '--staff-for', '80/20']);
  t.equal(r.code, 0, r.stderr);
  t.match(r.stdout, /Staffing for 80\/20/);
  t.match(r.stdout, /Erlang C's answer/);
  const staffing = JSON.parse(readFileSync(path.join(out, 'staffing.json'), 'utf8'));
  t.equal(staffing.groups[0].group, 'reps');
  t.ok(staffing.groups[0].after >= 1);
});

t.test('simulate cli - bad input is refused with the field named', async (t) => {
  const bad = await cli(['--config', config, '--scenario', file('bad.json', { ...day, arrivals: [{ queue: 'nowhere', channel: 'voice', perHour: 1 }] })]);
  t.equal(bad.code, 2);
  t.match(bad.stderr, /arrivals\.0\.queue: unknown queue "nowhere"/);
  t.match((await cli([])).stderr, /--scenario is required/);
  t.match((await cli(['--scenario', 'x.json', '--replications', '0'])).stderr, /--replications must be an integer >= 1/);
  t.match((await cli(['--scenario', 'x.json', '--staff-for', 'lots'])).stderr, /--staff-for must read like 80\/20/);
  t.match((await cli(['--scenario', path.join(dir, 'missing.json')])).stderr, /cannot read scenario/);
  t.match((await cli(['--config', file('badcfg.json', { queues: [] }), '--scenario', file('d3.json', day)])).stderr, /invalid configuration/);
  t.equal((await cli(['--bogus'])).code, 2);
  const help = await cli(['--help']);
  t.equal(help.code, 0);
  t.match(help.stdout, /Usage: switchboard simulate --scenario FILE/);
});

t.test('simulate cli - switchboard simulate goes through main', async (t) => {
  // stderr only: tap reports on stdout.
  const write = process.stderr.write.bind(process.stderr);
  let err = '';
  process.stderr.write = ((s: string) => {
    err += s;
    return true;
  }) as typeof process.stderr.write;
  let code: number;
  try {
    code = await main(['simulate']);
  } finally {
    process.stderr.write = write;
  }
  t.equal(code, 2);
  t.match(err, /switchboard simulate: --scenario is required/);
});

t.test('simulate cli - the shipped scenarios run on the demo configuration', async (t) => {
  const shipped = readdirSync('scenarios').filter((f) => f.endsWith('.json'));
  t.ok(shipped.length >= 3);
  for (const f of shipped) {
    const out = path.join(dir, `shipped-${f}`);
    const r = await cli(['--scenario', path.join('scenarios', f), '--replications', '1', '--out', out]);
    t.equal(r.code, 0, `${f}: ${r.stderr}`);
    t.match(r.stdout, /floor\s+\d+/);
  }
});
