/**
 * One pending offer: channel, language, tier and workflow badges, what the
 * agent needs to decide (context, who transferred it and why), the ring
 * countdown, accept / reject.
 */
import { useT, translateCode, I18n, useLabels } from '../shared/i18n.js';
import { useContext } from 'preact/hooks';
import { languageName } from '../shared/format.js';
import type { SiteInfo } from '../../../src/web/site-info.js';
import type { Offer } from './desk.js';
import { contactDetails } from './contact-details.js';
import { ContactFacts } from './contact-facts.js';

export function Badges(props: { channel: string; language: string; tier: string | undefined; repeat?: boolean; extra?: readonly string[] }) {
  const t = useT();
  const { lang } = useContext(I18n);
  const tier = props.tier ?? 'standard';
  return (
    <span class="badges">
      <span class={`badge badge-channel badge-${props.channel}`} data-testid="badge-channel">
        {translateCode(t, 'channel', props.channel)}
      </span>
      <span class="badge badge-language" data-testid="badge-language" title={props.language}>
        {props.language.toUpperCase()} · {languageName(props.language, lang)}
      </span>
      {tier !== 'standard' && (
        <span class={`badge badge-tier badge-${tier}`} data-testid="badge-tier">
          {translateCode(t, 'tier', tier)}
        </span>
      )}
      {props.repeat === true && <span class="badge badge-repeat">{t('badge.repeat')}</span>}
      {props.extra?.map((x) => (
        <span class="badge" key={x}>
          {x}
        </span>
      ))}
    </span>
  );
}

export function OfferCard(props: {
  offer: Offer;
  now: number;
  site: SiteInfo | undefined;
  first: boolean;
  busy: boolean;
  onAccept: () => void;
  onReject: () => void;
}) {
  const t = useT();
  const labels = useLabels();
  const c = props.offer.contact;
  const queue = props.site?.queues.find((q) => q.id === c.queueId);
  const total = (queue?.offerTimeoutSeconds ?? 20) * 1000;
  // `now` ticks every 250 ms and may lag the offer's arrival: never more than the whole ring.
  const left = props.offer.expiresAt === undefined ? undefined : Math.min(total, Math.max(0, props.offer.expiresAt - props.now));
  const d = contactDetails(c, props.offer.history);
  const extra: string[] = [];
  if (d.transcript.length > 0) extra.push(t('badge.bot'));
  if (d.transferredBy !== undefined) extra.push(d.lastTransfer?.escalation !== undefined ? t('badge.escalated') : t('badge.transferred'));
  if (c.callback !== undefined) extra.push(t('badge.callback'));
  if (c.followUp !== undefined) extra.push(t('badge.followUp'));
  return (
    <article class={`card offer ${c.customer?.tier === 'prime' ? 'offer-prime' : ''}`} aria-labelledby={`offer-${c.id}`} data-testid="offer">
      <header>
        <h3 id={`offer-${c.id}`}>{t('contact.customer', { id: c.customer?.id ?? c.id })}</h3>
        <Badges channel={c.channel} language={c.language} tier={c.customer?.tier} repeat={d.repeat} extra={extra} />
      </header>
      <p class="muted">{t('contact.queueIs', { queue: labels.queue(c.queueId) })}</p>
      <ContactFacts contact={c} d={d} />
      {left !== undefined && (
        <div class="ring" role="timer" aria-live="off">
          <progress max={total} value={left} aria-label={t('offer.rings', { seconds: Math.ceil(left / 1000) })} />
          <span>{t('offer.rings', { seconds: Math.ceil(left / 1000) })}</span>
        </div>
      )}
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={props.busy}
          onClick={props.onAccept}
          aria-keyshortcuts={props.first ? 'a' : undefined}
          data-testid="accept"
        >
          {t('offer.accept')}
          {props.first && <kbd>A</kbd>}
        </button>
        <button type="button" disabled={props.busy} onClick={props.onReject} aria-keyshortcuts={props.first ? 'r' : undefined} data-testid="reject">
          {t('offer.reject')}
          {props.first && <kbd>R</kbd>}
        </button>
      </div>
    </article>
  );
}
