/**
 * The scenario file of `switchboard simulate` (JSON): the day, the arrivals
 * (rates per interval or a trace), handle, wrap-up and patience
 * distributions, callbacks and redials, and the agents' shifts and
 * behaviour. Validated with zod, then against the server's configuration (the
 * queues, channels, tiers and agent profiles it names must exist there); a
 * bad file is refused with every field at fault named, as `parseConfig`
 * does for the configuration. README.md, "Simulating a day", documents it.
 */
import { z } from 'zod';
import type { SwitchboardConfig } from '../config/schema.js';
import { isLanguageTag } from '../core/language.js';
import { CHANNELS, type AgentProfile, type Channel } from '../core/model.js';
import { parseTrace, type TraceRecord } from './trace-format.js';

const id = z.string().regex(/^[A-Za-z0-9._:@-]{1,128}$/, 'must be an id of 1..128 letters, digits or . _ - : @');
const channel = z.enum(CHANNELS);
const level = z.number().int().min(1).max(5);
const nonNeg = z.number().min(0).finite();
const positive = z.number().positive().finite();
const probability = z.number().min(0).max(1);
const languageTag = z.string().refine(isLanguageTag, 'must be a language tag such as en, fr or fr-CA');

/** A time of day "HH:MM" or "HH:MM:SS"; hours may pass 24 (a night shift, a long stationary run). */
const timeOfDay = z.string().regex(/^\d{1,5}:[0-5]\d(:[0-5]\d(\.\d+)?)?$/, 'must be a time of day HH:MM or HH:MM:SS');

/** Milliseconds since midnight of a validated "HH:MM[:SS]". */
export function parseTimeOfDay(s: string): number {
  const [h, m, sec] = s.split(':');
  return ((Number(h) * 60 + Number(m)) * 60 + Number(sec ?? 0)) * 1000;
}

/** "HH:MM" (or "HH:MM:SS" when not on a minute) of milliseconds since midnight. */
export function formatTimeOfDay(ms: number): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const hm = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  return s === 0 ? hm : `${hm}:${String(s).padStart(2, '0')}`;
}

/** A duration in seconds. `empirical` takes its values inline or from a file (one number a line, or a CSV column). */
const distribution = z.discriminatedUnion('dist', [
  z.strictObject({ dist: z.literal('exponential'), mean: positive }),
  z.strictObject({ dist: z.literal('lognormal'), mean: positive, sd: nonNeg }),
  z.strictObject({ dist: z.literal('fixed'), value: nonNeg }),
  z.strictObject({ dist: z.literal('uniform'), min: nonNeg, max: nonNeg }).refine((d) => d.min <= d.max, { message: 'min must be <= max', path: ['max'] }),
  z
    .strictObject({
      dist: z.literal('empirical'),
      values: z.array(nonNeg).min(1).optional(),
      file: z.string().min(1).optional(),
      column: z.string().optional(),
    })
    .refine((d) => (d.values === undefined) !== (d.file === undefined), { message: 'give either values or file' }),
]);
export type DistributionSpec = z.output<typeof distribution>;

const patience = z.union([z.literal('none'), distribution]);
/** Either one value, or shares of several (`{"standard": 0.7, "prime": 0.3}`), drawn per contact. */
const mix = <T extends z.ZodType<string>>(one: T) =>
  z.union([one, z.record(z.string(), positive).refine((m) => Object.keys(m).length > 0, 'list at least one')]);

const callback = z.strictObject({
  /** After this long in line, a caller who would take a callback asks for one (virtual hold). */
  afterSeconds: nonNeg,
  /** Share of callers who take the callback when offered it. */
  probability,
  /** Chance the customer answers a dial attempt. Default 1. */
  reachProbability: probability.default(1),
});

const redial = z.strictObject({
  /** Share of customers who abandoned and call again. */
  probability,
  /** How long after abandoning. */
  after: distribution,
});

