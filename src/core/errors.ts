import { ERROR_REASONS, isErrorReason, type ErrorReason, type ReasonParams } from './error-reasons.js';

export { ERROR_REASONS, ERROR_REASON_NAMES, isErrorReason, type ErrorReason, type ReasonParams } from './error-reasons.js';

/**
 * The one error type of Switchboard. Every failure that crosses a boundary
 * (core command, protocol reply, HTTP response) carries a stable `code` from
 * {@link ErrorCode}; adapters map codes to HTTP statuses and close codes, the
 * core never knows about either.
 */
export const ErrorCode = {
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
  NOT_FOUND: 'NOT_FOUND',
  ALREADY_EXISTS: 'ALREADY_EXISTS',
  FAILED_PRECONDITION: 'FAILED_PRECONDITION',
  PERMISSION_DENIED: 'PERMISSION_DENIED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  RESOURCE_EXHAUSTED: 'RESOURCE_EXHAUSTED',
  /** What was asked for is past what is kept (a resume past the retention). */
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  UNAVAILABLE: 'UNAVAILABLE',
  DEADLINE_EXCEEDED: 'DEADLINE_EXCEEDED',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const CODES = new Set<string>(Object.values(ErrorCode));

/** True when `value` is one of the stable error codes. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && CODES.has(value);
}

// Every reason's code is one of the codes (a typo fails the type check).
ERROR_REASONS satisfies Record<ErrorReason, { readonly code: ErrorCode }>;

/** What an error says besides its code and message: its reason and the reason's params (text). */
export interface ErrorDetail {
  readonly reason?: string | undefined;
  readonly params?: Readonly<Record<string, string>> | undefined;
}

/**
 * A failure with a stable code, a human message (English, for logs and
 * integrators) and, for every failure the server makes, a stable `reason`
 * with its `params`, for user interfaces that say it in their own language.
 *
 * @example
 * throw fail('CONTACT_NOT_FOUND', `contact ${id} does not exist`, { contact: id });
 */
export class SwitchboardError extends Error {
  readonly code: ErrorCode;
  /**
   * Which failure of the code it is: one of `ERROR_REASONS` (see
   * `isErrorReason`) in what the server sends; inside the server a
   * subclass may keep its own (a `StoreError`'s), never sent as such.
   */
  readonly reason: string | undefined;
  /** The reason's subjects by name (queue id, limit ...), as text; `{}` without a reason. */
  readonly params: Readonly<Record<string, string>>;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown } & ErrorDetail) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SwitchboardError';
    this.code = code;
    this.reason = options?.reason;
    this.params = options?.params ?? {};
  }
}

/** The params of a reason as text (numbers written in full, no grouping). */
function paramText(params: Readonly<Record<string, string | number>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (params !== undefined) for (const [k, v] of Object.entries(params)) out[k] = String(v);
  return out;
}

/**
 * The error of `reason`, with the reason's code, an English `message` and
 * the reason's params.
 *
 * @example
 * throw fail('QUEUE_NOT_FOUND', `queue ${id} does not exist`, { queue: id });
 */
export function fail<R extends ErrorReason>(
  reason: R,
  message: string,
  ...params: keyof ReasonParams<R> extends never ? [] : [ReasonParams<R>]
): SwitchboardError {
  return new SwitchboardError(ERROR_REASONS[reason].code, message, { reason, params: paramText(params[0] as Record<string, string | number> | undefined) });
}

/**
 * The reason of an error made without one of the list's (a `StoreError`
 * keeps its own: the store was cut off, the lease moved): a retry later may
 * do, or it is a bug. Other codes have no reason that fits them all.
 */
const REASON_OF_CODE: Partial<Record<ErrorCode, ErrorReason>> = { UNAVAILABLE: 'NOT_READY', INTERNAL: 'INTERNAL_ERROR' };

/**
 * The reason and params of an error for the wire (`Error.reason`,
 * `Error.params`): its own when it is one of the list's, else the code's
 * (`UNAVAILABLE`: `NOT_READY`, `INTERNAL`: `INTERNAL_ERROR`), else nothing.
 */
export function detailOf(e: SwitchboardError): { reason?: ErrorReason; params?: Record<string, string> } {
  if (!isErrorReason(e.reason)) {
    const byCode = REASON_OF_CODE[e.code];
    return byCode === undefined ? {} : { reason: byCode };
  }
  return Object.keys(e.params).length === 0 ? { reason: e.reason } : { reason: e.reason, params: { ...e.params } };
}

/**
 * FAILED_PRECONDITION: a new contact refused because its queue is closed
 * (hours of operation). `opensAt` is the next opening (ms), or null when none
 * is scheduled within a year; the message names it in the queue's time zone.
 * On the wire it is the error's `opensAt`; the SDK rejects with this class.
 */
export class QueueClosedError extends SwitchboardError {
  constructor(
    message: string,
    readonly opensAt: number | null,
    queue?: string,
  ) {
    super('FAILED_PRECONDITION', message, {
      reason: opensAt === null ? 'QUEUE_CLOSED_UNTIL_FURTHER_NOTICE' : 'QUEUE_CLOSED',
      params: queue === undefined ? {} : opensAt === null ? { queue } : { queue, opensAt: String(opensAt) },
    });
    this.name = 'QueueClosedError';
  }
}

/** A closed queue's next opening carried by an error, for the wire (`Error.opensAt`). */
export function opensAtOf(e: unknown): number | undefined {
  return e instanceof QueueClosedError && e.opensAt !== null ? e.opensAt : undefined;
}

/** INVALID_ARGUMENT without a reason: for the server's own options (a store URL), never a request's. */
export const invalid = (message: string): SwitchboardError => new SwitchboardError('INVALID_ARGUMENT', message);

/**
 * `word` after its indefinite article, for messages that name a role or a
 * channel: `an agent`, `an email`, `a supervisor`. Every word it is given
 * (roles, channels) says its first vowel as a vowel.
 */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}
