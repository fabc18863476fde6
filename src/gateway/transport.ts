/**
 * The transport port: what the gateway needs from a WebSocket + HTTP server,
 * in its own terms. Adapters: `uws/` (uWebSockets.js, the default) and `ws/`
 * (the `ws` package on `node:http`). No adapter type leaks through here.
 */

/** An upgrade request, read before any socket exists. Header names are lower-case. */
export interface UpgradeRequest {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string>>;
  /** Offered subprotocols, in order. */
  readonly protocols: readonly string[];
  /** The peer's IP address, for logs (auth failures). */
  readonly remoteAddress?: string | undefined;
}

export type UpgradeDecision<C> =
  | { readonly accept: true; readonly context: C; /** Subprotocol to select, if any. */ readonly protocol?: string }
  | { readonly accept: false; readonly status: number; readonly body: string };

export interface HttpRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
  /** The peer's IP address, for logs (auth failures). */
  readonly remoteAddress?: string | undefined;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Text, or bytes (precompressed files, images). Ignored when `stream` is set. */
  readonly body: string | Uint8Array;
  /**
   * A body sent chunk by chunk as it is produced (chunked transfer
   * encoding), each chunk waiting until the client took the one before
   * (backpressure): a large export never sits whole in memory. The adapter
   * stops pulling (calls `return`) when the client goes away; if the
   * iterator throws, the connection is closed so that the client sees a
   * truncated body rather than a complete-looking one. HEAD sends no body.
   */
  readonly stream?: AsyncIterable<string | Uint8Array> | undefined;
}

/**
 * A frame the adapter writes itself as it sends it, rather than one the
 * gateway joined beforehand: an event's body shared by every socket it
 * goes to, behind this socket's own sequence number (`NumberedEvent` in
 * `protocol/codec.ts`). Held by an adapter until the end of the turn, it
 * costs a small object, not a copy of the body per socket.
 */
export interface ComposedFrame {
  /** A binary frame (protobuf), or text (JSON, UTF-8). */
  readonly binary: boolean;
  readonly byteLength: number;
  /** Writes the frame's bytes at `offset` of `target` (room for `byteLength` there); returns the offset after them. */
  writeTo(target: Uint8Array, offset: number): number;
  /** The whole frame: a string if text, bytes if binary (for adapters that hand frames on). */
  join(): string | Uint8Array;
}

/** What a connection sends: text (a string), binary (bytes), or a frame it writes itself. */
export type OutFrame = string | Uint8Array | ComposedFrame;

/** The frame as a string (text) or bytes (binary): a composed one joined (a copy: for frames handed on, not the hot path). */
export function wholeFrame(data: OutFrame): string | Uint8Array {
  return typeof data === 'string' || data instanceof Uint8Array ? data : data.join();
}

/** One open WebSocket, as the gateway sees it. */
export interface Connection {
  /**
   * Queues a frame. Returns false when the send buffer was already over the
   * limit; the adapter then drops the connection (a slow consumer never
   * stalls others). One frame larger than the limit still goes out.
   * Adapters may hold frames until the end of the event-loop turn to write
   * a socket's frames together; order and frame boundaries are kept, and
   * `close` sends what is held before the closing frame.
   *
   * `bulk` marks a reply the client asked for page by page (a snapshot
   * page): its bytes do not count against the limit while they drain, up to
   * `MAX_BULK_BYTES` at a time, so a supervisor is never dropped for the
   * snapshot it asked for.
   */
  send(data: OutFrame, bulk?: boolean): boolean;
  /** Bytes queued and not yet written to the network. */
  bufferedAmount(): number;
  /** Closing handshake with a code and a short reason. */
  close(code: number, reason: string): void;
  /** Drops the connection at once. */
  terminate(): void;
}

/**
 * What the gateway gives a transport. `open` returns the per-connection
 * session that later callbacks get back, so adapters need no lookups.
 */
export interface TransportHandler<C, S> {
  /**
   * Decides an upgrade. Decide synchronously when you can: the adapter then
   * upgrades within the same callback (with uWS, the path that library is
   * built for). A promise is waited for (the request may be aborted meanwhile).
   * Wrappers that forward upgrades should keep a synchronous answer synchronous.
   */
  upgrade(req: UpgradeRequest): UpgradeDecision<C> | Promise<UpgradeDecision<C>>;
  open(conn: Connection, context: C): S;
  /** `data` is only valid during the call (uWS frees it on return): decode synchronously. */
  message(session: S, data: Uint8Array, isBinary: boolean): void;
  close(session: S, code: number, reason: string): void;
  http(req: HttpRequest): Promise<HttpResponse>;
}

/** The close reason an adapter gives `TransportHandler.close` when it dropped a slow consumer itself. */
export const SLOW_CONSUMER = 'slow consumer: send buffer over the limit';

/** Bulk bytes (see `Connection.send`) a socket may have draining beyond its limit. */
export const MAX_BULK_BYTES = 4 * 1024 * 1024;

export interface TransportLimits {
  /**
   * Frames above this close the socket with 1009 and a close frame: the `ws`
   * adapter closes them itself; uWS passes frames up to 4x this to the
   * handler, which closes them (and drops those beyond in native code).
   */
  readonly maxPayloadBytes: number;
  /** Send buffer past which a connection is dropped. */
  readonly maxBufferedBytes: number;
  /** Seconds without traffic before a connection is pinged, then dropped. 0 disables. */
  readonly idleTimeoutSeconds: number;
  /** Largest HTTP request body accepted (413 above). */
  readonly maxHttpBodyBytes: number;
}

export interface Transport {
  /** `uws`, `uws-fallback` or `ws`. */
  readonly name: string;
  /** Starts listening; resolves with the bound port (useful with port 0). */
  listen<C, S>(host: string, port: number, handler: TransportHandler<C, S>, limits: TransportLimits): Promise<number>;
  /** Stops accepting new connections; open ones stay. */
  stopAccepting(): void;
  /** Stops accepting and frees everything; open connections must be closed first. */
  close(): Promise<void>;
}

export const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  426: 'Upgrade Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function statusLine(status: number): string {
  return `${status} ${STATUS_TEXT[status] ?? 'Unknown'}`;
}
