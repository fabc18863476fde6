/**
 * `switchboard simulate --scenario day.json [--config cc.json] [--replications N]
 *                      [--seed N] [--out dir] [--staff-for 80/20] [--contacts]`
 *
 * Runs a scenario on the server's routing rules in virtual time (src/sim)
 * and reports: a table on stdout, `figures.json` and `chart.svg` in the
 * output directory, and with `--staff-for` the agents needed per shift group
 * beside Erlang C (`staffing.json`). A progress bar goes to stderr when it
 * is a terminal.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, parseConfig, type SwitchboardConfig } from '../config/schema.js';
import { demoConfig } from '../config/demo.js';
import { renderChart } from '../sim/chart-svg.js';
import { renderStaffing, renderTables } from '../sim/report-table.js';
import { parseScenario, ScenarioError, type Scenario } from '../sim/scenario-schema.js';
import { DEFAULT_REPLICATIONS, simulate } from '../sim/simulate.js';
import type { ContactOutcome } from '../sim/simulator.js';
import { parseStaffingTarget, searchStaffing } from '../sim/staffing.js';

/** Where the command writes. */
export interface SimulateIo {
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown; readonly isTTY?: boolean };
}

export const SIMULATE_USAGE = `Usage: switchboard simulate --scenario FILE [options]

Runs a day of the contact center in virtual time on the server's own routing
rules and reports service level, waits, abandons and occupancy per queue,
channel and tier, with 95 % confidence intervals over replications.

Options:
  --scenario FILE       the day to simulate (JSON; see README, "Simulating a day")
  --config FILE         the server's configuration (default: the embedded demo)
  --replications N      independent runs of the day (default ${DEFAULT_REPLICATIONS})
  --seed N              the same seed gives the same figures (default 1)
  --out DIR             where figures.json and chart.svg go (default ./simulation)
  --staff-for P/S       find the agents each shift group needs for P % of
                        contacts answered within S seconds in every queue
                        (e.g. 80/20), and show Erlang C's answer beside it
  --contacts            also write every contact of replication 1 to contacts.ndjson
  -h, --help            show this help
`;

class UsageError extends Error {}

function intOption(name: string, v: string | undefined, def: number, min: number): number {
  if (v === undefined) return def;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be an integer >= ${min}, not ${JSON.stringify(v)}`);
  return n;
}

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${file}: ${(e as Error).message}`);
  }
}

/** A progress bar on a terminal, nothing elsewhere. */
function progressBar(io: SimulateIo): { update(fraction: number, label: string): void; done(): void } {
  if (io.stderr.isTTY !== true) return { update: () => undefined, done: () => undefined };
  let last = 0;
  let shown = false;
  return {
    update(fraction, label) {
      const now = Date.now();
      if (now - last < 100 && fraction < 1) return;
      last = now;
      const width = 30;
      const full = Math.round(Math.min(1, fraction) * width);
      io.stderr.write(`\r[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${String(Math.floor(fraction * 100)).padStart(3)}% ${label}\x1b[K`);
      shown = true;
    },
    done() {
      if (shown) io.stderr.write('\r\x1b[K');
    },
  };
}

export async function runSimulate(argv: readonly string[], io: SimulateIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      allowPositionals: false,
      options: {
        scenario: { type: 'string' },
        config: { type: 'string' },
        replications: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        'staff-for': { type: 'string' },
        contacts: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    io.stderr.write(`${(e as Error).message}\n\n${SIMULATE_USAGE}`);
    return 2;
  }
  if (values.help === true) {
    io.stdout.write(SIMULATE_USAGE);
    return 0;
  }
  try {
    return await run(values, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError || e instanceof ScenarioError) {
      io.stderr.write(`switchboard simulate: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

async function run(values: Record<string, string | boolean | undefined>, io: SimulateIo): Promise<number> {
  const scenarioFile = values['scenario'] as string | undefined;
  if (scenarioFile === undefined) throw new UsageError('--scenario is required (e.g. --scenario scenarios/demo-bilingual.json)');
  const replications = intOption('replications', values['replications'] as string | undefined, DEFAULT_REPLICATIONS, 1);
  const seed = intOption('seed', values['seed'] as string | undefined, 1, 0);
  const staffFor = values['staff-for'] as string | undefined;
  const target = staffFor === undefined ? null : parseStaffingTarget(staffFor);
  if (staffFor !== undefined && target === null) throw new UsageError(`--staff-for must read like 80/20 (percent / seconds), not ${JSON.stringify(staffFor)}`);
  const outDir = (values['out'] as string | undefined) ?? 'simulation';

  const configFile = values['config'] as string | undefined;
  const config: SwitchboardConfig = parseConfig(configFile === undefined ? demoConfig : readJson(configFile, 'config'));
  const scenarioDir = path.dirname(path.resolve(scenarioFile));
  const scenario: Scenario = parseScenario(readJson(scenarioFile, 'scenario'), config, {
    readFile: (f) => readFileSync(path.resolve(scenarioDir, f), 'utf8'),
  });

  mkdirSync(outDir, { recursive: true });
  const bar = progressBar(io);
  const contacts: string[] = [];
  const started = performance.now();
  const figures = simulate(config, scenario, {
    replications,
    seed,
    onProgress: (f) => bar.update(f, `${scenario.name}: replication ${Math.min(replications, Math.floor(f * replications) + 1)}/${replications}`),
    ...(values['contacts'] === true ? { onContact: (c: ContactOutcome, i: number) => void (i === 0 && contacts.push(JSON.stringify(c))) } : {}),
  });
  bar.done();
  const seconds = (performance.now() - started) / 1000;
  io.stdout.write(renderTables(figures));
  const written = [path.join(outDir, 'figures.json'), path.join(outDir, 'chart.svg')];
  writeFileSync(written[0]!, JSON.stringify(figures, null, 2) + '\n');
  writeFileSync(written[1]!, renderChart(figures));
  if (values['contacts'] === true) {
    written.push(path.join(outDir, 'contacts.ndjson'));
    writeFileSync(written[2]!, contacts.join('\n') + (contacts.length > 0 ? '\n' : ''));
  }

  if (target !== null) {
    const staffing = searchStaffing(config, scenario, target, {
      replications: values['replications'] === undefined ? 5 : replications,
      seed,
      onProgress: (n, counts) => bar.update(Math.min(1, n / 40), `staffing: day ${n}, agents ${counts.join('/')}`),
    });
    bar.done();
    io.stdout.write('\n' + renderStaffing(staffing));
    const file = path.join(outDir, 'staffing.json');
    writeFileSync(file, JSON.stringify(staffing, null, 2) + '\n');
    written.push(file);
  }
  io.stdout.write(`\nWrote ${written.join(', ')} (${seconds.toFixed(1)} s for ${replications} replication${replications === 1 ? '' : 's'}).\n`);
  return 0;
}
