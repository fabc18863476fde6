/**
 * The chunked render (src/metrics/chunked-render.ts) gives the text of
 * prom-client's `registry.metrics()`, byte for byte, whatever the slices;
 * Node's defaults keep `process_open_fds` (listed off the loop); a pass
 * shared by two families runs once per scrape, also across a yield.
 */
import { readdirSync } from 'node:fs';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry, Summary } from 'prom-client';
import t from 'tap';
import { Router } from '../../src/core/index.js';
import { Metrics } from '../../src/metrics/index.js';
import { forEachInSlices, OncePerScrape, renderChunked, TimeSlices } from '../../src/metrics/chunked-render.js';
import { countOpenFds, listOpenFds, OPEN_FDS, registerNodeDefaults } from '../../src/metrics/node-defaults.js';
import { ProcessMetrics } from '../../src/metrics/process-metrics.js';
import { parseSamples } from '../fixtures/exposition.js';
import { ManualClock } from '../fixtures/manual-clock.js';

/** Counters, gauges, histograms and a summary, with and without labels, values that need escaping and a default label. */
function filled(defaultLabels = true): Registry {
  const r = new Registry();
  const registers = [r];
  const c = new Counter({ name: 'x_requests_total', help: 'Requests by "route"\\ and\nline.', labelNames: ['route', 'code'], registers });
  c.inc({ route: '/a', code: '200' }, 3);
  c.inc({ route: 'we"ird\\path\n', code: '500' });
  new Counter({ name: 'x_plain_total', help: 'Plain.', registers }).inc(0);
  const g = new Gauge({ name: 'x_level', help: 'Level.', labelNames: ['queue'], registers });
  g.set({ queue: 'sales' }, 1.5);
  g.set({ queue: 'support' }, -0);
  g.set({ queue: 'nan' }, NaN);
  new Gauge({ name: 'x_empty', help: 'No samples.', labelNames: ['k'], registers });
  new Gauge({
    name: 'x_collected',
    help: 'Set at collect.',
    registers,
    collect() {
      this.set(42);
    },
  });
  new Gauge({
    name: 'x_async',
    help: 'Set at an async collect.',
    registers,
    async collect() {
      await new Promise((resolve) => setImmediate(resolve));
      this.set(7);
    },
  });
  const h = new Histogram({ name: 'x_wait_seconds', help: 'Wait.', labelNames: ['queue', 'channel'], buckets: [0.1, 1, 10], registers });
  for (const v of [0.05, 0.5, 5, 50]) h.observe({ queue: 'sales', channel: 'voice' }, v);
  h.observe({ queue: 'support', channel: 'chat' }, 2);
  const s = new Summary({ name: 'x_size_bytes', help: 'Size.', percentiles: [0.5, 0.9], registers });
  for (let i = 1; i <= 100; i++) s.observe(i);
  if (defaultLabels) r.setDefaultLabels({ domain: 'd1' });
  return r;
}

/** A clock that moves a millisecond each time it is read: every family is a slice of its own. */
function everyFamilyASlice() {
  let ms = 0;
  let yields = 0;
  const slices = new TimeSlices(
    1,
    () => ms++,
    () => yields++,
  );
  return { options: { slices }, slices, yields: () => yields };
}

t.test('chunked render - the text of registry.metrics(), byte for byte', async (t) => {
  for (const defaultLabels of [false, true]) {
    const r = filled(defaultLabels);
    const slices = everyFamilyASlice();
    const chunked = await renderChunked(r, slices.options);
    t.equal(chunked, await r.metrics(), `with default labels: ${defaultLabels}`);
    t.ok(slices.yields() >= r.getMetricsAsArray().length - 1, 'gave the loop a turn between every two families');
    t.equal(await renderChunked(r), await r.metrics(), 'with the default slice');
  }
  t.equal(await renderChunked(new Registry()), await new Registry().metrics(), 'an empty registry');
  const a = filled();
  const b = new Registry();
  new Gauge({ name: 'y_up', help: 'Up.', registers: [b] }).set(1);
  t.equal(await renderChunked([a, b], everyFamilyASlice().options), `${await a.metrics()}${await b.metrics()}`, 'several registries, one after the other');
});

