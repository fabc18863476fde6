/** A small line chart (inline SVG) of each queue's oldest wait over the last minutes. */
import { duration } from '../shared/format.js';
import { useT } from '../shared/i18n.js';
import { CHART_MINUTES, type Sample } from './floor.js';

const COLORS = ['#2563eb', '#db2777', '#059669', '#d97706', '#7c3aed', '#0891b2'];
const W = 560;
const H = 160;
const PAD = { left: 44, right: 8, top: 8, bottom: 20 };

export function WaitChart(props: { samples: readonly Sample[]; queues: readonly { id: string; name: string }[]; now: number }) {
  const t = useT();
  // The last CHART_MINUTES, or less (at least a minute) while the board has not been open that long.
  const first = props.samples[0]?.at ?? props.now;
  const span = Math.max(60_000, Math.min(CHART_MINUTES * 60_000, props.now - first));
  const from = props.now - span;
  const max = Math.max(30_000, ...props.samples.flatMap((s) => Object.values(s.oldest)));
  const x = (at: number) => PAD.left + ((at - from) / span) * (W - PAD.left - PAD.right);
  const y = (ms: number) => H - PAD.bottom - (ms / max) * (H - PAD.top - PAD.bottom);
  const title = t('sup.chart', { minutes: Math.round(span / 60_000) });
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      {props.samples.length < 2 ? (
        <p class="muted">{t('sup.chartEmpty')}</p>
      ) : (
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
          <line x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} class="axis" />
          <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} class="axis" />
          <text x={PAD.left - 4} y={PAD.top + 8} class="tick" text-anchor="end">
            {duration(max)}
          </text>
          <text x={PAD.left - 4} y={H - PAD.bottom} class="tick" text-anchor="end">
            0:00
          </text>
          <text x={PAD.left} y={H - 4} class="tick">
            −{Math.round(span / 60_000)} min
          </text>
          <text x={W - PAD.right} y={H - 4} class="tick" text-anchor="end">
            0
          </text>
          {props.queues.map((q, i) => (
            <polyline
              key={q.id}
              fill="none"
              stroke={COLORS[i % COLORS.length]}
              stroke-width="2"
              points={props.samples.map((s) => `${x(s.at).toFixed(1)},${y(s.oldest[q.id] ?? 0).toFixed(1)}`).join(' ')}
            />
          ))}
        </svg>
      )}
      <ul class="legend">
        {props.queues.map((q, i) => (
          <li key={q.id}>
            <span class="swatch" style={{ background: COLORS[i % COLORS.length] }} /> {q.name}
          </li>
        ))}
      </ul>
    </figure>
  );
}
