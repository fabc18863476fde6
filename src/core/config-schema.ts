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
import { CHANNELS, MAX_WAIT_ACTIONS, STRATEGIES, SURVEY_ABOUT, WRAP_UP_MODES } from './model.js';
import { CLOSED_ACTIONS, parseSpan, validDate, validTimeZone, WEEKDAYS } from './opening-hours.js';

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

const spans = z.array(z.string().refine((s) => parseSpan(s) !== null, 'must be "HH:MM-HH:MM", start before end, end at most 24:00'));
const date = z.string().refine(validDate, 'must be a date YYYY-MM-DD, or MM-DD for every year');
const dayName = z.string().min(1).max(200);

/**
 * Hours of operation (DESIGN.md §4): when the queue takes new contacts, in
 * its own time zone (daylight-saving changes are the zone's). Without
 * `hours` a queue is always open. See opening-hours.ts.
 */
export const hoursSchema = z.strictObject({
  /** IANA time zone name, e.g. `America/Toronto`. */
  timeZone: z.string().refine(validTimeZone, 'must be an IANA time zone name, e.g. "America/Toronto"'),
  /** Open spans per day (`mon`..`sun`), e.g. `["08:00-12:00", "13:00-17:00"]`; `"00:00-24:00"` all day; a day left out is closed. */
  weekly: z.strictObject(Object.fromEntries(WEEKDAYS.map((d) => [d, spans.optional()])) as Record<(typeof WEEKDAYS)[number], z.ZodOptional<typeof spans>>),
  /** Days closed all day: `YYYY-MM-DD`, or `MM-DD` every year. */
  holidays: z.array(z.strictObject({ date, name: dayName.optional() })).optional(),
  /** Days with their own spans instead of the weekly ones (`[]`: closed); they win over a holiday on the same date. */
  specialDays: z.array(z.strictObject({ date, hours: spans, name: dayName.optional() })).optional(),
  /**
   * What a new contact meets while the queue is closed: `refuse` (default)
   * with FAILED_PRECONDITION and the next opening; `redirect` to `queueId`;
   * `callback`: a call is scheduled as a callback at the next opening
   * (other channels go to `queueId` if given, else are refused).
   */
  whenClosed: z.strictObject({ action: z.enum(CLOSED_ACTIONS), queueId: idSchema.optional() }).optional(),
  /**
   * Contacts already waiting when the queue closes are still served (default
   * true); false moves them to the `redirect` queue at closing, keeping their
   * first arrival.
   */
  serveWaitingAtClose: z.boolean().optional(),
});

/**
 * The longest a contact may wait in the queue (DESIGN §4), counted from its
 * first arrival, and what then happens to it: `close` removes it with
 * `reason` (default `max-wait`); `callback` turns a waiting call into a
 * callback (as `requestCallback` does: it keeps its place, the integration
 * dials when an agent takes it); `voicemail` turns a waiting call into an
 * email contact in `queueId`, same customer and context. A contact of
 * another channel than voice meets `close` in place of `callback` or
 * `voicemail`. Callbacks and follow-ups are exempt (nobody is on the line).
 */
