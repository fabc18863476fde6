/**
 * The supervisor wallboard (`/supervisor`): queues, tiers, agents and the
 * waiting contacts, live from the supervisor stream; force an agent's state,
 * re-prioritise or move a waiting contact.
 */
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { SwitchboardClient } from '../../../src/client/client.js';
import type { SiteInfo } from '../../../src/web/site-info.js';
import { ConnectionBanner, ErrorList, LanguagePicker, useErrors, useNow, type ConnectionState } from '../shared/components.js';
import { plainError, signInProblem } from '../shared/errors.js';
import { clockTime, dateTime, duration, languageName } from '../shared/format.js';
import { I18n, initialLanguage, saveLanguage, translateCode, translator, useT, type Language } from '../shared/i18n.js';
import { initialToken, loadSiteInfo, serverUrl } from '../shared/session.js';
import { Floor, type AgentView } from './floor.js';
import { WaitChart } from './wait-chart.js';

const TOKEN_KEY = 'switchboard.supervisor.token';
const SAMPLE_MS = 5000;
const STATES = ['available', 'busy', 'wrap_up', 'away'] as const;

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** The time of day when `since` is today, else the date too (counts that never start over). */
function sinceText(since: number, now: number, lang: Language): string {
  return new Date(since).toDateString() === new Date(now).toDateString() ? clockTime(since, lang) : dateTime(since, lang);
}

