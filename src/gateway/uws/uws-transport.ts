/**
 * uWebSockets.js adapter of the transport port. The package may load its
 * pure-JS fallback on platforms without a prebuilt binary; `name` says which.
 *
 * uWS traps, handled here: the message `ArrayBuffer` dies when the handler
 * returns; `HttpRequest` is stack-allocated and unusable after the first
 * await; every async HTTP response needs `onAborted` and writes inside
 * `cork`; a closed `WebSocket` throws on any call.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as UWS from 'uWebSockets.js';
import {
  statusLine,
  type Connection,
  type HttpResponse,
  type Transport,
  type TransportHandler,
  type TransportLimits,
} from '../transport.js';

const require = createRequire(import.meta.url);

interface Loaded {
  readonly uws: typeof UWS;
  readonly native: boolean;
}
let loaded: Loaded | undefined;

/** Loads uWebSockets.js once; tells whether the native binary or the JS fallback came up. */
export function loadUws(): Loaded {
  if (loaded === undefined) {
    const uws = require('uWebSockets.js') as typeof UWS;
    const fallback = path.join(path.dirname(require.resolve('uWebSockets.js')), '..', 'dist', 'index.js');
    loaded = { uws, native: require.cache[fallback] === undefined };
  }
  return loaded;
}

interface UserData {
  context: unknown;
  session: unknown;
  closed: boolean;
}

const NO_BODY = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS']);

export class UwsTransport implements Transport {
  readonly name: string;
  readonly #uws: typeof UWS;
  #listenSocket: UWS.us_listen_socket | null = null;

  constructor() {
    const { uws, native } = loadUws();
    this.#uws = uws;
    this.name = native ? 'uws' : 'uws-fallback';
  }

  listen<C, S>(host: string, port: number, handler: TransportHandler<C, S>, limits: TransportLimits): Promise<number> {
    const uws = this.#uws;
    const app = uws.App();
    app.ws<UserData>('/*', {
      maxPayloadLength: limits.maxPayloadBytes,
      maxBackpressure: limits.maxBufferedBytes,
      closeOnBackpressureLimit: 0,
      // uWS wants 0 or at least 8 s; it pings on its own before the timeout.
      idleTimeout: limits.idleTimeoutSeconds === 0 ? 0 : Math.max(8, limits.idleTimeoutSeconds),
      sendPingsAutomatically: true,
      compression: uws.DISABLED,
      upgrade: (res, req, context) => {
        const headers: Record<string, string> = {};
        req.forEach((k, v) => {
          headers[k] = v;
        });
        const url = req.getUrl();
        const query = new URLSearchParams(req.getQuery() ?? '');
        const key = headers['sec-websocket-key'] ?? '';
        const extensions = headers['sec-websocket-extensions'] ?? '';
        const protocols = (headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim()).filter((p) => p !== '');
        const remoteAddress = Buffer.from(res.getRemoteAddressAsText()).toString();
        let aborted = false;
        res.onAborted(() => {
          aborted = true;
        });
        handler.upgrade({ path: url, query, headers, protocols, remoteAddress }).then(
          (d) => {
            if (aborted) return;
            res.cork(() => {
              if (!d.accept) {
                res.writeStatus(statusLine(d.status)).writeHeader('content-type', 'application/json').end(d.body, true);
                return;
              }
              const ud: UserData = { context: d.context, session: undefined, closed: false };
              res.upgrade(ud, key, d.protocol ?? '', extensions, context);
            });
          },
          () => {
            if (!aborted) res.cork(() => res.writeStatus(statusLine(500)).end('', true));
          },
        );
      },
      open: (ws) => {
        const ud = ws.getUserData();
        const conn: Connection = {
          send: (data) => {
            if (ud.closed) return false;
            // uWS drops (2) a send while the buffer is over maxBackpressure. A
            // single frame larger than the limit (a big snapshot) still goes out.
            const r = ws.send(data, typeof data !== 'string');
            if (r === 2) {
              ud.closed = true;
              ws.close();
              return false;
            }
            return true;
          },
          bufferedAmount: () => (ud.closed ? 0 : ws.getBufferedAmount()),
          close: (code, reason) => {
            if (ud.closed) return;
            ud.closed = true;
            ws.end(code, reason);
          },
          terminate: () => {
            if (ud.closed) return;
            ud.closed = true;
            ws.close();
          },
        };
        ud.session = handler.open(conn, ud.context as C);
      },
      message: (ws, message, isBinary) => {
        const ud = ws.getUserData();
        handler.message(ud.session as S, new Uint8Array(message), isBinary);
      },
      close: (ws, code, message) => {
        const ud = ws.getUserData();
        ud.closed = true;
        handler.close(ud.session as S, code, Buffer.from(message).toString('utf8'));
      },
    });
    app.any('/*', (res, req) => {
      const method = req.getMethod().toUpperCase();
      const url = req.getUrl();
      const query = new URLSearchParams(req.getQuery() ?? '');
      const headers: Record<string, string> = {};
      req.forEach((k, v) => {
        headers[k] = v;
      });
      const remoteAddress = Buffer.from(res.getRemoteAddressAsText()).toString();
      let aborted = false;
      res.onAborted(() => {
        aborted = true;
      });
      const reply = (r: HttpResponse): void => {
        if (aborted) return;
        res.cork(() => {
          res.writeStatus(statusLine(r.status));
          for (const [k, v] of Object.entries(r.headers ?? {})) res.writeHeader(k, v);
          res.end(r.body);
        });
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
          reply({ status: 413, headers: { 'content-type': 'application/json' }, body: '{"error":{"code":"RESOURCE_EXHAUSTED","message":"request body too large"}}' });
          aborted = true;
          return;
        }
        chunks.push(Buffer.from(chunk.slice(0)));
        if (isLast) run(Buffer.concat(chunks));
      });
    });
    return new Promise((resolve, reject) => {
      app.listen(host, port, (socket) => {
        if (socket === false) {
          reject(new Error(`cannot listen on ${host}:${port}`));
          return;
        }
        this.#listenSocket = socket;
        resolve(uws.us_socket_local_port(socket as unknown as UWS.us_socket));
      });
    });
  }

  stopAccepting(): void {
    if (this.#listenSocket !== null) {
      this.#uws.us_listen_socket_close(this.#listenSocket);
      this.#listenSocket = null;
    }
  }

  async close(): Promise<void> {
    this.stopAccepting();
  }
}
