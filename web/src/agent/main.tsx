/**
 * The agent desktop (`/agent`): sign in with a token, set state, take
 * offers (buttons or the A / R keys), work and wrap up contacts. New offers
 * are announced in an ARIA live region; a dropped connection shows a banner
 * while the SDK reconnects and resumes the session.
 */
import { render } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DEFAULT_AWAY_REASONS } from '../../../src/config/reason-codes.js';
import type { SiteInfo } from '../../../src/web/site-info.js';
import { ConnectionBanner, ErrorList, LanguagePicker, useErrors, useNow } from '../shared/components.js';
import { plainError, signInProblem } from '../shared/errors.js';
import { duration, languageName } from '../shared/format.js';
import { I18n, initialLanguage, saveLanguage, translateCode, translator, useT, type Language } from '../shared/i18n.js';
import { initialToken, loadSiteInfo, serverUrl } from '../shared/session.js';
import { ContactCard } from './contact-card.js';
import { AgentDesk, statusOf, type DeskState } from './desk.js';
import { OfferCard } from './offer-card.js';

const TOKEN_KEY = 'switchboard.agent.token';

function LoginForm(props: { initial: string; onDesk: (d: AgentDesk) => void }) {
  const t = useT();
  const [token, setToken] = useState(props.initial);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const signIn = async (e?: Event) => {
    e?.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const desk = await AgentDesk.open(serverUrl(), token.trim());
      sessionStorage.setItem(TOKEN_KEY, token.trim());
      props.onDesk(desk);
    } catch (err) {
      setProblem(signInProblem(t, err));
      setBusy(false);
    }
  };
  // Signed in at once when the page was opened with a token (the landing page's links, a reload).
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
      <p class="muted">{t('login.tokenHelp')}</p>
      {problem !== undefined && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy || token.trim() === ''} data-testid="sign-in">
        {busy ? t('login.connecting') : t('login.submit')}
      </button>
    </form>
  );
}

