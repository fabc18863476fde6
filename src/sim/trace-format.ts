/**
 * Traces: contacts replayed as they arrived (an export of yesterday's ACD
 * report, say), in CSV with a header line or in NDJSON (one JSON object a
 * line). Fields, by name:
 *
 * | field | required | meaning |
 * |---|---|---|
 * | `arrival` | yes | time of day `HH:MM:SS[.sss]`, or seconds since the day's start |
 * | `queue`, `channel` | yes | as the server's config names them |
 * | `handleSeconds` | yes | talk/handle time once answered |
 * | `language` | no (`en`) | BCP 47 tag |
 * | `tier` | no (`standard`) | a tier of the config |
 * | `skills` | no | `billing:3 tech:2` (CSV: separated by spaces or `;`), an object in NDJSON |
 * | `patienceSeconds` | no | when the customer would hang up; empty: the scenario's patience; `none`: never |
 * | `wrapUpSeconds` | no | the agent's wrap-up; empty: the scenario's |
 * | `customer` | no | customer id (repeat contacts, last-agent routing) |
 * | `intent` | no | a chatbot hand-off with this intent (chat only) |
 */
import { isLanguageTag } from '../core/language.js';
import { isChannel, type Channel } from '../core/model.js';

const ID_RE = /^[A-Za-z0-9._:@-]{1,128}$/;

/** One replayed contact. `atMs`: ms since midnight. */
export interface TraceRecord {
  readonly line: number;
  readonly atMs: number;
  readonly queue: string;
  readonly channel: Channel;
  readonly language: string;
  readonly tier: string;
  readonly skills: Readonly<Record<string, number>>;
  readonly handleSeconds: number;
  /** undefined: the scenario's default; Infinity: never hangs up. */
  readonly patienceSeconds: number | undefined;
  readonly wrapUpSeconds: number | undefined;
  readonly customer: string | undefined;
  readonly intent: string | undefined;
}

export interface ParsedTrace {
  readonly records: TraceRecord[];
  readonly problems: string[];
}

/** Parses a trace; records come back sorted by arrival (stable for equal times). */
export function parseTrace(text: string, format: 'csv' | 'ndjson', dayStartMs: number): ParsedTrace {
  const problems: string[] = [];
  const rows: { line: number; fields: Record<string, unknown> }[] = [];
  const lines = text.split(/\r?\n/);
  if (format === 'ndjson') {
    lines.forEach((l, i) => {
      if (l.trim() === '') return;
      try {
        const v: unknown = JSON.parse(l);
        if (typeof v !== 'object' || v === null || Array.isArray(v)) problems.push(`line ${i + 1}: not a JSON object`);
        else rows.push({ line: i + 1, fields: v as Record<string, unknown> });
      } catch (e) {
        problems.push(`line ${i + 1}: ${(e as Error).message}`);
      }
    });
  } else {
    let header: string[] | null = null;
    lines.forEach((l, i) => {
      if (l.trim() === '' || l.startsWith('#')) return;
      const cells = splitCsvLine(l);
      if (header === null) {
        header = cells.map((c) => c.trim());
        for (const need of ['arrival', 'queue', 'channel', 'handleSeconds']) {
          if (!header.includes(need)) problems.push(`line ${i + 1}: the header has no ${need} column`);
        }
        return;
      }
      const fields: Record<string, unknown> = {};
      header.forEach((h, k) => {
        const v = cells[k]?.trim() ?? '';
        if (v !== '') fields[h] = v;
      });
      rows.push({ line: i + 1, fields });
    });
  }
  const records: TraceRecord[] = [];
  for (const { line, fields } of rows) {
    const r = toRecord(fields, dayStartMs);
    if (typeof r === 'string') problems.push(`line ${line}: ${r}`);
    else records.push({ ...r, line });
  }
  records.sort((a, b) => a.atMs - b.atMs || a.line - b.line);
  return { records, problems };
}

