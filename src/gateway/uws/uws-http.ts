/**
 * Plain HTTP on the uWebSockets.js port: one request read (the body up to
 * `maxHttpBodyBytes`, else 413), handed to `TransportHandler.http`, and the
 * answer written, streamed when it is a stream (waiting for the socket to
 * drain between chunks). uWS traps: `HttpRequest` is unusable after the
 * first await, so everything is read from it at once; every async response
 * needs `onAborted` and writes inside `cork`.
 */
import type * as UWS from 'uWebSockets.js';
import { statusLine, type HttpResponse, type TransportHandler, type TransportLimits } from '../transport.js';

const NO_BODY = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS']);

export const byteLength = (data: string | { readonly byteLength: number }): number => (typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength);

/** Serves one HTTP request (uWS's `any` route). */
export function serveHttp<C, S>(res: UWS.HttpResponse, req: UWS.HttpRequest, handler: TransportHandler<C, S>, limits: TransportLimits): void {
  const method = req.getMethod().toUpperCase();
  const url = req.getUrl();
  const query = new URLSearchParams(req.getQuery() ?? '');
  const headers: Record<string, string> = {};
  req.forEach((k, v) => {
    headers[k] = v;
  });
  const remoteAddress = Buffer.from(res.getRemoteAddressAsText()).toString();
  let aborted = false;
  /** Wakes a streamed body waiting for the socket to drain. */
  let wake: (() => void) | null = null;
  res.onAborted(() => {
    aborted = true;
    wake?.();
  });
  const reply = (r: HttpResponse): void => {
    if (aborted) return;
    const stream = method === 'HEAD' ? undefined : r.stream;
    res.cork(() => {
      res.writeStatus(statusLine(r.status));
      for (const [k, v] of Object.entries(r.headers ?? {})) res.writeHeader(k, v);
      // HEAD: the headers of the GET, its length, no body.
      if (method === 'HEAD') res.endWithoutBody(r.stream === undefined ? byteLength(r.body) : undefined);
      else if (stream === undefined) res.end(r.body);
    });
    if (stream !== undefined) void streamOut(stream);
  };
  // uWS buffers what `write` could not send and says so by returning false;
  // the next chunk waits for `onWritable` (which must return true).
  const streamOut = async (stream: AsyncIterable<string | Uint8Array>): Promise<void> => {
    try {
      for await (const chunk of stream) {
        if (aborted) break;
        let ok = true;
        res.cork(() => {
          ok = res.write(chunk);
        });
        if (!ok && !aborted) {
          await new Promise<void>((resolve) => {
            wake = resolve;
            res.onWritable(() => {
              resolve();
              return true;
            });
          });
          wake = null;
        }
        if (aborted) break;
      }
      if (!aborted) res.cork(() => res.end());
    } catch {
      // A failed producer: close without the final chunk, so the client sees a truncated body.
      if (!aborted) res.close();
    }
  };
  const run = (body: Uint8Array): void => {
    handler.http({ method, path: url, query, headers, body, remoteAddress }).then(reply, () => reply({ status: 500, body: '' }));
  };
  if (NO_BODY.has(method) || headers['content-length'] === '0') {
    run(new Uint8Array(0));
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let refused = false;
  res.onData((chunk, isLast) => {
    if (refused) return;
    size += chunk.byteLength;
    if (size > limits.maxHttpBodyBytes) {
      refused = true;
      reply({
        status: 413,
        headers: { 'content-type': 'application/json' },
        body: '{"error":{"code":"RESOURCE_EXHAUSTED","message":"request body too large"}}',
      });
      aborted = true;
      return;
    }
    chunks.push(Buffer.from(chunk.slice(0)));
    if (isLast) run(Buffer.concat(chunks));
  });
}
