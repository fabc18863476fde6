/**
 * Where interaction records are kept for their retention, and read back
 * page by page for export. Two adapters: `MemoryRecordStore` (memory-record-store.ts,
 * the default: this process, bounded in bytes, oldest dropped first, held
 * off the V8 heap) and
 * `RedisRecordStore` (redis-record-store.ts: `--store redis`, trimmed by
 * time, readable from any process).
 *
 * Records are ordered by the time they were written (their `closedAt`,
 * never going back: a clock step back keeps the previous time), and a page
 * is read from a cursor, so a day of records is exported in pages of
 * bounded size while routing goes on.
 */
import type { InteractionRecord } from './interaction-record.js';
import type { RecordSink } from './record-builder.js';
import type { AgentTimeStore } from './agent-time.js';

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

/**
 * A page of records as NDJSON bytes (what the export sends: no parse and
 * re-serialise): `count` records, one JSON line each, newline-terminated,
 * in `chunks` to be written in order (the memory store hands out its slabs'
 * bytes as they are: records side by side are one chunk).
 */
export interface RecordJsonPage {
  readonly chunks: Uint8Array[];
  readonly count: number;
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
  /** The same page as NDJSON bytes. */
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
