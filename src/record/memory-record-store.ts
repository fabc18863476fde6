/**
 * The default record store: this process's memory, bounded in bytes (the
 * oldest dropped first, counted), trimmed by time, the records held off the
 * V8 heap (record-slabs.ts: UTF-8 JSON lines in large slabs, indexes in
 * typed arrays), so that a week of them does not slow every garbage
 * collection of the routing process (bench:export-cost).
 *
 * An NDJSON page is the slabs' bytes as they are (contiguous records one
 * slice); a page of records is parsed from text decoded afresh from them.
 */
import type { InteractionRecord, SurveyEntry } from './interaction-record.js';
import { AgentTimeLog } from './agent-time.js';
import {
  matches,
  type RecordJsonPage,
  type RecordPage,
  type RecordQuery,
  type RecordRetention,
  type RecordStore,
  type RecordStoreStats,
} from './record-store.js';
import { DEFAULT_INDEX_CHUNK, DEFAULT_SLAB_BYTES, EntryIndex, IdTable, Slabs, idHash } from './record-slabs.js';

/**
 * What a record costs besides its JSON line: its index entry (24 bytes)
 * and its share of the id table (a 4-byte slot, the table a quarter to
 * three quarters full: 5-16 bytes), at the most.
 */
export const ENTRY_OVERHEAD = 40;

export interface MemoryRecordStoreOptions extends RecordRetention {
  /** Bytes the records may hold; past it the oldest go first (counted as dropped). */
  readonly maxBytes: number;
  /** Bytes a slab holds (default 8 MiB; a larger record gets one of its own). */
  readonly slabBytes?: number | undefined;
  /** Entries a chunk of the index holds (default 65,536). */
  readonly indexChunk?: number | undefined;
}

export class MemoryRecordStore implements RecordStore {
  readonly kind = 'memory';
  readonly agentTime: AgentTimeLog;
  readonly #o: MemoryRecordStoreOptions;
  readonly #slabs: Slabs;
  readonly #index: EntryIndex;
  readonly #ids: IdTable;
  /** Bytes held: every live record's line and overhead, and superseded lines still in a held slab. */
  #bytes = 0;
  #dropped = 0;
  #lastT = -Infinity;

  constructor(options: MemoryRecordStoreOptions) {
    this.#o = options;
    this.agentTime = new AgentTimeLog({ retentionMs: options.retentionMs });
    this.#slabs = new Slabs(options.slabBytes ?? DEFAULT_SLAB_BYTES);
    this.#index = new EntryIndex(options.indexChunk ?? DEFAULT_INDEX_CHUNK);
    this.#ids = new IdTable(this.#index, (seq) => this.#record(seq).contactId === this.#probeId);
  }

  /** The id `#ids` is looking for (its `isId` compares against it). */
  #probeId = '';

  closed(record: InteractionRecord): void {
    const t = Math.max(record.closedAt, this.#lastT);
    this.#lastT = t;
    const json = JSON.stringify(record);
    const n = Buffer.byteLength(json);
    const { slab, offset } = this.#slabs.append(json, n);
    const hash = idHash(record.contactId);
    const seq = this.#index.push(t, slab, offset, n + 1, hash);
    this.#ids.add(hash, seq);
    this.#bytes += n + 1 + ENTRY_OVERHEAD;
    this.#trim();
  }

  /** A survey answer rewrites the record: the new version is appended, the old one's bytes stay counted until its slab goes. */
  surveyed(contactId: string, survey: SurveyEntry): void {
    this.#probeId = contactId;
    const seq = this.#ids.find(idHash(contactId));
    this.#probeId = '';
    if (seq < 0) return;
    const r = this.#record(seq);
    r.survey = survey;
    const json = JSON.stringify(r);
    const n = Buffer.byteLength(json);
    const { c, i } = this.#index.at(seq);
    const oldSlab = c.slab[i]!;
    const oldLength = c.length[i]!;
    const { slab, offset } = this.#slabs.append(json, n);
    c.slab[i] = slab;
    c.offset[i] = offset;
    c.length[i] = n + 1;
    this.#bytes += n + 1 - this.#slabs.release(oldSlab, oldLength, true);
    this.#trim();
  }

  async page(query: RecordQuery, cursor: string | null, limit: number): Promise<RecordPage> {
    this.#trim();
    const records: InteractionRecord[] = [];
    const next = this.#scan(query, cursor, limit, (seq, r) => {
      records.push(r ?? this.#record(seq));
    });
    return Promise.resolve({ records, next });
  }

