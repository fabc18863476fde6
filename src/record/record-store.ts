/**
 * Where interaction records are kept for their retention, and read back
 * page by page for export. Two adapters: `MemoryRecordStore` (the default:
 * this process, bounded in bytes, oldest dropped first) and
 * `RedisRecordStore` (redis-record-store.ts: `--store redis`, trimmed by
 * time, readable from any process).
 *
 * Records are ordered by the time they were written (their `closedAt`,
 * never going back: a clock step back keeps the previous time), and a page
 * is read from a cursor, so a day of records is exported in pages of
 * bounded size while routing goes on.
 */
import type { InteractionRecord, SurveyEntry } from './interaction-record.js';
import type { RecordSink } from './record-builder.js';
import { AgentTimeLog, type AgentTimeStore } from './agent-time.js';

export interface RecordQuery {
  /** Closed at or after (ms). */
  readonly from: number;
  /** Closed before (ms). */
  readonly to: number;
  /** Only contacts that passed through this queue. */
  readonly queue?: string | undefined;
  /** Only contacts this agent handled. */
  readonly agent?: string | undefined;
}

export interface RecordPage {
  /** The records, oldest first. */
  readonly records: InteractionRecord[];
  /** Where the next page starts, or null when the range is done. */
  readonly next: string | null;
}

/** A page of records as their JSON text (what NDJSON sends: no parse and re-serialise). */
export interface RecordJsonPage {
  readonly lines: string[];
  readonly next: string | null;
}

export interface RecordStoreStats {
  readonly records: number;
  /** Bytes held (memory store), or null when the backend keeps them. */
  readonly bytes: number | null;
  /** Records dropped before their retention ran out (memory bound, failed writes). */
  readonly dropped: number;
}

export interface RecordStore extends RecordSink {
  readonly kind: 'memory' | 'redis';
  /** The agents' staffed and occupied spans, kept beside the records for as long. */
  readonly agentTime: AgentTimeStore;
  /**
   * One page of the records closed in `[from, to)`, from `cursor` (null:
   * the start), with at most `limit` records. A page may hold fewer (a
   * filter that matches rarely) and still have a `next`.
   */
  page(query: RecordQuery, cursor: string | null, limit: number): Promise<RecordPage>;
  /** The same page as JSON text, one record a string. */
  pageJson(query: RecordQuery, cursor: string | null, limit: number): Promise<RecordJsonPage>;
  stats(): RecordStoreStats;
  /** Resolves once records handed over so far are stored. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export interface RecordRetention {
  /** How long a record is kept after it closed (ms). */
  readonly retentionMs: number;
  /** The clock records are aged by. */
  readonly now: () => number;
}

/** Whether a record matches a query's queue and agent filters. */
export function matches(r: InteractionRecord, q: RecordQuery): boolean {
  if (q.queue !== undefined && !r.queues.some((v) => v.queueId === q.queue)) return false;
  if (q.agent !== undefined && !r.agents.some((a) => a.agentId === q.agent)) return false;
  return true;
}

/** A record's bytes as held: its JSON, and what the entry, its index slot and its strings cost besides. */
const ENTRY_OVERHEAD = 160;

interface Entry {
  /** Ordering time: the record's `closedAt`, never less than the entry before. */
  readonly t: number;
  readonly id: string;
  json: string;
  bytes: number;
}

export interface MemoryRecordStoreOptions extends RecordRetention {
  /** Bytes the records may hold; past it the oldest go first (counted as dropped). */
  readonly maxBytes: number;
}

/**
 * Records as JSON text in closing order (an array with a moving head, so
 * dropping the oldest is O(1)), with an index by contact for surveys.
 * Each record costs its JSON length plus a fixed overhead, counted against
 * `maxBytes`.
 */
/**
 * Parses a stored record's JSON for a reader (CSV export, figures, filters).
 *
 * V8 trap (Node 20): `JSON.parse` of a string that lives in the old
 * generation, as every stored line does, builds its result in the old
 * generation too, where only a full collection frees it. A CSV export of
 * 300,000 records so left 360 MiB of dead records in old space, and the
 * mark-compact they brought on held the loop for 0.7 s on a 550 MiB heap
 * (bench:export-cost). Parsed from a fresh copy (a leading space, which
 * JSON allows: a young string), the records die young, in a scavenge.
 */