t.test("chunked render - Node's defaults: the same families in the same order, and the same text once values are masked", async (t) => {
  const ours = new Registry();
  registerNodeDefaults(ours);
  const theirs = new Registry();
  collectDefaultMetrics({ register: theirs });
  const names = (r: Registry) => r.getMetricsAsArray().map((m) => m.name);
  t.same(
    names(ours),
    names(theirs).filter((n) => !/^nodejs_active_\w+_total$/.test(n)),
    "prom-client's defaults, less the `_total` gauges promtool rejects, in prom-client's order",
  );
  // CPU, memory and the loop's lag move between two renders, and what is in flight (the readdir of
  // the open fds, the async collect of the test's gauge) differs: compare all but those.
  const masked = (text: string) => text.replace(/^nodejs_active_.*\n/gm, '').replace(/^([^#\n].*) \S+$/gm, '$1 _');
  const r = filled();
  registerNodeDefaults(r);
  t.equal(masked(await renderChunked(r, everyFamilyASlice().options)), masked(await r.metrics()));
});

t.test('chunked render - process_open_fds is there on Linux, counted off the loop', { skip: process.platform !== 'linux' && 'Linux only' }, async (t) => {
  const r = new Registry();
  registerNodeDefaults(r);
  const fds = parseSamples(await renderChunked(r)).find((s) => s.name === OPEN_FDS);
  t.ok(fds !== undefined && Number.isInteger(fds.value) && fds.value > 2, `${OPEN_FDS} ${fds?.value}`);
  const text = await new Metrics(new Router({ queues: [{ id: 'q', channels: ['chat'] }] }, new ManualClock())).render();
  t.match(text, /^# TYPE process_open_fds gauge\nprocess_open_fds \d+$/m, "in the routing figures' exposition");
  t.match(await new ProcessMetrics().render(false), /^process_open_fds \d+$/m, "in a follower's");
  // Nothing else of this test opens or closes descriptors meanwhile.
  const listed = readdirSync('/proc/self/fd').length - 1;
  t.equal(await countOpenFds(), listed, "the count (the directory's size on Linux 6.2+) is prom-client's");
  t.equal(await listOpenFds(), listed, 'and so is the listing in batches (older kernels)');
});

t.test('chunked render - a pass shared by two families runs once per scrape, across yields', async (t) => {
  const once = new OncePerScrape();
  let passes = 0;
  let value = 0;
  const r = new Registry();
  for (const name of ['a_first', 'b_between', 'c_second']) {
    new Gauge({
      name,
      help: name,
      registers: [r],
      collect() {
        if (name === 'b_between') return;
        once.run('pass', () => {
          passes++;
          value++;
        });
        this.set(value);
      },
    });
  }
  const slices = everyFamilyASlice();
  const text = await renderChunked(r, { ...slices.options, perScrape: once });
  t.ok(slices.yields() >= 2, 'the loop had turns between the families');
  t.equal(passes, 1, 'one pass');
  t.match(text, /a_first 1\n[^]*c_second 1\n/, 'both families show that pass');
  await r.metrics();
  t.equal(passes, 2, 'a plain registry.metrics() (one tick) runs it once too');
  await r.metrics();
  t.equal(passes, 3, 'and again at the next scrape');
});

t.test('chunked render - a long pass goes in slices, each item once, changes between slices seen', async (t) => {
  const items = new Map(Array.from({ length: 1000 }, (_, i) => [i, i]));
  const slices = everyFamilyASlice();
  const seen: number[] = [];
  const pass = forEachInSlices(items.values(), (v) => seen.push(v), slices.slices);
  // Runs in a turn the pass gives: before the pass reaches the end.
  setImmediate(() => {
    items.delete(999);
    items.set(1000, 1000);
  });
  await pass;
  t.ok(slices.yields() >= 10, `gave the loop ${slices.yields()} turns`);
  t.same(seen, [...Array.from({ length: 999 }, (_, i) => i), 1000], 'each item once; one removed before its turn, one added');
});

t.test('chunked render - renders run one after the other: never two slices in one turn', async (t) => {
  const log: string[] = [];
  const registry = (name: string) => {
    const r = new Registry();
    for (let i = 0; i < 3; i++) {
      new Gauge({
        name: `${name}_${i}`,
        help: 'h',
        registers: [r],
        collect() {
          log.push(`${name}${i}`);
        },
      });
    }
    return r;
  };
  const a = registry('a');
  const b = registry('b');
  const [ta, tb] = await Promise.all([renderChunked(a, everyFamilyASlice().options), renderChunked(b, everyFamilyASlice().options)]);
  t.same(log, ['a0', 'a1', 'a2', 'b0', 'b1', 'b2'], 'the second began when the first was done');
  t.equal(ta, await a.metrics());
  t.equal(tb, await b.metrics());
  const failing = new Registry();
  new Gauge({
    name: 'x_fails',
    help: 'h',
    registers: [failing],
    collect() {
      throw new Error('collect failed');
    },
  });
  await t.rejects(renderChunked(failing), /collect failed/, 'a render that fails says so');
  t.equal(await renderChunked(a), await a.metrics(), 'and the next render goes on');
});
