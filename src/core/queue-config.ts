/**
 * Validation of the core's configuration and its compiled form. Relaxation
 * steps are folded into cumulative levels once, here, so that routing reads
 * the pool in force with one array index.
 */
import { compileHandoff, type CompiledHandoff } from './bot-handoff.js';
import { invalid } from './errors.js';
import { isValidId, queueId, type QueueId } from './ids.js';
import {
  CHANNELS,
  isChannel,
  STRATEGIES,
  type Capacity,
  type Channel,
  type CoreConfig,
  type QueueConfig,
  type Strategy,
  type WrapUpMode,
  WRAP_UP_MODES,
} from './model.js';

/** The pool in force at one relaxation level, cumulative over the steps before it. */
export interface Level {
  /** Wait (ms, from first arrival) from which this level applies. */
  readonly afterMs: number;
  /** Cap on required skill levels; Infinity when uncapped. */
  readonly maxLevel: number;
  readonly exactLanguage: boolean;
  /** The queue itself first, then overflow queues in the order they opened. */
  readonly pools: readonly QueueId[];
  readonly skipIfUnserved: boolean;
}

export interface CompiledQueue {
  readonly id: QueueId;
  readonly channels: ReadonlySet<Channel>;
  readonly defaultPriority: number;
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
  readonly config: QueueConfig;
}

export interface CompiledHistory {
  readonly perCustomer: number;
  readonly maxEntries: number;
  readonly fcrWindowMs: number;
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
  readonly survey: { readonly reasons: ReadonlySet<string>; readonly keepCompleted: number };
}

const isObject = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);
const isNonNeg = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

function checkCapacity(where: string, cap: Capacity | undefined): void {
  if (cap === undefined) return;
  if (typeof cap !== 'object' || cap === null) throw invalid(`${where} must be an object`);
  for (const [ch, n] of Object.entries(cap)) {
    if (!isChannel(ch)) throw invalid(`${where}.${ch}: unknown channel (use ${CHANNELS.join(', ')})`);
    if (!isInt(n) || n < 0) throw invalid(`${where}.${ch} must be an integer >= 0`);
  }
}

/** Validates a core configuration and folds it into its compiled form. */
export function compileConfig(config: CoreConfig): CompiledConfig {
  if (!isObject(config)) throw invalid('configuration must be an object');
  if (!Array.isArray(config.queues) || config.queues.length === 0) {
    throw invalid('queues: at least one queue is required');
  }
  const ids = new Set<string>();
  for (const q of config.queues) {
    if (!isObject(q)) throw invalid('queues: every queue must be an object');
    if (!isValidId(q.id)) throw invalid(`queues: invalid queue id ${JSON.stringify(q.id)}`);
    if (ids.has(q.id)) throw invalid(`queues.${q.id}: duplicate queue id`);
    ids.add(q.id);
  }
  const tierBonusMs = new Map<string, number>([['standard', 0]]);
  for (const [name, tier] of Object.entries(config.tiers ?? {})) {
    if (!isValidId(name)) throw invalid(`tiers: invalid tier name ${JSON.stringify(name)}`);
    if (!isNonNeg(tier?.bonusSeconds)) throw invalid(`tiers.${name}.bonusSeconds must be >= 0`);
    tierBonusMs.set(name, Math.round(tier.bonusSeconds * 1000));
  }
  const missed = config.missedOffersLimit ?? 3;
  if (!isInt(missed) || missed < 1) throw invalid('missedOffersLimit must be an integer >= 1');
  const rules = config.capacityRules ?? {};
  for (const key of ['exclusive', 'interruptible'] as const) {
    const list = rules[key];
    if (list !== undefined && (!Array.isArray(list) || !list.every(isChannel))) {
      throw invalid(`capacityRules.${key} must list channels (${CHANNELS.join(', ')})`);
    }
  }
  const queues = new Map<QueueId, CompiledQueue>();
  for (const q of config.queues) queues.set(queueId(q.id), compileQueue(q, ids));
  const h = config.history ?? {};
  if (!isObject(h)) throw invalid('history must be an object');
  const perCustomer = h.perCustomer ?? 10;
  const maxEntries = h.maxEntries ?? 100_000;
  if (!isInt(perCustomer) || perCustomer < 0 || perCustomer > 1000) throw invalid('history.perCustomer must be an integer 0..1000');
  if (!isInt(maxEntries) || maxEntries < 0) throw invalid('history.maxEntries must be an integer >= 0');
  const fcr = h.fcrWindowSeconds ?? 7 * 24 * 3600;
  if (!isNonNeg(fcr)) throw invalid('history.fcrWindowSeconds must be a number >= 0');
  const sv = config.survey ?? {};
  if (!isObject(sv)) throw invalid('survey must be an object');
  const reasons = sv.reasons ?? ['not-resolved', 'wrong-information', 'too-long', 'agent-attitude', 'other'];
  if (!Array.isArray(reasons) || reasons.length === 0 || !reasons.every(isValidId)) throw invalid('survey.reasons must list at least one reason code');
  const keepCompleted = sv.keepCompleted ?? 20_000;
  if (!isInt(keepCompleted) || keepCompleted < 0) throw invalid('survey.keepCompleted must be an integer >= 0');
  return {
    history: { perCustomer, maxEntries, fcrWindowMs: Math.round(fcr * 1000) },
    botHandoff: compileHandoff(config.botHandoff, ids),
    survey: { reasons: new Set(reasons), keepCompleted },
    queues,
    tierBonusMs,
    missedOffersLimit: missed,
    exclusive: new Set(rules.exclusive ?? ['voice']),
    interruptible: new Set(rules.interruptible ?? ['email']),
  };
}

