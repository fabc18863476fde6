/**
 * Validation of the core's configuration and its compiled form. Relaxation
 * steps are folded into cumulative levels once, here, so that routing reads
 * the pool in force with one array index.
 */
import type { z } from 'zod';
import { compileHandoff, type CompiledHandoff } from './bot-handoff.js';
import { coreConfigSchema, describeIssues, type CoreConfig, type QueueConfig, type queueSchema } from './config-schema.js';
import { SwitchboardError } from './errors.js';
import { queueId, type QueueId } from './ids.js';
import type { Capacity, Channel, MaxWaitAction, SkillLevels, Strategy, SurveyAbout, WrapUpMode } from './model.js';
import { OpeningHours, type ClosedAction } from './opening-hours.js';

/** The pool in force at one relaxation level, cumulative over the steps before it. */
export interface Level {
  /** Wait (ms, from first arrival) from which this level applies. */
  readonly afterMs: number;
  /** Cap on required skill levels; Infinity when uncapped. */
  readonly maxLevel: number;
  readonly exactLanguage: boolean;
  /** The queue itself first, then overflow queues in the order they opened. */
  readonly pools: readonly QueueId[];
  /**
   * Per pool (same order), the skill requirements there: for the queue
   * itself its own `skills` (the contact's own are added); for an overflow
   * queue the step's `overflowSkills`, else that queue's own `skills`.
   */
  readonly poolSkills: readonly SkillLevels[];
  readonly skipIfUnserved: boolean;
  /** Priority a contact has at most at this level (raised by steps, lower is first); Infinity when no step raised it. */
  readonly priority: number;
}

export interface CompiledQueue {
  readonly id: QueueId;
  readonly channels: ReadonlySet<Channel>;
  readonly defaultPriority: number;
  /** What every contact routed in this queue needs (the contact may add its own). */
  readonly skills: SkillLevels;
  readonly offerTimeoutMs: number;
  readonly wrapUpMs: number;
  readonly autoAccept: boolean;
  readonly strategy: Strategy;
  readonly preferenceWindowMs: number;
  readonly levels: readonly Level[];
  readonly maxWaiting: Capacity;
  readonly whenFullOverflowTo: QueueId | null;
  readonly serviceLevel: { readonly thresholdSeconds: number; readonly target: number };
  readonly wrapUpMode: WrapUpMode;
  /** Allowed disposition codes, or null for any. */
  readonly dispositions: ReadonlySet<string> | null;
  readonly lastAgentRouting: boolean;
  readonly transferWindowMs: number;
  readonly callbackRetryMs: number;
  readonly callbackMaxAttempts: number;
  readonly followUpWindowMs: number;
  readonly escalateTo: QueueId | null;
  /** Hours of operation; null = always open. */
  readonly hours: OpeningHours | null;
  readonly whenClosed: { readonly action: ClosedAction; readonly queueId: QueueId | null };
  readonly serveWaitingAtClose: boolean;
  /** Maximum wait (ms from first arrival) and its action; null = no limit. */
  readonly maxWait: { readonly afterMs: number; readonly action: MaxWaitAction; readonly queueId: QueueId | null; readonly reason: string } | null;
  readonly config: QueueConfig;
}

export interface CompiledHistory {
  readonly perCustomer: number;
  readonly maxEntries: number;
  readonly fcrWindowMs: number;
  /** How long the core keeps an entry: at most the FCR window (see `NewContact.recalled`). */
  readonly memoryWindowMs: number;
  readonly maxBytes: number;
  readonly notesMaxBytes: number;
}

export interface CompiledConfig {
  readonly queues: ReadonlyMap<QueueId, CompiledQueue>;
  /** Tier -> bonus in ms. */
  readonly tierBonusMs: ReadonlyMap<string, number>;
  readonly missedOffersLimit: number;
  readonly exclusive: ReadonlySet<Channel>;
  readonly interruptible: ReadonlySet<Channel>;
  readonly history: CompiledHistory;
  readonly botHandoff: CompiledHandoff;
  readonly survey: {
    readonly reasons: ReadonlyMap<string, SurveyReason>;
    readonly keepCompleted: number;
    readonly windowMs: number;
    /** How long the core keeps a surveyable contact: at most `windowMs` (the host recalls older ones). */
    readonly memoryWindowMs: number;
    readonly maxBytes: number;
  };
}

