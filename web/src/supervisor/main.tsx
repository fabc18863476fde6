/**
 * The supervisor wallboard (`/supervisor`): queues (waiting, ringing, agents
 * available and signed in, the day's counts), agents (state and time in
 * state, skills, languages, current contacts), the agents' figures of the
 * day (sortable) and the reasons behind the "no" answers, and the waiting contacts
 * (who could take each), live from the supervisor stream; force an agent's
 * state or sign them out, re-prioritise or move a waiting contact (asked to
 * confirm).
 */
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { SwitchboardClient } from '../../../src/client/client.js';
import type { ContactMsg, OfferReasonMsg } from '../../../src/protocol/messages.js';
import type { SiteInfo } from '../../../src/web/site-info.js';
import { ConnectionBanner, ErrorList, LanguagePicker, NumCell, useErrors, useNow, type ConnectionState } from '../shared/components.js';
import { plainError } from '../shared/errors.js';
import { clockTime, dateTime, duration, languageName } from '../shared/format.js';
import {
  I18n,
  initialLanguage,
  isMessageKey,
  labelsOf,
  saveLanguage,
  translateCode,
  translator,
  useLabels,
  useT,
  type Language,
  type Translate,
} from '../shared/i18n.js';
import { LoginForm } from '../shared/login-form.js';
import { checkToken, initialToken, loadSiteInfo, serverUrl, tokenSubject } from '../shared/session.js';
import { FiguresTable, NoReasons } from './figures-table.js';
import { Floor, type AgentView } from './floor.js';
import { WaitChart } from './wait-chart.js';

const TOKEN_KEY = 'switchboard.supervisor.token';
const SAMPLE_MS = 5000;
const STATES = ['available', 'busy', 'wrap_up', 'away'] as const;
/** Waiting contacts listed at most (the first in routing order); the queues' counts have them all. */
const MAX_WAITING_ROWS = 200;

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** The time of day when `since` is today, else the date too (counts that never start over). */
function sinceText(since: number, now: number, lang: Language): string {
  return new Date(since).toDateString() === new Date(now).toDateString() ? clockTime(since, lang) : dateTime(since, lang);
}

interface Session {
  readonly client: SwitchboardClient;
  readonly floor: Floor;
  readonly token: string;
  readonly supervisorId: string;
}