  pageJson(query: RecordQuery, cursor: string | null, limit: number): Promise<RecordJsonPage> {
    this.#trim();
    const chunks: Buffer[] = [];
    let slab = -1;
    let start = 0;
    let end = 0;
    let count = 0;
    const flush = (): void => {
      if (slab >= 0) chunks.push(this.#slabs.bytes(slab, start, end - start));
    };
    const next = this.#scan(query, cursor, limit, (seq) => {
      const { c, i } = this.#index.at(seq);
      const s = c.slab[i]!;
      const o = c.offset[i]!;
      count++;
      // Records side by side in a slab go out as one slice.
      if (s === slab && o === end) end += c.length[i]!;
      else {
        flush();
        slab = s;
        start = o;
        end = o + c.length[i]!;
      }
    });
    flush();
    return Promise.resolve({ chunks, count, next });
  }

  stats(): RecordStoreStats {
    return { records: this.#index.end - this.#index.head, bytes: this.#bytes, dropped: this.#dropped };
  }

  /** What holds the records: slabs, index chunks, id table (for tests and benches). */
  layout(): { slabs: number; indexChunks: number; idTableBytes: number } {
    return { slabs: this.#slabs.count, indexChunks: this.#index.chunks, idTableBytes: this.#ids.bytes };
  }

  flush(): Promise<void> {
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  /**
   * The record at `seq`, parsed from its bytes decoded afresh. V8 trap
   * (Node 20): `JSON.parse` of a string in the old generation builds its
   * result there too, where only a full collection frees it (a CSV export
   * of 300,000 records once left 360 MiB of dead records in old space and
   * a 0.7 s mark-compact, bench:export-cost); a string decoded for the
   * parse is young, and so are the records parsed from it.
   */
  #record(seq: number): InteractionRecord {
    const { c, i } = this.#index.at(seq);
    return JSON.parse(this.#slabs.text(c.slab[i]!, c.offset[i]!, c.length[i]!)) as InteractionRecord;
  }

  /**
   * Visits the records of a page (at most `limit`, looking at a bounded
   * number of entries so that a rare filter does not scan the store in one
   * turn); returns the next page's cursor, or null when the range is done.
   * A filtered visit is given the record it parsed.
   */
  #scan(query: RecordQuery, cursor: string | null, limit: number, visit: (seq: number, r: InteractionRecord | null) => void): string | null {
    const ix = this.#index;
    let seq: number;
    if (cursor !== null) {
      const c = Number(cursor);
      if (!Number.isInteger(c)) throw new Error('cursor is not one this server gave');
      seq = Math.max(ix.head, c);
    } else {
      // First entry with t >= from (binary search: t never decreases).
      let lo = ix.head;
      let hi = ix.end;
      while (lo < hi) {
        const mid = Math.floor((lo + hi) / 2);
        if (ix.t(mid) < query.from) lo = mid + 1;
        else hi = mid;
      }
      seq = lo;
    }
    const filtered = query.queue !== undefined || query.agent !== undefined;
    // Cheap refusal before a parse: a record naming the queue or agent has its JSON string in its bytes.
    const needles = filtered ? [query.queue, query.agent].filter((v) => v !== undefined).map((v) => Buffer.from(JSON.stringify(v))) : [];
    const scanLimit = Math.max(limit, 1) * 8;
    let visited = 0;
    for (let scanned = 0; seq < ix.end && visited < limit && scanned < scanLimit; seq++, scanned++) {
      const { c, i } = ix.at(seq);
      const t = c.t[i]!;
      if (t >= query.to) return null;
      if (t < query.from) continue;
      if (!filtered) {
        visit(seq, null);
        visited++;
        continue;
      }
      const bytes = this.#slabs.bytes(c.slab[i]!, c.offset[i]!, c.length[i]!);
      if (needles.some((n) => bytes.indexOf(n) < 0)) continue;
      const r = this.#record(seq);
      if (!matches(r, query)) continue;
      visit(seq, r);
      visited++;
    }
    return seq >= ix.end || ix.t(seq) >= query.to ? null : String(seq);
  }

  /** Drops what is past its retention, then the oldest while over the byte budget (those count as dropped). */
  #trim(): void {
    const ix = this.#index;
    const cutoff = this.#o.now() - this.#o.retentionMs;
    while (ix.head < ix.end && (ix.t(ix.head) < cutoff || this.#bytes > this.#o.maxBytes)) {
      const { c, i } = ix.at(ix.head);
      if (c.t[i]! >= cutoff) this.#dropped++;
      const length = c.length[i]!;
      this.#ids.remove(c.hash[i]!, ix.head);
      this.#bytes -= length + ENTRY_OVERHEAD + this.#slabs.release(c.slab[i]!, length, false);
      ix.shift();
    }
  }
}