const behaviour = {
  handle: distribution.optional(),
  /** Agent's wrap-up (ACW). Default: the queue's `wrapUpSeconds` (its time box, or the time taken where there is none). */
  wrapUp: distribution.optional(),
  patience: patience.optional(),
  callback: callback.optional(),
  redial: redial.optional(),
};

const stream = z
  .strictObject({
    /** A label for messages; default queue/channel. */
    name: z.string().max(100).optional(),
    queue: id,
    channel,
    language: mix(languageTag).default('en'),
    tier: mix(id).default('standard'),
    skills: z.record(id, level).optional(),
    priority: z.number().int().min(0).max(1000).optional(),
    /** A chatbot hands these chats over (the config's `botHandoff` rules apply). */
    handoff: z.strictObject({ intent: id.optional() }).optional(),
    /** Expected contacts in each interval of the day (non-homogeneous Poisson). */
    volumes: z.array(nonNeg).optional(),
    /** Or: a constant rate, contacts an hour, all day. */
    perHour: nonNeg.optional(),
    /** Customers drawn from a pool of this size (repeat contacts, last-agent routing); default: a new customer each. */
    customers: z.number().int().positive().optional(),
    ...behaviour,
  })
  .refine((s) => (s.volumes === undefined) !== (s.perHour === undefined), { message: 'give either volumes (per interval) or perHour' });

const profile = z.strictObject({
  skills: z.record(id, level).default({}),
  languages: z.array(languageTag).min(1),
  capacity: z.partialRecord(channel, z.number().int().min(0).max(100)),
  queues: z.array(id).min(1),
});

const breakSpec = z.strictObject({
  at: timeOfDay,
  minutes: positive,
  /** Spread the group's break starts evenly over this many minutes (0: everyone at once). */
  spreadMinutes: nonNeg.default(0),
});

const agentGroup = z
  .strictObject({
    group: id,
    count: z.number().int().min(0).max(100_000),
    /** A profile of the configuration's `agents` by name, or one given here. */
    profile: z.union([id, profile]),
    /** Default: the whole day. */
    shift: z.strictObject({ start: timeOfDay, end: timeOfDay, breaks: z.array(breakSpec).default([]) }).optional(),
    /** Chance an offer is rejected / left to ring out. */
    rejectProbability: probability.default(0),
    missProbability: probability.default(0),
    /** Time to accept or reject an offer. Default 0 (at once). */
    ring: distribution.optional(),
    /** How long an agent the router set away for missed offers stays away. */
    awayAfterMissedSeconds: nonNeg.default(60),
  })
  .refine((g) => g.rejectProbability + g.missProbability <= 1, { message: 'rejectProbability + missProbability must be <= 1', path: ['missProbability'] });

export const scenarioSchema = z
  .strictObject({
    name: z.string().max(200).optional(),
    description: z.string().max(4000).optional(),
    day: z
      .strictObject({
        start: timeOfDay.default('08:00'),
        end: timeOfDay,
        intervalMinutes: positive.default(30),
        /** Contacts arriving before start + warm-up are routed but not counted (a stationary run starting empty). */
        warmupMinutes: nonNeg.default(0),
      })
      .refine((d) => parseTimeOfDay(d.end) > parseTimeOfDay(d.start), { message: 'end must be after start', path: ['end'] }),
    /** Defaults for every stream and trace record. */
    defaults: z.strictObject(behaviour).optional(),
    arrivals: z.array(stream).default([]),
    /** Contacts replayed from a file (CSV or NDJSON; README.md, "Trace format"). */
    trace: z
      .strictObject({
        file: z.string().min(1),
        format: z.enum(['csv', 'ndjson']).optional(),
      })
      .optional(),
    agents: z.array(agentGroup).min(1),
  })
  .refine((s) => s.arrivals.length > 0 || s.trace !== undefined, { message: 'give arrivals or a trace', path: ['arrivals'] });

