/**
 * The interaction record (DESIGN §4): what happened to one contact, written
 * once when it closes, for reporting. Plain JSON; times are clock
 * milliseconds, durations milliseconds. Built from the core's events by
 * `RecordBuilder` (record-builder.ts), kept by a `RecordStore`
 * (record-store.ts) and exported as NDJSON or CSV (`toCsvRow`).
 */

/** How the contact ended. `ended` covers a terminal event this module does not name yet. */
/** `cancelled`: a scheduled follow-up that was cancelled before it came due. */
export type RecordOutcome = 'handled' | 'abandoned' | 'callback_failed' | 'ended' | 'cancelled';

export interface QueueVisit {
  readonly queueId: string;
  /** When it entered this queue (creation, transfer, move). */
  readonly at: number;
}

export interface OfferEntry {
  readonly agentId: string;
  readonly at: number;
  /** `pending` only while the contact is open. */
  outcome: 'pending' | 'accepted' | 'rejected' | 'expired' | 'revoked' | 'withdrawn' | 'abandoned';
  /** When the offer was answered (or ended), null while pending. */
  endedAt: number | null;
  /** Why the router chose this agent, when the offer event says (hook for offer explanations). */
  why?: unknown;
}

/**
 * One agent's part of the contact: from accept to the end of their
 * wrap-up (or until they handed it on). `talkMs + holdMs + wrapUpMs <=
 * handleMs` always.
 */
export interface HandlingEntry {
  readonly agentId: string;
  readonly acceptedAt: number;
  /** When the customer was reported connected (null: never reported; talk counts from accept). */
  connectedAt: number | null;
  /** When the conversation ended for this agent (end, transfer, release), null while talking. */
  endedAt: number | null;
  /** When the agent was done with it (end of wrap-up, or the hand-over), null while busy. */
  releasedAt: number | null;
  talkMs: number;
  holdMs: number;
  wrapUpMs: number;
  handleMs: number;
}

export interface TransferEntry {
  readonly at: number;
  readonly fromAgentId: string;
  readonly fromQueueId: string;
  readonly toQueueId: string;
  readonly toAgentId: string | null;
  readonly mode: 'blind' | 'consult';
  /** The escalation's reason code; null for a plain transfer. */
  readonly escalation: string | null;
  readonly hasNotes: boolean;
  /** Who asked for it (the agent, or a supervisor's principal when the event names one). */
  readonly by: string;
}

export interface SupervisorAction {
  readonly at: number;
  /** The event it caused, e.g. `contact.ended`. */
  readonly action: string;
  /** The supervisor's principal, null when the event does not name it. */
  readonly by: string | null;
}

export interface SurveyEntry {
  readonly at: number;
  readonly helpful: boolean;
  readonly reason: string | null;
  /** What the reason is about (`agent`, `policy`, `product`) when configured, else null. */
  readonly category: string | null;
  /** The agent the survey was attributed to. */
  readonly agentId: string;
}

export interface InteractionRecord {
  readonly contactId: string;
  /** The creating integration's own id for it, and that integration, when known. */
  externalId: string | null;
  integration: string | null;
  readonly customerId: string;
  readonly tier: string;
  readonly channel: string;
  readonly language: string;
  outcome: RecordOutcome;
  /** First arrival in a queue (for a follow-up: when it became due). */
  readonly createdAt: number;
  closedAt: number;
  /** First arrival to the first accept; null when never answered. */
  waitMs: number | null;
  /** The queue it was sent to when it was full and overflowed at creation. */
  readonly redirectedFrom: string | null;
  readonly queues: QueueVisit[];
  readonly offers: OfferEntry[];
  readonly agents: HandlingEntry[];
  readonly transfers: TransferEntry[];
  disposition: string | null;
  hasNotes: boolean;
  /** The notes' text, only when `records.keepNotes` is set. */
  notes?: string | null;
  callback: { readonly requestedAt: number; attempts: number } | null;
  /** The contact this one follows up, and the follow-ups scheduled from this one. */
  readonly followUpOf: string | null;
  readonly followUps: string[];
  readonly repeatOf: string | null;
  /** The agent who closed the contact this one repeats (its first-contact resolution failed), when known. */
  readonly repeatOfAgentId: string | null;
  readonly handoff: { readonly botId: string | null; readonly intent: string | null } | null;
  survey: SurveyEntry | null;
  readonly supervisorActions: SupervisorAction[];
}

/** The agent who finished the contact (the last one who handled it), or null. */
export function lastAgentOf(r: InteractionRecord): string | null {
  return r.agents.at(-1)?.agentId ?? null;
}

/** Columns of the CSV export, one row per contact (lists are `;`-joined, agents' times summed). */
export const CSV_COLUMNS = [
  'contact_id',
  'external_id',
  'integration',
  'customer_id',
  'tier',
  'channel',
  'language',
  'outcome',
  'created_at',
  'closed_at',
  'wait_ms',
  'queues',
  'offers',
  'agents',
  'last_agent',
  'talk_ms',
  'hold_ms',
  'wrap_up_ms',
  'handle_ms',
  'transfers',
  'escalations',
  'disposition',
  'has_notes',
  'callback_attempts',
  'follow_up_of',
  'repeat_of',
  'survey_helpful',
  'survey_reason',
  'survey_category',
  'supervisor_actions',
] as const;

const iso = (ms: number): string => new Date(ms).toISOString();

/** RFC 4180 field: quoted when it holds a comma, quote or line break; a leading formula sign is neutralised. */
export function csvField(v: string | number | boolean | null): string {
  if (v === null) return '';
  let s = String(v);
  // Spreadsheets run a cell starting with = + - @ as a formula (CSV injection).
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

/** One record as a CSV line (with CRLF, as RFC 4180 has it). */
export function toCsvRow(r: InteractionRecord): string {
  let talk = 0;
  let hold = 0;
  let wrap = 0;
  let handle = 0;
  for (const a of r.agents) {
    talk += a.talkMs;
    hold += a.holdMs;
    wrap += a.wrapUpMs;
    handle += a.handleMs;
  }
  const cells: (string | number | boolean | null)[] = [
    r.contactId,
    r.externalId,
    r.integration,
    r.customerId,
    r.tier,
    r.channel,
    r.language,
    r.outcome,
    iso(r.createdAt),
    iso(r.closedAt),
    r.waitMs,
    r.queues.map((q) => q.queueId).join(';'),
    r.offers.map((o) => `${o.agentId}:${o.outcome}`).join(';'),
    r.agents.map((a) => a.agentId).join(';'),
    lastAgentOf(r),
    talk,
    hold,
    wrap,
    handle,
    r.transfers.filter((t) => t.escalation === null).length,
    r.transfers.filter((t) => t.escalation !== null).length,
    r.disposition,
    r.hasNotes,
    r.callback?.attempts ?? null,
    r.followUpOf,
    r.repeatOf,
    r.survey?.helpful ?? null,
    r.survey?.reason ?? null,
    r.survey?.category ?? null,
    r.supervisorActions.map((a) => `${a.action}:${a.by ?? ''}`).join(';'),
  ];
  return `${cells.map(csvField).join(',')}\r\n`;
}
