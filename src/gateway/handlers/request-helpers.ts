/** Small checks shared by the per-role request handlers. */
import { fail } from '../../core/errors.js';

export const ok = { ok: {} } as const;

/** A required string field; INVALID_ARGUMENT when missing or empty. */
export function required(value: string | undefined, field: string): string {
  if (value === undefined || value === '') throw fail('FIELD_REQUIRED', `${field} is required`, { field });
  return value;
}

export function presenceOf(value: string | undefined): 'available' | 'away' {
  if (value !== 'available' && value !== 'away') {
    throw fail('FIELD_INVALID', 'presence must be "available" or "away"', { field: 'presence' });
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
  const allowed = [...list, ...extra].join(', ');
  throw fail('REASON_NOT_CONFIGURED', `${what} ${JSON.stringify(reason)} is not a configured reason code (use one of: ${allowed})`, {
    what,
    value: reason,
    allowed,
  });
}