/** A survey "no" reason: what it is about, and whether it reopens the case. */
export interface SurveyReason {
  readonly about: SurveyAbout;
  readonly reopens: boolean;
}

/**
 * The reasons of a "no" when the configuration names none: a problem not
 * solved or wrong information reopens the case with the agent; a wait too
 * long is the floor's policy (staffing), not the agent's doing.
 */
export const DEFAULT_SURVEY_REASONS: ReadonlyMap<string, SurveyReason> = new Map([
  ['not-resolved', { about: 'agent', reopens: true }],
  ['wrong-information', { about: 'agent', reopens: true }],
  ['too-long', { about: 'policy', reopens: false }],
  ['agent-attitude', { about: 'agent', reopens: false }],
  ['other', { about: 'product', reopens: false }],
]);

/**
 * Validates a routing configuration against its schema (config-schema.ts,
 * the one description of it) and folds it into its compiled form. Throws
 * `INVALID_ARGUMENT` listing every problem with its path.
 */
export function compileConfig(config: CoreConfig): CompiledConfig {
  const parsed = coreConfigSchema.safeParse(config);
  if (!parsed.success) throw new ConfigProblems(describeIssues(parsed.error, config));
  const c = parsed.data;
  const tierBonusMs = new Map<string, number>([['standard', 0]]);
  for (const [name, tier] of Object.entries(c.tiers ?? {})) tierBonusMs.set(name, Math.round(tier.bonusSeconds * 1000));
  const queues = new Map<QueueId, CompiledQueue>();
  // The compiled queue keeps the caller's own object (`config`), as given.
  const skillsOf = new Map(c.queues.map((q) => [q.id, q.skills ?? {}]));
  c.queues.forEach((q, i) => queues.set(queueId(q.id), compileQueue(q, config.queues[i]!, skillsOf)));
  const h = c.history ?? {};
  const sv = c.survey ?? {};
  return {
    history: {
      perCustomer: h.perCustomer ?? 10,
      maxEntries: h.maxEntries ?? Infinity,
      fcrWindowMs: Math.round((h.fcrWindowSeconds ?? 7 * 24 * 3600) * 1000),
      memoryWindowMs: Math.round(Math.min(h.memoryWindowSeconds ?? Infinity, h.fcrWindowSeconds ?? 7 * 24 * 3600) * 1000),
      maxBytes: h.maxBytes ?? 1.5 * 1024 ** 3,
      notesMaxBytes: h.notesMaxBytes ?? 256 * 1024 ** 2,
    },
    botHandoff: compileHandoff(c.botHandoff),
    survey: {
      reasons:
        sv.reasons === undefined
          ? DEFAULT_SURVEY_REASONS
          : new Map(
              sv.reasons.map((r) =>
                typeof r === 'string' ? [r, { about: 'agent', reopens: false }] : [r.id, { about: r.about, reopens: r.reopens === true }],
              ),
            ),
      keepCompleted: sv.keepCompleted ?? Infinity,
      windowMs: Math.round((sv.windowSeconds ?? 7 * 24 * 3600) * 1000),
      memoryWindowMs: Math.round(Math.min(sv.memoryWindowSeconds ?? Infinity, sv.windowSeconds ?? 7 * 24 * 3600) * 1000),
      maxBytes: sv.maxBytes ?? 1024 ** 3,
    },
    queues,
    tierBonusMs,
    missedOffersLimit: c.missedOffersLimit ?? 3,
    exclusive: new Set(c.capacityRules?.exclusive ?? ['voice']),
    interruptible: new Set(c.capacityRules?.interruptible ?? ['email']),
  };
}

/** A configuration the schema refused: `problems` lists each with its path. */
export class ConfigProblems extends SwitchboardError {
  constructor(readonly problems: readonly string[]) {
    super('INVALID_ARGUMENT', `invalid configuration: ${problems.join('; ')}`);
  }
}

