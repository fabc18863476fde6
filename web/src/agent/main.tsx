/**
 * The agent desktop (`/agent`): sign in with a token, set state, take
 * offers (buttons or the A / R keys), work and wrap up contacts. New offers
 * ring (a generated tone), mark the tab's title and icon, raise a desktop
 * notification when allowed and are announced in an ARIA live region; an
 * offer that rang out says so. A dropped connection shows a banner while the
 * SDK reconnects and resumes the session; a token the server no longer
 * accepts sends the agent back to sign in, saying why.
 */
import { render } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DEFAULT_AWAY_REASONS } from '../../../src/config/reason-codes.js';
import type { SiteInfo } from '../../../src/web/site-info.js';
import { ConnectionBanner, ErrorList, LanguagePicker, useErrors, useNow } from '../shared/components.js';
import { plainError } from '../shared/errors.js';
import { duration, languageName } from '../shared/format.js';
import { I18n, initialLanguage, labelsOf, saveLanguage, translateCode, translator, useLabels, useT, type Language } from '../shared/i18n.js';
import { LoginForm } from '../shared/login-form.js';
import { initialToken, loadSiteInfo, serverUrl } from '../shared/session.js';
import { OfferAlerts } from './alerts.js';
import { ContactCard } from './contact-card.js';
import { AgentDesk, statusOf, type DeskState } from './desk.js';
import { OfferCard } from './offer-card.js';

const TOKEN_KEY = 'switchboard.agent.token';

/** An offer that rang out, as the agent is told of it. */
interface Missed {
  readonly queueId: string;
  readonly inRow: number;
}

function StateControl(props: { state: DeskState; now: number; desk: AgentDesk; awayReasons: readonly string[] | undefined; onError: (e: unknown) => void }) {
  const t = useT();
  const labels = useLabels();
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
          <span class="muted"> · {labels.code('reason', props.state.awayReason)}</span>
        )}
        <span class="muted" data-testid="time-in-state">
          {' '}
          · {t('state.since', { time: duration(props.now - props.state.stateSince) })}
        </span>
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
                {labels.code('reason', r)}
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

/** Sound and desktop notifications: on or off, ask for permission. */
function AlertControls(props: { alerts: OfferAlerts }) {
  const t = useT();
  const [sound, setSound] = useState(props.alerts.sound);
  const [permission, setPermission] = useState(props.alerts.permission);
  return (
    <div class="alerts" role="group" aria-label={t('alerts.label')}>
      <label class="radio">
        <input
          type="checkbox"
          checked={sound}
          onChange={(e) => {
            const on = (e.currentTarget as HTMLInputElement).checked;
            props.alerts.sound = on;
            setSound(on);
          }}
          data-testid="alert-sound"
        />{' '}
        {t('alerts.sound')}
      </label>
      {permission === 'default' && (
        <button type="button" class="link" onClick={() => void props.alerts.askPermission().then(setPermission)} data-testid="alert-notify">
          {t('alerts.notify')}
        </button>
      )}
      {permission === 'granted' && <span class="muted small">{t('alerts.notifyOn')}</span>}
      {permission === 'denied' && <span class="muted small">{t('alerts.notifyBlocked')}</span>}
    </div>
  );
}

