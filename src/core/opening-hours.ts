/**
 * Hours of operation of a queue (DESIGN.md §4): weekly hours in an IANA time
 * zone, holidays and special days. Pure: every answer is a function of the
 * configuration and the instant asked about, computed with the runtime's own
 * time-zone data (`Intl`), so daylight-saving changes are those of the zone.
 *
 * Local times follow the rule of `Temporal`'s `compatible` disambiguation: a
 * wall time skipped by a spring-forward change is moved forward by the gap
 * (an 02:30 opening on that day opens at 03:30), a wall time that occurs
 * twice (fall back) means the first of the two. A span of a date is open
 * from the instant of its start to the instant of its end, so whether the
 * queue is open at an instant is read from those instants, not from the
 * wall clock's minute (the two differ in the hour a change skips or repeats).
 *
 * @example
 * const h = new OpeningHours({ timeZone: 'America/Toronto', weekly: { mon: ['09:00-17:00'] } });
 * h.stateAt(Date.parse('2026-03-09T12:59:00Z')); // { open: false, until: Date.parse('2026-03-09T13:00:00Z'), reason: null }
 */
import { QueueClosedError } from './errors.js';

/** Day keys of `weekly`, in `Date.getUTCDay()` order. */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** What a closed queue does with a new contact: see the schema's `whenClosed`. */
export const CLOSED_ACTIONS = ['refuse', 'redirect', 'callback'] as const;
export type ClosedAction = (typeof CLOSED_ACTIONS)[number];

/** The hours as written (validated by `hoursSchema` in config-schema.ts). */
export interface HoursConfig {
  readonly timeZone: string;
  /** Day -> open spans `"HH:MM-HH:MM"` (end `24:00` = midnight); a day not listed is closed. */
  readonly weekly: { readonly [D in Weekday]?: readonly string[] | undefined };
  /** Closed all day; `date` is `YYYY-MM-DD`, or `MM-DD` for every year. */
  readonly holidays?: readonly { readonly date: string; readonly name?: string | undefined }[] | undefined;
  /** These spans instead of the weekly ones (an empty list: closed all day). */
  readonly specialDays?: readonly { readonly date: string; readonly hours: readonly string[]; readonly name?: string | undefined }[] | undefined;
}

/** Whether the queue is open at an instant, until when that holds, and the holiday or special day's name. */
export interface HoursState {
  readonly open: boolean;
  /** The next instant the state changes (ms), or null when it never does within a year. */
  readonly until: number | null;
  /** The name of the holiday or special day in force, if it has one. */
  readonly reason: string | null;
}

/** `"HH:MM-HH:MM"`, start before end, end up to 24:00. */
export function parseSpan(s: string): readonly [number, number] | null {
  const m = /^(\d\d):(\d\d)-(\d\d):(\d\d)$/.exec(s);
  if (m === null) return null;
  const [h1, m1, h2, m2] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
  if (h1 > 23 || m1 > 59 || m2 > 59 || h2 > 24 || (h2 === 24 && m2 !== 0)) return null;
  const start = h1 * 60 + m1;
  const end = h2 * 60 + m2;
  return start < end ? [start, end] : null;
}

