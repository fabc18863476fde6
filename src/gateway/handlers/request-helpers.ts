/** Small checks shared by the per-role request handlers. */
import { SwitchboardError } from '../../core/errors.js';

export const ok = { ok: {} } as const;

export function denied(message: string): SwitchboardError {
  return new SwitchboardError('PERMISSION_DENIED', message);
}

/** A required string field; INVALID_ARGUMENT when missing or empty. */
export function required(value: string | undefined, field: string): string {
  if (value === undefined || value === '') throw new SwitchboardError('INVALID_ARGUMENT', `${field} is required`);
  return value;
}

export function presenceOf(value: string | undefined): 'available' | 'away' {
  if (value !== 'available' && value !== 'away') {
    throw new SwitchboardError('INVALID_ARGUMENT', 'presence must be "available" or "away"');
  }
  return value;
}

/**
 * A reason code from one of the configuration's lists (`awayReasons`,
 * `escalationReasons`): reports stay comparable across agents and days.
 * INVALID_ARGUMENT naming the allowed codes otherwise.
 */
export function reasonFrom(list: readonly string[], reason: string, what: string, extra: readonly string[] = []): string {
  if (list.includes(reason) || extra.includes(reason)) return reason;
  throw new SwitchboardError(
    'INVALID_ARGUMENT',
    `${what} ${JSON.stringify(reason)} is not a configured reason code (use one of: ${[...list, ...extra].join(', ')})`,
  );
}
