/** Failures in plain words, in the UI's language. */
import { isErrorCode } from '../../../src/core/errors.js';
import type { Translate } from './i18n.js';

export function plainError(t: Translate, err: unknown): string {
  const e = err as { code?: unknown; message?: unknown };
  const message = typeof e?.message === 'string' ? e.message : String(err);
  if (isErrorCode(e?.code)) return t(`error.${e.code}`, { message });
  return message;
}

/**
 * Why signing in failed: a refused token or an unreachable server says so
 * plainly; anything else in the words of its error code.
 */
export function signInProblem(t: Translate, err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'UNAVAILABLE' || code === 'UNAUTHENTICATED' ? t('conn.failed') : plainError(t, err);
}
