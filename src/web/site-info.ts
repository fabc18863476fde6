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

export interface SiteQueueInfo {
  readonly id: string;
  readonly name: string;
  readonly channels: readonly string[];
  /** Answered within `thresholdSeconds`, share `target` (0..1); absent when the queue sets none. */
  readonly serviceLevel?: { readonly thresholdSeconds: number; readonly target: number };
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
}

/** A development token listed on the landing page in demo mode. */
export interface DemoToken {
  readonly role: 'agent' | 'integration' | 'supervisor';
  readonly id: string;
  readonly token: string;
}

export function siteInfoOf(config: SwitchboardConfig): SiteInfo {
  return {
    queues: config.core.queues.map((q) => {
      const info: { -readonly [K in keyof SiteQueueInfo]: SiteQueueInfo[K] } = { id: q.id, name: q.name ?? q.id, channels: [...q.channels] };
      if (q.serviceLevel !== undefined) info.serviceLevel = { thresholdSeconds: q.serviceLevel.thresholdSeconds, target: q.serviceLevel.target };
      if (q.offerTimeoutSeconds !== undefined) info.offerTimeoutSeconds = q.offerTimeoutSeconds;
      if (q.wrapUpSeconds !== undefined) info.wrapUpSeconds = q.wrapUpSeconds;
      if (q.wrapUpMode !== undefined) info.wrapUpMode = q.wrapUpMode;
      if (q.dispositions !== undefined) info.dispositions = [...q.dispositions];
      if (q.escalateTo !== undefined) info.escalateTo = q.escalateTo;
      return info;
    }),
    tiers: Object.keys(config.core.tiers ?? {}),
    ...(config.core.survey?.reasons === undefined ? {} : { surveyReasons: [...config.core.survey.reasons] }),
    awayReasons: [...config.awayReasons],
    escalationReasons: [...config.escalationReasons],
  };
}
