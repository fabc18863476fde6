/**
 * A registry's exposition rendered family by family, giving the event loop
 * back whenever a slice of time has passed, so that a scrape never holds
 * routing for long (DESIGN §8: no request holds routing for more than 5 ms).
 *
 * prom-client's `registry.metrics()` starts every family's `get()` at once
 * and joins them after one `Promise.all`: every collect and all the
 * formatting run in one turn of the loop (some 15 ms with 5,000 agents
 * connected and 10,000 contacts waiting). Here each family is collected and
 * formatted by the registry's own `getMetricsAsString` (so the text is the
 * same, byte for byte), and between two families the loop runs whatever
 * waits (`setImmediate`) once `sliceMs` has passed since it last ran. One
 * family is never split: the longest stretch is about `sliceMs` plus the
 * dearest family.
 *
 * The families are read one after the other, not at one instant: a value
 * that changes during the scrape shows in the families read after the
 * change. Collects that fill two families from one pass must share it for
 * the whole render, not just for one tick (see `OncePerScrape`).
 *
 * @example
 * res.end(await renderChunked(registry));
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Registry } from 'prom-client';

type Family = ReturnType<Registry['getMetricsAsArray']>[number];

export interface ChunkedRenderOptions {
  /** How long (ms) to run before giving the loop a turn. Default 1. */
  readonly sliceMs?: number;
  /** The clock slices are measured on. Default `performance.now`. */
  readonly now?: () => number;
  /** Called when a slice ends, before the loop's turn (tests and benches). */
  readonly onYield?: () => void;
}

/** `registries[0].metrics() + registries[1].metrics() + …`, rendered in slices. */
export async function renderChunked(registries: Registry | readonly Registry[], options: ChunkedRenderOptions = {}): Promise<string> {
  const sliceMs = options.sliceMs ?? 1;
  const now = options.now ?? (() => performance.now());
  let sliceStart = now();
  let out = '';
  for (const registry of Array.isArray(registries) ? (registries as readonly Registry[]) : [registries as Registry]) {
    // OpenMetrics renames counters as it renders; nothing here uses it: the registry's own (one-turn) render.
    if (registry.contentType !== Registry.PROMETHEUS_CONTENT_TYPE) {
      out += await registry.metrics();
      continue;
    }
    const families: string[] = [];
    for (const metric of registry.getMetricsAsArray()) {
      if (now() - sliceStart >= sliceMs) {
        options.onYield?.();
        await nextTurn();
        sliceStart = now();
      }
      families.push(await formatFamily(registry, metric));
    }
    // As `Registry.metrics()` joins them (prom-client 15, lib/registry.js).
    out += `${families.join('\n\n')}\n`;
  }
  return out;
}

/** `getMetricsAsString` is public in prom-client's JavaScript (it is what `metrics()` calls per family) but not in its types. */
function formatFamily(registry: Registry, metric: Family): Promise<string> {
  return (registry as unknown as { getMetricsAsString(m: Family): Promise<string> }).getMetricsAsString(metric);
}

/**
 * Runs a pass that fills several families once per scrape: once per
 * `renderChunked` (between `begin` and `end`), or, for a plain
 * `registry.metrics()` (which collects every family in one tick), once per
 * tick. Without it the second family of a pass would re-run it after a
 * yield, at a cost, and show other figures than the first.
 */
export class OncePerScrape {
  /** The scrape in progress (the latest, when two overlap). */
  #scrape: object | null = null;
  readonly #doneFor = new Map<string, object>();
  readonly #doneThisTick = new Set<string>();

  /** Marks a scrape's start; pass the token to `end`. */
  begin(): object {
    const token = {};
    this.#scrape = token;
    return token;
  }

  end(token: object): void {
    if (this.#scrape === token) this.#scrape = null;
  }

  /** Runs `pass` unless it already ran for this scrape. */
  run(key: string, pass: () => void): void {
    const scrape = this.#scrape;
    if (scrape !== null) {
      if (this.#doneFor.get(key) === scrape) return;
      this.#doneFor.set(key, scrape);
    } else {
      if (this.#doneThisTick.has(key)) return;
      this.#doneThisTick.add(key);
      queueMicrotask(() => this.#doneThisTick.delete(key));
    }
    pass();
  }
}
