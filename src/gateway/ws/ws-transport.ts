/**
 * `ws` adapter of the transport port, on `node:http`: the portable
 * alternative to uWebSockets.js (`--transport ws`), same behaviour.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { listenErrorOf } from '../listen-error.js';
import {
  MAX_BULK_BYTES,
  statusLine,
  type Connection,
  type Transport,
  type TransportHandler,
  type TransportLimits,
  type UpgradeDecision,
} from '../transport.js';

function headersOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

export class WsTransport implements Transport {
  readonly name = 'ws';
  #server: Server | null = null;
  #wss: WebSocketServer | null = null;
  #heartbeat: NodeJS.Timeout | undefined;
  readonly #alive = new Map<WebSocket, boolean>();
  /** Uncorks of the sockets that were written to this turn. */
  #corked = new Set<() => void>();
  #uncorkQueued = false;

  #scheduleUncork(): void {
    if (this.#uncorkQueued) return;
    this.#uncorkQueued = true;
    setImmediate(() => {
      this.#uncorkQueued = false;
      const corked = this.#corked;
      this.#corked = new Set();
      for (const uncork of corked) uncork();
    });
  }

  listen<C, S>(host: string, port: number, handler: TransportHandler<C, S>, limits: TransportLimits): Promise<number> {
    const chosen = new WeakMap<IncomingMessage, string | false>();
    const wss = new WebSocketServer({
      noServer: true,
      maxPayload: limits.maxPayloadBytes,
      perMessageDeflate: false,
      clientTracking: false,
      handleProtocols: (_offered, req) => chosen.get(req) ?? false,
    });
    this.#wss = wss;
    // Slowloris: a request whose headers (or whole body) take longer than 10 s is
    // closed, as uWebSockets.js does; node:http checks every second (default 30 s).
    const server = createServer({ headersTimeout: 10_000, requestTimeout: 10_000, connectionsCheckingInterval: 1000 }, (req, res) =>
      this.#http(req, res, handler, limits),
    );
    this.#server = server;

    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      socket.on('error', () => socket.destroy());
      const url = new URL(req.url ?? '/', 'http://localhost');
      const headers = headersOf(req);
      const protocols = (headers['sec-websocket-protocol'] ?? '')
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p !== '');
      const answer = (d: UpgradeDecision<C>): void => {
        if (socket.destroyed) return;
        if (!d.accept) {
          socket.end(
            `HTTP/1.1 ${statusLine(d.status)}\r\nContent-Type: application/json\r\n` +
              `Content-Length: ${Buffer.byteLength(d.body)}\r\nConnection: close\r\n\r\n${d.body}`,
          );
          return;
        }
        chosen.set(req, d.protocol ?? false);
        wss.handleUpgrade(req, socket, head, (ws) => this.#attach(ws, socket, d.context, handler, limits));
      };
      let decision: UpgradeDecision<C> | Promise<UpgradeDecision<C>>;
      try {
        decision = handler.upgrade({ path: url.pathname, query: url.searchParams, headers, protocols, remoteAddress: req.socket.remoteAddress });
      } catch {
        socket.destroy();
        return;
      }
      if (decision instanceof Promise) decision.then(answer, () => socket.destroy());
      else answer(decision);
    });

    if (limits.idleTimeoutSeconds > 0) {
      // One timer for all sockets: a socket that sent nothing (not even a pong)
      // since the last round is dropped, the others are pinged.
      this.#heartbeat = setInterval(
        () => {
          for (const [ws, alive] of this.#alive) {
            if (!alive) {
              ws.terminate();
              continue;
            }
            this.#alive.set(ws, false);
            ws.ping();
          }
        },
        (limits.idleTimeoutSeconds * 1000) / 2,
      );
      this.#heartbeat.unref();
    }

    return new Promise((resolve, reject) => {
      server.once('error', (err: NodeJS.ErrnoException) => reject(listenErrorOf(host, port, err)));
      server.listen({ port, host, exclusive: true }, () => {
        const addr = server.address();
        resolve(typeof addr === 'object' && addr !== null ? addr.port : port);
      });
    });
  }

  /**
   * Frames written in one event-loop turn leave together: the socket is
   * corked at the first frame and uncorked at the end of the turn, so that
   * Node writes them with one system call (`writev`) instead of one each.
   */
  #attach<C, S>(ws: WebSocket, socket: Duplex, context: C, handler: TransportHandler<C, S>, limits: TransportLimits): void {
    let closed = false;
    let corked = false;
    /** Bytes held behind the cork this turn: not yet offered to the network, so not backpressure. */
    let corkedBytes = 0;
    /** Bulk bytes sent (snapshot pages) that may still be draining: not counted against the limit. */
    let bulkBytes = 0;
    const uncork = (): void => {
      if (!corked) return;
      corked = false;
      corkedBytes = 0;
      socket.uncork();
    };
    this.#alive.set(ws, true);
    const conn: Connection = {
      send: (data, bulk) => {
        if (closed) return false;
        // Checked before queuing, like uWS: a single frame larger than the
        // limit still goes out; anything after it waits for it.
        bulkBytes = Math.min(bulkBytes, ws.bufferedAmount);
        if (ws.bufferedAmount - corkedBytes - bulkBytes > limits.maxBufferedBytes) {
          closed = true;
          ws.terminate();
          return false;
        }
        if (!corked) {
          corked = true;
          socket.cork();
          this.#corked.add(uncork);
          this.#scheduleUncork();
        }
        const before = ws.bufferedAmount;
        if (typeof data === 'string' || data instanceof Uint8Array) ws.send(data, { binary: typeof data !== 'string' });
        else {
          // ws keeps what it is given until the socket took it: a composed frame gets bytes of its own.
          const bytes = Buffer.allocUnsafe(data.byteLength);
          data.writeTo(bytes, 0);
          ws.send(bytes, { binary: data.binary });
        }
        const added = ws.bufferedAmount - before;
        corkedBytes += added;
        if (bulk === true && bulkBytes < MAX_BULK_BYTES) bulkBytes += added;
        return true;
      },
      bufferedAmount: () => ws.bufferedAmount,
      close: (code, reason) => {
        if (closed) return;
        closed = true;
        // The close frame goes behind the frames of this turn, then all leave now.
        ws.close(code, reason);
        uncork();
      },
      terminate: () => {
        closed = true;
        ws.terminate();
      },
    };
    let session: S;
    try {
      session = handler.open(conn, context);
    } catch {
      // As in the uws transport: a handler that cannot take the socket refuses only it.
      closed = true;
      this.#alive.delete(ws);
      ws.terminate();
      return;
    }
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      this.#alive.set(ws, true);
      handler.message(session, data, isBinary);
    });
    ws.on('pong', () => this.#alive.set(ws, true));
    ws.on('error', () => {});
    ws.on('close', (code: number, reason: Buffer) => {
      closed = true;
      this.#alive.delete(ws);
      handler.close(session, code, reason.toString('utf8'));
    });
  }

  #http<C, S>(req: IncomingMessage, res: ServerResponse, handler: TransportHandler<C, S>, limits: TransportLimits): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > limits.maxHttpBodyBytes) {
        refused = true;
        res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
        res.end('{"error":{"code":"RESOURCE_EXHAUSTED","message":"request body too large"}}');
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (refused) return;
      handler
        .http({
          method: (req.method ?? 'GET').toUpperCase(),
          path: url.pathname,
          query: url.searchParams,
          headers: headersOf(req),
          body: Buffer.concat(chunks),
          remoteAddress: req.socket.remoteAddress,
        })
        .then(
          (r) => {
            res.writeHead(r.status, { ...(r.headers ?? {}) });
            if (r.stream === undefined || req.method === 'HEAD') res.end(r.body);
            else void streamTo(res, r.stream);
          },
          () => {
            res.writeHead(500);
            res.end();
          },
        );
    });
  }

  stopAccepting(): void {
    this.#server?.close();
  }

  async close(): Promise<void> {
    if (this.#heartbeat !== undefined) clearInterval(this.#heartbeat);
    for (const ws of this.#alive.keys()) ws.terminate();
    this.#alive.clear();
    this.#wss?.close();
    const server = this.#server;
    if (server !== null) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => {
        if (!server.listening) resolve();
        else server.close(() => resolve());
      });
    }
  }
}

/** Writes a streamed body, waiting for `drain` whenever the socket's buffer is full. */
async function streamTo(res: ServerResponse, stream: AsyncIterable<string | Uint8Array>): Promise<void> {
  let gone = false;
  res.once('close', () => {
    gone = true;
  });
  try {
    for await (const chunk of stream) {
      if (gone) break;
      if (!res.write(chunk)) {
        await new Promise<void>((resolve) => {
          const done = (): void => {
            res.off('drain', done);
            res.off('close', done);
            resolve();
          };
          res.on('drain', done);
          res.on('close', done);
        });
      }
      if (gone) break;
    }
    if (!gone) res.end();
  } catch {
    // A failed producer: close without the final chunk, so the client sees a truncated body.
    res.destroy();
  }
}