export function parseStored(json: string): InteractionRecord {
  return JSON.parse(` ${json}`) as InteractionRecord;
}

export class MemoryRecordStore implements RecordStore {
  readonly kind = 'memory';
  readonly agentTime: AgentTimeLog;
  readonly #o: MemoryRecordStoreOptions;
  #entries: Entry[] = [];
  #head = 0;
  /** Sequence number of `#entries[#head]`: cursors are sequence numbers, stable while the head moves. */
  #headSeq = 0;
  readonly #byId = new Map<string, Entry>();
  #bytes = 0;
  #dropped = 0;
  #lastT = -Infinity;

  constructor(options: MemoryRecordStoreOptions) {
    this.#o = options;
    this.agentTime = new AgentTimeLog({ retentionMs: options.retentionMs });
  }

  closed(record: InteractionRecord): void {
    const t = Math.max(record.closedAt, this.#lastT);
    this.#lastT = t;
    const json = JSON.stringify(record);
    const e: Entry = { t, id: record.contactId, json, bytes: json.length + ENTRY_OVERHEAD };
    this.#entries.push(e);
    this.#byId.set(e.id, e);
    this.#bytes += e.bytes;
    this.#trim();
  }

  surveyed(contactId: string, survey: SurveyEntry): void {
    const e = this.#byId.get(contactId);
    if (e === undefined) return;
    const r = parseStored(e.json);
    r.survey = survey;
    e.json = JSON.stringify(r);
    const bytes = e.json.length + ENTRY_OVERHEAD;
    this.#bytes += bytes - e.bytes;
    e.bytes = bytes;
  }

  async page(query: RecordQuery, cursor: string | null, limit: number): Promise<RecordPage> {
    const p = await this.pageJson(query, cursor, limit);
    return { records: p.lines.map(parseStored), next: p.next };
  }

  pageJson(query: RecordQuery, cursor: string | null, limit: number): Promise<RecordJsonPage> {
    this.#trim();
    const list = this.#entries;
    let i: number;
    if (cursor !== null) i = Math.max(this.#head, this.#head + (Number(cursor) - this.#headSeq));
    else {
      // First entry with t >= from (binary search: t never decreases).
      let lo = this.#head;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (list[mid]!.t < query.from) lo = mid + 1;
        else hi = mid;
      }
      i = lo;
    }
    const lines: string[] = [];
    const filtered = query.queue !== undefined || query.agent !== undefined;
    // A rare filter must not scan the whole store in one turn: a page looks at a bounded number of entries.
    const scanLimit = Math.max(limit, 1) * 8;
    let scanned = 0;
    for (; i < list.length && lines.length < limit && scanned < scanLimit; i++, scanned++) {
      const e = list[i]!;
      if (e.t >= query.to) return Promise.resolve({ lines, next: null });
      if (e.t < query.from) continue;
      if (!filtered || matches(parseStored(e.json), query)) lines.push(e.json);
    }
    const done = i >= list.length || list[i]!.t >= query.to;
    return Promise.resolve({ lines, next: done ? null : String(this.#headSeq + (i - this.#head)) });
  }

  stats(): RecordStoreStats {
    return { records: this.#entries.length - this.#head, bytes: this.#bytes, dropped: this.#dropped };
  }

  flush(): Promise<void> {
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  /** Drops what is past its retention, then the oldest while over the byte budget (those count as dropped). */
  #trim(): void {
    const list = this.#entries;
    const cutoff = this.#o.now() - this.#o.retentionMs;
    while (this.#head < list.length && (list[this.#head]!.t < cutoff || this.#bytes > this.#o.maxBytes)) {
      const e = list[this.#head]!;
      if (e.t >= cutoff) this.#dropped++;
      list[this.#head] = undefined as unknown as Entry;
      this.#head++;
      this.#headSeq++;
      this.#bytes -= e.bytes;
      if (this.#byId.get(e.id) === e) this.#byId.delete(e.id);
    }
    if (this.#head > 4096 && this.#head * 2 > list.length) {
      this.#entries = list.slice(this.#head);
      this.#head = 0;
    }
  }
}