type RawScenario = z.output<typeof scenarioSchema>;
type RawStream = z.output<typeof stream>;

export interface Behaviour {
  readonly handle: DistributionSpec;
  readonly wrapUp: DistributionSpec | null;
  readonly patience: DistributionSpec | 'none';
  readonly callback: z.output<typeof callback> | null;
  readonly redial: z.output<typeof redial> | null;
}

/** One arrival stream, validated against the configuration. Times in ms since midnight. */
export interface StreamSpec extends Behaviour {
  readonly name: string;
  readonly queue: string;
  readonly channel: Channel;
  /** [value, share] pairs, shares summing to 1. */
  readonly language: readonly (readonly [string, number])[];
  readonly tier: readonly (readonly [string, number])[];
  readonly skills: Readonly<Record<string, number>>;
  readonly priority: number | undefined;
  readonly handoff: { readonly intent: string | undefined } | undefined;
  /** Expected contacts per interval of the day. */
  readonly volumes: readonly number[];
  readonly customers: number | undefined;
}

export interface BreakSpec {
  readonly atMs: number;
  readonly durationMs: number;
  readonly spreadMs: number;
}

export interface AgentGroupSpec {
  readonly group: string;
  readonly count: number;
  readonly profile: AgentProfile;
  readonly startMs: number;
  readonly endMs: number;
  readonly breaks: readonly BreakSpec[];
  readonly rejectProbability: number;
  readonly missProbability: number;
  readonly ring: DistributionSpec | null;
  readonly awayAfterMissedMs: number;
}

/** A validated scenario, files loaded: what `simulate` takes. Plain data. */
export interface Scenario {
  readonly name: string;
  readonly day: { readonly startMs: number; readonly endMs: number; readonly intervalMs: number; readonly warmupMs: number };
  readonly streams: readonly StreamSpec[];
  /** Replayed contacts, in arrival order; their missing fields come from `traceDefaults`. */
  readonly trace: readonly TraceRecord[];
  readonly traceDefaults: Behaviour;
  readonly agents: readonly AgentGroupSpec[];
}

