/**
 * Hours of operation for the reference model (`reference-model.ts`), written
 * from docs/routing.md "Hours of operation" alone, by brute force: it does
 * not import src/core/opening-hours.ts, and it finds changes by walking the
 * clock a minute at a time instead of computing where they must be.
 *
 * The rules it reads: a date's spans are those of its special day, else none
 * on a holiday, else the weekday's (a dated entry before a yearly one); a
 * span `[start, end)` of date D is open from the instant of D's wall time
 * `start` to the instant of D's wall time `end`, where a wall time that
 * occurs twice (fall back) is the first of the two and one skipped by a
 * spring-forward change is moved forward by the gap (Temporal's
 * `compatible`: 02:30 on the night the clocks go from 02:00 to 03:00 is
 * 03:30). The zone's wall time at an instant is the runtime's (`Intl`).
 *
 * Every zone the tests use has offsets of whole minutes, so every span's
 * instants fall on a minute of the UTC clock and the state is constant
 * within each UTC minute: walking minute by minute misses no change.
 */
import type { QueueConfig } from '../../src/core/index.js';

type HoursInput = NonNullable<QueueConfig['hours']>;

const MINUTE = 60_000;
const DAY = 86_400_000;
/** docs/routing.md: the next change is looked for over 400 days, else "until further notice" (null). */
const HORIZON_MINUTES = 400 * 1440;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Whether a queue is open at an instant, until when, and the name of its holiday or special day (as `router.queueHours`). */
export interface ModelHoursState {
  open: boolean;
  until: number | null;
  reason: string | null;
}

interface DayRule {
  /** Open spans in local minutes, `[start, end)`. */
  spans: (readonly [number, number])[];
  name: string | null;
}

// ---- the zone's wall clock (cached: Intl is slow) -------------------------------------------

const zones = new Map<string, { fmt: Intl.DateTimeFormat; quarters: Map<number, number | number[]> }>();

/** The zone's offset (ms, local minus UTC) at UTC minute `m`, as the runtime's `Intl` says. */
function intlOffset(fmt: Intl.DateTimeFormat, m: number): number {
  // `format` is about twice as fast as `formatToParts`: "3/8/2026, 03:15" (en-US, 24 h).
  const parts = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+)$/.exec(fmt.format(m * MINUTE));
  if (parts === null) throw new Error(`model: unexpected local time ${fmt.format(m * MINUTE)}`);
  const [month, day, year, hour, minute] = parts.slice(1).map(Number) as [number, number, number, number, number];
  return Date.UTC(year, month - 1, day, hour, minute) - m * MINUTE;
}

/**
 * The local wall time at UTC minute `m` (ms since the epoch), written as if
 * it were UTC. `Intl` is asked at both ends of each quarter hour of UTC:
 * where they agree, so does every minute between (no zone changes its
 * offset and back within a quarter hour); else it is asked minute by minute.
 */
function wallAt(zone: string, m: number): number {
  let z = zones.get(zone);
  if (z === undefined) {
    const fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    z = { fmt, quarters: new Map() };
    zones.set(zone, z);
  }
  const q = Math.floor(m / 15);
  let offsets = z.quarters.get(q);
  if (offsets === undefined) {
    const fmt = z.fmt;
    const first = intlOffset(fmt, q * 15);
    offsets = first === intlOffset(fmt, q * 15 + 15) ? first : Array.from({ length: 15 }, (_, i) => intlOffset(fmt, q * 15 + i));
    z.quarters.set(q, offsets);
  }
  return m * MINUTE + (typeof offsets === 'number' ? offsets : offsets[m - q * 15]!);
}

const instants = new Map<string, number>();

/**
 * The instant of wall time `wall` (ms, written as UTC) in `zone`: the first
 * UTC minute whose wall time it is; none (a gap): `wall` minus the offset in
 * force before the gap. Offsets lie within −12 h..+14 h, so every candidate
 * is within that of `wall`.
 */
