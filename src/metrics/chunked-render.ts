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
 * waits (`setImmediate`) once a slice (1 ms) has passed since it last ran.
 * One family is never split: the longest stretch is about a slice plus the
 * dearest family, and a collect whose pass is long goes in slices itself
 * (`forEachInSlices`, on the render's `TimeSlices`).
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

/**
 * The slices of time a scrape runs in: a render and the collects it calls
 * share one, so that a long collect goes on from where the render's slice
 * stands rather than starting a slice of its own.
 */
export class TimeSlices {
  readonly #sliceMs: number;
  readonly #now: () => number;
  readonly #onYield: (() => void) | undefined;
  #start: number;

  /**
   * @param sliceMs how long (ms) to run before giving the loop a turn
   * @param now the clock slices are measured on
   * @param onYield called when a slice ends, before the loop's turn (tests and benches)
   */
  constructor(sliceMs = 1, now: () => number = () => performance.now(), onYield?: () => void) {
    this.#sliceMs = sliceMs;
    this.#now = now;
    this.#onYield = onYield;
    this.#start = now();
  }

  /** A slice starts now (a scrape that begins in a turn of its own). */
  restart(): void {
    this.#start = this.#now();
  }

  /** Whether the slice is over: then `await pause()` before going on. */
  get over(): boolean {
    return this.#now() - this.#start >= this.#sliceMs;
  }

  /** Gives the loop a turn (`setImmediate`: after pending I/O) and starts a new slice. */
  async pause(): Promise<void> {
    this.#onYield?.();
    await nextTurn();
    this.#start = this.#now();
  }
}

export interface RenderOptions {
  /** The slices to render in (shared with the collects that slice their own pass). Default: 1 ms slices. */
  readonly slices?: TimeSlices;
  /** Passes shared by several families: one per render, begun and ended with it. */
  readonly perScrape?: OncePerScrape;
}

/**
 * Renders run one at a time in the process: two side by side would each run
 * a slice in the same turn of the loop (their `setImmediate` callbacks run
 * back to back, with no I/O between), holding it for two slices.
 */
let renders: Promise<unknown> = Promise.resolve();

/** `registries[0].metrics() + registries[1].metrics() + …`, rendered in slices, after any render in progress. */
export function renderChunked(registries: Registry | readonly Registry[], options: RenderOptions = {}): Promise<string> {
  const run = renders.then(() => render(Array.isArray(registries) ? (registries as readonly Registry[]) : [registries as Registry], options));
  renders = run.catch(() => undefined);
  return run;
}

async function render(registries: readonly Registry[], options: RenderOptions): Promise<string> {
  const slices = options.slices ?? new TimeSlices();
  const scrape = options.perScrape?.begin();
  try {
    slices.restart();
    let out = '';
    for (const registry of registries) {
      // OpenMetrics renames counters as it renders; nothing here uses it: the registry's own (one-turn) render.
      if (registry.contentType !== Registry.PROMETHEUS_CONTENT_TYPE) {
        out += await registry.metrics();
        continue;
      }
      const families: string[] = [];
      for (const metric of registry.getMetricsAsArray()) {
        if (slices.over) await slices.pause();
        families.push(await formatFamily(registry, metric));
      }
      // As `Registry.metrics()` joins them (prom-client 15, lib/registry.js).
      out += `${families.join('\n\n')}\n`;
    }
    return out;
  } finally {
    if (scrape !== undefined) options.perScrape?.end(scrape);
  }
}

/** `getMetricsAsString` is public in prom-client's JavaScript (it is what `metrics()` calls per family) but not in its types. */
function formatFamily(registry: Registry, metric: Family): Promise<string> {
  return (registry as unknown as { getMetricsAsString(m: Family): Promise<string> }).getMetricsAsString(metric);
}

/**
 * Calls `each` for every item, giving the loop a turn whenever a slice is
 * over: for a collect whose pass is long (every agent at each scrape).
 * Code that runs every 15 s stays cold: such a pass over 10,000 agents took
 * 4-14 ms for its first twenty-odd runs, 0.75 ms once V8 had optimised it.
 * A live iterator (a `Map`'s) sees the changes made between slices: each
 * item is read once, at its own moment.
 */
export async function forEachInSlices<T>(items: Iterable<T>, each: (item: T) => void, slices = new TimeSlices()): Promise<void> {
  let n = 0;
  for (const item of items) {
    each(item);
    // The clock read every 64 items: a small share of a cheap step.
    if (++n % 64 === 0 && slices.over) await slices.pause();
  }
}

/**
 * Runs a pass that fills several families once per scrape: once per
 * `renderChunked` (given as its `perScrape`, which it begins and ends), or,
 * for a plain `registry.metrics()` (which collects every family in one
 * tick), once per tick. Without it the second family of a pass would re-run
 * it after a yield, at a cost, and show other figures than the first.
 */
export class OncePerScrape {
  /** The render in progress (`renderChunked` runs one at a time). */
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
