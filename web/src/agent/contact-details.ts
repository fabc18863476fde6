/**
 * What the contact card shows besides the routing fields: customer history
 * (sent with the offer), bot transcript (`handoff`), transfers and
 * escalations (`transfers`), the repeat flag (`repeatOf`). The one place
 * that reads them: from the protocol's fields, else from same-named keys of
 * the integration's `context` (integrations that keep their own history).
 */
import type { ContactMsg, HistoryEntryMsg, JsonObject, TransferRecordMsg } from '../../../src/protocol/messages.js';

export interface HistoryEntry {
  readonly at: number | undefined;
  readonly queueId: string | undefined;
  readonly channel: string | undefined;
  readonly agentId: string | undefined;
  readonly disposition: string | undefined;
  readonly notes: string | undefined;
}

export interface TranscriptLine {
  readonly from: string;
  readonly text: string;
}

export interface ContactDetails {
  readonly history: readonly HistoryEntry[];
  readonly transcript: readonly TranscriptLine[];
  /** The bot's detected intent, for a bot hand-off. */
  readonly intent: string | undefined;
  readonly transferredBy: string | undefined;
  readonly transferNote: string | undefined;
  /** The latest transfer or escalation, when there was one. */
  readonly lastTransfer: TransferRecordMsg | undefined;
  readonly repeat: boolean;
  /** The rest of the context, shown as key/value pairs. */
  readonly other: readonly (readonly [string, string])[];
}

const KNOWN = new Set(['history', 'transcript', 'transferredBy', 'transferNote', 'repeat', 'repeatContact']);

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' ? v : typeof v === 'string' && v !== '' && !Number.isNaN(Date.parse(v)) ? Date.parse(v) : undefined;
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function historyOf(entries: readonly HistoryEntryMsg[]): HistoryEntry[] {
  return entries.map((h) => ({
    at: h.endedAt ?? h.startedAt,
    queueId: h.queueId,
    channel: h.channel,
    agentId: h.agentId,
    disposition: h.disposition,
    notes: h.notes,
  }));
}

/** `history`: the customer history that came with the offer, when it did. */
export function contactDetails(c: ContactMsg, history?: readonly HistoryEntryMsg[]): ContactDetails {
  const ctx: JsonObject = c.context ?? {};
  const fromContext = (Array.isArray(ctx['history']) ? ctx['history'] : []).filter(isObject).map((h): HistoryEntry => ({
    at: num(h['at'] ?? h['closedAt'] ?? h['date']),
    queueId: str(h['queueId'] ?? h['queue']),
    channel: str(h['channel']),
    agentId: str(h['agentId'] ?? h['agent']),
    disposition: str(h['disposition']),
    notes: str(h['notes']),
  }));
  const contextTranscript = (Array.isArray(ctx['transcript']) ? ctx['transcript'] : []).flatMap((line): TranscriptLine[] => {
    if (typeof line === 'string') return [{ from: '', text: line }];
    if (isObject(line)) return [{ from: str(line['from'] ?? line['role'] ?? line['speaker']) ?? '', text: str(line['text'] ?? line['message']) ?? '' }];
    return [];
  });
  const handoff = c.handoff?.transcript?.map((l) => ({ from: l.from, text: l.text })) ?? [];
  const other: (readonly [string, string])[] = [];
  for (const [k, v] of Object.entries(ctx)) {
    if (KNOWN.has(k) || v === null || typeof v === 'object') continue;
    other.push([k, String(v)]);
  }
  const last = c.transfers?.[c.transfers.length - 1];
  return {
    history: history !== undefined && history.length > 0 ? historyOf(history) : fromContext,
    transcript: handoff.length > 0 ? handoff : contextTranscript,
    intent: c.handoff?.intent,
    transferredBy: last?.fromAgentId ?? str(ctx['transferredBy']),
    transferNote: last === undefined ? str(ctx['transferNote']) : last.notes,
    lastTransfer: last,
    repeat: c.repeatOf !== undefined || ctx['repeat'] === true || ctx['repeatContact'] === true,
    other,
  };
}
