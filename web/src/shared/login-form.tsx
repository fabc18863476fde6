/**
 * The sign-in form of both pages: a token, the hint of where tokens come
 * from, and why signing in failed in plain words (refused token, wrong role,
 * unreachable server). Signs in at once when the page was opened with a
 * token (the landing page's links, a reload).
 */
import { useContext, useEffect, useState } from 'preact/hooks';
import { signInProblem } from './errors.js';
import { I18n, useT } from './i18n.js';

export function LoginForm(props: {
  initial: string;
  role: 'agent' | 'supervisor';
  /** Why the page is back at sign-in (e.g. the token was refused on a reconnect). */
  notice?: string | undefined;
  /** Connects with the token; rejects with the SDK's error. */
  connect: (token: string) => Promise<void>;
}) {
  const t = useT();
  const { lang } = useContext(I18n);
  const [token, setToken] = useState(props.initial);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(props.notice);
  const signIn = async (e?: Event) => {
    e?.preventDefault();
    const value = token.trim();
    setBusy(true);
    setProblem(undefined);
    try {
      await props.connect(value);
    } catch (err) {
      setProblem(await signInProblem(t, lang, err, value, props.role));
      setBusy(false);
    }
  };
  useEffect(() => {
    if (props.initial !== '') void signIn();
  }, []);
  return (
    <form class="card login" onSubmit={signIn} aria-labelledby="login-title">
      <h2 id="login-title">{t('login.title')}</h2>
      <label>
        {t('login.token')}
        <textarea
          rows={3}
          value={token}
          onInput={(e) => setToken((e.currentTarget as HTMLTextAreaElement).value)}
          required
          spellcheck={false}
          data-testid="token"
        />
      </label>
      <p class="muted" data-testid="token-help">
        {t('login.tokenHelp')}
      </p>
      {problem !== undefined && (
        <p class="problem" role="alert" data-testid="sign-in-problem">
          {problem}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy || token.trim() === ''} data-testid="sign-in">
        {busy ? t('login.connecting') : t('login.submit')}
      </button>
    </form>
  );
}