export const maxWaitSchema = z.strictObject({
  afterSeconds: z.number().finite().positive(),
  action: z.enum(MAX_WAIT_ACTIONS),
  /** `voicemail`: the queue of the email contact. */
  queueId: idSchema.optional(),
  /** `close`: the reason integrations receive (and the metrics count). Default `max-wait`. */
  reason: idSchema.optional(),
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
   * Last-agent routing (DESIGN §3.4): a new contact without a named preferred
   * agent prefers the agent who last served the customer, in whichever queue
   * (the customer history's latest entry): offered to them first when they
   * are free, waited for up to `preferenceWindowSeconds`. Default true.
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
  /** Hours of operation; absent = always open. */
  hours: hoursSchema.optional(),
  /** Maximum wait and its action; absent = no limit. */
  maxWait: maxWaitSchema.optional(),
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
       * How long the core itself keeps an entry (default: the FCR window).
       * Shorter when a store outside the core remembers the rest of the
       * window and the host hands the customer's latest entry in with a new
       * contact (`NewContact.recalled`): what bounds the leader's memory
       * whatever the volume. The server sets 3600 (an hour) with a Redis
       * store, which keeps the rest of the window (store/recall-store.ts).
       */
      memoryWindowSeconds: seconds.optional(),
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
      /**
       * Reason categories a "no" must give one of. Each is about the agent, a
       * policy or the product (only "no" answers about the agent count in the
       * agent's figures), and may reopen the case (the problem is not solved:
       * a follow-up for the agent who handled it). A bare id is about the
       * agent and reopens nothing. Default: see `DEFAULT_SURVEY_REASONS`.
       */
      reasons: z
        .array(z.union([idSchema, z.strictObject({ id: idSchema, about: z.enum(SURVEY_ABOUT), reopens: z.boolean().optional() })]))
        .min(1)
        .optional(),
      /** Completed contacts that may still be surveyed at most (the oldest are forgotten first). Default: no count, bounded by time and bytes. */
      keepCompleted: z.number().int().min(0).optional(),
      /** How long after it closed a contact may be surveyed. Default 7 days. */
      windowSeconds: seconds.optional(),
      /**
       * How long the core itself keeps a surveyable contact (default: the
       * survey window); shorter when a store outside the core remembers the
       * rest and the host hands it in with the answer. The server sets
       * 3600 (an hour) with a Redis store.
       */
      memoryWindowSeconds: seconds.optional(),
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
    if (q.hours !== undefined) checkHours(q, i, c.queues, problem);
    if (q.maxWait !== undefined) checkMaxWait(q, i, c.queues, problem);
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
  const seen = new Set<string>();
  (c.survey?.reasons ?? []).forEach((r, i) => {
    const id = typeof r === 'string' ? r : r.id;
    if (seen.has(id)) problem(['survey', 'reasons', i], `duplicate reason ${JSON.stringify(id)}`);
    seen.add(id);
  });
  const h = c.botHandoff;
  if (h !== undefined) {
    if (h.queueId !== undefined && !ids.has(h.queueId)) problem(['botHandoff', 'queueId'], `unknown queue ${JSON.stringify(h.queueId)}`);
    for (const [intent, r] of Object.entries(h.intents ?? {})) {
      if (r.queueId !== undefined && !ids.has(r.queueId)) problem(['botHandoff', 'intents', intent, 'queueId'], `unknown queue ${JSON.stringify(r.queueId)}`);
    }
  }
}

type QueueOutput = CoreShapeOutput['queues'][number];

/** The closed action names a queue that takes what it is sent; serving no waiting contact needs somewhere to send them. */
function checkHours(q: QueueOutput, i: number, queues: readonly QueueOutput[], problem: (path: (string | number)[], message: string) => void): void {
  const h = q.hours!;
  const path = ['queues', i, 'hours'];
  const action = h.whenClosed?.action ?? 'refuse';
  const targetId = h.whenClosed?.queueId;
  if (action === 'redirect' && targetId === undefined) problem([...path, 'whenClosed', 'queueId'], 'a redirect needs the queue to send contacts to');
  if (action === 'refuse' && targetId !== undefined) problem([...path, 'whenClosed', 'queueId'], 'only a redirect or a callback sends contacts to a queue');
  if (action === 'callback' && !q.channels.includes('voice')) problem([...path, 'whenClosed', 'action'], 'a callback needs a queue that takes voice');
  if (targetId !== undefined) {
    const target = queues.find((x) => x.id === targetId);
    if (target === undefined || target.id === q.id)
      problem([...path, 'whenClosed', 'queueId'], `must name another configured queue (not ${JSON.stringify(targetId)})`);
    else {
      const sent = q.channels.filter((ch) => !(action === 'callback' && ch === 'voice'));
      const missing = sent.filter((ch) => !target.channels.includes(ch));
      if (missing.length > 0) problem([...path, 'whenClosed', 'queueId'], `queue ${target.id} does not take ${missing.join(', ')} contacts`);
    }
  }
  if (h.serveWaitingAtClose === false && action !== 'redirect')
    problem([...path, 'serveWaitingAtClose'], 'false needs whenClosed.action "redirect" (where waiting contacts go)');
}

/** A callback or voicemail needs a queue that takes calls; a voicemail, another queue that takes email. */
function checkMaxWait(q: QueueOutput, i: number, queues: readonly QueueOutput[], problem: (path: (string | number)[], message: string) => void): void {
  const m = q.maxWait!;
  const path = ['queues', i, 'maxWait'];
  if (m.action !== 'close' && !q.channels.includes('voice')) problem([...path, 'action'], `the ${m.action} action needs a queue that takes voice`);
  if (m.action !== 'voicemail' && m.queueId !== undefined) problem([...path, 'queueId'], 'only a voicemail sends contacts to a queue');
  if (m.action !== 'close' && m.reason !== undefined) problem([...path, 'reason'], 'only a close takes a reason');
  if (m.action === 'voicemail') {
    const target = queues.find((x) => x.id === m.queueId);
    if (m.queueId === undefined) problem([...path, 'queueId'], 'a voicemail needs the queue of its email contact');
    else if (target === undefined || target.id === q.id) problem([...path, 'queueId'], `must name another configured queue (not ${JSON.stringify(m.queueId)})`);
    else if (!target.channels.includes('email')) problem([...path, 'queueId'], `queue ${target.id} does not take email contacts`);
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
