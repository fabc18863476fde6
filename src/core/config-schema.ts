/**
 * The routing configuration, described once: this zod schema validates it,
 * its types are inferred from it (`CoreConfig`, `QueueConfig`, ...), and
 * `compileConfig` (queue-config.ts) folds what it accepted into the form the
 * router reads. The server's configuration file (src/config/schema.ts) is
 * this shape plus the server's own fields.
 *
 * Checks that span fields (a queue named by another, steps in order) are in
 * `checkCoreConfig`, so that every problem is reported with its path.
 */
import { z } from 'zod';
import { isValidId } from './ids.js';
import { CHANNELS, STRATEGIES, WRAP_UP_MODES } from './model.js';

/** Ids are short printable strings: 1..128 chars, no control characters or spaces. */
export const idSchema = z.string().refine(isValidId, 'must be an id of 1..128 letters, digits or . _ - : @');
const channel = z.enum(CHANNELS);
const level = z.number().int().min(1).max(5);
const seconds = z.number().finite().min(0);
const priority = z.number().int().min(0).max(1000);
/** Skill name -> minimum level 1..5. */
const requirements = z.record(idSchema, level);

/** Per-channel number of slots; a missing channel means 0. */
export const capacitySchema = z.partialRecord(channel, z.number().int().min(0).max(100));

/**
 * One relaxation step: from `afterSeconds` of wait (counted from first
 * arrival), the pool widens. Steps only ever widen: a later step cannot
 * raise a level cap or narrow the language match again.
 */
export const stepSchema = z.strictObject({
  afterSeconds: seconds,
  /** Cap every required skill level at this value (e.g. 1 = "any level"). */
  maxLevel: level.optional(),
  /** Switch an exact language match to a primary-subtag match. */
  languageMatch: z.literal('primary').optional(),
  /**
   * Make the contact eligible to the agents of these queues as well, under
   * each queue's own `skills` (not the skills it needed where it came from).
   */
  overflowTo: z.array(idSchema).optional(),
  /** With `overflowTo`: the requirements in those queues instead of their own `skills`. */
  overflowSkills: requirements.optional(),
  /** Pass this step at once while no logged-in agent could serve it. */
  skipIfUnserved: z.boolean().optional(),
  /**
   * Raise the contact's priority to this number (lower is served first) if
   * it is not already at or below it; its virtual arrival stays, so among
   * the contacts of that priority it goes by how long it has waited. Later
   * steps can raise it further, never lower it.
   */
  priority: priority.optional(),
});

export const queueSchema = z.strictObject({
  id: idSchema,
  name: z.string().max(200).optional(),
  channels: z.array(channel).min(1),
  /** Lower number is served first. Default 5. */
  defaultPriority: priority.optional(),
  /** Skill requirements of every contact routed in this queue (skill -> minimum level); a contact may add its own. */
  skills: requirements.optional(),
  /** Default 80 % answered within 20 s. */
  serviceLevel: z.strictObject({ thresholdSeconds: seconds, target: z.number().min(0).max(1) }).optional(),
  /** Ring timeout of an offer. Default 20 s. */
  offerTimeoutSeconds: z.number().finite().positive().optional(),
  /** Time-boxed wrap-up after a contact ends; 0 closes at once. Default 30 s. */
  wrapUpSeconds: seconds.optional(),
  /** Offers of this queue are accepted on the agent's behalf. Default false. */
  autoAccept: z.boolean().optional(),
  /** How to choose among eligible agents. Default `longest-idle`. */
  strategy: z.enum(STRATEGIES).optional(),
  /** How long a contact waits for its preferred agent. Default 0 (no wait). */
  preferenceWindowSeconds: seconds.optional(),
  /** The queue's own first level: exact language match. Default primary-subtag match. */
  languageMatch: z.enum(['exact', 'primary']).optional(),
  /** Pass the first level at once while no logged-in agent could serve it. */
  skipIfUnserved: z.boolean().optional(),
  steps: z.array(stepSchema).optional(),
  /** Limit of waiting contacts per channel; past it see `whenFullOverflowTo`. */
  maxWaiting: capacitySchema.optional(),
  /** Where a contact goes when the queue is full; default refuse with RESOURCE_EXHAUSTED. */
  whenFullOverflowTo: idSchema.optional(),
  /** See `WrapUpMode` in model.ts. Default `timed`. */
  wrapUpMode: z.enum(WRAP_UP_MODES).optional(),
  /** Disposition codes an agent may record for this queue's contacts; absent = any code. */
  dispositions: z.array(idSchema).optional(),
  /**
   * Last-agent routing: a new contact without a named preferred agent prefers
   * the agent of the customer's latest handled contact in this queue (from
   * the customer history), for `preferenceWindowSeconds`. Default false.
   */
  lastAgentRouting: z.boolean().optional(),
  /** How long a contact transferred into this queue waits for the named agent. Default 60 s. */
  transferWindowSeconds: seconds.optional(),
  /** Callback (virtual hold): delay before dialing again after an unanswered attempt. Default 120 s. */
  callbackRetrySeconds: seconds.optional(),
  /** Callback: dial attempts before giving up. Default 3. */
  callbackMaxAttempts: z.number().int().min(1).max(100).optional(),
  /** How long a due follow-up waits for the agent who scheduled it. Default 600 s. */
  followUpWindowSeconds: seconds.optional(),
  /** The supervisor-tier queue an agent of this queue escalates to; absent = no escalation. */
  escalateTo: idSchema.optional(),
});

