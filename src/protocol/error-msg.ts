/** An error as the wire carries it (the `Error` message, an HTTP error body). */
import { detailOf, isErrorCode, opensAtOf, QueueClosedError, SwitchboardError } from '../core/errors.js';
import type { ErrorMsg } from './messages.js';

/**
 * `e` for the wire: its code and English message, a closed queue's
 * `opensAt`, and the `reason` with its `params` that user interfaces say in
 * their own language.
 */
export function errorMsgOf(e: SwitchboardError): ErrorMsg {
  const opensAt = opensAtOf(e);
  return { code: e.code, message: e.message, ...(opensAt === undefined ? {} : { opensAt }), ...detailOf(e) };
}

/**
 * The error a reply carried, as the SDK throws it: a `QueueClosedError` for a
 * closed queue (with its `opensAt`), a `SwitchboardError` otherwise, each
 * with the reason and params the server sent (an unknown code is `INTERNAL`;
 * a reason this SDK does not know is kept as it came, from a newer server).
 */
export function errorFromMsg(e: ErrorMsg): SwitchboardError {
  if (e.opensAt !== undefined) return new QueueClosedError(e.message, e.opensAt, e.params?.['queue']);
  if (e.reason === 'QUEUE_CLOSED_UNTIL_FURTHER_NOTICE') return new QueueClosedError(e.message, null, e.params?.['queue']);

  const reason = typeof e.reason === 'string' && e.reason !== '' ? e.reason : undefined;
  return new SwitchboardError(isErrorCode(e.code) ? e.code : 'INTERNAL', e.message, { reason, params: e.params });
}
