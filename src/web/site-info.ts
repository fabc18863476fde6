/**
 * What the server tells its web pages besides the protocol: the queues'
 * display settings (names, service-level targets, ring and wrap-up times,
 * disposition codes), the tiers, and the reason codes the pages offer
 * (survey, away, escalation), served as `GET /web/config.json`. Shared by
 * the server and the pages in `web/`, so both sides compile against one type.
 *
 * Served without a token, on purpose: the pages read it before anyone signs
 * in (queue names and reason lists for the forms), and it holds nothing but
 * labels and timings a page shows anyway, the same for every user. Never
 * put here the token secret, agent ids or profiles, customers, contacts or
 * counts: those travel on the authenticated sockets (login result,
 * supervisor snapshot). `test/integration/web-static.test.ts` checks the keys.
 */
import type { SwitchboardConfig } from '../config/schema.js';
import { compileConfig } from '../core/queue-config.js';

export interface SiteQueueInfo {
  readonly id: string;
  readonly name: string;
  /** `name` per UI language (`{ "fr": "Soutien" }`), when the config gives some. */
  readonly labels?: Readonly<Record<string, string>>;
  readonly channels: readonly string[];
  /** Answered within `thresholdSeconds`, share `target` (0..1): the queue's, or the default the server applies. */
  readonly serviceLevel?: { readonly thresholdSeconds: number; readonly target: number };
  /** Ring time, as the server applies it (the default when the queue sets none). */
  readonly offerTimeoutSeconds?: number;
  readonly wrapUpSeconds?: number;
  /** `optional`, `timed`, `timed-strict` or `mandatory` (a disposition is required). */
  readonly wrapUpMode?: string;
  /** Disposition codes the agent picks from; absent = free text. */
  readonly dispositions?: readonly string[];
  /** The supervisor-tier queue this queue's agents escalate to; absent = no escalation. */
  readonly escalateTo?: string;
}

export interface SiteInfo {
  readonly queues: readonly SiteQueueInfo[];
  /** Customer tiers, e.g. `prime`. */
  readonly tiers: readonly string[];
  /** Reason categories of a "no" to "was this helpful?". */
  readonly surveyReasons?: readonly string[];
  /** Codes an agent picks from to go away (config `awayReasons`); absent = `DEFAULT_AWAY_REASONS`. */
  readonly awayReasons?: readonly string[];
  /** Codes an agent picks from to escalate (config `escalationReasons`); absent = `DEFAULT_ESCALATION_REASONS`. */
  readonly escalationReasons?: readonly string[];
  /** Reason and disposition codes' display names per UI language (config `reasonLabels`). */
  readonly reasonLabels?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Offers an agent may let ring out in a row before being set away. */
  readonly missedOffersLimit?: number;
}

/** A development token listed on the landing page in demo mode. */
export interface DemoToken {
  readonly role: 'agent' | 'integration' | 'supervisor';
  readonly id: string;
  readonly token: string;
}

/** The pages' settings, from the compiled configuration: what the server applies, defaults included. */
export function siteInfoOf(config: SwitchboardConfig): SiteInfo {
  const compiled = compileConfig(config.core);
  return {
    queues: [...compiled.queues.values()].map((q) => {
      const info: { -readonly [K in keyof SiteQueueInfo]: SiteQueueInfo[K] } = { id: q.id, name: q.config.name ?? q.id, channels: [...q.channels] };
      const labels = config.queueLabels.get(q.id);
      if (labels !== undefined) info.labels = { ...labels };
      info.serviceLevel = { thresholdSeconds: q.serviceLevel.thresholdSeconds, target: q.serviceLevel.target };
      info.offerTimeoutSeconds = q.offerTimeoutMs / 1000;
      info.wrapUpSeconds = q.wrapUpMs / 1000;
      info.wrapUpMode = q.wrapUpMode;
      if (q.config.dispositions !== undefined) info.dispositions = [...q.config.dispositions];
      if (q.escalateTo !== null) info.escalateTo = q.escalateTo;
      return info;
    }),
    tiers: Object.keys(config.core.tiers ?? {}),
    ...(config.core.survey?.reasons === undefined ? {} : { surveyReasons: config.core.survey.reasons.map((r) => (typeof r === 'string' ? r : r.id)) }),
    awayReasons: [...config.awayReasons],
    escalationReasons: [...config.escalationReasons],
    ...(Object.keys(config.reasonLabels).length === 0 ? {} : { reasonLabels: structuredClone(config.reasonLabels) }),
    missedOffersLimit: compiled.missedOffersLimit,
  };
}
