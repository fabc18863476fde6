/**
 * Node's default process and runtime metrics (DESIGN §6), as prom-client's
 * `collectDefaultMetrics` gives them, with two changes:
 *
 * - the gauges named `_total` that promtool rejects are left out; the same
 *   numbers are exported per type as `nodejs_active_{handles,requests,resources}`,
 *   so `sum()` of those gives the totals;
 * - `process_open_fds` counts `/proc/self/fd` without blocking the loop:
 *   prom-client lists it with `readdirSync`, some 4 ms with 5,000 sockets
 *   open, on the routing thread at every scrape (and an async `readdir`
 *   still turns the 5,000 names into strings in one callback: as long).
 *   Linux 6.2 and later tell the count as the directory's size, so one
 *   `stat` does (on the threadpool); older kernels say 0 there, and the
 *   directory is read in batches (`opendir`: 32 names a turn). Same name,
 *   help, type and place in the exposition; like prom-client's, it only
 *   exists on Linux.
 */
import { opendir, stat } from 'node:fs/promises';
import { collectDefaultMetrics, Gauge, type Metric, type Registry } from 'prom-client';

const LINT_FAILING_DEFAULTS = ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total'];

export const OPEN_FDS = 'process_open_fds';

/** Registers Node's default metrics on `registry`. */
export function registerNodeDefaults(registry: Registry): void {
  collectDefaultMetrics({ register: registry });
  for (const name of LINT_FAILING_DEFAULTS) registry.removeSingleMetric(name);
  replaceInPlace(registry, OPEN_FDS, openFds);
}

function openFds(): Gauge {
  return new Gauge({
    name: OPEN_FDS,
    // prom-client's words.
    help: 'Number of open file descriptors.',
    registers: [],
    // prom-client awaits a collect that returns a promise (Gauge.get).
    async collect() {
      try {
        this.set(await countOpenFds());
      } catch {
        // No /proc: the last value stays (as prom-client's own does).
      }
    },
  });
}

/** Open file descriptors of this process, as prom-client counts them (the listing's own not counted). */
export async function countOpenFds(): Promise<number> {
  const { size } = await stat('/proc/self/fd');
  return size > 0 ? size : await listOpenFds();
}

/** The count by listing `/proc/self/fd` in batches (kernels before 6.2). */
export async function listOpenFds(): Promise<number> {
  const dir = await opendir('/proc/self/fd');
  let n = 0;
  try {
    while ((await dir.read()) !== null) n++;
  } finally {
    await dir.close();
  }
  // Less the descriptor the listing itself holds.
  return n - 1;
}

/** Swaps the family `name` for `make()`'s, where it was in the registry's order (nothing if absent). */
function replaceInPlace(registry: Registry, name: string, make: () => Metric): void {
  const all = registry.getMetricsAsArray();
  const at = all.findIndex((m) => m.name === name);
  if (at < 0) return;
  const replacement = make();
  // The families are registered metric objects (typed as their description).
  const rest = all.slice(at) as unknown as Metric[];
  for (const m of all.slice(at)) registry.removeSingleMetric(m.name);
  for (const m of [replacement, ...rest.slice(1)]) registry.registerMetric(m);
}
