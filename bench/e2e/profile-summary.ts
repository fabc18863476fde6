/**
 * Reads a V8 `.cpuprofile` (from `node --cpu-prof`) and sums self time per
 * function and per file, to say what dominates without opening DevTools.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileEntry {
  readonly name: string;
  readonly pct: number;
}

function shortUrl(url: string): string {
  const m = /(?:node_modules\/((?:@[^/]+\/)?[^/]+)|dist\/(src\/.*|bench\/.*))$/.exec(url);
  if (m?.[1] !== undefined) return m[1];
  if (m?.[2] !== undefined) return m[2].replace(/\.js$/, '.ts');
  return url.replace(/^node:/, 'node:');
}

/**
 * Top functions and files by self time, as percentages of the samples in
 * `window` (monotonic µs, the clock of V8's profile timestamps and of
 * `process.hrtime`), or of all samples.
 */
export function summarizeProfile(file: string, window?: readonly [number, number], top = 15): { functions: ProfileEntry[]; files: ProfileEntry[] } {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const hitsById = new Map<number, number>();
  let t = p.startTime;
  let total = 0;
  p.samples.forEach((id, i) => {
    t += p.timeDeltas[i] ?? 0;
    if (window !== undefined && (t < window[0] || t > window[1])) return;
    hitsById.set(id, (hitsById.get(id) ?? 0) + 1);
    total++;
  });
  total ||= 1;
  const byFn = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const n of p.nodes) {
    const hits = hitsById.get(n.id) ?? 0;
    if (hits === 0) continue;
    const { functionName, url, lineNumber } = n.callFrame;
    const where = url === '' ? '' : ` ${shortUrl(url)}:${lineNumber + 1}`;
    const fn = `${functionName || '(anonymous)'}${where}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + hits);
    const f = url === '' ? functionName : shortUrl(url);
    byFile.set(f, (byFile.get(f) ?? 0) + hits);
  }
  const list = (m: Map<string, number>): ProfileEntry[] =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, hits]) => ({ name, pct: (100 * hits) / total }));
  return { functions: list(byFn), files: list(byFile) };
}
