/**
 * `switchboard export [interactions|agent-time] [--url URL] [--from T] [--to T]
 *                     [--queue Q] [--agent A] [--format ndjson|csv] [--out FILE] [--page N]`
 *
 * Takes the interaction records of a running server
 * (`GET /v1/interactions`) page by page, following the cursor, and writes
 * them to stdout or a file: a day of them without holding the day in
 * memory on either side. `agent-time` takes the agents' staffed and
 * occupied spans instead (`GET /v1/agent-time`, one streamed answer,
 * written as it arrives). The supervisor token comes from
 * `$SWITCHBOARD_TOKEN`, or is signed for the principal `export` with
 * `$SWITCHBOARD_TOKEN_SECRET` (the server's secret).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { TokenAuthority } from '../gateway/auth.js';

export interface ExportIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: { write(s: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const EXPORT_USAGE = `Usage: switchboard export [interactions|agent-time] [options]

Writes the interaction records of a running server (one per contact that
closed in the window) as NDJSON or CSV; with agent-time, each agent's spans
in a staffed state (available, busy, wrap_up) within the window instead.

Options:
  --url URL             the server (default http://127.0.0.1:8080)
  --from T              closed at or after T: ISO-8601 or epoch ms (default: 24 h before --to)
  --to T                closed before T (default: now)
  --queue Q             only contacts that passed through queue Q (not for agent-time)
  --agent A             only contacts agent A handled (agent-time: only A's spans)
  --format F            ndjson (default) or csv
  --out FILE            write to FILE instead of stdout
  --page N              records per request (default 5000, at most 10000; not for agent-time)
  -h, --help            show this help

The supervisor token is $SWITCHBOARD_TOKEN, or one signed with
$SWITCHBOARD_TOKEN_SECRET (the server's secret) for the principal "export".
`;

async function tokenFor(env: ExportIo['env']): Promise<string | null> {
  const token = env['SWITCHBOARD_TOKEN'];
  if (token !== undefined && token !== '') return token;
  const secret = env['SWITCHBOARD_TOKEN_SECRET'];
  if (secret !== undefined && secret.length >= 16) return new TokenAuthority(secret).sign({ role: 'supervisor', id: 'export' }, 3600);
  return null;
}

/** Runs the command; resolves with the exit code. */
export async function runExport(argv: readonly string[], io: ExportIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      tokens: true,
      options: {
        url: { type: 'string', default: 'http://127.0.0.1:8080' },
        from: { type: 'string' },
        to: { type: 'string' },
        queue: { type: 'string' },
        agent: { type: 'string' },
        format: { type: 'string', default: 'ndjson' },
        out: { type: 'string' },
        page: { type: 'string', default: '5000' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    });
  } catch (e) {
    io.stderr.write(`${(e as Error).message}\n\n${EXPORT_USAGE}`);
    return 2;
  }
  const values = parsed.values;
  if (values.help === true) {
    io.stdout.write(EXPORT_USAGE);
    return 0;
  }
  const what = parsed.positionals[0] ?? 'interactions';
  if (parsed.positionals.length > 1 || (what !== 'interactions' && what !== 'agent-time')) {
    io.stderr.write(`export takes interactions or agent-time, not ${parsed.positionals.join(' ')}\n\n${EXPORT_USAGE}`);
    return 2;
  }
  if (what === 'agent-time' && (values.queue !== undefined || parsed.tokens?.some((t) => t.kind === 'option' && t.name === 'page'))) {
    io.stderr.write('agent-time takes no --queue or --page (staffing is not per queue; the spans come in one streamed answer)\n');
    return 2;
  }
  if (values.format !== 'ndjson' && values.format !== 'csv') {
    io.stderr.write(`--format must be ndjson or csv, not ${values.format}\n`);
    return 2;
  }
  const page = Number(values.page);
  if (!Number.isInteger(page) || page < 1 || page > 10_000) {
    io.stderr.write('--page must be an integer from 1 to 10000\n');
    return 2;
  }
  let base: URL;
  try {
    base = new URL(what === 'agent-time' ? '/v1/agent-time' : '/v1/interactions', values.url);
  } catch {
    io.stderr.write(`--url is not a URL: ${values.url}\n`);
    return 2;
  }
  const token = await tokenFor(io.env);
  if (token === null) {
    io.stderr.write('a supervisor token is needed: set SWITCHBOARD_TOKEN (or SWITCHBOARD_TOKEN_SECRET)\n');
    return 2;
  }
  const query = new URLSearchParams(what === 'agent-time' ? { format: values.format } : { format: values.format, limit: String(page) });
  // The window is fixed once, so that every page reads the same one.
  const to = values.to ?? String(Date.now());
  query.set('to', to);
  if (values.from !== undefined) query.set('from', values.from);
  if (values.queue !== undefined) query.set('queue', values.queue);
  if (values.agent !== undefined) query.set('agent', values.agent);

  const out = values.out === undefined ? io.stdout : createWriteStream(values.out);
  let records = 0;
  try {
    if (what === 'agent-time') {
      const spans = await streamAgentTime(new URL(`${base.href}?${query.toString()}`), token, values.format, out, io);
      if (spans === null) return 1;
      io.stderr.write(`exported ${spans} span${spans === 1 ? '' : 's'}\n`);
      return 0;
    }
    let cursor: string | null = null;
    do {
      if (cursor !== null) query.set('cursor', cursor);
      const url = new URL(base);
      url.search = query.toString();
      const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      const body = await res.text();
      if (res.status !== 200) {
        io.stderr.write(`export failed: ${res.status} ${errorMessage(body)}\n`);
        return 1;
      }
      const lines = body === '' ? 0 : body.split('\n').length - 1;
      records += values.format === 'csv' && cursor === null ? Math.max(0, lines - 1) : lines;
      if (!out.write(body)) await once(out, 'drain');
      cursor = res.headers.get('switchboard-next-cursor');
    } while (cursor !== null);
  } catch (e) {
    io.stderr.write(`export failed: ${(e as Error).message}\n`);
    return 1;
  } finally {
    if (out !== io.stdout) {
      out.end();
      await once(out, 'finish').catch(() => undefined);
    }
  }
  io.stderr.write(`exported ${records} record${records === 1 ? '' : 's'}\n`);
  return 0;
}

function errorMessage(body: string): string {
  try {
    return (JSON.parse(body) as { error: { message: string } }).error.message;
  } catch {
    return body; // not JSON: the body as it is
  }
}

/** The agent-time answer written to `out` as it arrives; resolves with the spans written, or null after an error told on stderr. */
async function streamAgentTime(url: URL, token: string, format: string, out: NodeJS.WritableStream, io: ExportIo): Promise<number | null> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200 || res.body === null) {
    io.stderr.write(`export failed: ${res.status} ${errorMessage(await res.text())}\n`);
    return null;
  }
  let lines = 0;
  const decoder = new TextDecoder();
  for await (const bytes of res.body) {
    const text = decoder.decode(bytes, { stream: true });
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
    if (!out.write(text)) await once(out, 'drain');
  }
  const rest = decoder.decode();
  if (rest !== '') out.write(rest);
  return format === 'csv' ? Math.max(0, lines - 1) : lines;
}
