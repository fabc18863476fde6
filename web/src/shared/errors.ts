/** Failures in plain words, in the UI's language. */
import { isErrorCode } from '../../../src/core/errors.js';
import type { Translate } from './i18n.js';

export function plainError(t: Translate, err: unknown): string {
  const e = err as { code?: unknown; message?: unknown };
  const message = typeof e?.message === 'string' ? e.message : String(err);
  if (isErrorCode(e?.code)) return t(`error.${e.code}`, { message });
  return message;
}