const handoffRoute = { queueId: idSchema.optional(), priority: priority.optional() };

/** The routing configuration's fields, shared with the server's configuration file. */
export const coreConfigShape = {
  queues: z.array(queueSchema).min(1),
  /** Tier name -> bonus (seconds subtracted from the first arrival in the routing key). `standard` (0 s) always exists. */
  tiers: z.record(idSchema, z.strictObject({ bonusSeconds: seconds })).optional(),
  /** Offers missed in a row before the agent goes away with `missed-offers`. Default 3. */
  missedOffersLimit: z.number().int().min(1).optional(),
  capacityRules: z
    .strictObject({
      /** Channels whose contacts hold the agent exclusively. Default ['voice']. */
      exclusive: z.array(channel).optional(),
      /** Channels an exclusive contact may be offered on top of. Default ['email']. */
      interruptible: z.array(channel).optional(),
    })
    .optional(),
  /** Customer history and first-contact resolution. */
  history: z
    .strictObject({
      /** Handled contacts kept (and offered) per customer, newest first. Default 10. */
      perCustomer: z.number().int().min(0).max(1000).optional(),
      /** Entries kept at most over all customers (the oldest go first). Default: no count, bounded by time and bytes. */
      maxEntries: z.number().int().min(0).optional(),
      /**
       * A contact within this long of the customer's last handled contact is
       * a repeat; the history is kept this long. Default 7 days.
       */
      fcrWindowSeconds: seconds.optional(),
      /**
       * Bytes the history may hold (entries, ids, notes; about 170 an entry
       * without notes); past it the oldest go first. Default 1.5 GiB: a week
       * at 1,000,000 contacts a day.
       */
      maxBytes: z
        .number()
        .int()
        .min(1024 * 1024)
        .optional(),
      /** Bytes of wrap-up notes kept in the history; past it the oldest entries lose their notes first. Default 256 MiB. */
      notesMaxBytes: z.number().int().min(0).optional(),
    })
    .optional(),
  /** Where bot hand-offs go: by detected intent first, then the defaults, then the integration's queue. */
  botHandoff: z.strictObject({ ...handoffRoute, intents: z.record(idSchema, z.strictObject(handoffRoute)).optional() }).optional(),
  survey: z
    .strictObject({
      /** Reason categories a "no" must give one of. */
      reasons: z.array(idSchema).min(1).optional(),
      /** Completed contacts that may still be surveyed at most (the oldest are forgotten first). Default: no count, bounded by time and bytes. */
      keepCompleted: z.number().int().min(0).optional(),
      /** How long after it closed a contact may be surveyed. Default 7 days. */
      windowSeconds: seconds.optional(),
      /** Bytes the surveyable contacts may hold (about 120 each); past it the oldest go first. Default 1 GiB: a week at 1,000,000 contacts a day. */
      maxBytes: z
        .number()
        .int()
        .min(1024 * 1024)
        .optional(),
    })
    .optional(),
};

