/**
 * What a process that just acquired the lease must do with its memory.
 *
 * A process whose last writes were not all acknowledged (or whose Redis lost
 * its data) holds the truth in memory and must re-write it (`rebase`), but
 * only if nobody else wrote since: a fresh domain after a data loss (head 0),
 * or the very next fencing token in the same epoch (nobody led in between).
 * Otherwise its memory is stale and it must load what the store holds.
 */
import type { Lease } from './routing-store.js';

export function mayRebaseFromMemory(
  needsRebase: boolean,
  previous: Lease | null,
  acquired: { readonly epoch: string; readonly token: number; readonly head: number },
  lastSeq: number,
): boolean {
  if (!needsRebase || previous === null) return false;
  if (acquired.epoch !== previous.epoch) return acquired.head === 0;
  return acquired.token === previous.token + 1 && acquired.head <= lastSeq;
}