function Board(props: { client: SwitchboardClient; floor: Floor; lang: Language }) {
  const t = useT();
  const { client, floor } = props;
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
        client.subscribe({ onPage: (page) => floor.addPage(page) }).then(
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

  const run = async (p: Promise<void>) => {
    try {
      await p;
      setNotice(t('sup.done'));
    } catch (e) {
      addError(plainError(t, e));
    }
  };

  const stats = floor.stats(now);
  const agents = [...floor.agents.values()].sort((a, b) => a.id.localeCompare(b.id));
  const byState = new Map<string, number>();
  for (const a of agents) byState.set(floor.statusOf(a), (byState.get(floor.statusOf(a)) ?? 0) + 1);
  const waiting = floor.waitingContacts();
  const queues = stats.map((s) => ({ id: s.id, name: s.name }));
  const ms = (v: number | undefined) => (v === undefined ? t('sup.na') : duration(v));

  return (
    <>
      <ConnectionBanner state={link} />
      <ErrorList errors={errors} onDismiss={dismiss} />
      <div class="sr-only" role="status" aria-live="polite">
        {notice}
      </div>
      <p class="muted" data-testid="since">
        {t(floor.fromServer ? 'sup.sinceDay' : 'sup.since', { time: sinceText(floor.since, now, props.lang) })}
      </p>

      <section class="card" aria-labelledby="queues-title">
        <h2 id="queues-title">{t('sup.queues')}</h2>
        <table class="board" data-testid="queues">
          <thead>
            <tr>
              <th>{t('sup.queue')}</th>
              <th>{t('sup.waiting')}</th>
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
                  <th scope="row">{s.name}</th>
                  <td class="num big" data-testid="waiting">
                    {s.waiting}
                  </td>
                  <td class="num">{ms(s.oldestWaitMs)}</td>
                  <td class={`num ${bad ? 'bad' : ''}`}>
                    {s.serviceLevel === undefined ? t('sup.na') : pct(s.serviceLevel)}
                    {s.target !== undefined && (
                      <div class="muted small">{t('sup.slTarget', { target: Math.round(s.target.target * 100), seconds: s.target.thresholdSeconds })}</div>
                    )}
                  </td>
                  <td class="num">{ms(s.asaMs)}</td>
                  <td class="num" data-testid="answered">
                    {s.answered}
                  </td>
                  <td class="num" data-testid="abandons">
                    {s.abandoned}
                  </td>
                  <td class="num" data-testid="transfers">
                    {s.transfers} / {s.escalations}
                  </td>
                  <td class="num">
                    <span data-testid="scheduled">
                      {s.callbacksScheduled} / {s.followUpsScheduled}
                    </span>
                    <div class="muted small" data-testid="pending">
                      {t('sup.pendingNow', { callbacks: s.callbacks, followUps: s.followUps })}
                    </div>
                  </td>
                  <td class="num">{ms(s.primeOldestMs)}</td>
                  <td class="num">{ms(s.standardOldestMs)}</td>
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
                <th>{t('sup.held')}</th>
                <th>{t('sup.force')}</th>
              </tr>
            </thead>
            <tbody>
              {agents.map((a) => (
                <AgentRow
                  key={a.id}
                  a={a}
                  status={floor.statusOf(a)}
                  now={now}
                  onForce={(p) => run(client.forcePresence(a.id, p, p === 'away' ? 'supervisor' : undefined))}
                />
              ))}
            </tbody>
          </table>
        )}
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
                <th>{t('sup.noReasons')}</th>
              </tr>
            </thead>
            <tbody>
              {[...floor.surveys.entries()]
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([agentId, v]) => (
                  <tr key={agentId} data-agent={agentId}>
                    <th scope="row">{agentId}</th>
                    <td class="num">{v.yes}</td>
                    <td class="num">{v.no}</td>
                    <td>
                      {[...v.reasons.entries()]
                        .sort((a, b) => b[1] - a[1])
                        .map(([r, n]) => `${translateCode(t, 'survey', r)} (${n})`)
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
                <th>{t('sup.priority')}</th>
                <th>{t('sup.move')}</th>
              </tr>
            </thead>
            <tbody>
              {waiting.map((c) => (
                <tr key={c.id} data-contact={c.externalId ?? c.id}>
                  <td>
                    <code>{c.externalId ?? c.id}</code>
                  </td>
                  <td>{floor.queueName(c.queueId)}</td>
                  <td>{translateCode(t, 'tier', c.customer?.tier ?? 'standard')}</td>
                  <td>{languageName(c.language, props.lang)}</td>
                  <td class="num">{c.firstArrival === undefined ? t('sup.na') : duration(now - c.firstArrival)}</td>
                  <td>
                    <PriorityForm value={c.priority ?? 0} onSet={(priority) => run(client.updateContact(c.id, { priority }))} />
                  </td>
                  <td>
                    <select
                      aria-label={`${t('sup.move')} ${c.externalId ?? c.id}`}
                      value={c.queueId}
                      onChange={(e) => run(client.updateContact(c.id, { queueId: (e.currentTarget as HTMLSelectElement).value }))}
                    >
                      {queues.map((q) => (
                        <option key={q.id} value={q.id}>
                          {q.name}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

function AgentRow(props: { a: AgentView; status: string; now: number; onForce: (p: 'available' | 'away') => void }) {
  const t = useT();
  const { a } = props;
  const [to, setTo] = useState<'available' | 'away'>(a.presence === 'available' ? 'away' : 'available');
  return (
    <tr data-agent={a.id}>
      <th scope="row">{a.id}</th>
      <td>
        <span class={`status status-${props.status}`}>{translateCode(t, 'state', props.status)}</span>
        {a.presence === 'away' && a.awayReason !== undefined && <span class="muted small"> · {translateCode(t, 'reason', a.awayReason)}</span>}
      </td>
      <td class="num">{duration(props.now - a.since)}</td>
      <td class="num">{a.contacts.length}</td>
      <td>
        <form
          class="inline"
          onSubmit={(e) => {
            e.preventDefault();
            props.onForce(to);
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
          <button type="submit">{t('sup.apply')}</button>
        </form>
      </td>
    </tr>
  );
}

function PriorityForm(props: { value: number; onSet: (p: number) => void }) {
  const t = useT();
  const [v, setV] = useState(String(props.value));
  useEffect(() => setV(String(props.value)), [props.value]);
  return (
    <form
      class="inline"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSet(Number(v));
      }}
    >
      <input type="number" value={v} aria-label={t('sup.priority')} onInput={(e) => setV((e.currentTarget as HTMLInputElement).value)} class="narrow" />
      <button type="submit">{t('sup.reprioritise')}</button>
    </form>
  );
}

function Login(props: { initial: string; onReady: (c: SwitchboardClient, f: Floor) => void; site: SiteInfo | undefined }) {
  const t = useT();
  const [token, setToken] = useState(props.initial);
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const go = async (e?: Event) => {
    e?.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const client = await SwitchboardClient.connect({
        url: serverUrl(),
        role: 'supervisor',
        token: token.trim(),
        reconnect: { initialDelayMs: 250, maxDelayMs: 5000 },
        heartbeatIntervalMs: 10_000,
      });
      const floor = new Floor(props.site ?? (await loadSiteInfo().catch(() => undefined)));
      // The snapshot comes in pages: the board shows the first at once, the others as they come.
      floor.load(await client.subscribe({ onPage: (page) => floor.addPage(page) }));
      sessionStorage.setItem(TOKEN_KEY, token.trim());
      props.onReady(client, floor);
    } catch (err) {
      setProblem(signInProblem(t, err));
      setBusy(false);
    }
  };
  // Signed in at once when the page was opened with a token (the landing page's links).
  useEffect(() => {
    if (props.initial !== '') void go();
  }, []);
  return (
    <form class="card login" onSubmit={go}>
      <h2>{t('login.title')}</h2>
      <label>
        {t('login.token')}
        <textarea
          rows={3}
          value={token}
          onInput={(e) => setToken((e.currentTarget as HTMLTextAreaElement).value)}
          spellcheck={false}
          required
          data-testid="token"
        />
      </label>
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

function App() {
  const [lang, setLang] = useState<Language>(initialLanguage());
  const i18n = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  const [session, setSession] = useState<{ client: SwitchboardClient; floor: Floor } | undefined>();
  const [site, setSite] = useState<SiteInfo | undefined>();
  const token = useMemo(() => initialToken(TOKEN_KEY), []);
  useEffect(() => {
    loadSiteInfo().then(
      (s) => {
        setSite(s);
        if (session !== undefined) session.floor.site = s;
      },
      () => {},
    );
  }, []);
  useEffect(() => {
    saveLanguage(lang);
    document.title = `${i18n.t('app.title')} · ${i18n.t('sup.title')}`;
  }, [lang]);
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
          <Login initial={token} site={site} onReady={(client, floor) => setSession({ client, floor })} />
        ) : (
          <Board client={session.client} floor={session.floor} lang={lang} />
        )}
      </main>
    </I18n.Provider>
  );
}

render(<App />, document.getElementById('app')!);
