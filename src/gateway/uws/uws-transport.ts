/**
 * uWebSockets.js adapter of the transport port. The package may load its
 * pure-JS fallback on platforms without a prebuilt binary; `name` says which.
 *
 * uWS traps, handled here: the message `ArrayBuffer` dies when the handler
 * returns; `HttpRequest` is stack-allocated and unusable after the first
 * await; every async HTTP response needs `onAborted` and writes inside
 * `cork`; a closed `WebSocket` throws on any call; an asynchronous upgrade
 * has a bug in 20.30, so upgrades decided at once are answered at once and
 * nothing runs inside uWS's `open` (see `upgrade` below); uWS calls `close`
 * synchronously from `end()`, even from inside our own `open`.
 *
 * Sends are batched per socket per event-loop turn (see `#connection`). Plain HTTP
 * requests: uws-http.ts.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as UWS from 'uWebSockets.js';
import {
  MAX_BULK_BYTES,
  SLOW_CONSUMER,
  statusLine,
  type Connection,
  type OutFrame,
  type Transport,
  type TransportHandler,
  type TransportLimits,
  type UpgradeDecision,
} from '../transport.js';

import { probeListenError } from '../listen-error.js';
import { byteLength, serveHttp } from './uws-http.js';

const require = createRequire(import.meta.url);

/**
 * uSockets' listen option `ListenOptions.LIBUS_LISTEN_EXCLUSIVE_PORT` (no
 * SO_REUSEPORT). The typings give `listen(host, port, options, cb)` only
 * without the host; the binary takes it with one.
 */
const LIBUS_LISTEN_EXCLUSIVE_PORT = 1;

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

/**
 * One socket's state on the JS side. uWS copies the user data given to
 * `res.upgrade` onto its own `WebSocket` object, so this rides along as
 * `{ slot }` and is found again by reference.
 */
interface Slot {
  readonly context: unknown;
  session: unknown;
  /** Set by uWS's `open` callback. */
  ws: UWS.WebSocket<UserData> | undefined;
  /** Closed by either side; a closed `WebSocket` throws on any call. */
  closed: boolean;
  /** A close that came while `handler.open` ran (the handler closed the socket there). */
  closedWith: { readonly code: number; readonly reason: string } | undefined;
  /**
   * Frames held until the end of the event-loop turn (the first `held`; the
   * array is kept from turn to turn, not grown anew for each), and their bytes.
   */
  out: (OutFrame | undefined)[];
  held: number;
  outBytes: number;
  /** Bulk bytes sent (snapshot pages) that may still be draining: not counted against the limit. */
  bulk: number;
  /** Why this side dropped the socket (uWS then reports 1006 without a reason). */
  dropped: string | undefined;
}

interface UserData {
  readonly slot: Slot;
}

/** Frames shorter than this are sent from a view of the scratch buffer kept for their length (see `UwsTransport.#send`). */
const VIEWS = 16 * 1024;

/** RFC 6455 asks for `Connection: Upgrade` (a list may hold more tokens). */
const UPGRADE_TOKEN = /(^|,)\s*upgrade\s*(,|$)/i;

export class UwsTransport implements Transport {
  readonly name: string;
  readonly #uws: typeof UWS;
  #listenSocket: UWS.us_listen_socket | null = null;
  /** Sockets with frames held for the end of this turn. */
  #dirty = new Set<Slot>();
  #flushQueued = false;
  /** The socket whose message is being handled: uWS corks it for the duration. */
  #current: Slot | undefined;
  /**
   * Where composed frames are written to be sent (see `#send`): the native
   * uWS copies what it sends before `send` returns, so one buffer serves
   * every frame; the JS fallback (on `ws`) keeps it, so there each frame
   * gets its own.
   */
  #scratch: Uint8Array | null;
  /** Views of `#scratch`'s first n bytes, by n (below `VIEWS`): a send then allocates nothing. */
  #views = new Array<Uint8Array | undefined>(VIEWS);

  constructor() {
    const { uws, native } = loadUws();
    this.#uws = uws;
    this.name = native ? 'uws' : 'uws-fallback';
    this.#scratch = native ? new Uint8Array(64 * 1024) : null;
  }