function instantOf(zone: string, wall: number): number {
  const key = `${zone} ${wall}`;
  const known = instants.get(key);
  if (known !== undefined) return known;
  let found: number | null = null;
  let before: number | null = null;
  for (let m = (wall - 14 * 3_600_000) / MINUTE; m <= (wall + 12 * 3_600_000) / MINUTE; m++) {
    const w = wallAt(zone, m);
    if (w === wall) {
      found = m * MINUTE;
      break;
    }
    if (w < wall) before = m;
  }
  if (found === null) {
    if (before === null) throw new Error(`model: no wall time ${new Date(wall).toISOString()} in ${zone}`);
    found = wall - (wallAt(zone, before) - before * MINUTE);
  }
  instants.set(key, found);
  return found;
}

// ---- one queue's schedule -----------------------------------------------------------------

function parseSpan(s: string): readonly [number, number] {
  const [a, b] = s.split('-') as [string, string];
  const min = (hm: string) => Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3, 5));
  return [min(a), min(b)];
}

/** A queue's hours as docs/routing.md states them; slow on purpose. */
export class ModelSchedule {
  readonly timeZone: string;
  readonly #input: HoursInput;
  /** Local date (ms as UTC) -> its spans as instants `[from, to)`. */
  readonly #spansOf = new Map<number, (readonly [number, number])[]>();
  /** States found so far, each valid over [from, until). */
  readonly #known: { from: number; until: number; open: boolean }[] = [];

  constructor(input: HoursInput) {
    this.timeZone = input.timeZone;
    this.#input = input;
  }

  /** The rule of a local date: its special day, else its holiday, else its weekday's spans; a dated entry before a yearly one. */
  #day(date: number): DayRule {
    const d = new Date(date);
    const iso = d.toISOString().slice(0, 10);
    const md = iso.slice(5);
    for (const key of [iso, md]) {
      const special = (this.#input.specialDays ?? []).find((s) => s.date === key);
      if (special !== undefined) return { spans: special.hours.map(parseSpan), name: special.name ?? null };
      const holiday = (this.#input.holidays ?? []).find((h) => h.date === key);
      if (holiday !== undefined) return { spans: [], name: holiday.name ?? null };
    }
    return { spans: (this.#input.weekly[WEEKDAYS[d.getUTCDay()]!] ?? []).map(parseSpan), name: null };
  }

  /** The spans of a local date as instants: from the instant of its wall time `start` to that of `end`. */
  #instantSpans(date: number): (readonly [number, number])[] {
    let spans = this.#spansOf.get(date);
    if (spans === undefined) {
      spans = this.#day(date).spans.map(([s, e]) => [instantOf(this.timeZone, date + s * MINUTE), instantOf(this.timeZone, date + e * MINUTE)] as const);
      this.#spansOf.set(date, spans);
    }
    return spans;
  }

  /** The local date (its midnight, ms written as UTC) of instant t. */
  #dateOf(t: number): number {
    const w = wallAt(this.timeZone, Math.floor(t / MINUTE));
    return w - (((w % DAY) + DAY) % DAY);
  }

  /** Open at t: within a span of the local date of t or of a date beside it (a span's instants may leave its date). */
  isOpen(t: number): boolean {
    const date = this.#dateOf(t);
    for (const d of [date - DAY, date, date + DAY]) for (const [from, to] of this.#instantSpans(d)) if (from <= t && t < to) return true;
    return false;
  }

  /** The next instant after t at which the state changes: the first UTC minute after t in the other state. */
  nextChange(t: number): number | null {
    for (const k of this.#known) if (t >= k.from && t < k.until) return k.until;
    const open = this.isOpen(t);
    const first = Math.floor(t / MINUTE) + 1;
    for (let m = first; m < first + HORIZON_MINUTES; m++) {
      if (this.isOpen(m * MINUTE) !== open) {
        this.#known.push({ from: t, until: m * MINUTE, open });
        return m * MINUTE;
      }
    }
    return null;
  }

  /** The name of the holiday or special day in force at t (that of t's local date). */
  reasonAt(t: number): string | null {
    return this.#day(this.#dateOf(t)).name;
  }

  stateAt(t: number): ModelHoursState {
    return { open: this.isOpen(t), until: this.nextChange(t), reason: this.reasonAt(t) };
  }

  /** The next closing after t: the end of the opening in force at t, else the end of the next opening. */
  nextClosing(t: number): number | null {
    const change = this.nextChange(t);
    if (change === null || this.isOpen(t)) return change;
    return this.nextChange(change);
  }
}