const ms = (s: number | undefined, dflt: number): number => Math.round((s ?? dflt) * 1000);

function compileQueue(q: z.output<typeof queueSchema>, given: QueueConfig, skillsOf: ReadonlyMap<string, SkillLevels>): CompiledQueue {
  const levels: Level[] = [
    {
      afterMs: 0,
      maxLevel: Infinity,
      exactLanguage: q.languageMatch === 'exact',
      pools: [queueId(q.id)],
      poolSkills: [q.skills ?? {}],
      skipIfUnserved: q.skipIfUnserved === true,
      priority: Infinity,
    },
  ];
  for (const step of q.steps ?? []) {
    const prev = levels[levels.length - 1]!;
    const pools = [...prev.pools];
    const poolSkills = [...prev.poolSkills];
    for (const target of step.overflowTo ?? []) {
      if (pools.includes(queueId(target))) continue;
      pools.push(queueId(target));
      poolSkills.push(step.overflowSkills ?? skillsOf.get(target) ?? {});
    }
    levels.push({
      afterMs: Math.round(step.afterSeconds * 1000),
      maxLevel: Math.min(prev.maxLevel, step.maxLevel ?? Infinity),
      exactLanguage: prev.exactLanguage && step.languageMatch !== 'primary',
      pools,
      poolSkills,
      skipIfUnserved: step.skipIfUnserved === true,
      priority: Math.min(prev.priority, step.priority ?? Infinity),
    });
  }
  return {
    id: queueId(q.id),
    channels: new Set(q.channels),
    defaultPriority: q.defaultPriority ?? 5,
    skills: q.skills ?? {},
    offerTimeoutMs: ms(q.offerTimeoutSeconds, 20),
    wrapUpMs: ms(q.wrapUpSeconds, 30),
    autoAccept: q.autoAccept === true,
    strategy: q.strategy ?? 'longest-idle',
    preferenceWindowMs: ms(q.preferenceWindowSeconds, 0),
    levels,
    maxWaiting: q.maxWaiting ?? {},
    whenFullOverflowTo: q.whenFullOverflowTo === undefined ? null : queueId(q.whenFullOverflowTo),
    serviceLevel: q.serviceLevel ?? { thresholdSeconds: 20, target: 0.8 },
    wrapUpMode: q.wrapUpMode ?? 'timed',
    dispositions: q.dispositions === undefined ? null : new Set(q.dispositions),
    lastAgentRouting: q.lastAgentRouting !== false,
    transferWindowMs: ms(q.transferWindowSeconds, 60),
    callbackRetryMs: ms(q.callbackRetrySeconds, 120),
    callbackMaxAttempts: q.callbackMaxAttempts ?? 3,
    followUpWindowMs: ms(q.followUpWindowSeconds, 600),
    escalateTo: q.escalateTo === undefined ? null : queueId(q.escalateTo),
    hours: q.hours === undefined ? null : new OpeningHours(q.hours),
    whenClosed: {
      action: q.hours?.whenClosed?.action ?? 'refuse',
      queueId: q.hours?.whenClosed?.queueId === undefined ? null : queueId(q.hours.whenClosed.queueId),
    },
    serveWaitingAtClose: q.hours?.serveWaitingAtClose !== false,
    maxWait:
      q.maxWait === undefined
        ? null
        : {
            afterMs: Math.round(q.maxWait.afterSeconds * 1000),
            action: q.maxWait.action,
            queueId: q.maxWait.queueId === undefined ? null : queueId(q.maxWait.queueId),
            reason: q.maxWait.reason ?? 'max-wait',
          },
    config: given,
  };
}

/** A contact's priority at level `step` of queue `q`: raised to the level's priority, never lowered. */
export function priorityAt(q: CompiledQueue, step: number, priority: number): number {
  return Math.min(priority, q.levels[step]!.priority);
}

/** The last level of a queue whose wait threshold has passed. */
export function levelFor(q: CompiledQueue, waitedMs: number): number {
  let step = 0;
  for (let i = 1; i < q.levels.length; i++) if (q.levels[i]!.afterMs <= waitedMs) step = i;
  return step;
}