  /** Sends one frame (uWS's status: 2 refused over maxBackpressure). A composed frame is written out here, at the last moment. */
  #send(ws: UWS.WebSocket<UserData>, f: OutFrame): number {
    if (typeof f === 'string') return ws.send(f, false);
    if (f instanceof Uint8Array) return ws.send(f, true);
    const n = f.byteLength;
    let scratch = this.#scratch;
    if (scratch === null) {
      const own = new Uint8Array(n);
      f.writeTo(own, 0);
      return ws.send(own, f.binary);
    }
    if (scratch.length < n) {
      scratch = this.#scratch = new Uint8Array(Math.max(n, scratch.length * 2));
      this.#views = new Array<Uint8Array | undefined>(VIEWS);
    }
    f.writeTo(scratch, 0);
    let view: Uint8Array | undefined;
    if (n < VIEWS) view = this.#views[n] ??= scratch.subarray(0, n);
    else view = scratch.subarray(0, n);
    return ws.send(view, f.binary);
  }

  listen<C, S>(host: string, port: number, handler: TransportHandler<C, S>, limits: TransportLimits): Promise<number> {
    const uws = this.#uws;
    const app = uws.App();
    app.ws<UserData>('/*', {
      // Past its own limit uWS drops the connection in native code, without a close
      // frame (its forceClose). Up to 4x the limit frames reach the handler,
      // which closes them as RFC 6455 says: 1009, with a close frame.
      maxPayloadLength: limits.maxPayloadBytes * 4,
      // uWS refuses a send past this itself; bulk bytes (snapshot pages) may go
      // past the limit, which is checked here in JS for the others (`#connection`).
      maxBackpressure: limits.maxBufferedBytes + MAX_BULK_BYTES,
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
        // uWS marks a request whose Connection header is `close` to be closed once
        // answered, and would close the socket right after upgrading it: refuse it.
        if (!UPGRADE_TOKEN.test(headers['connection'] ?? '')) {
          res.writeStatus(statusLine(400)).writeHeader('content-type', 'application/json');
          res.end('{"error":{"code":"INVALID_ARGUMENT","message":"an upgrade needs Connection: Upgrade"}}', true);
          return;
        }
        const url = req.getUrl();
        const query = new URLSearchParams(req.getQuery() ?? '');
        const key = headers['sec-websocket-key'] ?? '';
        const extensions = headers['sec-websocket-extensions'] ?? '';
        const protocols = (headers['sec-websocket-protocol'] ?? '')
          .split(',')
          .map((p) => p.trim())
          .filter((p) => p !== '');
        const remoteAddress = Buffer.from(res.getRemoteAddressAsText()).toString();
        let decision: UpgradeDecision<C> | Promise<UpgradeDecision<C>>;
        try {
          decision = handler.upgrade({ path: url, query, headers, protocols, remoteAddress });
        } catch {
          res.writeStatus(statusLine(500)).end('', true);
          return;
        }
        if (!(decision instanceof Promise)) {
          // Decided at once: answered within this callback, which uWS runs corked
          // (the path uWS is built for); the session opens once `res.upgrade` returned.
          const slot = this.#answer(res, decision, key, extensions, context);
          if (slot !== undefined) this.#open(slot, handler, limits);
          return;
        }
        let aborted = false;
        res.onAborted(() => {
          aborted = true;
        });
        decision.then(
          (d) => {
            if (aborted) return;
            let slot: Slot | undefined;
            res.cork(() => {
              slot = this.#answer(res, d, key, extensions, context);
            });
            // uWS trap (uWebSockets.js 20.30, fixed upstream in uWebSockets #1929):
            // after an upgrade inside `cork`, the cork reads the HTTP response's state
            // from memory that the upgrade shrank in place and freed, and closes the
            // new socket (1006) when the bytes found there say "Connection: close".
            // Whatever allocates in the `open` callback may have reused that memory by
            // then, so the session is opened here, once the cork is over, never inside
            // `open`. A small window remains (uWS.js builds its JS WebSocket in
            // between): handlers that decide synchronously never take this path.
            if (slot !== undefined) this.#open(slot, handler, limits);
          },
          () => {
            if (!aborted) res.cork(() => res.writeStatus(statusLine(500)).end('', true));
          },
        );
      },
      open: (ws) => {
        ws.getUserData().slot.ws = ws;
      },
      message: (ws, message, isBinary) => {
        const slot = ws.getUserData().slot;
        if (slot.session === undefined) return;
        this.#current = slot;
        try {
          handler.message(slot.session as S, new Uint8Array(message), isBinary);
        } finally {
          this.#current = undefined;
        }
      },
      close: (ws, code, message) => {
        const slot = ws.getUserData().slot;
        slot.closed = true;
        slot.out = [];
        slot.held = 0;
        slot.outBytes = 0;
        const reason = slot.dropped ?? Buffer.from(message).toString('utf8');
        // No session yet: closed inside `handler.open` (told once it returns), or
        // before it (see `upgrade`), which the handler never knew of.
        if (slot.session === undefined) slot.closedWith = { code, reason };
        else handler.close(slot.session as S, code, reason);
      },
    });
    app.any('/*', (res, req) => serveHttp(res, req, handler, limits));
    return new Promise((resolve, reject) => {
      // Exclusive: by default uSockets sets SO_REUSEPORT, and a second server on
      // a busy port started silently and shared it (the kernel split connections).
      (app.listen as unknown as (h: string, p: number, o: number, cb: (s: UWS.us_listen_socket | false) => void) => void)(
        host,
        port,
        LIBUS_LISTEN_EXCLUSIVE_PORT,
        (socket) => {
          if (socket === false) {
            probeListenError(host, port).then(reject, reject);
            return;
          }
          this.#listenSocket = socket;
          resolve(uws.us_socket_local_port(socket as unknown as UWS.us_socket));
        },
      );
    });
  }

  /**
   * Answers an upgrade request as decided: a refusal (and the connection
   * closed), or the upgrade, whose slot is returned for `#open`. The caller
   * has the response corked.
   */
  #answer<C>(res: UWS.HttpResponse, d: UpgradeDecision<C>, key: string, extensions: string, context: UWS.us_socket_context_t): Slot | undefined {
    if (!d.accept) {
      res.writeStatus(statusLine(d.status)).writeHeader('content-type', 'application/json').end(d.body, true);
      return undefined;
    }
    const slot: Slot = {
      context: d.context,
      session: undefined,
      ws: undefined,
      closed: false,
      closedWith: undefined,
      out: [],
      held: 0,
      outBytes: 0,
      bulk: 0,
      dropped: undefined,
    };
    res.upgrade<UserData>({ slot }, key, d.protocol ?? '', extensions, context);
    return slot;
  }

  /**
   * Opens the session of a socket that `res.upgrade` just opened, never from
   * uWS's `open` callback (see `upgrade`). A close that came meanwhile (the
   * handler closed the socket in its `open`) is told once the session exists.
   */
  #open<C, S>(slot: Slot, handler: TransportHandler<C, S>, limits: TransportLimits): void {
    const ws = slot.ws;
    if (ws === undefined || slot.closed) return;
    try {
      slot.session = handler.open(this.#connection(ws, slot, limits), slot.context as C);
    } catch {
      if (!slot.closed) {
        slot.closed = true;
        ws.close();
      }
      return;
    }
    const early = slot.closedWith;
    if (early !== undefined) handler.close(slot.session as S, early.code, early.reason);
  }

  /**
   * The port's view of a socket. Frames to the socket being served go out
   * at once (uWS has it corked until the handler returns); frames to the
   * others wait for the end of the event-loop turn and then leave in one
   * `cork`, one system call per socket rather than one per frame. Order is
   * kept: a socket with frames waiting gets the next ones queued behind.
   */
  #connection(ws: UWS.WebSocket<UserData>, slot: Slot, limits: TransportLimits): Connection {
    const drop = (): void => {
      slot.closed = true;
      slot.out = [];
      slot.held = 0;
      slot.outBytes = 0;
      ws.close();
    };
    return {
      send: (data, bulk) => {
        if (slot.closed) return false;
        if (bulk === true && slot.bulk < MAX_BULK_BYTES) slot.bulk += byteLength(data);
        // A slow consumer (over the limit with what the network has not taken yet) is
        // dropped. The limit is uWS's maxBackpressure, so uWS itself refuses (2) a send
        // over it: the frame served at once needs no check of its own (one native call
        // a reply fewer). Frames held for the end of the turn are checked before the
        // turn's first is queued (uWS's buffer does not move until they leave), so, as
        // with ws, the frames of one turn all go out, even one larger than the limit.
        if (slot === this.#current && slot.held === 0) {
          if (this.#send(ws, data) === 2) {
            drop();
            return false;
          }
          return true;
        }
        if (slot.held === 0) {
          const buffered = ws.getBufferedAmount();
          // What is left of the bulk bytes is at most what is buffered (they drain like the rest).
          slot.bulk = Math.min(slot.bulk, buffered);
          if (buffered - slot.bulk > limits.maxBufferedBytes) {
            drop();
            return false;
          }
        }
        slot.out[slot.held++] = data;
        slot.outBytes += byteLength(data);
        this.#dirty.add(slot);
        if (!this.#flushQueued) {
          this.#flushQueued = true;
          setImmediate(this.#flushAll);
        }
        return true;
      },
      bufferedAmount: () => (slot.closed ? 0 : ws.getBufferedAmount() + slot.outBytes),
      close: (code, reason) => {
        if (slot.closed) return;
        this.#flush(ws, slot);
        if (slot.closed) return;
        slot.closed = true;
        ws.end(code, reason);
      },
      terminate: () => {
        if (slot.closed) return;
        drop();
      },
    };
  }

  readonly #flushAll = (): void => {
    this.#flushQueued = false;
    const dirty = this.#dirty;
    this.#dirty = new Set();
    for (const slot of dirty) if (slot.ws !== undefined) this.#flush(slot.ws, slot);
  };

  /** Sends a socket's held frames in one cork; a frame uWS refuses (over maxBackpressure) drops the socket. */
  #flush(ws: UWS.WebSocket<UserData>, slot: Slot): void {
    const frames = slot.out;
    const n = slot.held;
    if (n === 0 || slot.closed) return;
    slot.held = 0;
    slot.outBytes = 0;
    let refused = false;
    ws.cork(() => {
      for (let i = 0; i < n && !refused; i++) refused = this.#send(ws, frames[i]!) === 2;
    });
    // The array stays for the next turn's frames, without these (a burst's long one does not).
    if (n > 1024) slot.out = [];
    else frames.fill(undefined, 0, n);
    if (refused) {
      // Told to the handler as the close's reason: this drop has no send that returned false.
      slot.dropped = SLOW_CONSUMER;
      slot.closed = true;
      ws.close();
    }
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
