/**
 * The requests a client sent that wait for their reply: each one is settled
 * by the reply with its id, by its timeout, or by the connection's close.
 */
import { QueueClosedError, SwitchboardError, isErrorCode } from '../core/errors.js';
import type { ErrorMsg, ReplyMsg } from '../protocol/messages.js';

interface Pending {
  resolve(value: unknown): void;
  reject(err: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

export class PendingRequests {
  readonly #pending = new Map<string, Pending>();
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
        reject(new SwitchboardError('DEADLINE_EXCEEDED', `no reply to ${kind} within ${timeoutMs} ms`));
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
    if (p === undefined) return false;
    this.#pending.delete(r.id);
    clearTimeout(p.timer);
    if ('error' in r) {
      p.reject(replyError(r.error));
      return true;
    }
    const { id: _id, ...rest } = r;
    const value = Object.values(rest)[0];
    p.resolve(value ?? {});
    return true;
  }

  /** Rejects every request still waiting with UNAVAILABLE: the connection closed (`why`: its code and reason). */
  rejectAll(why: string): void {
    for (const [id, p] of this.#pending) {
      clearTimeout(p.timer);
      p.reject(new SwitchboardError('UNAVAILABLE', `connection closed (${why})`));
      this.#pending.delete(id);
    }
  }
}

/** The error a reply carries; a closed queue's refusal carries its next opening. */
function replyError(e: ErrorMsg): SwitchboardError {
  return e.opensAt !== undefined ? new QueueClosedError(e.message, e.opensAt) : new SwitchboardError(isErrorCode(e.code) ? e.code : 'INTERNAL', e.message);
}
