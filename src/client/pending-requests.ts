/**
 * The requests a client sent that wait for their reply: each one is settled
 * by the reply with its id, by its timeout, or by the connection's close.
 */
import { fail } from '../core/errors.js';
import { errorFromMsg } from '../protocol/error-msg.js';
import type { ReplyMsg } from '../protocol/messages.js';

interface Pending {
  resolve(value: unknown): void;
  reject(err: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

export class PendingRequests {
  readonly #pending = new Map<string, Pending>();
  /** Requests failed when the routing leader changed: their late replies (the new leader's refusals) are no news. */
  readonly #abandoned = new Set<string>();
  #nextId = 1;

  /** The id of the next request (unique for this client's life). */
  nextId(): string {
    return String(this.#nextId++);
  }

  /** The promise the reply to request `id` settles; rejects with DEADLINE_EXCEEDED after `timeoutMs`. */
  wait<T>(id: string, kind: string, timeoutMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(fail('NO_REPLY', `no reply to ${kind} within ${timeoutMs} ms`, { kind, timeoutMs }));
      }, timeoutMs);
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
    });
  }

  /**
   * Settles the request `r` answers: with its result, or rejected with the
   * server's error. False when no request waits for it (the reply to a frame
   * the server could not read carries an empty id).
   */
  settle(r: ReplyMsg): boolean {
    const p = this.#pending.get(r.id);
    if (p === undefined) return this.#abandoned.delete(r.id);
    this.#pending.delete(r.id);
    clearTimeout(p.timer);
    if ('error' in r) {
      // With its reason and params; a closed queue's refusal (a QueueClosedError) with its next opening.
      p.reject(errorFromMsg(r.error));
      return true;
    }
    const { id: _id, ...rest } = r;
    const value = Object.values(rest)[0];
    p.resolve(value ?? {});
    return true;
  }

  /**
   * Rejects every request still waiting (UNAVAILABLE, reason CONNECTION_CLOSED): the connection closed with `code` and `reason`;
   * or with what `error` makes (the socket stayed open but its replies are lost: the routing leader changed).
   */
  rejectAll(code: number, reason: string, error?: () => Error): void {
    if (error !== undefined && this.#abandoned.size > 1000) this.#abandoned.clear();
    for (const [id, p] of this.#pending) {
      if (error !== undefined) this.#abandoned.add(id);
      clearTimeout(p.timer);
      p.reject(error?.() ?? fail('CONNECTION_CLOSED', `connection closed (${code}${reason ? ` ${reason}` : ''})`, { closeCode: code }));
      this.#pending.delete(id);
    }
  }
}
