/** What a caller sets when connecting (`SwitchboardClient.connect`) and subscribing (`subscribe`). */
import type { Encoding, Role, SnapshotMsg } from '../protocol/messages.js';
import type { ReconnectOptions } from './reconnect.js';
import type { WebSocketConstructor } from './socket.js';

export interface ClientOptions {
  /** Server base URL, e.g. `ws://127.0.0.1:8080`; the role's path is appended. */
  readonly url: string;
  /**
   * More servers of the same cluster (several processes on one Redis): each
   * reconnect attempt after a failed one takes the next URL in turn, so a
   * client whose server died resumes through another.
   */
  readonly fallbackUrls?: readonly string[];
  /**
   * The routing domain to work with, on a server that routes several
   * (`?domain=` on the connection). Agents are found in theirs without it;
   * a supervisor or an integration of such a server names one.
   */
  readonly domain?: string;
  readonly role: Role;
  /** A token, or a function giving a fresh one at each (re)connect. */
  readonly token: string | (() => string | Promise<string>);
  /** Default `json`. */
  readonly encoding?: Encoding;
  /** How the token travels. Default `header` (Authorization: Bearer). */
  readonly tokenVia?: 'header' | 'subprotocol' | 'query';
  /** Default 10 s. */
  readonly requestTimeoutMs?: number;
  /** `false` disables automatic reconnection. */
  readonly reconnect?: ReconnectOptions | false;
  /**
   * The client pings the server this often and drops a connection that
   * answered nothing since the last ping (then reconnects). Default 25 s; 0
   * disables.
   */
  readonly heartbeatIntervalMs?: number;
  /**
   * A WHATWG WebSocket constructor to use instead of the `ws` package. In a
   * browser the global `WebSocket` is taken without asking. Such a socket
   * cannot send headers: a `header` token goes as a subprotocol instead.
   */
  readonly webSocket?: WebSocketConstructor;
  /**
   * Integrations: the last sequence of its event stream this integration
   * saw before (e.g. kept across a restart of its own process). The first
   * connection resumes from there: the events missed since come first, in
   * order. Reconnects always resume from the last event seen, without this.
   */
  readonly resumeAfter?: number;
}

/** How `subscribe` takes the snapshot. */
export interface SubscribeOptions {
  /** Agents and contacts per page (the server's default 500, at most 1,000). */
  readonly pageSize?: number;
  /** Fetch at most this many contacts (the oldest). Default: all. */
  readonly contactsLimit?: number;
  /**
   * Take the pages after the first as they come: `subscribe` resolves with
   * the first page, events are delivered meanwhile, and each later page is
   * handed here (its items are newer than every event before it).
   */
  readonly onPage?: (page: SnapshotMsg) => void;
  /**
   * Ask the server for the events in batches (one frame per turn of its
   * loop: far fewer frames on a busy floor). The SDK unpacks them: handlers
   * see the same events one by one, in order, with their own `seq`.
   * Default true; false for one frame per event.
   */
  readonly batched?: boolean;
}
