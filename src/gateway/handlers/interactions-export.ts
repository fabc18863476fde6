/**
 * `GET /v1/interactions?from=&to=&queue=&agent=&format=&limit=&cursor=`
 * (supervisor token): the interaction records closed in `[from, to)`, as
 * NDJSON (one JSON record a line, the default) or CSV (`format=csv`, or
 * `Accept: text/csv`).
 *
 * Two ways to take a day of them:
 * - without `limit`, the whole range is streamed: records are read from the
 *   store a page at a time and written as the client takes them (the
 *   transport's backpressure), the loop yielding between pages so that
 *   routing goes on; memory stays at one page whatever the range;
 * - with `limit` (at most 10,000), one page is answered whole, with the
 *   cursor of the next in `Switchboard-Next-Cursor` and a `Link: rel="next"`
 *   header (none on the last page): what a load job resumes from. It is
 *   read in steps too, the loop yielding between them: 10,000 records in one
 *   turn held routing for tens of milliseconds (issue 20).
 *
 * `from` and `to` are ISO-8601 times or epoch milliseconds; default the
 * last 24 hours.
 */
import { AgentFigures } from '../../record/agent-figures.js';
import { agentFiguresToMsg } from './supervisor-snapshot.js';
import { csvHeader, toCsvRow } from '../../record/interaction-record.js';
import type { RecordQuery, RecordStore } from '../../record/record-store.js';
import type { HttpRequest, HttpResponse } from '../transport.js';
import { agentTimeCsvHeader, agentTimeCsvRow, totalsFrom, type AgentTimeStore } from '../../record/agent-time.js';
import type { HttpContext } from './request-context.js';

/**
 * Records read from the store at a time while streaming: one page is one
 * turn of the event loop (read, filter, format), so it is kept small enough
 * that routing never waits long behind it (bench:export-cost).
 */
const STREAM_PAGE = 100;
/**
 * ... and records parsed (CSV rows, agent figures) in one turn: 100 took
 * ~1 ms, up to ~8 ms with a collection inside (bench:export-cost).
 */
const PARSE_STEP = 25;
export const MAX_PAGE = 10_000;

/** Lets routing and other sockets have the loop. */
const nextTurn = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

export type ExportFormat = 'ndjson' | 'csv';

/** A request's query, checked: what to read, or the problem with it. */
export function parseExportQuery(
  query: URLSearchParams,
  accept: string | undefined,
  now: number,
): { ok: true; query: RecordQuery; format: ExportFormat; limit: number | null; cursor: string | null } | { ok: false; message: string } {
  for (const k of query.keys()) {
    if (!['from', 'to', 'queue', 'agent', 'format', 'limit', 'cursor', 'access_token'].includes(k)) return { ok: false, message: `unknown parameter ${k}` };
  }
  const time = (name: string, fallback: number): number | string => {
    const v = query.get(name);
    if (v === null || v === '') return fallback;
    const ms = /^\d{1,15}$/.test(v) ? Number(v) : Date.parse(v);
    return Number.isFinite(ms) ? ms : `${name} must be an ISO-8601 time or epoch milliseconds, not ${JSON.stringify(v)}`;
  };
  const to = time('to', now);
  if (typeof to === 'string') return { ok: false, message: to };
  const from = time('from', to - 24 * 3600_000);
  if (typeof from === 'string') return { ok: false, message: from };
  if (from >= to) return { ok: false, message: 'from must be before to' };
  const f = query.get('format') ?? (/\btext\/csv\b/i.test(accept ?? '') ? 'csv' : 'ndjson');
  if (f !== 'ndjson' && f !== 'csv') return { ok: false, message: `format must be ndjson or csv, not ${JSON.stringify(f)}` };
  let limit: number | null = null;
  const l = query.get('limit');
  if (l !== null) {
    limit = /^\d+$/.test(l) ? Number(l) : NaN;
    if (!(limit >= 1 && limit <= MAX_PAGE)) return { ok: false, message: `limit must be an integer from 1 to ${MAX_PAGE}` };
  }
  const cursor = query.get('cursor');
  if (cursor !== null && !/^[0-9:.-]{1,40}$/.test(cursor)) return { ok: false, message: 'cursor is not one this server gave' };
  const q: { from: number; to: number; queue?: string; agent?: string } = { from, to };
  const queue = query.get('queue');
  if (queue !== null && queue !== '') q.queue = queue;
  const agent = query.get('agent');
  if (agent !== null && agent !== '') q.agent = agent;
  return { ok: true, query: q, format: f, limit, cursor };
}

