/**
 * What an agent needs to know of a contact before and while handling it:
 * the integration's context (order id...), who transferred or escalated it
 * and their note, the bot's intent, a follow-up's or a callback's note.
 * Shown on the offer (to decide) and on the contact card.
 */
import { Fragment } from 'preact';
import type { ContactMsg } from '../../../src/protocol/messages.js';
import { useLabels, useT } from '../shared/i18n.js';
import type { ContactDetails } from './contact-details.js';

export function ContactFacts(props: { contact: ContactMsg; d: ContactDetails }) {
  const t = useT();
  const labels = useLabels();
  const { contact: c, d } = props;
  return (
    <>
      {d.other.length > 0 && (
        <dl class="facts" aria-label={t('contact.context')} data-testid="context">
          {d.other.map(([k, v]) => (
            <Fragment key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      {d.transferredBy !== undefined && (
        <p class="transfer" data-testid="transferred-by">
          {d.lastTransfer?.escalation !== undefined
            ? t('contact.escalated', { agent: d.transferredBy, reason: labels.code('escalation', d.lastTransfer.escalation) })
            : t('contact.transferredBy', { agent: d.transferredBy })}
          {d.transferNote !== undefined && <> — {t('contact.transferNote', { note: d.transferNote })}</>}
        </p>
      )}
      {d.intent !== undefined && <p class="muted">{t('contact.intent', { intent: d.intent })}</p>}
      {c.followUp !== undefined && (
        <p class="transfer" data-testid="follow-up-of">
          {t('contact.followUp', { of: c.followUp.of, agent: c.followUp.byAgentId, note: c.followUp.note })}
        </p>
      )}
      {c.callback !== undefined && (
        <p class="transfer">{t('contact.callback', { number: c.callback.number === undefined ? '' : ` (${c.callback.number})` })}</p>
      )}
    </>
  );
}

/** A transcript line's speaker in the reader's language (`customer`, `bot`, `agent`), else as the bot wrote it. */
export function speaker(t: ReturnType<typeof useT>, from: string): string {
  const key = `speaker.${from.toLowerCase()}`;
  return key === 'speaker.customer' || key === 'speaker.bot' || key === 'speaker.agent' ? t(key) : from;
}
