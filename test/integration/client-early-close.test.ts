/**
 * The SDK when a socket closes right after it opened: the attempt fails
 * (and is retried when reconnecting), it never resolves into a client that
 * is not connected and will not reconnect.
 */
import t from 'tap';
import { ConnectError, SwitchboardClient } from '../../src/client/client.js';
import type { WebSocketConstructor } from '../../src/client/socket.js';

type Listener = (e: { code?: number; reason?: string; data?: unknown }) => void;

/** A WHATWG-shaped socket whose peer opens it and drops it in one task (as a server closing at once would). */
class OpenThenDropped {
  readyState = 0;
  binaryType = 'blob';
  readonly #listeners = new Map<string, Listener[]>();
  constructor() {
    setTimeout(() => {
      this.readyState = 1;
      this.#emit('open', {});
      this.readyState = 3;
      this.#emit('close', { code: 1006, reason: '' });
    }, 1);
  }
  addEventListener(type: string, listener: Listener): void {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
  }
  send(): void {}
  close(): void {}
  #emit(type: string, e: { code?: number; reason?: string }): void {
    for (const l of this.#listeners.get(type) ?? []) l(e);
  }
}

t.test('client - a socket dropped as it opens is a failed connect, not a dead client', async (t) => {
  const err = await SwitchboardClient.connect({
    url: 'ws://127.0.0.1:1',
    role: 'agent',
    token: 't',
    reconnect: false,
    webSocket: OpenThenDropped as unknown as WebSocketConstructor,
  }).then(
    (c) => c,
    (e: unknown) => e,
  );
  t.ok(err instanceof ConnectError, 'connect rejects');
  t.match(err, { code: 'UNAVAILABLE', message: /closed right after opening \(1006\)/ });
});
