/**
 * Idempotency keys of contact creation, `(integration, externalId) ->
 * contactId`, kept with the time they were recorded so that compaction can
 * drop old ones. Both adapters keep one of these: the memory store as its
 * storage, the Redis store as the leader's local mirror (answers lookups
 * without a round trip, and re-writes Redis after it lost its data).
 */
import { contactId as toContactId, type ContactId } from '../core/index.js';
import type { IdempotencyKey } from './routing-store.js';

/** One string per (integration, externalId): JSON, so no separator can be forged. */
export const idempotencyField = (integration: string, externalId: string): string => JSON.stringify([integration, externalId]);

export function parseIdempotencyField(field: string, contactId: string): IdempotencyKey | null {
  try {
    const v: unknown = JSON.parse(field);
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') {
      return { integration: v[0], externalId: v[1], contactId: toContactId(contactId) };
    }
  } catch {
    // fall through
  }
  return null;
}

export class IdempotencyIndex {
  readonly #entries = new Map<string, { readonly contactId: ContactId; readonly at: number }>();

  get size(): number {
    return this.#entries.size;
  }

  /** Records a key unless present (first writer wins); true when added. */
  add(key: IdempotencyKey, at: number): boolean {
    const field = idempotencyField(key.integration, key.externalId);
    if (this.#entries.has(field)) return false;
    this.#entries.set(field, { contactId: key.contactId, at });
    return true;
  }

  get(integration: string, externalId: string): ContactId | null {
    return this.#entries.get(idempotencyField(integration, externalId))?.contactId ?? null;
  }

  /** Drops keys recorded before `cutoff`; returns how many. */
  expire(cutoff: number): number {
    let n = 0;
    for (const [f, e] of this.#entries) {
      if (e.at < cutoff) {
        this.#entries.delete(f);
        n++;
      }
    }
    return n;
  }

  clear(): void {
    this.#entries.clear();
  }

  /** Fields with contact ids and times, in insertion order. */
  *entries(): IterableIterator<{ readonly field: string; readonly contactId: ContactId; readonly at: number }> {
    for (const [field, e] of this.#entries) yield { field, contactId: e.contactId, at: e.at };
  }

  keys(): IdempotencyKey[] {
    const out: IdempotencyKey[] = [];
    for (const [field, e] of this.#entries) {
      const k = parseIdempotencyField(field, e.contactId);
      if (k !== null) out.push(k);
    }
    return out;
  }
}