function Board(props: { session: Session; lang: Language; onSignedOut: (notice?: string) => void }) {
  const t = useT();
  const labels = useLabels();
  const { client, floor } = props.session;
  const [, setVersion] = useState(0);
  const [link, setLink] = useState<ConnectionState>('connected');
  const [errors, addError, dismiss] = useErrors();
  const [notice, setNotice] = useState('');
  const now = useNow(1000);

  useEffect(() => {
    let scheduled = false;
    const redraw = () => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        setVersion((v) => v + 1);
      });
    };
    const offs = [
      client.on('*', ({ kind, payload }, meta) => {
        floor.apply(kind, payload, meta.at || Date.now());
        // Changes show on the chart at once (at most a sample a second), not only at the next tick.
        floor.sample(Date.now(), 1000);
        redraw();
      }),
      client.onLifecycle('disconnected', (e) => setLink(e.willReconnect ? 'reconnecting' : 'failed')),
      client.onLifecycle('reconnected', (e) => {
        if (e.snapshot !== undefined) floor.load(e.snapshot);
        setLink('restored');
        setTimeout(() => setLink((l) => (l === 'restored' ? 'connected' : l)), 4000);
        redraw();
      }),
      // A reconnect refused: browsers hide the status, so the server is asked about the token.
      client.onLifecycle('error', ({ error }) => {
        if (error.name !== 'ConnectError') return;
        const status = (error as { status?: number }).status;
        if (status !== undefined && status !== 401) return;
        void (status === 401 ? Promise.resolve<'refused'>('refused') : checkToken(props.session.token)).then((r) => {
          if (r !== 'refused') return;
          void client.close();
          sessionStorage.removeItem(TOKEN_KEY);
          props.onSignedOut(t('login.signedOutRefused'));
        });
      }),
    ];
    floor.onPage = redraw;
    floor.sample(Date.now());
    const sampler = setInterval(() => {
      floor.sample(Date.now());
      redraw();
    }, SAMPLE_MS);
    // The server starts its counts over at the start of its day: take a fresh snapshot then.
    let dayTimer: ReturnType<typeof setTimeout> | undefined;
    const watchDay = () => {
      if (floor.resetsAt === undefined) return;
      // A second late, so that the server has started the new day; at most a day ahead (timers are 32-bit).
      const ms = Math.min(Math.max(0, floor.resetsAt - Date.now()) + 1000, 86_400_000);
      dayTimer = setTimeout(() => {
        client.subscribe({ batched: true, onPage: (page) => floor.addPage(page) }).then(
          (snap) => {
            floor.load(snap);
            redraw();
            watchDay();
          },
          () => watchDay(),
        );
      }, ms);
    };
    watchDay();
    return () => {
      offs.forEach((off) => off());
      floor.onPage = undefined;
      clearInterval(sampler);
      if (dayTimer !== undefined) clearTimeout(dayTimer);
    };
  }, [client, floor]);

  /** Runs a supervisor action; true when the server took it. */
  const run = async (p: Promise<void>): Promise<boolean> => {
    try {
      await p;
      setNotice(t('sup.done'));
      return true;
    } catch (e) {
      addError(plainError(t, e, props.lang));
      return false;
    }
  };
  const signOut = async () => {
    await client.close();
    sessionStorage.removeItem(TOKEN_KEY);
    props.onSignedOut();
  };

  const stats = floor.stats(now);
  const agents = [...floor.agents.values()].sort((a, b) => a.id.localeCompare(b.id));
  const byState = new Map<string, number>();
  for (const a of agents) byState.set(floor.statusOf(a), (byState.get(floor.statusOf(a)) ?? 0) + 1);
  const waiting = floor.waitingContacts();
  const queues = stats.map((s) => ({ id: s.id, name: labels.queue(s.id) }));
  const ms = (v: number | undefined) => (v === undefined ? t('sup.na') : duration(v));

  return (
    <>
      <ConnectionBanner state={link} />
      <div class="whoami">
        <p>
          {t('login.as', { id: props.session.supervisorId })}{' '}
          <button type="button" class="link" onClick={signOut} data-testid="sign-out">
            {t('login.logout')}
          </button>
        </p>
      </div>
      <ErrorList errors={errors} onDismiss={dismiss} />
      <div class="sr-only" role="status" aria-live="polite">
        {notice}
      </div>
      <p class="muted" data-testid="since">
        {t(floor.fromServer ? 'sup.sinceDay' : 'sup.since', { time: sinceText(floor.since, now, props.lang) })}
      </p>
      {floor.contactsTotal !== undefined && (
        <p class="muted" role="status" data-testid="listing">
          {t('sup.listing', { listed: floor.contacts.size, total: floor.contactsTotal })}
        </p>
      )}

      <section class="card" aria-labelledby="queues-title">
        <h2 id="queues-title">{t('sup.queues')}</h2>
        <table class="board" data-testid="queues">
          <thead>
            <tr>
              <th>{t('sup.queue')}</th>
              <th>{t('sup.waiting')}</th>
              <th>{t('sup.ringing')}</th>
              <th>{t('sup.staffed')}</th>
              <th>{t('sup.oldest')}</th>
              <th>{t('sup.sl')}</th>
              <th>{t('sup.asa')}</th>
              <th>{t('sup.answered')}</th>
              <th>{t('sup.abandons')}</th>
              <th>
                {t('sup.transfers')} / {t('sup.escalations')}
              </th>
              <th>{t('sup.scheduled')}</th>
              <th>{t('sup.primeWait')}</th>
              <th>{t('sup.standardWait')}</th>
            </tr>
          </thead>
          <tbody>
            {stats.map((s) => {
              const bad = s.serviceLevel !== undefined && s.target !== undefined && s.serviceLevel < s.target.target;
              return (
                <tr key={s.id} data-queue={s.id}>
                  <th scope="row">
                    {labels.queue(s.id)}
                    {s.closedUntil !== undefined && (
                      <div class="muted" data-testid="closed">
                        {s.closedUntil === null ? t('sup.closed') : t('sup.closedUntil', { time: sinceText(s.closedUntil, now, props.lang) })}
                      </div>
                    )}
                  </th>
                  <NumCell id="waiting" tone="big">
                    {s.waiting}
                  </NumCell>
                  <NumCell id="ringing">{s.ringing}</NumCell>
                  <NumCell id="staffed" tone={s.waiting > 0 && s.staffed === 0 ? 'warn' : ''}>
                    {s.available} / {s.staffed}
                  </NumCell>
                  <NumCell>{ms(s.oldestWaitMs)}</NumCell>
                  <NumCell id="sl" tone={bad ? 'bad' : ''}>
                    {s.serviceLevel === undefined ? t('sup.na') : pct(s.serviceLevel)}
                    {s.target !== undefined && (
                      <div class="muted small">{t('sup.slTarget', { target: Math.round(s.target.target * 100), seconds: s.target.thresholdSeconds })}</div>
                    )}
                  </NumCell>
                  <NumCell>{ms(s.asaMs)}</NumCell>
                  <NumCell id="answered">{s.answered}</NumCell>
                  <NumCell id="abandons">{s.abandoned}</NumCell>
                  <NumCell id="transfers">
                    {s.transfers} / {s.escalations}
                  </NumCell>
                  <NumCell>
                    <span data-testid="scheduled">
                      {s.callbacksScheduled} / {s.followUpsScheduled}
                    </span>
                    <div class="muted small" data-testid="pending">
                      {t('sup.pendingNow', { callbacks: s.callbacks, followUps: s.followUps })}
                    </div>
                  </NumCell>
                  <NumCell>{ms(s.primeOldestMs)}</NumCell>
                  <NumCell>{ms(s.standardOldestMs)}</NumCell>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <div class="two">
        <section class="card" aria-labelledby="by-state-title">
          <h2 id="by-state-title">{t('sup.byState')}</h2>
          <ul class="tiles" data-testid="agents-by-state">
            {STATES.map((s) => (
              <li key={s} class={`tile status-${s}`} data-state={s}>
                <span class="big">{byState.get(s) ?? 0}</span>
                <span>{translateCode(t, 'state', s)}</span>
              </li>
            ))}
          </ul>
        </section>
        <section class="card">
          <WaitChart samples={floor.samples} queues={queues} now={now} />
        </section>
      </div>

      <section class="card" aria-labelledby="agents-title">
        <h2 id="agents-title">{t('sup.agents')}</h2>
        {agents.length === 0 ? (
          <p class="muted">{t('sup.noAgents')}</p>
        ) : (
          <table class="board" data-testid="agents">
            <thead>
              <tr>
                <th>{t('sup.agent')}</th>
                <th>{t('sup.state')}</th>
                <th>{t('sup.timeInState')}</th>
                <th>{t('sup.skills')}</th>
                <th>{t('sup.languages')}</th>
                <th>{t('sup.current')}</th>
                <th>{t('sup.force')}</th>
              </tr>
            </thead>
            <tbody>
              {agents.map((a) => (
                <AgentRow
                  key={a.id}
                  a={a}
                  floor={floor}
                  lang={props.lang}
                  now={now}
                  onForce={(p) => run(client.forcePresence(a.id, p, p === 'away' ? 'supervisor' : undefined))}
                  onLogout={() => run(client.forceLogout(a.id))}
                />
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section class="card" aria-labelledby="figures-title">
        <h2 id="figures-title">{t('fig.title')}</h2>
        <FiguresTable figures={[...floor.figures.values()]} />
      </section>

      <section class="card" aria-labelledby="reasons-title">
        <h2 id="reasons-title">{t('fig.reasons')}</h2>
        <NoReasons figures={[...floor.figures.values()]} surveys={[...floor.surveys.values()]} />
      </section>

      <section class="card" aria-labelledby="surveys-title">
        <h2 id="surveys-title">{t('sup.surveys')}</h2>
        {floor.surveys.size === 0 ? (
          <p class="muted">{t('sup.noSurveys')}</p>
        ) : (
          <table class="board" data-testid="surveys">
            <thead>
              <tr>
                <th>{t('sup.agent')}</th>
                <th>{t('sup.yes')}</th>
                <th>{t('sup.no')}</th>
                <th>{t('sup.noNotAboutAgent')}</th>
                <th>{t('sup.noReasons')}</th>
              </tr>
            </thead>
            <tbody>
              {[...floor.surveys.entries()]
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([agentId, v]) => (
                  <tr key={agentId} data-agent={agentId}>
                    <th scope="row">{agentId}</th>
                    <NumCell>{v.yes}</NumCell>
                    <NumCell>{v.no}</NumCell>
                    <NumCell>{v.notAboutAgent}</NumCell>
                    <td>
                      {[...v.reasons.entries()]
                        .sort((a, b) => b[1] - a[1])
                        .map(([r, n]) => `${labels.code('survey', r)} (${n})`)
                        .join(', ')}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </section>

      <section class="card" aria-labelledby="contacts-title">
        <h2 id="contacts-title">{t('sup.contacts')}</h2>
        {waiting.length === 0 ? (
          <p class="muted">{t('sup.noContacts')}</p>
        ) : (
          <table class="board" data-testid="waiting-contacts">
            <thead>
              <tr>
                <th>{t('sup.contact')}</th>
                <th>{t('sup.queue')}</th>
                <th>{t('sup.tier')}</th>
                <th>{t('contact.language')}</th>
                <th>{t('sup.waiting')}</th>
                <th>{t('sup.state')}</th>
                <th>{t('sup.couldTake')}</th>
                <th>{t('sup.priority')}</th>
                <th>{t('sup.move')}</th>
              </tr>
            </thead>
            <tbody>
              {waiting.slice(0, MAX_WAITING_ROWS).map((c) => (
                <WaitingRow
                  key={c.id}
                  c={c}
                  floor={floor}
                  lang={props.lang}
                  now={now}
                  queues={queues}
                  onPriority={(priority) => run(client.updateContact(c.id, { priority }))}
                  onMove={(queueId) => run(client.updateContact(c.id, { queueId }))}
                />
              ))}
            </tbody>
          </table>
        )}
        {waiting.length > MAX_WAITING_ROWS && (
          <p class="muted" data-testid="more-contacts">
            {t('sup.moreContacts', { n: waiting.length - MAX_WAITING_ROWS })}
          </p>
        )}
      </section>
    </>
  );
}

/** A question and its two answers, in place of the control that asked it. */
function Confirm(props: { question: string; yes: string; onYes: () => void; onNo: () => void; testId: string }) {
  const t = useT();
  return (
    <div class="confirm" role="group" aria-label={props.question} data-testid={props.testId}>
      <span>{props.question}</span>
      <button type="button" class="primary" onClick={props.onYes} data-testid="confirm-yes">
        {props.yes}
      </button>
      <button type="button" onClick={props.onNo} data-testid="confirm-no">
        {t('sup.cancel')}
      </button>
    </div>
  );
}

function AgentRow(props: {
  a: AgentView;
  floor: Floor;
  lang: Language;
  now: number;
  onForce: (p: 'available' | 'away') => Promise<boolean>;
  onLogout: () => Promise<boolean>;
}) {
  const t = useT();
  const labels = useLabels();
  const { a, floor } = props;
  const status = floor.statusOf(a);
  const [to, setTo] = useState<'available' | 'away'>(a.presence === 'available' ? 'away' : 'available');
  const [confirming, setConfirming] = useState(false);
  const skills = Object.entries(a.profile.skills ?? {});
  const since = floor.sinceOf(a.id);
  return (
    <tr data-agent={a.id}>
      <th scope="row">{a.id}</th>
      <td>
        <span class={`status status-${status}`} data-testid="agent-state">
          {translateCode(t, 'state', status)}
        </span>
        {a.presence === 'away' && a.awayReason !== undefined && <span class="muted small"> · {labels.code('reason', a.awayReason)}</span>}
      </td>
      <NumCell id="agent-since">{since === undefined ? t('sup.na') : duration(props.now - since)}</NumCell>
      <td class="skills" data-testid="agent-skills">
        {skills.length === 0 ? t('sup.none') : skills.map(([k, v]) => `${k} ${v}`).join(', ')}
      </td>
      <td data-testid="agent-languages">{(a.profile.languages ?? []).map((l) => languageName(l, props.lang)).join(', ')}</td>
      <td data-testid="agent-contacts">
        {a.contacts.length === 0
          ? t('sup.none')
          : a.contacts.map((id) => {
              const c = floor.contacts.get(id);
              const name = c?.externalId ?? id;
              const what = c === undefined ? '' : ` · ${labels.queue(c.queueId)}${c.state === 'offered' ? ` · ${t('sup.ringingShort')}` : ''}`;
              return (
                <div key={id}>
                  <code>{name}</code>
                  <span class="muted small">{what}</span>
                  {floor.offerWhy.has(id) && (
                    <div class="muted small" data-testid="offer-why">
                      {offerWhyText(t, labels, floor.offerWhy.get(id)!, props.lang)}
                    </div>
                  )}
                </div>
              );
            })}
      </td>
      <td>
        <form
          class="inline"
          onSubmit={(e) => {
            e.preventDefault();
            void props.onForce(to);
          }}
        >
          <select
            aria-label={t('sup.forceTo', { agent: a.id })}
            value={to}
            onChange={(e) => setTo((e.currentTarget as HTMLSelectElement).value as 'available' | 'away')}
          >
            <option value="available">{t('state.available')}</option>
            <option value="away">{t('state.away')}</option>
          </select>
          <button type="submit" data-testid="force-apply">
            {t('sup.apply')}
          </button>
          <button type="button" onClick={() => setConfirming(true)} data-testid="force-logout">
            {t('sup.forceLogout')}
          </button>
        </form>
        {confirming && (
          <Confirm
            question={t('sup.forceLogoutConfirm', { agent: a.id })}
            yes={t('sup.forceLogout')}
            testId="confirm-logout"
            onYes={() => {
              setConfirming(false);
              void props.onLogout();
            }}
            onNo={() => setConfirming(false)}
          />
        )}
      </td>
    </tr>
  );
}

/** Why the agent got the contact, from its offer: the preferred agent or the strategy's figure, the step, the overflow. */
function offerWhyText(t: Translate, labels: ReturnType<typeof useLabels>, w: OfferReasonMsg, lang: Language): string {
  const parts: string[] = [];
  const v = w.value ?? 0;
  if (w.by === 'preferred') {
    const source = `why.source.${w.preferred ?? 'integration'}`;
    parts.push(t('why.preferred', { source: isMessageKey(source) ? t(source) : (w.preferred ?? '') }));
  } else if (w.by === 'longest-idle') parts.push(t('why.longest-idle', { time: clockTime(v, lang) }));
  else if (w.by === 'least-occupied') parts.push(t('why.least-occupied', { value: Math.round(v * 100) }));
  else if (w.by === 'most-skilled' || w.by === 'round-robin') parts.push(t(`why.${w.by}`, { value: v }));
  else parts.push(w.by);
  if ((w.step ?? 0) > 0) parts.push(t('why.step', { step: w.step ?? 0 }));
  if (w.overflow !== undefined) parts.push(t('why.overflow', { queue: labels.queue(w.overflow) }));
  return parts.join(' · ');
}

function WaitingRow(props: {
  c: ContactMsg;
  floor: Floor;
  lang: Language;
  now: number;
  queues: readonly { id: string; name: string }[];
  onPriority: (p: number) => Promise<boolean>;
  onMove: (queueId: string) => Promise<boolean>;
}) {
  const t = useT();
  const labels = useLabels();
  const { c, floor } = props;
  const name = c.externalId ?? c.id;
  const [moveTo, setMoveTo] = useState<string | undefined>();
  const able = floor.agentsFor(c.queueId, c.language);
  const available = able.filter((a) => floor.statusOf(a) === 'available').length;
  return (
    <tr data-contact={name}>
      <td>
        <code>{name}</code>
      </td>
      <td>{labels.queue(c.queueId)}</td>
      <td>{translateCode(t, 'tier', c.customer?.tier ?? 'standard')}</td>
      <td>{languageName(c.language, props.lang)}</td>
      <NumCell>{c.firstArrival === undefined ? t('sup.na') : duration(props.now - c.firstArrival)}</NumCell>
      <td data-testid="contact-state">{c.state === 'offered' ? t('sup.ringingAt', { agent: c.agentId ?? '?' }) : t('sup.waitingNow')}</td>
      <td data-testid="could-take" class={able.length === 0 ? 'warn' : ''}>
        {able.length === 0
          ? t('sup.nobodySpeaks', { language: languageName(c.language, props.lang) })
          : t('sup.couldTakeValue', { available, staffed: able.length })}
      </td>
      <td>
        <PriorityForm value={c.priority ?? 0} onSet={props.onPriority} />
      </td>
      <td>
        {moveTo === undefined ? (
          <select
            aria-label={`${t('sup.move')} ${name}`}
            value={c.queueId}
            onChange={(e) => setMoveTo((e.currentTarget as HTMLSelectElement).value)}
            data-testid="move"
          >
            {props.queues.map((q) => (
              <option key={q.id} value={q.id}>
                {q.name}
              </option>
            ))}
          </select>
        ) : (
          <Confirm
            question={t('sup.moveConfirm', { contact: name, queue: labels.queue(moveTo) })}
            yes={t('sup.moveSubmit')}
            testId="confirm-move"
            onYes={() => {
              const to = moveTo;
              setMoveTo(undefined);
              void props.onMove(to);
            }}
            onNo={() => setMoveTo(undefined)}
          />
        )}
      </td>
    </tr>
  );
}

function PriorityForm(props: { value: number; onSet: (p: number) => Promise<boolean> }) {
  const t = useT();
  const [v, setV] = useState(String(props.value));
  useEffect(() => setV(String(props.value)), [props.value]);
  return (
    <form
      class="inline"
      onSubmit={(e) => {
        e.preventDefault();
        // Refused: the box shows the priority the contact still has.
        void props.onSet(Number(v)).then((ok) => ok || setV(String(props.value)));
      }}
    >
      <input type="number" value={v} aria-label={t('sup.priority')} onInput={(e) => setV((e.currentTarget as HTMLInputElement).value)} class="narrow" />
      <button type="submit">{t('sup.reprioritise')}</button>
    </form>
  );
}

function App() {
  const [lang, setLang] = useState<Language>(initialLanguage());
  const [site, setSite] = useState<SiteInfo | undefined>();
  const i18n = useMemo(() => {
    const t = translator(lang);
    return { lang, t, labels: labelsOf(lang, t, site) };
  }, [lang, site]);
  const [session, setSession] = useState<Session | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  // The tab's token signs in at once, the first time only: not again after signing out.
  const [token, setToken] = useState(() => initialToken(TOKEN_KEY));
  useEffect(() => {
    loadSiteInfo().then(setSite, () => {});
  }, []);
  useEffect(() => {
    if (session !== undefined && site !== undefined) session.floor.site = site;
  }, [session, site]);
  useEffect(() => {
    saveLanguage(lang);
    document.title = `${i18n.t('app.title')} · ${i18n.t('sup.title')}`;
  }, [lang]);
  const connect = async (value: string) => {
    const client = await SwitchboardClient.connect({
      url: serverUrl(),
      role: 'supervisor',
      token: value,
      reconnect: { initialDelayMs: 250, maxDelayMs: 5000 },
      heartbeatIntervalMs: 10_000,
    });
    try {
      const floor = new Floor(site ?? (await loadSiteInfo().catch(() => undefined)));
      // The snapshot comes in pages: the board shows the first at once, the others as they come.
      floor.load(await client.subscribe({ batched: true, onPage: (page) => floor.addPage(page) }));
      sessionStorage.setItem(TOKEN_KEY, value);
      setNotice(undefined);
      setSession({ client, floor, token: value, supervisorId: tokenSubject(value) });
    } catch (e) {
      await client.close();
      throw e;
    }
  };
  return (
    <I18n.Provider value={i18n}>
      <header class="top">
        <h1>
          <a href="/">{i18n.t('app.title')}</a> · {i18n.t('sup.title')}
        </h1>
        <LanguagePicker lang={lang} onChange={setLang} />
      </header>
      <main>
        {session === undefined ? (
          <LoginForm key={notice ?? ''} initial={token} role="supervisor" notice={notice} connect={connect} />
        ) : (
          <Board
            session={session}
            lang={lang}
            onSignedOut={(why) => {
              setToken('');
              setNotice(why);
              setSession(undefined);
            }}
          />
        )}
      </main>
    </I18n.Provider>
  );
}

render(<App />, document.getElementById('app')!);
