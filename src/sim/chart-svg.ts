/**
 * The chart a manager would rather look at than read: the day interval by
 * interval, per queue (contacts, mean wait to answer, service level against
 * the target) and per tier (Prime against standard), as one SVG file the
 * tool writes itself (no browser, no library). Values are means over the
 * replications; an interval where nothing was answered leaves a gap.
 */
import type { SimulationFigures } from './figures.js';
import { tierComparisons } from './report-table.js';
import { formatTimeOfDay } from './scenario-schema.js';

/** Okabe-Ito: told apart by the colour-blind too. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#F0E442'];

const W = 1000;
const PANEL_H = 190;
const LEFT = 70;
const RIGHT = 200;
const TOP_PAD = 34;
const BOTTOM_PAD = 34;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n1 = (x: number): string => (Math.round(x * 10) / 10).toString();

/** The top of an axis of four steps at least x, each step a round number. */
function niceTop(x: number): number {
  if (!(x > 0)) return 1;
  const step = x / 4;
  const p = 10 ** Math.floor(Math.log10(step));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * p >= step) return 4 * m * p;
  return 40 * p;
}

interface Line {
  readonly label: string;
  readonly color: string;
  readonly values: readonly (number | null)[];
  readonly dashed?: boolean;
}

interface Panel {
  readonly title: string;
  readonly lines: readonly Line[];
  /** Fixed top of the y axis (e.g. 1 for a service level), else from the data. */
  readonly yMax?: number;
  /** Highest top the data may set (1 for a share). */
  readonly yCap?: number;
  /** Seconds: ticks in round minutes once the axis passes 5 minutes. */
  readonly seconds?: boolean;
  readonly yFormat: (v: number) => string;
}

function panel(out: string[], top: number, xs: readonly number[], step: number, p: Panel): void {
  const x0 = LEFT;
  const w = W - LEFT - RIGHT;
  const y0 = top + TOP_PAD;
  const h = PANEL_H - TOP_PAD - BOTTOM_PAD;
  let maxData = 0;
  for (const l of p.lines) for (const v of l.values) if (v !== null && Number.isFinite(v) && v > maxData) maxData = v;
  const want = maxData * 1.02;
  const yMax = p.yMax ?? Math.min(p.yCap ?? Infinity, p.seconds === true && want > 300 ? niceTop(want / 60) * 60 : niceTop(want));
  const t0 = xs[0] ?? 0;
  const t1 = (xs[xs.length - 1] ?? 0) + step;
  const sx = (t: number): number => x0 + ((t - t0) / Math.max(1, t1 - t0)) * w;
  const sy = (v: number): number => y0 + h - (Math.min(v, yMax) / yMax) * h;

  out.push(`<text x="${x0}" y="${top + 20}" class="title">${esc(p.title)}</text>`);
  out.push(`<rect x="${x0}" y="${y0}" width="${w}" height="${h}" class="frame"/>`);
  for (let k = 0; k <= 4; k++) {
    const v = (yMax * k) / 4;
    const y = sy(v);
    out.push(`<line x1="${x0}" y1="${n1(y)}" x2="${x0 + w}" y2="${n1(y)}" class="grid"/>`);
    out.push(`<text x="${x0 - 6}" y="${n1(y + 4)}" class="tick" text-anchor="end">${esc(p.yFormat(v))}</text>`);
  }
  const span = t1 - t0;
  const tickStep = [3600, 7200, 10_800, 21_600, 43_200, 86_400, 7 * 86_400, 30 * 86_400].find((s) => span / s <= 12) ?? 365 * 86_400;
  for (let t = Math.ceil(t0 / tickStep) * tickStep; t <= t1; t += tickStep) {
    const x = sx(t);
    out.push(`<line x1="${n1(x)}" y1="${y0 + h}" x2="${n1(x)}" y2="${y0 + h + 4}" class="axis"/>`);
    const label = span > 3 * 86_400 ? `day ${Math.floor(t / 86_400) + 1}` : formatTimeOfDay(t * 1000);
    out.push(`<text x="${n1(x)}" y="${y0 + h + 17}" class="tick" text-anchor="middle">${esc(label)}</text>`);
  }
  p.lines.forEach((l, i) => {
    let d = '';
    let pen = false;
    l.values.forEach((v, k) => {
      if (v === null || !Number.isFinite(v)) {
        pen = false;
        return;
      }
      const x = sx((xs[k] ?? 0) + step / 2);
      d += `${pen ? 'L' : 'M'}${n1(x)} ${n1(sy(v))}`;
      pen = true;
    });
    if (d !== '')
      out.push(`<path d="${d}" fill="none" stroke="${l.color}" ${l.dashed === true ? 'stroke-width="1.5" stroke-dasharray="6 4"' : 'stroke-width="2"'}/>`);
    const ly = y0 + 6 + i * 16;
    out.push(
      `<line x1="${x0 + w + 14}" y1="${ly}" x2="${x0 + w + 34}" y2="${ly}" stroke="${l.color}" stroke-width="2"${l.dashed === true ? ' stroke-dasharray="6 4"' : ''}/>`,
    );
    out.push(`<text x="${x0 + w + 40}" y="${ly + 4}" class="legend">${esc(l.label)}</text>`);
  });
}

