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

/**
 * A failure with a stable code and a human message.
 *
 * @example
 * throw new SwitchboardError('NOT_FOUND', `contact ${id} does not exist`);
 */
export class SwitchboardError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SwitchboardError';
    this.code = code;
  }
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
  ) {
    super('FAILED_PRECONDITION', message);
    this.name = 'QueueClosedError';
  }
}

/** A closed queue's next opening carried by an error, for the wire (`Error.opensAt`). */
export function opensAtOf(e: unknown): number | undefined {
  return e instanceof QueueClosedError && e.opensAt !== null ? e.opensAt : undefined;
}

export const invalid = (message: string): SwitchboardError => new SwitchboardError('INVALID_ARGUMENT', message);
export const notFound = (message: string): SwitchboardError => new SwitchboardError('NOT_FOUND', message);
export const precondition = (message: string): SwitchboardError => new SwitchboardError('FAILED_PRECONDITION', message);
export const alreadyExists = (message: string): SwitchboardError => new SwitchboardError('ALREADY_EXISTS', message);

/**
 * `word` after its indefinite article, for messages that name a role or a
 * channel: `an agent`, `an email`, `a supervisor`. Every word it is given
 * (roles, channels) says its first vowel as a vowel.
 */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}