const CONTENT_TYPE: Readonly<Record<ExportFormat, string>> = {
  ndjson: 'application/x-ndjson',
  csv: 'text/csv; charset=utf-8',
};

/** The answer once the caller was found to be a supervisor. */
export async function exportInteractions(store: RecordStore, req: HttpRequest, now: number): Promise<HttpResponse> {
  const p = parseExportQuery(req.query, req.headers['accept'], now);
  if (!p.ok)
    return {
      status: 400,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ error: { code: 'INVALID_ARGUMENT', message: p.message, reason: 'BAD_QUERY' } }),
    };
  const { query, format } = p;
  const headers: Record<string, string> = { 'content-type': CONTENT_TYPE[format], 'cache-control': 'no-store' };
  if (format === 'csv') headers['content-disposition'] = `attachment; filename="interactions-${new Date(query.from).toISOString().slice(0, 10)}.csv"`;
  if (p.limit !== null) {
    let page;
    try {
      page = format === 'csv' ? await csvPage(store, query, p.cursor, p.limit) : await jsonPage(store, query, p.cursor, p.limit);
    } catch (e) {
      return {
        status: 400,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ error: { code: 'INVALID_ARGUMENT', message: (e as Error).message, reason: 'BAD_QUERY' } }),
      };
    }
    if (page.next !== null) {
      headers['switchboard-next-cursor'] = page.next;
      const next = new URLSearchParams(req.query);
      next.delete('access_token');
      next.set('cursor', page.next);
      headers['link'] = `</v1/interactions?${next.toString()}>; rel="next"`;
    }
    if ('steps' in page) return { status: 200, headers, body: '', stream: stepByStep(page.steps) };
    return { status: 200, headers, body: (p.cursor === null ? csvHeader() : '') + page.rows };
  }
  return { status: 200, headers, body: '', stream: streamAll(store, query, format) };
}

/**
 * One page of at most `limit` records, read `step` at a time with a turn of
 * the loop between (`read` takes the cursor and how many, and says how many
 * it got). Like a store's page it may hold fewer and still have a `next`:
 * with a rare filter it stops after as many steps as `limit` records make,
 * which scan as many records as one store page of `limit` would.
 */
async function inSteps(
  cursor: string | null,
  limit: number,
  step: number,
  read: (cursor: string | null, n: number) => Promise<{ got: number; next: string | null }>,
): Promise<string | null> {
  const steps = Math.ceil(limit / step);
  for (let n = 0, i = 1; ; i++, await nextTurn()) {
    const page = await read(cursor, Math.min(step, limit - n));
    n += page.got;
    cursor = page.next;
    if (cursor === null || n >= limit || i >= steps) return cursor;
  }
}

/** A page as CSV rows, PARSE_STEP records parsed a turn. */
async function csvPage(store: RecordStore, query: RecordQuery, cursor: string | null, limit: number): Promise<{ rows: string; next: string | null }> {
  let rows = '';
  const next = await inSteps(cursor, limit, PARSE_STEP, async (at, n) => {
    const page = await store.page(query, at, n);
    rows += page.records.map(toCsvRow).join('');
    return { got: page.records.length, next: page.next };
  });
  return { rows, next };
}

/**
 * A page as NDJSON, STREAM_PAGE records a turn: their stored bytes, not
 * parsed nor copied, sent a step a turn (`stepByStep`): 10,000 records
 * joined and written at once held the loop ~25 ms.
 */
async function jsonPage(store: RecordStore, query: RecordQuery, cursor: string | null, limit: number): Promise<{ steps: Uint8Array[][]; next: string | null }> {
  const steps: Uint8Array[][] = [];
  const next = await inSteps(cursor, limit, STREAM_PAGE, async (at, n) => {
    const page = await store.pageJson(query, at, n);
    steps.push(page.chunks);
    return { got: page.count, next: page.next };
  });
  return { steps, next };
}

async function* stepByStep(steps: readonly Uint8Array[][]): AsyncGenerator<Uint8Array> {
  for (const chunks of steps) {
    yield* chunks;
    await nextTurn();
  }
}

/**
 * `GET /v1/agent-figures?from=&to=&queue=&agent=`: each agent's figures
 * over a chosen window, folded from the records closed in it (the same
 * records the export gives, so the figures can be recomputed from it).
 * Staffed and occupied time (occupancy) are not in the records: they come
 * from the agents' spans in the window (`GET /v1/agent-time` exports the
 * same spans), whatever the `queue` (an agent is staffed for all theirs).
 */
