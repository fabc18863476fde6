/**
 * The SDK's socket, over either WebSocket implementation it runs on: the
 * `ws` package in Node (headers, pings, the refused upgrade's HTTP status),
 * or a WHATWG `WebSocket` in browsers (the global, or one injected through
 * `ClientOptions.webSocket`). The client sees only `ClientSocket`.
 *
 * Browsers cannot set headers on a WebSocket, send pings, or read the status
 * of a refused upgrade: there the token rides as a `bearer.<jwt>`
 * subprotocol, liveness is checked with `ping` requests, and a refusal is a
 * `ConnectError` without status.
 */
import WebSocket from 'ws';

/**
 * A WHATWG-compatible WebSocket constructor (`globalThis.WebSocket` in
 * browsers, Deno, Node 22+). Typed structurally, so that the SDK compiles
 * without the DOM library.
 */
export type WebSocketConstructor = new (url: string, protocols?: string | string[]) => unknown;

/** What the client needs of an open socket. */
export interface ClientSocket {
  readonly open: boolean;
  send(data: string | Uint8Array): void;
  /** Closing handshake. */
  close(code: number, reason: string): void;
  /** Drops the connection as a network failure would (browsers: closes it at once). */
  terminate(): void;
  /** Sends a WebSocket ping; false where the API has none (browsers). */
  ping(): boolean;
}

export interface SocketHandlers {
  message(data: Uint8Array | string, isBinary: boolean): void;
  /** Anything arrived (a frame, a ping, a pong). */
  alive(): void;
  close(code: number, reason: string): void;
}

export interface SocketRequest {
  readonly url: URL;
  readonly protocols: readonly string[];
  readonly headers: Readonly<Record<string, string>>;
}

/** Why opening failed: `status` is the HTTP status of a refused upgrade when it is known. */
export interface OpenFailure {
  readonly status: number | undefined;
  readonly message: string;
  readonly cause?: unknown;
}

export class SocketOpenError extends Error {
  constructor(readonly failure: OpenFailure) {
    super(failure.message);
    this.name = 'SocketOpenError';
  }
}

/** The global WHATWG WebSocket when running in a browser (not in Node, whose SDK use stays on `ws`). */
export function browserWebSocket(): WebSocketConstructor | undefined {
  const g = globalThis as { WebSocket?: WebSocketConstructor; process?: { versions?: { node?: string } } };
  if (g.process?.versions?.node !== undefined) return undefined;
  return g.WebSocket;
}

/** Opens a socket with the `ws` package. Rejects with `SocketOpenError`. */
export function openNodeSocket(req: SocketRequest, on: SocketHandlers): Promise<ClientSocket> {
  const ws = new WebSocket(req.url, [...req.protocols], { headers: { ...req.headers }, perMessageDeflate: false });
  ws.binaryType = 'nodebuffer';
  return new Promise<ClientSocket>((resolve, reject) => {
    ws.once('open', () => {
      ws.on('message', (data: Buffer, isBinary: boolean) => {
        on.alive();
        on.message(data, isBinary);
      });
      ws.on('pong', () => on.alive());
      ws.on('ping', () => on.alive());
      ws.on('error', () => {});
      ws.once('close', (code: number, reason: Buffer) => on.close(code, reason.toString('utf8')));
      resolve({
        get open() {
          return ws.readyState === WebSocket.OPEN;
        },
        send: (data) => ws.send(data, { binary: typeof data !== 'string' }),
        close: (code, reason) => ws.close(code, reason),
        terminate: () => ws.terminate(),
        ping: () => {
          ws.ping();
          return true;
        },
      });
    });
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => {
        let message = `upgrade refused with HTTP ${res.statusCode}`;
        try {
          const parsed = JSON.parse(body) as { error?: { message?: string } };
          if (parsed.error?.message !== undefined) message += `: ${parsed.error.message}`;
        } catch {
          /* not JSON */
        }
        reject(new SocketOpenError({ status: res.statusCode, message }));
        ws.terminate();
      });
    });
    ws.once('error', (err) => reject(new SocketOpenError({ status: undefined, message: `cannot connect: ${err.message}`, cause: err })));
  });
}

/** The part of a WHATWG WebSocket used here. */
interface WhatwgSocket {
  readonly readyState: number;
  binaryType: string;
  send(data: string | Uint8Array): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open' | 'error', listener: () => void): void;
  addEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
  addEventListener(type: 'close', listener: (e: { code: number; reason: string }) => void): void;
}

const OPEN = 1;

/**
 * Opens a socket with a WHATWG WebSocket. The token must already be in
 * `protocols` or the URL: headers cannot be set. Rejects with `SocketOpenError`.
 */
export function openWhatwgSocket(Ctor: WebSocketConstructor, req: SocketRequest, on: SocketHandlers): Promise<ClientSocket> {
  const ws = new Ctor(req.url.toString(), [...req.protocols]) as WhatwgSocket;
  ws.binaryType = 'arraybuffer';
  return new Promise<ClientSocket>((resolve, reject) => {
    let opened = false;
    let closed = false;
    ws.addEventListener('open', () => {
      opened = true;
      resolve({
        get open() {
          return !closed && ws.readyState === OPEN;
        },
        send: (data) => ws.send(data),
        close: (code, reason) => ws.close(code, reason),
        terminate: () => {
          // No abort in the WHATWG API: report the drop now (1006) and let the close finish behind.
          if (closed) return;
          closed = true;
          ws.close(4000, 'dropped');
          on.close(1006, 'dropped');
        },
        ping: () => false,
      });
    });
    // An error is always followed by a close, handled there.
    ws.addEventListener('error', () => {});
    ws.addEventListener('message', (e) => {
      on.alive();
      if (typeof e.data === 'string') on.message(e.data, false);
      else if (e.data instanceof ArrayBuffer) on.message(new Uint8Array(e.data), true);
    });
    ws.addEventListener('close', (e) => {
      if (!opened) {
        // Browsers hide the HTTP status of a refused upgrade.
        reject(new SocketOpenError({ status: undefined, message: `cannot connect to ${req.url.origin}: refused or unreachable (close ${e.code})` }));
        return;
      }
      if (closed) return;
      closed = true;
      on.close(e.code, e.reason);
    });
  });
}