type CoreShapeOutput = z.output<z.ZodObject<typeof coreConfigShape>>;

/**
 * What `z.superRefine` hands over: the checks that span fields. Every
 * reference to a queue names a configured one; steps come in order; a
 * mandatory wrap-up has codes to choose from.
 */
export function checkCoreConfig(c: CoreShapeOutput, ctx: z.RefinementCtx): void {
  const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const ids = new Set<string>();
  c.queues.forEach((q, i) => {
    if (ids.has(q.id)) problem(['queues', i, 'id'], `duplicate queue id ${JSON.stringify(q.id)}`);
    ids.add(q.id);
  });
  const another = (path: (string | number)[], target: string | undefined, self: string) => {
    if (target !== undefined && (!ids.has(target) || target === self)) problem(path, `must name another configured queue (not ${JSON.stringify(target)})`);
  };
  c.queues.forEach((q, i) => {
    another(['queues', i, 'whenFullOverflowTo'], q.whenFullOverflowTo, q.id);
    another(['queues', i, 'escalateTo'], q.escalateTo, q.id);
    if (q.wrapUpMode === 'mandatory' && q.dispositions !== undefined && q.dispositions.length === 0) {
      problem(['queues', i, 'dispositions'], 'a mandatory wrap-up needs at least one code');
    }
    let before = 0;
    (q.steps ?? []).forEach((s, k) => {
      if (s.afterSeconds < before) problem(['queues', i, 'steps', k, 'afterSeconds'], 'must not be below the step before');
      before = Math.max(before, s.afterSeconds);
      (s.overflowTo ?? []).forEach((target, n) => {
        if (!ids.has(target)) problem(['queues', i, 'steps', k, 'overflowTo', n], `unknown queue ${JSON.stringify(target)}`);
      });
      if (s.overflowSkills !== undefined && (s.overflowTo ?? []).length === 0) {
        problem(['queues', i, 'steps', k, 'overflowSkills'], 'applies to the queues of overflowTo; this step names none');
      }
    });
  });
  const h = c.botHandoff;
  if (h !== undefined) {
    if (h.queueId !== undefined && !ids.has(h.queueId)) problem(['botHandoff', 'queueId'], `unknown queue ${JSON.stringify(h.queueId)}`);
    for (const [intent, r] of Object.entries(h.intents ?? {})) {
      if (r.queueId !== undefined && !ids.has(r.queueId)) problem(['botHandoff', 'intents', intent, 'queueId'], `unknown queue ${JSON.stringify(r.queueId)}`);
    }
  }
}

export const coreConfigSchema = z.strictObject(coreConfigShape).superRefine(checkCoreConfig);

/** A type as the schema reads it, read-only all the way down (callers may pass `as const` data). */
type Frozen<T> = T extends readonly (infer U)[] ? readonly Frozen<U>[] : T extends object ? { readonly [K in keyof T]: Frozen<T[K]> } : T;

/** The routing configuration as written (defaults not filled in). */
export type CoreConfig = Frozen<z.input<typeof coreConfigSchema>>;
export type QueueConfig = Frozen<z.input<typeof queueSchema>>;
export type RelaxationStep = Frozen<z.input<typeof stepSchema>>;

/**
 * Every problem of a failed validation, one line each: `path: message`. A
 * queue is named by its id where the input has one (`queues[sales].steps.0`).
 */
export function describeIssues(error: z.ZodError, input?: unknown): string[] {
  const queues = (input as { queues?: unknown } | null | undefined)?.queues;
  return error.issues.map((i) => {
    const path = i.path.map(String);
    const n = i.path[1];
    if (i.path[0] === 'queues' && typeof n === 'number' && Array.isArray(queues)) {
      const id = (queues[n] as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string' && id.length > 0) path.splice(0, 2, `queues[${id}]`);
    }
    return `${path.length > 0 ? path.join('.') : '(root)'}: ${i.message}`;
  });
}
