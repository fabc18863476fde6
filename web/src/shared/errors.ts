/** Failures in plain words, in the UI's language. */
import { isErrorCode, isErrorReason } from '../../../src/core/errors.js';
import { FIELD_LABELS, REASON_EN, REASON_FR, TIME_PARAMS } from './error-texts.js';
import { dateTime } from './format.js';
import { isMessageKey, translateCode, type Language, type MessageKey, type Translate } from './i18n.js';
import { checkToken } from './session.js';

/**
 * An error of the server in the page's language: from its `reason` and
 * `params` when the reason is known (times shown in the page's language,
 * channels translated), else the code's sentence around the English message,
 * else the message.
 */
export function plainError(t: Translate, err: unknown, lang: Language): string {
  const e = err as { code?: unknown; message?: unknown; reason?: unknown; params?: unknown };
  const message = typeof e?.message === 'string' ? e.message : String(err);
  if (isErrorReason(e?.reason)) {
    const params = (typeof e.params === 'object' && e.params !== null ? e.params : {}) as Record<string, unknown>;
    const text = (lang === 'fr' ? REASON_FR : REASON_EN)[e.reason];
    return text.replace(/\{(\w+)\}/g, (m, name: string) => {
      const v = params[name];
      if (typeof v !== 'string') return m;
      if (TIME_PARAMS.has(name) && /^\d+$/.test(v)) return dateTime(Number(v), lang);
      if (name === 'channel') return translateCode(t, 'channel', v);
      if (name === 'field') return FIELD_LABELS[lang][v] ?? v;

      return v;
    });
  }
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
export async function signInProblem(t: Translate, lang: Language, err: unknown, token: string, role: 'agent' | 'supervisor'): Promise<string> {
  const e = err as { code?: unknown; status?: unknown } | null;
  if (e?.code === 'UNAUTHENTICATED' || e?.status === 401) return t('login.refused');
  if (e?.code !== 'UNAVAILABLE') return plainError(t, err, lang);
  const check = await checkToken(token);
  if (check === 'refused') return t('login.refused');
  if (check !== undefined && check.role !== role) {
    const name = (r: string) => (isMessageKey(`role.${r}`) ? t(`role.${r}` as MessageKey) : r);
    return t('login.wrongRole', { role: name(check.role), page: name(role) });
  }
  return t('login.unreachable');
}
