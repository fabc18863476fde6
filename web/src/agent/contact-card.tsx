/** A contact in progress: context, history, transcript, transfer; complete; the wrap-up form. */
import { useContext, useState } from 'preact/hooks';
import type { SiteInfo } from '../../../src/web/site-info.js';
import { dateTime, duration } from '../shared/format.js';
import { I18n, translateCode, useLabels, useT } from '../shared/i18n.js';
import { EscalateForm, FollowUpForm, TransferForm, TransferPending } from './contact-actions.js';
import { contactDetails, type ContactDetails } from './contact-details.js';
import { ContactFacts, speaker } from './contact-facts.js';
import type { HeldContact, TransferTarget } from './desk.js';
import { Badges } from './offer-card.js';

/** Offered when the queue names no disposition codes of its own. */
export const DEFAULT_DISPOSITIONS = ['resolved', 'follow-up', 'refund', 'replacement', 'escalated', 'no-answer'] as const;

export interface ContactActions {
  complete(): Promise<void>;
  finishWrapUp(disposition: string | undefined, notes: string | undefined): Promise<void>;
  recordWrapUp(disposition: string | undefined, notes: string | undefined): Promise<void>;
  transfer(target: TransferTarget): Promise<void>;
  cancelTransfer(): Promise<void>;
  escalate(reason: string, notes: string | undefined): Promise<void>;
  scheduleFollowUp(dueAt: number, note: string): Promise<{ dueAt: number }>;
}

