/** Failures in plain words, in the UI's language. */
import { isErrorCode } from '../../../src/core/errors.js';
import { isMessageKey, type MessageKey, type Translate } from './i18n.js';
import { checkToken } from './session.js';

export function plainError(t: Translate, err: unknown): string {
  const e = err as { code?: unknown; message?: unknown };
  const message = typeof e?.message === 'string' ? e.message : String(err);
  if (isErrorCode(e?.code)) return t(`error.${e.code}`, { message });
  return message;
}

/**
 * Why signing in with `token` failed, in plain words. Browsers hide why a
 * WebSocket upgrade was refused (the SDK sees `UNAVAILABLE` without a
 * status), so the server is asked about the token itself: refused (expired,
 * or signed with another secret), of another role, or fine (then the server
 * could not be reached).
 */
export async function signInProblem(t: Translate, err: unknown, token: string, role: 'agent' | 'supervisor'): Promise<string> {
  const e = err as { code?: unknown; status?: unknown } | null;
  if (e?.code === 'UNAUTHENTICATED' || e?.status === 401) return t('login.refused');
  if (e?.code !== 'UNAVAILABLE') return plainError(t, err);
  const check = await checkToken(token);
  if (check === 'refused') return t('login.refused');
  if (check !== undefined && check.role !== role) {
    const name = (r: string) => (isMessageKey(`role.${r}`) ? t(`role.${r}` as MessageKey) : r);
    return t('login.wrongRole', { role: name(check.role), page: name(role) });
  }
  return t('login.unreachable');
}