function StateControl(props: { state: DeskState; now: number; desk: AgentDesk; awayReasons: readonly string[] | undefined; onError: (e: unknown) => void }) {
  const t = useT();
  const status = statusOf(props.state);
  // The server's list (`/web/config.json`); the defaults until it is loaded.
  const reasons = props.awayReasons ?? DEFAULT_AWAY_REASONS;
  const [chosen, setReason] = useState<string | undefined>();
  const reason = chosen !== undefined && reasons.includes(chosen) ? chosen : (reasons[0] ?? 'other');
  const run = (p: Promise<void>) => p.catch(props.onError);
  return (
    <section class="card state" aria-labelledby="state-title">
      <h2 id="state-title">{t('state.title')}</h2>
      <p>
        <span class={`status status-${status}`} data-testid="status">
          {translateCode(t, 'state', status)}
        </span>
        {props.state.presence === 'away' && props.state.awayReason !== undefined && (
          <span class="muted"> · {translateCode(t, 'reason', props.state.awayReason)}</span>
        )}
        <span class="muted"> · {t('state.since', { time: duration(props.now - props.state.presenceSince) })}</span>
      </p>
      <div class="state-controls">
        <button
          type="button"
          class="primary"
          disabled={props.state.presence === 'available'}
          onClick={() => run(props.desk.setPresence('available'))}
          data-testid="go-available"
        >
          {t('state.available')}
        </button>
        <label>
          {t('state.reason')}{' '}
          <select value={reason} onChange={(e) => setReason((e.currentTarget as HTMLSelectElement).value)} data-testid="away-reason">
            {reasons.map((r) => (
              <option value={r} key={r}>
                {translateCode(t, 'reason', r)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => run(props.desk.setPresence('away', reason))} data-testid="go-away">
          {t('state.away')}
        </button>
      </div>
    </section>
  );
}

function Desk(props: { desk: AgentDesk; site: SiteInfo | undefined; onSignedOut: () => void }) {
  const t = useT();
  const { lang } = useContext(I18n);
  const [state, setState] = useState<DeskState>(props.desk.state);
  const [announcement, setAnnouncement] = useState('');
  const [errors, addError, dismiss] = useErrors();
  const [busy, setBusy] = useState<string | undefined>();
  const now = useNow(250);
  const tRef = useRef(t);
  tRef.current = t;
  const langRef = useRef(lang);
  langRef.current = lang;

  useEffect(() => props.desk.subscribe(setState), [props.desk]);
  useEffect(
    () =>
      props.desk.onNotice((n) => {
        const t = tRef.current;
        if (n.kind === 'offer') {
          const c = n.offer.contact;
          const queue = props.site?.queues.find((q) => q.id === c.queueId)?.name ?? c.queueId;
          setAnnouncement(
            t('offer.announce', {
              channel: translateCode(t, 'channel', c.channel),
              language: languageName(c.language, langRef.current),
              prime: c.customer?.tier === 'prime' ? t('offer.announcePrime') : '',
              queue,
            }),
          );
        } else {
          setAnnouncement(t(n.expired ? 'offer.expired' : 'offer.gone', { id: n.contactId }));
        }
      }),
    [props.desk, props.site],
  );

  const onError = (e: unknown) => addError(plainError(t, e));
  const act = async (contactId: string, p: () => Promise<void>) => {
    setBusy(contactId);
    try {
      await p();
    } catch (e) {
      onError(e);
    } finally {
      setBusy(undefined);
    }
  };
  const first = state.offers[0];

  // A / R take or refuse the oldest offer, unless the agent is typing somewhere.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (first === undefined || e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      const target = e.target as HTMLElement | null;
      if (target !== null && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      const key = e.key.toLowerCase();
      if (key === 'a') {
        e.preventDefault();
        void act(first.contact.id, () => props.desk.accept(first.contact.id));
      } else if (key === 'r') {
        e.preventDefault();
        void act(first.contact.id, () => props.desk.reject(first.contact.id));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [first?.contact.id, props.desk]);

  const signOut = async () => {
    try {
      await props.desk.logout();
    } catch (e) {
      onError(e);
    }
    sessionStorage.removeItem(TOKEN_KEY);
    props.onSignedOut();
  };

  const ended =
    state.ended === 'replaced'
      ? t('conn.replaced')
      : state.ended === 'shutdown'
        ? t('conn.shutdown')
        : state.ended === 'loggedOut'
          ? t('conn.loggedOut')
          : undefined;
  return (
    <>
      <ConnectionBanner state={ended !== undefined && state.link === 'connected' ? 'failed' : state.link} {...(ended === undefined ? {} : { detail: ended })} />
      <div class="sr-only" aria-live="assertive" aria-atomic="true" data-testid="announcer">
        {announcement}
      </div>
      <p class="whoami">
        {t('login.as', { id: state.agentId })}{' '}
        <button type="button" class="link" onClick={signOut} data-testid="sign-out">
          {t('login.logout')}
        </button>
      </p>
      <ErrorList errors={errors} onDismiss={dismiss} />
      <div class="desk" lang={lang}>
        <div class="column">
          <StateControl state={state} now={now} desk={props.desk} awayReasons={props.site?.awayReasons} onError={onError} />
          <section class="offers" aria-labelledby="offers-title">
            <h2 id="offers-title">
              {t('offers.title')} {state.offers.length > 0 && <span class="count">{state.offers.length}</span>}
            </h2>
            {state.offers.length === 0 ? <p class="muted">{t('offers.none')}</p> : <p class="muted">{t('offer.keys')}</p>}
            {state.offers.map((o, i) => (
              <OfferCard
                key={o.contact.id}
                offer={o}
                now={now}
                site={props.site}
                first={i === 0}
                busy={busy === o.contact.id}
                onAccept={() => act(o.contact.id, () => props.desk.accept(o.contact.id))}
                onReject={() => act(o.contact.id, () => props.desk.reject(o.contact.id))}
              />
            ))}
          </section>
        </div>
        <section class="column contacts" aria-labelledby="contacts-title">
          <h2 id="contacts-title">{t('contacts.title')}</h2>
          {state.contacts.length === 0 && <p class="muted">{t('contacts.none')}</p>}
          {state.contacts.map((h) => (
            <ContactCard
              key={h.contact.id}
              held={h}
              now={now}
              site={props.site}
              onError={onError}
              actions={{
                complete: () => props.desk.complete(h.contact.id),
                finishWrapUp: (disposition, notes) => props.desk.finishWrapUp(h.contact.id, disposition, notes),
                recordWrapUp: (disposition, notes) => props.desk.recordWrapUp(h.contact.id, disposition, notes),
                transfer: (target) => props.desk.transfer(h.contact.id, target),
                cancelTransfer: () => props.desk.cancelTransfer(h.contact.id),
                escalate: (reason, notes) => props.desk.escalate(h.contact.id, reason, notes),
                scheduleFollowUp: async (dueAt, note) => ({ dueAt: (await props.desk.scheduleFollowUp(h.contact.id, dueAt, note)).followUp?.dueAt ?? dueAt }),
              }}
            />
          ))}
        </section>
      </div>
    </>
  );
}

function App() {
  const [lang, setLang] = useState<Language>(initialLanguage());
  const i18n = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  const [desk, setDesk] = useState<AgentDesk | undefined>();
  const [site, setSite] = useState<SiteInfo | undefined>();
  const token = useMemo(() => initialToken(TOKEN_KEY), []);
  useEffect(() => {
    loadSiteInfo().then(setSite, () => {});
  }, []);
  useEffect(() => {
    saveLanguage(lang);
    document.title = `${i18n.t('app.title')} · ${i18n.t('agent.title')}`;
  }, [lang, desk]);
  // For the browser tests and the curious: the desk of this page.
  useEffect(() => {
    (window as { switchboardDesk?: AgentDesk | undefined }).switchboardDesk = desk;
  }, [desk]);
  return (
    <I18n.Provider value={i18n}>
      <header class="top">
        <h1>
          <a href="/">{i18n.t('app.title')}</a> · {i18n.t('agent.title')}
        </h1>
        <LanguagePicker lang={lang} onChange={setLang} />
      </header>
      <main>
        {desk === undefined ? <LoginForm initial={token} onDesk={setDesk} /> : <Desk desk={desk} site={site} onSignedOut={() => setDesk(undefined)} />}
      </main>
    </I18n.Provider>
  );
}

render(<App />, document.getElementById('app')!);
