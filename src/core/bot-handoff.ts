/**
 * Bot hand-off: a chatbot that cannot help hands the chat over to a human
 * with the conversation so far and the intent it detected. The
 * configuration may route such chats by intent (queue and priority) so that,
 * e.g., a "cancel-subscription" hand-off jumps the line in a retention queue.
 */
import { withinChars } from './text.js';
import { fail } from './errors.js';
import { isValidId, queueId, type QueueId } from './ids.js';
import type { BotHandoff, NewContact, TranscriptLine } from './model.js';

export interface HandoffRoute {
  readonly queueId: QueueId | null;
  readonly priority: number | null;
}

export interface CompiledHandoff {
  readonly byDefault: HandoffRoute;
  readonly byIntent: ReadonlyMap<string, HandoffRoute>;
}

export const MAX_TRANSCRIPT_LINES = 200;
const MAX_LINE = 4096;

type RouteConfig = { readonly queueId?: string | undefined; readonly priority?: number | undefined };

const route = (r: RouteConfig | undefined): HandoffRoute => ({ queueId: r?.queueId === undefined ? null : queueId(r.queueId), priority: r?.priority ?? null });

/** Folds the validated `botHandoff` configuration (config-schema.ts checked it). */
export function compileHandoff(c: (RouteConfig & { readonly intents?: Readonly<Record<string, RouteConfig>> | undefined }) | undefined): CompiledHandoff {
  const byIntent = new Map<string, HandoffRoute>();
  for (const [intent, r] of Object.entries(c?.intents ?? {})) byIntent.set(intent, route(r));
  return { byDefault: route(c), byIntent };
}

/** Validates a hand-off from an integration (a chat, with a transcript). */
export function validateHandoff(h: NewContact['handoff'], channel: string): BotHandoff | null {
  if (h === undefined) return null;
  if (typeof h !== 'object' || h === null) throw fail('FIELD_INVALID', 'handoff must be an object', { field: 'handoff' });
  if (channel !== 'chat') throw fail('FIELD_INVALID', 'a bot hand-off is a chat: channel must be "chat"', { field: 'channel' });
  if (!Array.isArray(h.transcript) || h.transcript.length === 0)
    throw fail('FIELD_REQUIRED', 'handoff.transcript must list the conversation so far', { field: 'handoff.transcript' });
  if (h.transcript.length > MAX_TRANSCRIPT_LINES)
    throw fail('TEXT_TOO_LONG', `handoff.transcript: at most ${MAX_TRANSCRIPT_LINES} lines`, { field: 'handoff.transcript', max: MAX_TRANSCRIPT_LINES });
  const transcript: TranscriptLine[] = h.transcript.map((l, i) => {
    if (typeof l !== 'object' || l === null) throw fail('FIELD_INVALID', `handoff.transcript[${i}] must be an object`, { field: `handoff.transcript[${i}]` });
    if (l.from !== 'customer' && l.from !== 'bot')
      throw fail('FIELD_INVALID', `handoff.transcript[${i}].from must be "customer" or "bot"`, { field: `handoff.transcript[${i}].from` });
    if (typeof l.text !== 'string' || !withinChars(l.text, MAX_LINE))
      throw fail('TEXT_TOO_LONG', `handoff.transcript[${i}].text must be a string of at most ${MAX_LINE} characters`, {
        field: `handoff.transcript[${i}].text`,
        max: MAX_LINE,
      });
    if (l.at !== undefined && (typeof l.at !== 'number' || !Number.isFinite(l.at)))
      throw fail('FIELD_INVALID', `handoff.transcript[${i}].at must be a time in ms`, { field: `handoff.transcript[${i}].at` });
    return l.at === undefined ? { from: l.from, text: l.text } : { from: l.from, text: l.text, at: l.at };
  });
  if (h.intent !== undefined && !isValidId(h.intent))
    throw fail('FIELD_INVALID', 'handoff.intent must be a short code (letters, digits, . _ - : @)', { field: 'handoff.intent' });
  if (h.botId !== undefined && !isValidId(h.botId)) throw fail('FIELD_INVALID', 'handoff.botId must be an id', { field: 'handoff.botId' });

  return { transcript, intent: h.intent ?? null, botId: h.botId ?? null };
}

/** Queue and priority of a hand-off: the intent's rule, then the defaults; null = the integration's own. */
export function handoffRoute(c: CompiledHandoff, h: BotHandoff): HandoffRoute {
  const byIntent = h.intent === null ? undefined : c.byIntent.get(h.intent);
  return {
    queueId: byIntent?.queueId ?? c.byDefault.queueId,
    priority: byIntent?.priority ?? c.byDefault.priority,
  };
}