function Desk(props: { desk: AgentDesk; site: SiteInfo | undefined; onSignedOut: (notice?: string) => void }) {
  const t = useT();
  const labels = useLabels();
  const { lang } = useContext(I18n);
  const [state, setState] = useState<DeskState>(props.desk.state);
  const [announcement, setAnnouncement] = useState('');
  const [missed, setMissed] = useState<Missed | undefined>();
  const [errors, addError, dismiss] = useErrors();
  const [busy, setBusy] = useState<string | undefined>();
  const now = useNow(250);
  const alerts = useMemo(() => new OfferAlerts(), []);
  useEffect(() => () => alerts.dispose(), [alerts]);
  const tRef = useRef(t);
  tRef.current = t;
  const labelsRef = useRef(labels);
  labelsRef.current = labels;
  const langRef = useRef(lang);
  langRef.current = lang;

  useEffect(() => props.desk.subscribe(setState), [props.desk]);
  useEffect(
    () =>
      props.desk.onNotice((n) => {
        const t = tRef.current;
        if (n.kind === 'offer') {
          const c = n.offer.contact;
          const params = {
            channel: translateCode(t, 'channel', c.channel),
            language: languageName(c.language, langRef.current),
            prime: c.customer?.tier === 'prime' ? t('offer.announcePrime') : '',
            queue: labelsRef.current.queue(c.queueId),
          };
          setAnnouncement(t('offer.announce', params));
          setMissed(undefined);
          alerts.ring();
          alerts.notify(c.id, t('alerts.notifyTitle', params), t('alerts.notifyBody', params));
        } else {
          alerts.close(n.contactId);
          setAnnouncement(t(n.expired ? 'offer.expired' : 'offer.gone', { id: n.contactId }));
          if (n.missedInRow !== undefined) setMissed({ queueId: n.queueId, inRow: n.missedInRow });
        }
      }),
    [props.desk, alerts],
  );
  // The tab tells an agent looking elsewhere: offers ringing, or one missed.
  const base = `${t('app.title')} · ${t('agent.title')}`;
  const ringing = state.offers.length;
  useEffect(() => {
    if (ringing > 0) alerts.tab(base, t('alerts.titleOffer', { count: ringing }), 'ringing');
    else if (missed !== undefined) alerts.tab(base, t('alerts.titleMissed'), 'missed');
    else alerts.tab(base, undefined, 'idle');
  }, [ringing, missed, base]);
  // A token refused on a reconnect: back to sign in, saying why.
  useEffect(() => {
    if (state.ended !== 'refused') return;
    sessionStorage.removeItem(TOKEN_KEY);
    props.onSignedOut(t('login.signedOutRefused'));
  }, [state.ended]);

  const onError = (e: unknown) => addError(plainError(t, e, lang));
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

  const limit = props.site?.missedOffersLimit ?? 3;
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
      <div class="whoami">
        <p>
          {t('login.as', { id: state.agentId })}{' '}
          <button type="button" class="link" onClick={signOut} data-testid="sign-out">
            {t('login.logout')}
          </button>
        </p>
        <AlertControls alerts={alerts} />
      </div>
      <ErrorList errors={errors} onDismiss={dismiss} />
      {missed !== undefined && (
        <div class="banner banner-missed" role="alert" data-testid="missed-offer">
          <span>
            {t('offer.missed', { queue: labels.queue(missed.queueId) })}{' '}
            {missed.inRow >= limit ? t('offer.missedAway', { limit }) : t('offer.missedCount', { count: missed.inRow, limit })}
          </span>
          <button type="button" class="link" onClick={() => setMissed(undefined)}>
            {t('error.dismiss')}
          </button>
        </div>
      )}
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
  const [desk, setDesk] = useState<AgentDesk | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [site, setSite] = useState<SiteInfo | undefined>();
  const i18n = useMemo(() => {
    const t = translator(lang);
    return { lang, t, labels: labelsOf(lang, t, site) };
  }, [lang, site]);
  // The tab's token signs in at once, the first time only: not again after signing out.
  const [token, setToken] = useState(() => initialToken(TOKEN_KEY));
  useEffect(() => {
    loadSiteInfo().then(setSite, () => {});
  }, []);
  useEffect(() => {
    saveLanguage(lang);
    // Signed in, the desk keeps the title (it shows offers ringing).
    if (desk === undefined) document.title = `${i18n.t('app.title')} · ${i18n.t('agent.title')}`;
  }, [lang, desk]);
  // For the browser tests and the curious: the desk of this page.
  useEffect(() => {
    (window as { switchboardDesk?: AgentDesk | undefined }).switchboardDesk = desk;
  }, [desk]);
  const connect = async (value: string) => {
    const d = await AgentDesk.open(serverUrl(), value);
    sessionStorage.setItem(TOKEN_KEY, value);
    setNotice(undefined);
    setDesk(d);
  };
  return (
    <I18n.Provider value={i18n}>
      <header class="top">
        <h1>
          <a href="/">{i18n.t('app.title')}</a> · {i18n.t('agent.title')}
        </h1>
        <LanguagePicker lang={lang} onChange={setLang} />
      </header>
      <main>
        {desk === undefined ? (
          <LoginForm key={notice ?? ''} initial={token} role="agent" notice={notice} connect={connect} />
        ) : (
          <Desk
            desk={desk}
            site={site}
            onSignedOut={(why) => {
              setToken('');
              setNotice(why);
              setDesk(undefined);
            }}
          />
        )}
      </main>
    </I18n.Provider>
  );
}

render(<App />, document.getElementById('app')!);