/** `YYYY-MM-DD` or `MM-DD` naming a real day (29 February only in a leap year, or yearly). */
export function validDate(s: string): boolean {
  const m = /^(?:(\d{4})-)?(\d\d)-(\d\d)$/.exec(s);
  if (m === null) return false;
  const year = m[1] === undefined ? 2000 : Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Whether the runtime knows `tz` as an IANA time zone name. */
export function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

interface Day {
  readonly spans: readonly (readonly [number, number])[];
  readonly name: string | null;
}

const DAY_MS = 86_400_000;
/** How far ahead the next change is looked for; past it a queue is "closed until further notice". */
const HORIZON_DAYS = 400;

export class OpeningHours {
  readonly timeZone: string;
  readonly #weekly: readonly Day[];
  readonly #dated = new Map<string, Day>();
  readonly #fmt: Intl.DateTimeFormat;
  /** The last state computed, valid over [from, to): up to its change and within its local day (the day names the reason). */
  #memo: { from: number; to: number; state: HoursState } | null = null;
  /** Instants of local wall times (the wall time written as UTC ms -> the instant), as the next change looks them up day after day. */
  readonly #instants = new Map<number, number>();

  constructor(config: HoursConfig) {
    this.timeZone = config.timeZone;
    this.#fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: config.timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    const spans = (list: readonly string[] | undefined) => (list ?? []).map((s) => parseSpan(s)!);
    this.#weekly = WEEKDAYS.map((d) => ({ spans: spans(config.weekly[d]), name: null }));
    // Special days win over holidays on the same date, a dated entry over a yearly one (looked up first).
    for (const h of config.holidays ?? []) this.#dated.set(h.date, { spans: [], name: h.name ?? null });
    for (const s of config.specialDays ?? []) this.#dated.set(s.date, { spans: spans(s.hours), name: s.name ?? null });
  }

  /** Open or closed at `t`, until when, and why (a named holiday or special day). Memoized over the current span. */
  stateAt(t: number): HoursState {
    const m = this.#memo;
    if (m !== null && t >= m.from && t < m.to) return m.state;
    const local = this.#local(t);
    const day = this.#day(local.y, local.mo, local.d);
    const open = this.#openAt(t, local);
    const state: HoursState = { open, until: this.#nextChange(t, open, local), reason: day.name };
    const midnight = this.#instant(local.y, local.mo, local.d, 1440);
    this.#memo = { from: t, to: state.until === null ? midnight : Math.min(state.until, midnight), state };
    return state;
  }

  isOpen(t: number): boolean {
    return this.stateAt(t).open;
  }

  /** The next opening at or after `t` (t itself when open), or null when none within the horizon. */
  nextOpening(t: number): number | null {
    const s = this.stateAt(t);
    return s.open ? t : s.until;
  }

  /** `t` as a local ISO time with its offset, e.g. `2026-03-09T09:00-04:00`. */
  format(t: number): string {
    const l = this.#local(t);
    const off = Math.round((this.#wallMs(t) - Math.floor(t / 1000) * 1000) / 60_000);
    const sign = off < 0 ? '-' : '+';
    const a = Math.abs(off);
    const p = (n: number, w = 2) => String(n).padStart(w, '0');
    return `${p(l.y, 4)}-${p(l.mo)}-${p(l.d)}T${p(Math.floor(l.min / 60))}:${p(l.min % 60)}${sign}${p(Math.floor(a / 60))}:${p(a % 60)}`;
  }

  #day(y: number, mo: number, d: number): Day {
    const md = `${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return this.#dated.get(`${String(y).padStart(4, '0')}-${md}`) ?? this.#dated.get(md) ?? this.#weekly[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()]!;
  }

  #nextChange(t: number, open: boolean, local: Local): number | null {
    const base = Date.UTC(local.y, local.mo - 1, local.d);
    // From the day before: a span's instants may leave its date (a change at midnight).
    for (let k = -1; k < HORIZON_DAYS; k++) {
      const date = new Date(base + k * DAY_MS);
      const [y, mo, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
      const day = this.#day(y, mo, d);
      const bounds: number[] = [];
      for (const [s, e] of day.spans) bounds.push(this.#instant(y, mo, d, s), this.#instant(y, mo, d, e));
      // The end of this day is a change when the day ends open and the next starts closed (or the reverse).
      bounds.push(this.#instant(y, mo, d, 1440));
      bounds.sort((a, b) => a - b);
      for (const b of bounds) if (b > t && this.#openAt(b) !== open) return b;
    }
    return null;
  }

  /**
   * Within a span of t's local date, or of a date beside it, from the
   * span's start instant to its end instant: in the hour a change skips or
   * repeats, the wall clock's minute alone would say otherwise.
   */
  #openAt(t: number, local: Local = this.#local(t)): boolean {
    const base = Date.UTC(local.y, local.mo - 1, local.d);
    for (let k = -1; k <= 1; k++) {
      const date = new Date(base + k * DAY_MS);
      const [y, mo, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
      for (const [s, e] of this.#day(y, mo, d).spans) if (this.#instant(y, mo, d, s) <= t && t < this.#instant(y, mo, d, e)) return true;
    }
    return false;
  }

  /** The instant of local wall time `min` minutes into the day y-mo-d (see the module's note on gaps and overlaps). */
  #instant(y: number, mo: number, d: number, min: number): number {
    const wall = Date.UTC(y, mo - 1, d, 0, min);
    const known = this.#instants.get(wall);
    if (known !== undefined) return known;
    const at = this.#resolve(wall);
    // A bounded cache: a router lives for months, asking about a few instants a day.
    if (this.#instants.size >= 4096) this.#instants.clear();
    this.#instants.set(wall, at);
    return at;
  }

  #resolve(wall: number): number {
    const before = this.#offset(wall - DAY_MS);
    const after = this.#offset(wall + DAY_MS);
    const a = wall - before;
    const b = wall - after;
    const aOk = this.#offset(a) === before;
    const bOk = this.#offset(b) === after;
    if (aOk && bOk) return Math.min(a, b);
    if (aOk) return a;
    if (bOk) return b;
    return a; // in a gap: the offset before the change lands just after it
  }

  /** Zone offset at `t` (ms, local minus UTC). */
  #offset(t: number): number {
    return this.#wallMs(t) - Math.floor(t / 1000) * 1000;
  }

  /** The local wall time at `t`, as if it were UTC (ms, whole seconds). */
  #wallMs(t: number): number {
    const l = this.#parts(t);
    return Date.UTC(l.y, l.mo - 1, l.d, l.h, l.mi, l.s);
  }

  #local(t: number): Local {
    const p = this.#parts(t);
    return { y: p.y, mo: p.mo, d: p.d, min: p.h * 60 + p.mi };
  }

  #parts(t: number): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
    let y = 0;
    let mo = 0;
    let d = 0;
    let h = 0;
    let mi = 0;
    let s = 0;
    for (const p of this.#fmt.formatToParts(t)) {
      switch (p.type) {
        case 'year':
          y = Number(p.value);
          break;
        case 'month':
          mo = Number(p.value);
          break;
        case 'day':
          d = Number(p.value);
          break;
        case 'hour':
          h = Number(p.value);
          break;
        case 'minute':
          mi = Number(p.value);
          break;
        case 'second':
          s = Number(p.value);
          break;
        default:
      }
    }
    return { y, mo, d, h, mi, s };
  }
}

interface Local {
  readonly y: number;
  readonly mo: number;
  readonly d: number;
  /** Minutes since local midnight. */
  readonly min: number;
}

/** The refusal of a new contact by a closed queue. */
export function queueClosed(queueId: string, hours: OpeningHours, state: HoursState): QueueClosedError {
  const why = state.reason === null ? '' : ` (${state.reason})`;
  const when = state.until === null ? 'until further notice' : `until ${hours.format(state.until)} (${hours.timeZone})`;
  return new QueueClosedError(`queue ${queueId} is closed${why} ${when}`, state.until, queueId);
}