export async function agentFiguresOver(store: RecordStore, req: HttpRequest, now: number, ctx?: AgentTimeSource): Promise<HttpResponse> {
  const p = parseExportQuery(req.query, undefined, now);
  if (!p.ok || p.limit !== null || p.cursor !== null || req.query.has('format')) {
    const message = p.ok ? 'agent figures take from, to, queue and agent only' : p.message;
    return {
      status: 400,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ error: { code: 'INVALID_ARGUMENT', message, reason: 'BAD_QUERY' } }),
    };
  }
  const figures = new AgentFigures();
  let cursor: string | null = null;
  let records = 0;
  do {
    const page = await store.page(p.query, cursor, PARSE_STEP);
    for (const r of page.records) figures.add(r);
    records += page.records.length;
    cursor = page.next;
    await nextTurn();
  } while (cursor !== null);
  const time = ctx?.agentTime === undefined ? undefined : timeUpTo(ctx, now);
  if (time !== undefined) {
    for (const [agent, t] of await totalsFrom(time.read(p.query.from, p.query.to, p.query.agent))) figures.time(agent, t.staffedMs, t.occupiedMs);
  }
  const body = { from: p.query.from, to: p.query.to, records, agents: agentFiguresToMsg(figures.agents) };
  return { status: 200, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }, body: JSON.stringify(body) };
}

/** Where the agents' spans come from: the log, and the day's figures whose reading brings it up to now. */
export type AgentTimeSource = Pick<HttpContext, 'agentTime' | 'dayFigures'>;

/** The log with every agent's present state counted up to `now`. */
function timeUpTo(ctx: AgentTimeSource, now: number): AgentTimeStore | undefined {
  ctx.dayFigures.read(now);
  return ctx.agentTime;
}

/**
 * `GET /v1/agent-time?from=&to=&agent=&format=` (supervisor token): each
 * agent's spans in a staffed state (`available`, `busy`, `wrap_up`) within
 * the window, cut to it, the present states up to now: what `GET
 * /v1/agent-figures` sums into `staffedMs` (all of them) and `occupiedMs`
 * (`busy` and `wrap_up`). NDJSON (`{"agentId","state","from","to"}`, ms)
 * or CSV (`format=csv` or `Accept: text/csv`: `agent_id,state,from,to,ms`,
 * times ISO-8601), streamed. A state held for hours is one span an hour.
 * Kept with the records, for as long (in Redis with a `redis://` store).
 */
export async function exportAgentTime(_store: RecordStore, req: HttpRequest, now: number, ctx?: AgentTimeSource): Promise<HttpResponse> {
  const p = parseExportQuery(req.query, req.headers['accept'], now);
  if (!p.ok || p.limit !== null || p.cursor !== null || req.query.has('queue')) {
    const message = p.ok ? 'agent time takes from, to, agent and format only' : p.message;
    return {
      status: 400,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ error: { code: 'INVALID_ARGUMENT', message, reason: 'BAD_QUERY' } }),
    };
  }
  const { format } = p;
  const log = ctx === undefined ? undefined : timeUpTo(ctx, now);
  const headers: Record<string, string> = { 'content-type': CONTENT_TYPE[format], 'cache-control': 'no-store' };
  if (format === 'csv') headers['content-disposition'] = `attachment; filename="agent-time-${new Date(p.query.from).toISOString().slice(0, 10)}.csv"`;
  const { from, to, agent } = p.query;
  async function* lines(): AsyncGenerator<string> {
    if (format === 'csv') yield agentTimeCsvHeader();
    if (log === undefined) return;
    let chunk = '';
    let n = 0;
    for await (const s of log.read(from, to, agent)) {
      chunk += format === 'csv' ? agentTimeCsvRow(s) : `${JSON.stringify(s)}\n`;
      if (++n === STREAM_PAGE * 10) {
        yield chunk;
        chunk = '';
        n = 0;
        await nextTurn();
      }
    }
    if (chunk !== '') yield chunk;
  }
  return { status: 200, headers, body: '', stream: lines() };
}

/** The range, a page at a time: CSV rows laid out from the records, NDJSON the store's bytes as they are. */
async function* streamAll(store: RecordStore, query: RecordQuery, format: ExportFormat): AsyncGenerator<string | Uint8Array> {
  if (format === 'csv') yield csvHeader();
  let cursor: string | null = null;
  do {
    if (format === 'csv') {
      const page = await store.page(query, cursor, PARSE_STEP);
      const chunk = page.records.map(toCsvRow).join('');
      cursor = page.next;
      if (chunk !== '') yield chunk;
    } else {
      const page = await store.pageJson(query, cursor, STREAM_PAGE);
      cursor = page.next;
      for (const chunk of page.chunks) yield chunk;
    }
    // Let routing and other sockets have the loop between pages.
    await nextTurn();
  } while (cursor !== null);
}
