/**
 * No circle of imports in src/, counting type-only imports too (the lint
 * rule import-x/no-cycle skips those): a handler that imports the type of
 * the class that calls it is one room drawn as two (STYLE.md).
 */
import t from 'tap';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve('src');
const SKIP = path.join(ROOT, 'protocol', 'generated');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (p === SKIP || e.name === 'node_modules') continue;
    if (e.isDirectory()) out.push(...sources(p));
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Relative imports and re-exports of a file, resolved to source paths (type-only ones included). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^'";]*?from\s+'(\.[^']+)'/gms)) {
    const spec = m[1]!;
    const target = path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts');
    if (!target.startsWith(SKIP)) out.push(target);
  }
  return out;
}

/** Strongly connected components with more than one file (Tarjan), or a file importing itself. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(scc.map((f) => path.relative(ROOT, f)).sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/**
 * The one circle allowed, through type imports only: a waiting contact
 * links to its routing class, whose heap holds contacts. One data structure
 * of the core in three files; breaking it would mean an interface mirroring
 * the class on the routing hot path.
 */
const KNOWN = [['core/contact-class.ts', 'core/contact-heap.ts', 'core/entries.ts']];

t.test('import graph - the checker finds a circle drawn through type imports', async (t) => {
  const [a, b, c] = ['a.ts', 'b.ts', 'c.ts'].map((f) => path.join(ROOT, f)) as [string, string, string];
  const g = new Map([
    [a, [b]],
    [b, [a]],
    [c, [a]],
  ]);
  t.same(cycles(g), [['a.ts', 'b.ts']]);
});

t.test('import graph - no circle of imports in src/, type-only imports included', async (t) => {
  const files = sources(ROOT);
  t.ok(files.length > 50, `read ${files.length} files`);
  const graph = new Map(files.map((f) => [f, importsOf(f)] as const));
  t.ok(
    [...graph.values()].some((deps) => deps.length > 0),
    'imports were found',
  );
  t.same(cycles(graph), KNOWN, 'no strongly connected group of files but the known one');
});

t.test('import graph - tests never import benchmarks; benchmarks take from test/ only test/harness', async (t) => {
  const [test, bench, harness] = ['test', 'bench', 'test/harness'].map((d) => path.resolve(d)) as [string, string, string];
  const inside = (dir: string, f: string): boolean => f.startsWith(dir + path.sep);
  const testFiles = sources(test);
  const benchFiles = sources(bench);
  t.ok(testFiles.length > 50 && benchFiles.length > 10, `read ${testFiles.length} test and ${benchFiles.length} bench files`);
  const wrong: string[] = [];
  for (const f of testFiles) for (const d of importsOf(f)) if (inside(bench, d)) wrong.push(`${path.relative('.', f)} -> ${path.relative('.', d)}`);
  for (const f of benchFiles)
    for (const d of importsOf(f)) if (inside(test, d) && !inside(harness, d)) wrong.push(`${path.relative('.', f)} -> ${path.relative('.', d)}`);
  for (const f of sources(harness))
    for (const d of importsOf(f)) if (inside(test, d) && !inside(harness, d)) wrong.push(`${path.relative('.', f)} -> ${path.relative('.', d)}`);
  t.same(wrong, [], 'what tests and benchmarks share lives in test/harness');
  t.ok(
    benchFiles.some((f) => importsOf(f).some((d) => inside(harness, d))),
    'the benchmarks do use the harness (the check reads their imports)',
  );
});