function toRecord(f: Record<string, unknown>, dayStartMs: number): Omit<TraceRecord, 'line'> | string {
  const arrival = f['arrival'];
  let atMs: number;
  if (typeof arrival === 'number' || (typeof arrival === 'string' && /^\d+(\.\d+)?$/.test(arrival))) atMs = dayStartMs + Number(arrival) * 1000;
  else if (typeof arrival === 'string' && /^\d{1,5}:[0-5]\d:[0-5]\d(\.\d+)?$/.test(arrival)) {
    const [h, m, s] = arrival.split(':');
    atMs = ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000;
  } else return `arrival: ${JSON.stringify(arrival)} is neither HH:MM:SS nor seconds since the day's start`;
  const queue = f['queue'];
  if (typeof queue !== 'string' || !ID_RE.test(queue)) return `queue: ${JSON.stringify(queue)} is not a queue id`;
  const channel = f['channel'];
  if (!isChannel(channel)) return `channel: ${JSON.stringify(channel)} is not voice, chat, email or social`;
  const language = f['language'] ?? 'en';
  if (!isLanguageTag(language)) return `language: ${JSON.stringify(language)} is not a language tag`;
  const tier = f['tier'] ?? 'standard';
  if (typeof tier !== 'string' || !ID_RE.test(tier)) return `tier: ${JSON.stringify(tier)} is not a tier name`;
  const skills = parseSkills(f['skills']);
  if (typeof skills === 'string') return `skills: ${skills}`;
  const handle = seconds(f['handleSeconds']);
  if (handle === undefined || handle === Infinity) return `handleSeconds: ${JSON.stringify(f['handleSeconds'])} is not a duration in seconds`;
  const patienceRaw = f['patienceSeconds'];
  const patience = patienceRaw === undefined || patienceRaw === null ? undefined : seconds(patienceRaw);
  if (patienceRaw !== undefined && patienceRaw !== null && patience === undefined)
    return `patienceSeconds: ${JSON.stringify(patienceRaw)} is not a duration or none`;
  const wrapRaw = f['wrapUpSeconds'];
  const wrap = wrapRaw === undefined || wrapRaw === null ? undefined : seconds(wrapRaw);
  if (wrapRaw !== undefined && wrapRaw !== null && (wrap === undefined || wrap === Infinity))
    return `wrapUpSeconds: ${JSON.stringify(wrapRaw)} is not a duration`;
  const customer = f['customer'];
  if (customer !== undefined && (typeof customer !== 'string' || !ID_RE.test(customer))) return `customer: ${JSON.stringify(customer)} is not an id`;
  const intent = f['intent'];
  if (intent !== undefined && (typeof intent !== 'string' || !ID_RE.test(intent))) return `intent: ${JSON.stringify(intent)} is not a short code`;
  return {
    atMs,
    queue,
    channel,
    language,
    tier,
    skills,
    handleSeconds: handle,
    patienceSeconds: patience,
    wrapUpSeconds: wrap,
    customer: customer as string | undefined,
    intent: intent as string | undefined,
  };
}

/** Seconds >= 0, `none` = Infinity, else undefined. */
function seconds(v: unknown): number | undefined {
  if (v === 'none') return Infinity;
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

function parseSkills(v: unknown): Record<string, number> | string {
  if (v === undefined) return {};
  const out: Record<string, number> = {};
  const check = (name: string, level: unknown): string | null => {
    const n = typeof level === 'string' ? Number(level) : level;
    if (!ID_RE.test(name)) return `invalid skill name ${JSON.stringify(name)}`;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 5) return `${name} must be a level 1..5`;
    out[name] = n;
    return null;
  };
  if (typeof v === 'string') {
    for (const part of v.split(/[\s;]+/).filter((p) => p !== '')) {
      const [name, level] = part.split(':');
      const err = check(name ?? '', level);
      if (err !== null) return err;
    }
    return out;
  }
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    for (const [name, level] of Object.entries(v)) {
      const err = check(name, level);
      if (err !== null) return err;
    }
    return out;
  }
  return 'must be "skill:level ..." or an object';
}

/** One CSV line, with RFC 4180 double quotes. */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}
