/**
 * Why a store refused or failed a call. Every reason maps to a stable core
 * error code (`UNAVAILABLE` for what a retry, elsewhere or later, can fix;
 * `FAILED_PRECONDITION` for calling a write without the lease), so the
 * gateway answers with the code and the message as they are.
 */
import { SwitchboardError, type ErrorCode } from '../core/index.js';

export const StoreErrorReason = {
  /** The connection to the backend is down or timed out. */
  disconnected: 'disconnected',
  /** Reachable, but this process must re-write its state first (`rebase()`). */
  resyncNeeded: 'resync-needed',
  /** Another process holds the lease now; this one's writes are refused. */
  fenced: 'fenced',
  /** A write was attempted without holding the lease. */
  noLease: 'no-lease',
  /** The backend lost this domain's data. */
  dataLost: 'data-lost',
  /** The stored state does not fit (corrupt, or made by another version or config). */
  corrupt: 'corrupt',
  closed: 'closed',
} as const;
export type StoreErrorReason = (typeof StoreErrorReason)[keyof typeof StoreErrorReason];

const CODE: Record<StoreErrorReason, ErrorCode> = {
  disconnected: 'UNAVAILABLE',
  'resync-needed': 'UNAVAILABLE',
  fenced: 'UNAVAILABLE',
  'no-lease': 'FAILED_PRECONDITION',
  'data-lost': 'UNAVAILABLE',
  corrupt: 'INTERNAL',
  closed: 'UNAVAILABLE',
};

/** A store failure: a `SwitchboardError` with the reason it happened. */
export class StoreError extends SwitchboardError {
  override readonly reason: StoreErrorReason;

  constructor(reason: StoreErrorReason, message: string, options?: { cause?: unknown }) {
    super(CODE[reason], message, options);
    this.name = 'StoreError';
    this.reason = reason;
  }
}

/** The refusal of a write by a process that lost the lease. */
export function fencedError(domain: string, token: number, current: number | null): StoreError {
  return new StoreError(
    'fenced',
    `routing lease of domain ${domain} lost: fencing token ${token} is stale (current ${current ?? 'none'}); another process is the leader, this write was refused`,
  );
}
