import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { Router } from '../../src/core/index.js';
import { Metrics } from '../../src/metrics/index.js';
import { ProcessMetrics } from '../../src/metrics/process-metrics.js';
import { exportedNames, promtool } from '../fixtures/exposition.js';

const root = new URL('../../grafana/', import.meta.url);
const dashboardText = readFileSync(new URL('dashboards/switchboard-overview.json', root), 'utf8');

interface Target {
  expr?: string;
  datasource?: { type?: string; uid?: string };
}
interface Panel {
  type: string;
  title: string;
  datasource?: { type?: string; uid?: string };
  targets?: Target[];
}
interface Variable {
  name: string;
  type: string;
  query?: unknown;
  definition?: string;
}
interface Dashboard {
  uid: string;
  title: string;
  panels: Panel[];
  templating: { list: Variable[] };
}
const dashboard = JSON.parse(dashboardText) as Dashboard;
const dataPanels = dashboard.panels.filter((p) => p.type !== 'row');

/** Grafana's template variables, replaced by values Prometheus accepts. */
const concrete = (expr: string): string =>
  expr.replaceAll('$__rate_interval', '5m').replaceAll('$__interval', '1m').replaceAll('$window', '1h').replaceAll('$queue', '.*');

const exprs = dataPanels.flatMap((p) => (p.targets ?? []).map((tg) => ({ panel: p.title, expr: tg.expr ?? '' })));

t.test('grafana - the dashboard has a fixed uid and a datasource variable, no import placeholders', async (t) => {
  t.equal(dashboard.uid, 'switchboard-overview');
  t.notMatch(dashboardText, /\$\{DS_/, 'no ${DS_...} import placeholders');
  t.notOk('__inputs' in dashboard, 'not an export-for-sharing file');
  const dsVar = dashboard.templating.list.find((v) => v.type === 'datasource');
  t.equal(dsVar?.name, 'datasource');
  t.equal(dsVar?.query, 'prometheus');
  for (const p of dataPanels) {
    t.same(p.datasource, { type: 'prometheus', uid: '${datasource}' }, `${p.title}: panel datasource`);
    for (const tg of p.targets ?? []) t.same(tg.datasource, { type: 'prometheus', uid: '${datasource}' }, `${p.title}: target datasource`);
  }
});

t.test('grafana - a panel for every metric family the issue asks for', async (t) => {
  const titles = dataPanels.map((p) => p.title);
  for (const want of [
    'Waiting contacts per queue',
    'Oldest waiting age per queue',
    'Service level % vs target',
    'ASA (average speed of answer)',
    'Abandon rate',
    'Queue wait heatmap (answered)',
    'Prime vs standard wait',
    'Agents by state',
    'Occupancy',
    'AHT, ACW and hold',
    'Offers by outcome',
    'Routing decision latency p99',
    'Enqueue-to-offer p99',
    'Survey yes-rate',
    'Sockets by role',
    'Transfers, escalations and repeat contacts',
  ]) {
    t.ok(titles.includes(want), want);
  }
  for (const p of dataPanels) t.ok((p.targets ?? []).length > 0 && (p.targets ?? []).every((tg) => tg.expr), `${p.title} has queries`);
  t.equal(dataPanels.find((p) => p.title === 'Queue wait heatmap (answered)')?.type, 'heatmap');
});

t.test('grafana - every expression passes promtool check rules', async (t) => {
  t.ok(exprs.length >= 20, `${exprs.length} expressions`);
  const rules = exprs.map((e, i) => `      - record: switchboard:dashboard_expr_${i}\n        expr: ${JSON.stringify(concrete(e.expr))}`);
  const file = `groups:\n  - name: switchboard-dashboard\n    rules:\n${rules.join('\n')}\n`;
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-rules-'));
  try {
    const path = join(dir, 'dashboard-rules.yml');
    writeFileSync(path, file);
    const r = promtool(['check', 'rules', path]);
    t.equal(r.status, 0, r.output);
    t.match(r.output, new RegExp(`SUCCESS: ${exprs.length} rules found`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

t.test('grafana - every metric the dashboard names is one the server exports', async (t) => {
  const router = new Router({ queues: [{ id: 'sales', channels: ['voice'] }], tiers: { prime: { bonusSeconds: 60 } } }, { now: () => 0 });
  // The leader's routing metrics and what every process exports of its own (the relay's).
  const exported = exportedNames(`${await new Metrics(router).render()}${await new ProcessMetrics({ defaultMetrics: false }).render(true)}`);
  const used = new Set<string>();
  const sources = [...exprs.map((e) => e.expr), ...dashboard.templating.list.map((v) => v.definition ?? '')];
  for (const s of sources) for (const m of s.matchAll(/\b(?:switchboard|nodejs|process)_[a-zA-Z0-9_:]*/g)) used.add(m[0]);
  t.ok(used.size >= 20, `${used.size} metric names used`);
  for (const name of used) t.ok(exported.has(name), `${name} is exported`);
  // And the other way round: every switchboard family appears on the dashboard.
  for (const name of exported) {
    if (!name.startsWith('switchboard_') || /_(bucket|sum|count)$/.test(name)) continue;
    const shown = [...used].some((u) => u === name || u.startsWith(`${name}_`));
    t.ok(shown, `${name} is on the dashboard`);
  }
});

t.test('grafana - the example prometheus.yml is valid', async (t) => {
  const r = promtool(['check', 'config', new URL('prometheus.yml', root).pathname]);
  t.equal(r.status, 0, r.output);
});

t.test('grafana - provisioning points at the dashboards and a prometheus datasource', async (t) => {
  const ds = readFileSync(new URL('provisioning/datasources/prometheus.yml', root), 'utf8');
  t.match(ds, /type: prometheus/);
  t.match(ds, /apiVersion: 1/);
  const dash = readFileSync(new URL('provisioning/dashboards/switchboard.yml', root), 'utf8');
  t.match(dash, /type: file/);
  t.match(dash, /path: \/var\/lib\/grafana\/dashboards\/switchboard/);
});
