/** The transfer and escalation forms of an active contact, and the consultative transfer under way. */
import { useState } from 'preact/hooks';
import type { TransferRecordMsg } from '../../../src/protocol/messages.js';
import { DEFAULT_ESCALATION_REASONS } from '../../../src/config/reason-codes.js';
import type { SiteInfo } from '../../../src/web/site-info.js';
import { useContext } from 'preact/hooks';
import { dateTime } from '../shared/format.js';
import { I18n, useLabels, useT } from '../shared/i18n.js';
import type { TransferTarget } from './desk.js';

/** Runs an action with a busy flag; failures go to `onError`. */
function useRun(onError: (e: unknown) => void): [boolean, (p: () => Promise<void>) => Promise<void>] {
  const [busy, setBusy] = useState(false);
  const run = async (p: () => Promise<void>) => {
    setBusy(true);
    try {
      await p();
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };
  return [busy, run];
}

export function TransferForm(props: {
  contactId: string;
  queueId: string;
  site: SiteInfo | undefined;
  onTransfer: (t: TransferTarget) => Promise<void>;
  onError: (e: unknown) => void;
}) {
  const t = useT();
  const labels = useLabels();
  const [queueId, setQueueId] = useState(props.queueId);
  const [agentId, setAgentId] = useState('');
  const [consult, setConsult] = useState(false);
  const [notes, setNotes] = useState('');
  const [busy, run] = useRun(props.onError);
  const queues = props.site?.queues ?? [];
  const id = `transfer-${props.contactId}`;
  const submit = (e: Event) => {
    e.preventDefault();
    const target: { -readonly [K in keyof TransferTarget]: TransferTarget[K] } = { consult, queueId };
    if (agentId.trim() !== '') target.agentId = agentId.trim();
    if (notes.trim() !== '') target.notes = notes.trim();
    void run(() => props.onTransfer(target));
  };
  return (
    <details class="action-form" data-testid="transfer">
      <summary>{t('transfer.title')}</summary>
      <form onSubmit={submit} aria-label={t('transfer.title')}>
        <label>
          {t('transfer.queue')}
          <select value={queueId} onChange={(e) => setQueueId((e.currentTarget as HTMLSelectElement).value)} data-testid="transfer-queue">
            {queues.map((q) => (
              <option key={q.id} value={q.id}>
                {q.id === props.queueId ? t('transfer.sameQueue', { queue: labels.queue(q.id) }) : labels.queue(q.id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('transfer.agent')}
          <input
            value={agentId}
            onInput={(e) => setAgentId((e.currentTarget as HTMLInputElement).value)}
            aria-describedby={`${id}-agent-help`}
            data-testid="transfer-agent"
          />
        </label>
        <p class="muted small" id={`${id}-agent-help`}>
          {t('transfer.agentHelp')}
        </p>
        <fieldset>
          <legend>{t('transfer.mode')}</legend>
          <label class="radio">
            <input type="radio" name={`${id}-mode`} checked={!consult} onChange={() => setConsult(false)} /> {t('transfer.blind')}
          </label>
          <label class="radio">
            <input type="radio" name={`${id}-mode`} checked={consult} onChange={() => setConsult(true)} data-testid="transfer-consult" />{' '}
            {t('transfer.consult')}
          </label>
        </fieldset>
        <label>
          {t('transfer.note')}
          <textarea rows={2} value={notes} onInput={(e) => setNotes((e.currentTarget as HTMLTextAreaElement).value)} data-testid="transfer-note" />
        </label>
        <button type="submit" class="primary" disabled={busy} data-testid="transfer-submit">
          {t('transfer.submit')}
        </button>
      </form>
    </details>
  );
}

export function EscalateForm(props: {
  contactId: string;
  toQueue: string;
  /** The server's escalation reason codes (`/web/config.json`). */
  reasons: readonly string[] | undefined;
  onEscalate: (reason: string, notes: string | undefined) => Promise<void>;
  onError: (e: unknown) => void;
}) {
  const t = useT();
  const labels = useLabels();
  const reasons = props.reasons ?? DEFAULT_ESCALATION_REASONS;
  const [chosen, setReason] = useState<string | undefined>();
  const reason = chosen !== undefined && reasons.includes(chosen) ? chosen : (reasons[0] ?? 'other');
  const [notes, setNotes] = useState('');
  const [busy, run] = useRun(props.onError);
  return (
    <details class="action-form" data-testid="escalate">
      <summary>{t('escalate.title')}</summary>
      <form
        aria-label={t('escalate.title')}
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => props.onEscalate(reason, notes.trim() === '' ? undefined : notes.trim()));
        }}
      >
        <label>
          {t('escalate.reason')}
          <select value={reason} onChange={(e) => setReason((e.currentTarget as HTMLSelectElement).value)} data-testid="escalate-reason">
            {reasons.map((r) => (
              <option key={r} value={r}>
                {labels.code('escalation', r)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('escalate.notes')}
          <textarea rows={2} value={notes} onInput={(e) => setNotes((e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
        <button type="submit" class="primary" disabled={busy} data-testid="escalate-submit">
          {t('escalate.submit', { queue: props.toQueue })}
        </button>
      </form>
    </details>
  );
}

export function TransferPending(props: {
  transfer: TransferRecordMsg;
  site: SiteInfo | undefined;
  onCancel: () => Promise<void>;
  onError: (e: unknown) => void;
}) {
  const t = useT();
  const labels = useLabels();
  const [busy, run] = useRun(props.onError);
  const queue = labels.queue(props.transfer.toQueueId);
  const target = props.transfer.toAgentId === undefined ? queue : `${props.transfer.toAgentId} (${queue})`;
  return (
    <div class="transfer-pending" role="status" data-testid="transfer-pending">
      <span>{t('transfer.pending', { target })}</span>
      <button type="button" disabled={busy} onClick={() => run(props.onCancel)} data-testid="transfer-cancel">
        {t('transfer.cancel')}
      </button>
    </div>
  );
}

export function FollowUpForm(props: { onSchedule: (dueAt: number, note: string) => Promise<{ dueAt: number }>; onError: (e: unknown) => void }) {
  const t = useT();
  const { lang } = useContext(I18n);
  const [amount, setAmount] = useState('7');
  const [unit, setUnit] = useState<'days' | 'hours'>('days');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<number | undefined>();
  const [busy, run] = useRun(props.onError);
  const submit = (e: Event) => {
    e.preventDefault();
    const dueAt = Date.now() + Number(amount) * (unit === 'days' ? 86_400_000 : 3_600_000);
    void run(async () => setDone((await props.onSchedule(Math.round(dueAt), note.trim())).dueAt));
  };
  return (
    <details class="action-form" data-testid="follow-up">
      <summary>{t('followUp.title')}</summary>
      <form onSubmit={submit} aria-label={t('followUp.title')}>
        <div class="inline">
          <label>
            {t('followUp.in')}{' '}
            <input
              type="number"
              min={1}
              value={amount}
              required
              class="narrow"
              onInput={(e) => setAmount((e.currentTarget as HTMLInputElement).value)}
              data-testid="follow-up-amount"
            />
          </label>
          <select aria-label={t('followUp.in')} value={unit} onChange={(e) => setUnit((e.currentTarget as HTMLSelectElement).value as 'days' | 'hours')}>
            <option value="days">{t('followUp.days')}</option>
            <option value="hours">{t('followUp.hours')}</option>
          </select>
        </div>
        <label>
          {t('followUp.note')}
          <textarea rows={2} required value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} data-testid="follow-up-note" />
        </label>
        <button type="submit" class="primary" disabled={busy} data-testid="follow-up-submit">
          {t('followUp.submit')}
        </button>
        {done !== undefined && (
          <p class="muted small" role="status" data-testid="follow-up-done">
            {t('followUp.done', { when: dateTime(done, lang) })}
          </p>
        )}
      </form>
    </details>
  );
}