function History(props: { d: ContactDetails }) {
  const t = useT();
  const labels = useLabels();
  const { lang } = useContext(I18n);
  return (
    <section aria-label={t('contact.history')}>
      <h4>{t('contact.history')}</h4>
      {props.d.history.length === 0 ? (
        <p class="muted">{t('contact.historyNone')}</p>
      ) : (
        <table class="history" data-testid="history">
          <thead>
            <tr>
              <th>{t('history.when')}</th>
              <th>{t('history.queue')}</th>
              <th>{t('history.channel')}</th>
              <th>{t('history.agent')}</th>
              <th>{t('history.disposition')}</th>
              <th>{t('history.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {props.d.history.map((h, i) => (
              <tr key={i}>
                <td>{h.at === undefined ? '' : dateTime(h.at, lang)}</td>
                <td>{h.queueId === undefined ? '' : labels.queue(h.queueId)}</td>
                <td>{h.channel === undefined ? '' : translateCode(t, 'channel', h.channel)}</td>
                <td>{h.agentId ?? ''}</td>
                <td>{h.disposition === undefined ? '' : labels.code('disposition', h.disposition)}</td>
                <td>{h.notes ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function WrapUpForm(props: { held: HeldContact; now: number; site: SiteInfo | undefined; actions: ContactActions; onError: (e: unknown) => void }) {
  const t = useT();
  const labels = useLabels();
  const queue = props.site?.queues.find((q) => q.id === props.held.contact.queueId);
  const codes = queue?.dispositions ?? DEFAULT_DISPOSITIONS;
  const required = queue?.wrapUpMode === 'mandatory';
  // `timed-strict`: no early finish; the agent saves what they have and the time box closes it.
  const strict = queue?.wrapUpMode === 'timed-strict';
  const [disposition, setDisposition] = useState(props.held.contact.disposition ?? '');
  const [notes, setNotes] = useState(props.held.contact.notes ?? '');
  const [problem, setProblem] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = props.held.contact.id;
  const left = props.held.wrapUpUntil === undefined ? undefined : props.held.wrapUpUntil - props.now;
  const values = (): [string | undefined, string | undefined] => [disposition === '' ? undefined : disposition, notes.trim() === '' ? undefined : notes.trim()];
  const run = async (p: () => Promise<void>) => {
    setBusy(true);
    try {
      await p();
    } catch (err) {
      props.onError(err);
    } finally {
      setBusy(false);
    }
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    if (strict) {
      await run(async () => {
        await props.actions.recordWrapUp(...values());
        setSaved(true);
      });
      return;
    }
    if (required && disposition === '') {
      setProblem(t('wrap.needDisposition'));
      return;
    }
    await run(() => props.actions.finishWrapUp(...values()));
  };
  const save = () =>
    run(async () => {
      await props.actions.recordWrapUp(...values());
      setSaved(true);
    });
  return (
    <form class="wrap-up" onSubmit={submit} aria-labelledby={`wrap-${id}`} data-testid="wrap-up">
      <h4 id={`wrap-${id}`}>
        {t('wrap.title')}{' '}
        <span class="muted">{left === undefined ? t('wrap.untimed') : t('wrap.remaining', { seconds: Math.max(0, Math.ceil(left / 1000)) })}</span>
      </h4>
      <label>
        {required ? t('wrap.dispositionRequired') : t('wrap.disposition')}
        <select
          value={disposition}
          required={required}
          onChange={(e) => setDisposition((e.currentTarget as HTMLSelectElement).value)}
          data-testid="disposition"
        >
          <option value="">{t('wrap.choose')}</option>
          {codes.map((c) => (
            <option value={c} key={c}>
              {labels.code('disposition', c)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('wrap.notes')}
        <textarea rows={3} value={notes} onInput={(e) => setNotes((e.currentTarget as HTMLTextAreaElement).value)} data-testid="notes" />
      </label>
      {strict && <p class="muted small">{t('wrap.strict')}</p>}
      {problem !== undefined && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      {saved && (
        <p class="muted small" role="status">
          {t('wrap.saved')}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy} data-testid={strict ? 'save-wrap-up' : 'finish-wrap-up'}>
          {strict ? t('wrap.save') : t('wrap.finish')}
        </button>
        {!strict && (
          <button type="button" disabled={busy} onClick={save} data-testid="save-wrap-up">
            {t('wrap.save')}
          </button>
        )}
      </div>
    </form>
  );
}

export function ContactCard(props: { held: HeldContact; now: number; site: SiteInfo | undefined; actions: ContactActions; onError: (e: unknown) => void }) {
  const t = useT();
  const labels = useLabels();
  const { held } = props;
  const c = held.contact;
  const d = contactDetails(c, held.history);
  const queue = props.site?.queues.find((q) => q.id === c.queueId);
  const escalateTo = queue?.escalateTo === undefined ? undefined : labels.queue(queue.escalateTo);
  const [busy, setBusy] = useState(false);
  const extra: string[] = [];
  if (held.onHold) extra.push(t('badge.onHold'));
  if (held.connected && held.phase === 'active') extra.push(t('badge.connected'));
  if (d.transcript.length > 0) extra.push(t('badge.bot'));
  if (d.transferredBy !== undefined) extra.push(d.lastTransfer?.escalation !== undefined ? t('badge.escalated') : t('badge.transferred'));
  if (c.callback !== undefined) extra.push(t('badge.callback'));
  if (c.followUp !== undefined) extra.push(t('badge.followUp'));
  const complete = async () => {
    setBusy(true);
    try {
      await props.actions.complete();
    } catch (err) {
      props.onError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <article class={`card contact phase-${held.phase}`} aria-labelledby={`contact-${c.id}`} data-testid="contact">
      <header>
        <h3 id={`contact-${c.id}`}>{t('contact.customer', { id: c.customer?.id ?? c.id })}</h3>
        <Badges channel={c.channel} language={c.language} tier={c.customer?.tier} repeat={d.repeat} extra={extra} />
      </header>
      <dl class="facts">
        <dt>{t('contact.queue')}</dt>
        <dd>{labels.queue(c.queueId)}</dd>
        {c.firstArrival !== undefined && (
          <>
            <dt>{t('contact.waited')}</dt>
            <dd>{duration(held.acceptedAt - c.firstArrival)}</dd>
          </>
        )}
        <dt>{t('contact.state')}</dt>
        <dd>{held.phase === 'active' ? t('contact.handling', { time: duration(props.now - held.acceptedAt) }) : t('state.wrap_up')}</dd>
      </dl>
      <ContactFacts contact={c} d={d} />
      {held.dialing !== undefined && (
        <p class="muted" role="status">
          {t('contact.callbackDialing', { attempt: held.dialing })}
        </p>
      )}
      {d.transcript.length > 0 && (
        <section aria-label={t('contact.transcript')}>
          <h4>{t('contact.transcript')}</h4>
          <ol class="transcript">
            {d.transcript.map((l, i) => (
              <li key={i}>
                {l.from !== '' && <strong>{t('contact.says', { who: speaker(t, l.from) })} </strong>}
                {l.text}
              </li>
            ))}
          </ol>
        </section>
      )}
      <History d={d} />
      {held.phase === 'active' && held.transferPending !== undefined && (
        <TransferPending transfer={held.transferPending} site={props.site} onCancel={props.actions.cancelTransfer} onError={props.onError} />
      )}
      {held.phase === 'active' ? (
        <>
          <div class="actions">
            <button type="button" class="primary" disabled={busy} onClick={complete} title={t('contact.completeHelp')} data-testid="complete">
              {t('contact.complete')}
            </button>
          </div>
          {held.transferPending === undefined && (
            <div class="more-actions">
              <TransferForm contactId={c.id} queueId={c.queueId} site={props.site} onTransfer={props.actions.transfer} onError={props.onError} />
              {escalateTo !== undefined && (
                <EscalateForm
                  contactId={c.id}
                  toQueue={escalateTo}
                  reasons={props.site?.escalationReasons}
                  onEscalate={props.actions.escalate}
                  onError={props.onError}
                />
              )}
              <FollowUpForm onSchedule={props.actions.scheduleFollowUp} onError={props.onError} />
            </div>
          )}
        </>
      ) : (
        <>
          <WrapUpForm held={held} now={props.now} site={props.site} actions={props.actions} onError={props.onError} />
          <div class="more-actions">
            <FollowUpForm onSchedule={props.actions.scheduleFollowUp} onError={props.onError} />
          </div>
        </>
      )}
    </article>
  );
}