function compileQueue(q: QueueConfig, known: ReadonlySet<string>): CompiledQueue {
  const at = `queues.${q.id}`;
  if (!Array.isArray(q.channels) || q.channels.length === 0 || !q.channels.every(isChannel)) {
    throw invalid(`${at}.channels must list at least one of ${CHANNELS.join(', ')}`);
  }
  const num = (name: keyof QueueConfig, value: unknown, dflt: number): number => {
    if (value === undefined) return dflt;
    if (!isNonNeg(value)) throw invalid(`${at}.${String(name)} must be a number >= 0`);
    return value;
  };
  const priority = q.defaultPriority ?? 5;
  if (!isInt(priority) || priority < 0 || priority > 1000) {
    throw invalid(`${at}.defaultPriority must be an integer 0..1000`);
  }
  const strategy = q.strategy ?? 'longest-idle';
  if (!STRATEGIES.includes(strategy)) {
    throw invalid(`${at}.strategy must be one of ${STRATEGIES.join(', ')}`);
  }
  const offerTimeout = num('offerTimeoutSeconds', q.offerTimeoutSeconds, 20);
  if (offerTimeout === 0) throw invalid(`${at}.offerTimeoutSeconds must be > 0`);
  const sl = q.serviceLevel ?? { thresholdSeconds: 20, target: 0.8 };
  if (!isNonNeg(sl.thresholdSeconds) || !isNonNeg(sl.target) || sl.target > 1) {
    throw invalid(`${at}.serviceLevel needs thresholdSeconds >= 0 and target in 0..1`);
  }
  checkCapacity(`${at}.maxWaiting`, q.maxWaiting);
  if (q.whenFullOverflowTo !== undefined && (!known.has(q.whenFullOverflowTo) || q.whenFullOverflowTo === q.id)) {
    throw invalid(`${at}.whenFullOverflowTo must name another configured queue`);
  }
  if (q.escalateTo !== undefined && (!known.has(q.escalateTo) || q.escalateTo === q.id)) {
    throw invalid(`${at}.escalateTo must name another configured queue`);
  }
  if (q.languageMatch !== undefined && q.languageMatch !== 'exact' && q.languageMatch !== 'primary') {
    throw invalid(`${at}.languageMatch must be "exact" or "primary"`);
  }

  const callbackMaxAttempts = q.callbackMaxAttempts ?? 3;
  if (!isInt(callbackMaxAttempts) || callbackMaxAttempts < 1 || callbackMaxAttempts > 100) throw invalid(`${at}.callbackMaxAttempts must be an integer 1..100`);
  const wrapUpMode = q.wrapUpMode ?? 'timed';
  if (!WRAP_UP_MODES.includes(wrapUpMode)) throw invalid(`${at}.wrapUpMode must be one of ${WRAP_UP_MODES.join(', ')}`);
  if (q.dispositions !== undefined && (!Array.isArray(q.dispositions) || !q.dispositions.every(isValidId))) {
    throw invalid(`${at}.dispositions must list codes (letters, digits, . _ - : @)`);
  }
  if (wrapUpMode === 'mandatory' && q.dispositions !== undefined && q.dispositions.length === 0) {
    throw invalid(`${at}.dispositions: a mandatory wrap-up needs at least one code`);
  }

  const levels: Level[] = [
    {
      afterMs: 0,
      maxLevel: Infinity,
      exactLanguage: q.languageMatch === 'exact',
      pools: [queueId(q.id)],
      skipIfUnserved: q.skipIfUnserved === true,
    },
  ];
  let prevAfter = 0;
  if (q.steps !== undefined && !Array.isArray(q.steps)) throw invalid(`${at}.steps must be a list`);
  (q.steps ?? []).forEach((step, i) => {
    const sat = `${at}.steps[${i}]`;
    if (!isObject(step)) throw invalid(`${sat} must be an object`);
    if (step.overflowTo !== undefined && !Array.isArray(step.overflowTo)) throw invalid(`${sat}.overflowTo must list queue ids`);
    const prev = levels[levels.length - 1]!;
    if (!isNonNeg(step.afterSeconds) || step.afterSeconds < prevAfter) {
      throw invalid(`${sat}.afterSeconds must be >= 0 and not below the step before`);
    }
    prevAfter = step.afterSeconds;
    if (step.maxLevel !== undefined && (!isInt(step.maxLevel) || step.maxLevel < 1 || step.maxLevel > 5)) {
      throw invalid(`${sat}.maxLevel must be an integer 1..5`);
    }
    if (step.languageMatch !== undefined && step.languageMatch !== 'primary') {
      throw invalid(`${sat}.languageMatch can only widen to "primary"`);
    }
    const pools = [...prev.pools];
    for (const target of step.overflowTo ?? []) {
      if (!known.has(target)) throw invalid(`${sat}.overflowTo: unknown queue ${JSON.stringify(target)}`);
      if (!pools.includes(queueId(target))) pools.push(queueId(target));
    }
    levels.push({
      afterMs: Math.round(step.afterSeconds * 1000),
      maxLevel: Math.min(prev.maxLevel, step.maxLevel ?? Infinity),
      exactLanguage: prev.exactLanguage && step.languageMatch !== 'primary',
      pools,
      skipIfUnserved: step.skipIfUnserved === true,
    });
  });

  return {
    id: queueId(q.id),
    channels: new Set(q.channels),
    defaultPriority: priority,
    offerTimeoutMs: Math.round(offerTimeout * 1000),
    wrapUpMs: Math.round(num('wrapUpSeconds', q.wrapUpSeconds, 30) * 1000),
    autoAccept: q.autoAccept === true,
    strategy,
    preferenceWindowMs: Math.round(num('preferenceWindowSeconds', q.preferenceWindowSeconds, 0) * 1000),
    levels,
    maxWaiting: q.maxWaiting ?? {},
    whenFullOverflowTo: q.whenFullOverflowTo === undefined ? null : queueId(q.whenFullOverflowTo),
    serviceLevel: sl,
    wrapUpMode,
    dispositions: q.dispositions === undefined ? null : new Set(q.dispositions),
    lastAgentRouting: q.lastAgentRouting === true,
    transferWindowMs: Math.round(num('transferWindowSeconds', q.transferWindowSeconds, 60) * 1000),
    callbackRetryMs: Math.round(num('callbackRetrySeconds', q.callbackRetrySeconds, 120) * 1000),
    callbackMaxAttempts,
    followUpWindowMs: Math.round(num('followUpWindowSeconds', q.followUpWindowSeconds, 600) * 1000),
    escalateTo: q.escalateTo === undefined ? null : queueId(q.escalateTo),
    config: q,
  };
}

/** The last level of a queue whose wait threshold has passed. */
export function levelFor(q: CompiledQueue, waitedMs: number): number {
  let step = 0;
  for (let i = 1; i < q.levels.length; i++) if (q.levels[i]!.afterMs <= waitedMs) step = i;
  return step;
}