/** The SVG document for a simulation's figures. */
export function renderChart(f: SimulationFigures): string {
  const xs = f.intervals;
  const step = f.day.intervalMinutes * 60;
  const queues = f.series.filter((s) => s.key.startsWith('queue:') && !s.key.includes('|'));
  // Prime against standard where both come to the same queue and channel: solid Prime, dashed standard.
  const cellKeys = new Set(tierComparisons(f).map((r) => r.key));
  const cells = f.series.filter((s) => cellKeys.has(s.key));
  const pairs = [...new Set(cells.map((s) => s.key.slice(0, s.key.lastIndexOf('|'))))];
  const colorOf = (i: number): string => PALETTE[i % PALETTE.length]!;
  const name = (key: string): string => key.slice(key.indexOf(':') + 1);
  const pct = (v: number): string => `${Math.round(v * 100)} %`;
  const sec = (v: number): string => (v >= 300 ? `${n1(v / 60)} min` : `${Math.round(v)} s`);

  const targets: Line[] = [];
  queues.forEach((q, i) => {
    const t = f.rows.find((r) => r.key === q.key)?.target;
    if (t)
      targets.push({
        label: `target ${name(q.key)} (${Math.round(t.target * 100)}/${t.thresholdSeconds})`,
        color: colorOf(i),
        values: xs.map(() => t.target),
        dashed: true,
      });
  });
  const panels: Panel[] = [
    {
      title: 'Contacts arriving per interval, per queue',
      lines: queues.map((q, i) => ({ label: name(q.key), color: colorOf(i), values: q.contacts })),
      yFormat: (v) => `${Math.round(v)}`,
    },
    {
      title: 'Mean wait to answer (ASA), per queue',
      lines: queues.map((q, i) => ({ label: name(q.key), color: colorOf(i), values: q.asa })),
      yFormat: sec,
      seconds: true,
    },
    {
      title: "Service level (answered within the queue's threshold), per queue",
      lines: [...queues.map((q, i) => ({ label: name(q.key), color: colorOf(i), values: q.serviceLevel })), ...targets],
      yMax: 1,
      yFormat: pct,
    },
    {
      title: 'Mean wait to answer by tier, per queue and channel (solid: the tier with a bonus)',
      lines: cells.map((c) => {
        const [q, ch, t] = c.key.split('|').map(name);
        const pair = pairs.indexOf(c.key.slice(0, c.key.lastIndexOf('|')));
        return { label: `${q} ${ch} ${t}`, color: colorOf(pair), values: c.asa, dashed: t === 'standard' };
      }),
      yFormat: sec,
      seconds: true,
    },
    {
      title: 'Abandon rate, per queue',
      lines: queues.map((q, i) => ({ label: name(q.key), color: colorOf(i), values: q.abandonRate })),
      yFormat: pct,
      yCap: 1,
    },
  ];
  const headH = 64;
  const H = headH + panels.length * PANEL_H + 10;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif">`,
  );
  out.push(
    '<style>.title{font-size:14px;font-weight:600;fill:#222}.tick{font-size:11px;fill:#555}.legend{font-size:12px;fill:#222}.frame{fill:#fff;stroke:#999}.grid{stroke:#e4e4e4}.axis{stroke:#999}.head{font-size:18px;font-weight:700;fill:#111}.sub{font-size:12px;fill:#444}</style>',
  );
  out.push(`<rect width="${W}" height="${H}" fill="#fafafa"/>`);
  const floor = f.rows.find((r) => r.key === 'floor');
  const summary =
    floor === undefined
      ? ''
      : `floor: ${Math.round(floor.contacts?.mean ?? 0)} contacts, service level ${floor.serviceLevel ? pct(floor.serviceLevel.mean) : '-'}, ASA ${floor.asa ? sec(floor.asa.mean) : '-'}, abandoned ${floor.abandonRate ? pct(floor.abandonRate.mean) : '-'}`;
  out.push(`<text x="${LEFT}" y="28" class="head">${esc(`Simulated day: ${f.scenario}`)}</text>`);
  out.push(
    `<text x="${LEFT}" y="48" class="sub">${esc(`${formatTimeOfDay(f.day.start * 1000)}-${formatTimeOfDay(f.day.end * 1000)}, ${f.replications} replication${f.replications === 1 ? '' : 's'} (means), seed ${f.seed}; ${summary}`)}</text>`,
  );
  panels.forEach((p, i) => panel(out, headH + i * PANEL_H, xs, step, p));
  out.push('</svg>');
  return out.join('\n') + '\n';
}
