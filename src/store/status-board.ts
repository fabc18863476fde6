/**
 * The status part every store adapter shares: the current status, the
 * listeners, and `whenReady()`.
 */
import type { StoreEvent, StoreStatus } from './routing-store.js';
import { StoreError } from './store-error.js';

export class StatusBoard {
  #status: StoreStatus;
  #listeners: ((e: StoreEvent) => void)[] = [];
  #waiters: { resolve: () => void; reject: (e: Error) => void }[] = [];

  constructor(initial: StoreStatus) {
    this.#status = initial;
  }

  get status(): StoreStatus {
    return this.#status;
  }

  /** Moves to `status`; emits the matching event only when it changed. */
  set(status: StoreStatus, event?: StoreEvent): void {
    const changed = status !== this.#status;
    this.#status = status;
    if (status === 'ready') {
      const waiters = this.#waiters;
      this.#waiters = [];
      for (const w of waiters) w.resolve();
    } else if (status === 'closed') {
      const waiters = this.#waiters;
      this.#waiters = [];
      for (const w of waiters) w.reject(new StoreError('closed', 'the store is closed'));
    }
    if (event !== undefined && (changed || event.type === 'lease-lost' || event.type === 'resync-needed')) this.emit(event);
  }

  emit(e: StoreEvent): void {
    for (const l of [...this.#listeners]) {
      try {
        l(e);
      } catch {
        // A listener's failure must not break the store's state machine.
      }
    }
  }

  subscribe(fn: (e: StoreEvent) => void): () => void {
    this.#listeners.push(fn);
    return () => {
      this.#listeners = this.#listeners.filter((l) => l !== fn);
    };
  }

  whenReady(timeoutMs = 10_000): Promise<void> {
    if (this.#status === 'ready') return Promise.resolve();
    if (this.#status === 'closed') return Promise.reject(new StoreError('closed', 'the store is closed'));
    return new Promise((resolve, reject) => {
      const w = {
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (e: Error) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((x) => x !== w);
        reject(new StoreError('disconnected', `store not ready after ${timeoutMs} ms (status ${this.#status})`));
      }, timeoutMs);
      this.#waiters.push(w);
    });
  }
}
