/**
 * The wallboard's agents table of the day's figures, sortable by any column
 * (a header's button; again for the other direction), and the reasons
 * behind the "no" answers: by what they are about, and by reason.
 */
import { useState } from 'preact/hooks';
import type { AgentFiguresMsg } from '../../../src/protocol/messages.js';
import { NumCell } from '../shared/components.js';
import { duration } from '../shared/format.js';
import { translateCode, useLabels, useT, type MessageKey } from '../shared/i18n.js';
import { figureRow, noByCategory, noByReason, sortRows, type AgentFigureRow, type Share, type SortKey } from './agent-figures.js';
import type { AgentSurveys } from './floor.js';

const pct = (x: number | undefined, na: string) => (x === undefined ? na : `${Math.round(x * 100)} %`);

const COLUMNS: readonly { key: SortKey; label: MessageKey }[] = [
  { key: 'agentId', label: 'sup.agent' },
  { key: 'handled', label: 'fig.handled' },
  { key: 'avgTalkMs', label: 'fig.talk' },
  { key: 'avgHoldMs', label: 'fig.hold' },
  { key: 'avgWrapUpMs', label: 'fig.acw' },
  { key: 'ahtMs', label: 'fig.aht' },
  { key: 'occupancy', label: 'fig.occupancy' },
  { key: 'fcr', label: 'fig.fcr' },
  { key: 'transfers', label: 'sup.transfers' },
  { key: 'escalations', label: 'sup.escalations' },
  { key: 'surveyYes', label: 'sup.yes' },
  { key: 'surveyNo', label: 'fig.noAboutAgent' },
  { key: 'noRate', label: 'fig.noRate' },
];

/** `figures` is read on every render (a re-sort too): an array, not an iterator. */
export function FiguresTable(props: { figures: readonly AgentFiguresMsg[] }) {
  const t = useT();
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'agentId', desc: false });
  const rows = sortRows(props.figures.map(figureRow), sort.key, sort.desc);
  if (rows.length === 0) return <p class="muted">{t('fig.none')}</p>;
  const na = t('sup.na');
  const ms = (v: number | undefined) => (v === undefined ? na : duration(v));
  return (
    <table class="board" data-testid="agent-figures">
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th key={c.key} aria-sort={sort.key === c.key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
              <button
                type="button"
                class="link sort"
                data-sort={c.key}
                // A new column sorts names A to Z, figures largest first.
                onClick={() => setSort((s) => (s.key === c.key ? { key: c.key, desc: !s.desc } : { key: c.key, desc: c.key !== 'agentId' }))}
              >
                {t(c.label)}
                {sort.key === c.key ? (sort.desc ? ' ▼' : ' ▲') : ''}
              </button>
            </th>
          ))}
          <th>{t('fig.noNotAboutAgent')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <FigureRow key={r.agentId} r={r} na={na} ms={ms} />
        ))}
      </tbody>
    </table>
  );
}

function FigureRow(props: { r: AgentFigureRow; na: string; ms: (v: number | undefined) => string }) {
  const t = useT();
  const { r, ms, na } = props;
  const channels = Object.entries(r.byChannel)
    .filter(([, n]) => n > 0)
    .map(([c, n]) => `${translateCode(t, 'channel', c)} ${n}`)
    .join(', ');
  return (
    <tr data-agent={r.agentId}>
      <th scope="row">{r.agentId}</th>
      <NumCell id="fig-handled">
        {r.handled}
        {channels !== '' && <div class="muted small">{channels}</div>}
      </NumCell>
      <NumCell id="fig-talk">{ms(r.avgTalkMs)}</NumCell>
      <NumCell id="fig-hold">{ms(r.avgHoldMs)}</NumCell>
      <NumCell id="fig-acw">{ms(r.avgWrapUpMs)}</NumCell>
      <NumCell id="fig-aht">{ms(r.ahtMs)}</NumCell>
      <NumCell id="fig-occupancy">{pct(r.occupancy, na)}</NumCell>
      <NumCell id="fig-fcr">{pct(r.fcr, na)}</NumCell>
      <NumCell id="fig-transfers">{r.transfers}</NumCell>
      <NumCell id="fig-escalations">{r.escalations}</NumCell>
      <NumCell id="fig-yes">{r.surveyYes}</NumCell>
      <NumCell id="fig-no">{r.surveyNo}</NumCell>
      <NumCell id="fig-no-rate">{pct(r.noRate, na)}</NumCell>
      <NumCell id="fig-no-other">{r.surveyNoNotAboutAgent}</NumCell>
    </tr>
  );
}

/** The "no" answers behind the rates the board shows: by what they are about, then by reason. */
export function NoReasons(props: { figures: readonly AgentFiguresMsg[]; surveys: readonly AgentSurveys[] }) {
  const t = useT();
  const labels = useLabels();
  const categories = noByCategory(props.figures);
  const reasons = noByReason(props.surveys);
  if (categories.length === 0 && reasons.length === 0) return <p class="muted">{t('sup.noSurveys')}</p>;
  const about = (c: string) => {
    const key = `fig.about.${c}`;
    return key in ABOUT ? t(key as MessageKey) : c;
  };
  return (
    <div class="two-lists">
      {categories.length > 0 && <Distribution title={t('fig.byAbout')} testId="no-by-about" shares={categories} label={about} />}
      {reasons.length > 0 && <Distribution title={t('fig.byReason')} testId="no-by-reason" shares={reasons} label={(r) => labels.code('survey', r)} />}
    </div>
  );
}

const ABOUT = { 'fig.about.agent': 1, 'fig.about.policy': 1, 'fig.about.product': 1, 'fig.about.other': 1 };

function Distribution(props: { title: string; testId: string; shares: readonly Share[]; label: (key: string) => string }) {
  return (
    <figure class="distribution" data-testid={props.testId}>
      <figcaption>{props.title}</figcaption>
      <ul>
        {props.shares.map((s) => (
          <li key={s.key} data-key={s.key}>
            <span class="label">{props.label(s.key)}</span>
            <span class="bar" aria-hidden="true">
              <span style={{ width: `${Math.round(s.share * 100)}%` }} />
            </span>
            <span class="num" data-testid="share">
              {s.n} · {Math.round(s.share * 100)} %
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