/** A scenario that failed validation; `message` lists every problem with its field. */
export class ScenarioError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid scenario:\n  ${problems.join('\n  ')}`);
    this.name = 'ScenarioError';
  }
}

export interface ParseScenarioOptions {
  /** Reads a file the scenario names (trace, empirical values), relative to the scenario; the CLI passes one, a library caller may. */
  readonly readFile?: (path: string) => string;
}

const DEFAULT_HANDLE: DistributionSpec = { dist: 'exponential', mean: 300 };

/**
 * Validates a parsed scenario file against a validated configuration.
 * Throws `ScenarioError` naming every field at fault.
 */
export function parseScenario(input: unknown, config: SwitchboardConfig, options: ParseScenarioOptions = {}): Scenario {
  const r = scenarioSchema.safeParse(input);
  if (!r.success) throw new ScenarioError(r.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`));
  const raw = r.data;
  const problems: string[] = [];
  const load = (where: string, file: string): string | undefined => {
    if (options.readFile === undefined) {
      problems.push(`${where}: files cannot be read here (give the values inline)`);
      return undefined;
    }
    try {
      return options.readFile(file);
    } catch (e) {
      problems.push(`${where}: cannot read ${file}: ${(e as Error).message}`);
      return undefined;
    }
  };
  const resolveDist = <D extends DistributionSpec | 'none' | null>(where: string, d: D): D => {
    if (d === null || d === 'none') return d;
    const spec = d as DistributionSpec;
    if (spec.dist !== 'empirical' || spec.values !== undefined) return d;
    const text = load(`${where}.file`, spec.file!);
    const values = text === undefined ? [0] : readColumn(text, spec.column);
    if (typeof values === 'string') problems.push(`${where}.file: ${values}`);
    return { ...spec, values: typeof values === 'string' ? [0] : values } as D;
  };

  const day = {
    startMs: parseTimeOfDay(raw.day.start),
    endMs: parseTimeOfDay(raw.day.end),
    intervalMs: raw.day.intervalMinutes * 60_000,
    warmupMs: raw.day.warmupMinutes * 60_000,
  };
  const intervals = Math.ceil((day.endMs - day.startMs) / day.intervalMs);
  const queues = new Map(config.core.queues.map((q) => [q.id, q]));
  const tiers = new Set(['standard', ...Object.keys(config.core.tiers ?? {})]);

  const d = raw.defaults ?? {};
  const behaviourOf = (where: string, b: Partial<Record<keyof typeof behaviour, unknown>>): Behaviour => ({
    handle: resolveDist(`${where}.handle`, (b.handle ?? d.handle ?? DEFAULT_HANDLE) as DistributionSpec),
    wrapUp: resolveDist(`${where}.wrapUp`, (b.wrapUp ?? d.wrapUp ?? null) as DistributionSpec | null),
    patience: resolveDist(`${where}.patience`, (b.patience ?? d.patience ?? 'none') as DistributionSpec | 'none'),
    callback: (b.callback ?? d.callback ?? null) as Behaviour['callback'],
    redial: (b.redial ?? d.redial ?? null) as Behaviour['redial'],
  });

  const checkContactShape = (where: string, queue: string, ch: Channel, tiersUsed: readonly string[], handoff: boolean, callbackSet: boolean): void => {
    const q = queues.get(queue);
    if (q === undefined) problems.push(`${where}.queue: unknown queue ${JSON.stringify(queue)} (the config has ${[...queues.keys()].join(', ')})`);
    else if (!q.channels.includes(ch)) problems.push(`${where}.channel: queue ${queue} does not take ${ch} contacts`);
    for (const t of tiersUsed) if (!tiers.has(t)) problems.push(`${where}.tier: unknown tier ${JSON.stringify(t)} (the config has ${[...tiers].join(', ')})`);
    if (handoff && ch !== 'chat') problems.push(`${where}.handoff: a bot hand-off is a chat (channel must be chat)`);
    if (callbackSet && ch !== 'voice') problems.push(`${where}.callback: only callers (voice) can be called back`);
  };

  const streams = raw.arrivals.map((s: RawStream, i): StreamSpec => {
    const where = `arrivals.${i}`;
    const language = shares(s.language);
    const tier = shares(s.tier);
    const b = behaviourOf(where, s);
    checkContactShape(
      where,
      s.queue,
      s.channel,
      tier.map(([t]) => t),
      s.handoff !== undefined,
      s.callback !== undefined,
    );
    let volumes: number[];
    if (s.volumes !== undefined) {
      if (s.volumes.length !== intervals) problems.push(`${where}.volumes: ${s.volumes.length} values for ${intervals} intervals of the day`);
      volumes = s.volumes;
    } else {
      volumes = [];
      for (let k = 0; k < intervals; k++) {
        const from = day.startMs + k * day.intervalMs;
        const to = Math.min(day.endMs, from + day.intervalMs);
        volumes.push((s.perHour! * (to - from)) / 3_600_000);
      }
    }
    return {
      name: s.name ?? `${s.queue}/${s.channel}`,
      queue: s.queue,
      channel: s.channel,
      language,
      tier,
      skills: s.skills ?? {},
      priority: s.priority,
      handoff: s.handoff === undefined ? undefined : { intent: s.handoff.intent },
      volumes,
      customers: s.customers,
      ...b,
      // A default callback applies to callers only.
      callback: s.channel === 'voice' ? b.callback : null,
    };
  });

  const traceDefaults = behaviourOf('defaults', {});
  let trace: TraceRecord[] = [];
  if (raw.trace !== undefined) {
    const text = load('trace.file', raw.trace.file);
    if (text !== undefined) {
      const format = raw.trace.format ?? (/\.(nd)?jsonl?$/i.test(raw.trace.file) ? 'ndjson' : 'csv');
      const parsed = parseTrace(text, format, day.startMs);
      if (parsed.problems.length > 0) problems.push(...parsed.problems.slice(0, 20).map((p) => `trace.file: ${p}`));
      trace = parsed.records;
      trace.forEach((t) => {
        if (problems.length < 20) checkContactShape(`trace.file: record ${t.line}`, t.queue, t.channel, [t.tier], t.intent !== undefined, false);
      });
    }
  }

  const groups = new Set<string>();
  const agents = raw.agents.map((g: RawScenario['agents'][number], i): AgentGroupSpec => {
    const where = `agents.${i}`;
    if (groups.has(g.group)) problems.push(`${where}.group: duplicate group ${JSON.stringify(g.group)}`);
    groups.add(g.group);
    let p: AgentProfile | undefined;
    if (typeof g.profile === 'string') {
      p = config.agents.get(g.profile);
      if (p === undefined)
        problems.push(
          `${where}.profile: no agent profile ${JSON.stringify(g.profile)} in the config (it has ${[...config.agents.keys()].join(', ') || 'none'})`,
        );
    } else {
      p = g.profile;
      g.profile.queues.forEach((q, k) => {
        if (!queues.has(q)) problems.push(`${where}.profile.queues.${k}: unknown queue ${JSON.stringify(q)}`);
      });
    }
    const startMs = g.shift === undefined ? day.startMs : parseTimeOfDay(g.shift.start);
    const endMs = g.shift === undefined ? day.endMs : parseTimeOfDay(g.shift.end);
    if (endMs <= startMs) problems.push(`${where}.shift.end: must be after the shift's start`);
    const breaks = (g.shift?.breaks ?? []).map((b, k) => {
      const atMs = parseTimeOfDay(b.at);
      if (atMs < startMs || atMs >= endMs) problems.push(`${where}.shift.breaks.${k}.at: ${b.at} is outside the shift`);
      return { atMs, durationMs: b.minutes * 60_000, spreadMs: b.spreadMinutes * 60_000 };
    });
    return {
      group: g.group,
      count: g.count,
      profile: p ?? { skills: {}, languages: ['en'], capacity: {}, queues: [] },
      startMs,
      endMs,
      breaks,
      rejectProbability: g.rejectProbability,
      missProbability: g.missProbability,
      ring: g.ring === undefined ? null : resolveDist(`${where}.ring`, g.ring),
      awayAfterMissedMs: g.awayAfterMissedSeconds * 1000,
    };
  });
  if (problems.length > 0) throw new ScenarioError(problems);
  return { name: raw.name ?? 'scenario', day, streams, trace, traceDefaults, agents };
}

/** [value, share] pairs from one value or a share map, shares normalised to sum 1. */
function shares(m: string | Record<string, number>): [string, number][] {
  if (typeof m === 'string') return [[m, 1]];
  const total = Object.values(m).reduce((s, x) => s + x, 0);
  return Object.entries(m).map(([k, v]) => [k, v / total]);
}

/** Numbers from a file: one a line, or the named column of a CSV with a header. */
function readColumn(text: string, column: string | undefined): number[] | string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  let col = 0;
  if (column !== undefined) {
    const header = (lines.shift() ?? '').split(',').map((h) => h.trim());
    col = header.indexOf(column);
    if (col < 0) return `no column ${JSON.stringify(column)} in the header (${header.join(', ')})`;
  } else if (lines.length > 0 && Number.isNaN(Number(lines[0]!.split(',')[0]))) {
    lines.shift();
  }
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const v = Number(lines[i]!.split(',')[col]);
    if (!Number.isFinite(v) || v < 0) return `line ${i + 1}: ${JSON.stringify(lines[i])} is not a duration in seconds`;
    out.push(v);
  }
  if (out.length === 0) return 'no values';
  return out;
}
