/**
 * The server's configuration file (JSON): routing (the core's config),
 * agent profiles, token secret, gateway limits, and what the web pages
 * offer (away and escalation reasons) and count (the day's start).
 * One zod schema validates all of it, the routing part being the core's
 * own schema (src/core/config-schema.ts); a bad file is refused with every
 * field at fault named.
 */
import { z } from 'zod';
import { capacitySchema, checkCoreConfig, coreConfigShape, describeIssues, idSchema as id, queueSchema, type CoreConfig } from '../core/config-schema.js';
import type { AgentProfile } from '../core/model.js';
import { planDomains } from './domains.js';
import { DEFAULT_AWAY_REASONS, DEFAULT_ESCALATION_REASONS } from './reason-codes.js';

const level = z.number().int().min(1).max(5);
const capacity = capacitySchema;

/** Display names per UI language (`{ "fr": "Soutien" }`): the web pages show the reader's, else `name`. */
const labels = z.record(z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag, e.g. fr or fr-CA'), z.string().min(1).max(200));

/** A queue as the file has it: the core's queue, and its display names (for the pages, not the core). */
const queue = queueSchema.extend({ labels: labels.optional() });

const profile = z.strictObject({
  skills: z.record(id, level).default({}),
  languages: z.array(z.string().min(2).max(35)).min(1),
  capacity,
  queues: z.array(id).min(1),
});

const gateway = z.strictObject({
  /** Largest frame handled with an error reply; 4x this closes the socket. */
  maxFrameBytes: z
    .number()
    .int()
    .min(1024)
    .default(64 * 1024),
  /** A connection whose send buffer passes this is dropped. */
  maxBufferedBytes: z
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  maxHttpBodyBytes: z
    .number()
    .int()
    .min(1024)
    .default(256 * 1024),
  /** Messages per second per connection, with bursts up to `rateBurst`. */
  ratePerSecond: z.number().positive().default(100),
  rateBurst: z.number().int().positive().default(200),
  /** Open sockets in all, and per principal (an agent, integration or supervisor id): past them an upgrade gets 429. */
  maxSockets: z.number().int().positive().default(20_000),
  maxSocketsPerPrincipal: z.number().int().positive().default(16),
  /**
   * Upgrade attempts per remote address and second, with bursts (429 past
   * them, before the token is read). An office behind one NAT address
   * reconnects all at once after a restart: keep the burst above its agents.
   */
  upgradesPerSecondPerAddress: z.number().positive().default(200),
  upgradeBurstPerAddress: z.number().int().positive().default(2_000),
  /** Contacts created over HTTP per integration and second, with bursts (429 past them). */
  httpCreatesPerSecond: z.number().positive().default(100),
  httpCreateBurst: z.number().int().positive().default(200),
  /**
   * A supervisor that subscribed `batched` gets the events of this many
   * milliseconds (from the first) in one frame: a wallboard refreshes ten
   * times a second by default, and 50 of them cost the server one send each
   * per batch, not per turn of its loop. 0: a batch per turn (as soon as
   * possible). A reply never waits: the batch before it goes out first.
   */
  supervisorBatchMs: z.number().int().min(0).max(1000).default(100),
  /** Without any traffic for this long, a socket is pinged, then dropped. 0 disables. */
  idleTimeoutSeconds: z.number().min(0).default(60),
  /** How long a dropped agent may reconnect and resume before being logged out. */
  reconnectGraceSeconds: z.number().min(0).default(30),
  /**
   * Bytes the last 10,000 closed contacts may keep for retries of their
   * creation (each counted at its creation's size): past it the oldest lose
   * their context first, then are forgotten.
   */
  closedContactsMaxBytes: z
    .number()
    .int()
    .min(1024 * 1024)
    .default(64 * 1024 * 1024),
  /** Average handle time assumed for wait estimates until some contacts were handled. */
  defaultHandleSeconds: z.number().positive().default(180),
  /**
   * Events delivered to integrations kept for resume, in all (every
   * integration together): a socket that reconnects gets what it missed
   * from these; past them it gets a snapshot of its live contacts instead.
   */
  resumeMaxEvents: z.number().int().min(0).default(50_000),
  /** ...and none older than this. */
  resumeMaxAgeSeconds: z.number().min(0).default(600),
  /**
   * An integration with no socket (and no resume) for this long has its
   * contacts that no agent took yet (waiting, offered, scheduled) ended,
   * reason `integration-gone`, rather than offered to an agent with nobody
   * on the line. Contacts created over HTTP are exempt (no socket by
   * design). null: never.
   */
  integrationGraceSeconds: z.number().min(0).nullable().default(120),
  /** Mean patience assumed for wait estimates until callers have hung up; null: none assumed until some do. */
  defaultPatienceSeconds: z.number().positive().nullable().default(null),
  /**
   * Memory of the wait estimate's learnt rates (handle time, patience,
   * arrivals): samples weigh e^(-age / this). Longer is steadier (bench:ewt:
   * the error at 95 % load is 1.06x the floor with 1 h, 1.04x with 2 h, 1.03x
   * with 4 h), shorter follows a
   * change of the day sooner.
   */
  estimateMemorySeconds: z.number().positive().default(7200),
  /**
   * Several processes on one store: the routing leader moves clients, a few
   * at a time, from a process holding more than its share (by `margin`, a
   * fraction of the fair share) to the least loaded one, asking each to
   * reconnect there (close 4010, the target URL as the reason). Never an
   * agent with a contact offered or held. Off (the default): clients stay
   * where they are. Opt-in because a request sent while a client moves fails
   * with UNAVAILABLE (the SDK does not hold requests across the reconnect),
   * and a client of another SDK that ignores 4010 reconnects to its own URL,
   * perhaps the same process, and is asked to move again.
   */
  spreadClients: z
    .strictObject({
      enabled: z.boolean().default(false),
      everySeconds: z.number().positive().default(1),
      batch: z.number().int().min(1).default(2),
      margin: z.number().min(0).default(0.2),
    })
    .default(() => ({ enabled: false, everySeconds: 1, batch: 2, margin: 0.2 })),
});

const floorStats = z.strictObject({
  /**
   * Local time (HH:MM, the server's time zone) at which the wallboard's
   * counts of the day start over; null: never (counted since the server started).
   */
  dayStartsAt: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day HH:MM (00:00..23:59)')
    .nullable()
    .default('00:00'),
});

const records = z.strictObject({
  /** How long an interaction record is kept after its contact closed. Default 7 days. */
  retentionHours: z
    .number()
    .positive()
    .max(24 * 400)
    .default(7 * 24),
  /**
   * Bytes the records may hold in memory (the memory store); past it the
   * oldest are dropped first, counted by `switchboard_interaction_records_dropped_total`.
   */
  maxBytes: z
    .number()
    .int()
    .min(1024 * 1024)
    .default(256 * 1024 * 1024),
  /** Keep the text of wrap-up notes in the record (default: only whether there were notes). */
  keepNotes: z.boolean().default(false),
});

const serverShape = {
  ...coreConfigShape,
  queues: z.array(queue).min(1),
  /** Agent id -> profile used at login. */
  agents: z.record(id, profile).default({}),
  /**
   * Routing domains by name (DESIGN §7, src/config/domains.ts): each routed
   * by its own leader on its own keys. Absent: computed from the queues that
   * share agents (one group: the domain `default`). Named, every queue is in
   * exactly one, and an agent or a queue's overflow spanning two is refused.
   */
  domains: z.record(id, z.strictObject({ queues: z.array(id).min(1) })).optional(),
  /** Let an agent send its own profile at login (development, trusted desktops). */
  allowProfileAtLogin: z.boolean().default(false),
  /** HS256 secret for tokens; SWITCHBOARD_TOKEN_SECRET overrides it. */
  tokenSecret: z.string().min(16).optional(),
  /**
   * Where state lives: `memory` (default), a `redis://host:port/db` URL or
   * `redis-sentinel://host:port,host:port/master/db` (Sentinels that follow a
   * failover) or `redis-cluster://host:port,host:port` (a Redis Cluster: each
   * routing domain on the master of its hash tag); `--store` overrides it.
   */
  store: z
    .string()
    .regex(
      /^(memory|rediss?:\/\/.+|redis-sentinel:\/\/.+|redis-cluster:\/\/.+)$/,
      'store must be "memory", a redis://host:port/db URL, redis-sentinel://host:port,host:port/master/db or redis-cluster://host:port,host:port',
    )
    .optional(),
  /**
   * With Redis: acknowledge a change only once this many replicas have it
   * (`WAIT`), so that a failover loses nothing acknowledged; 0 (default)
   * acknowledges once the master has it. `--store-replicas` overrides it.
   */
  storeReplicas: z.number().int().min(0).max(16).default(0),
  /**
   * How long a change waits for `storeReplicas` replicas before it is
   * refused as `UNAVAILABLE` (ms); `--store-wait-ms` overrides it.
   */
  storeWaitMs: z.number().int().min(10).max(60_000).default(1000),
  gateway: gateway.default(() => gateway.parse({})),
  /** Codes the agent desktop offers for "away" (shown translated where the app knows them). */
  awayReasons: z
    .array(id)
    .min(1)
    .default([...DEFAULT_AWAY_REASONS]),
  /** Codes the agent desktop offers for an escalation. */
  escalationReasons: z
    .array(id)
    .min(1)
    .default([...DEFAULT_ESCALATION_REASONS]),
  /**
   * Display names of reason and disposition codes per UI language (code ->
   * `{ "fr": "Pause" }`), for codes the pages have no translation of.
   */
  reasonLabels: z.record(id, labels).default({}),
  /** The supervisor snapshot's counts of the day (see `src/gateway/floor-stats.ts`). */
  floorStats: floorStats.default(() => floorStats.parse({})),
  /** The interaction records: what happened to every contact, kept for reporting (`GET /v1/interactions`). */
  records: records.default(() => records.parse({})),
};

/**
 * The configuration file: the routing configuration (the core's schema,
 * config-schema.ts) and the server's own fields. The one description of it:
 * `SwitchboardConfig` is inferred from it.
 */
export const configSchema = z.strictObject(serverShape).superRefine((c, ctx) => {
  checkCoreConfig(c, ctx);
  const queueIds = new Set(c.queues.map((q) => q.id));
  for (const [agentId, p] of Object.entries(c.agents)) {
    p.queues.forEach((q, i) => {
      if (!queueIds.has(q)) ctx.addIssue({ code: 'custom', path: ['agents', agentId, 'queues', i], message: `unknown queue ${JSON.stringify(q)}` });
    });
  }
  for (const p of planDomains({ queues: c.queues, agents: Object.entries(c.agents), domains: c.domains }).problems)
    ctx.addIssue({ code: 'custom', path: [...p.path], message: p.message });
});

export type GatewaySettings = z.output<typeof gateway>;
export type RecordSettings = z.output<typeof records>;

type FileConfig = z.output<typeof configSchema>;

/**
 * A validated configuration: the file's fields (defaults filled in) with the
 * routing ones gathered under `core` (what the router compiles) and the
 * agent profiles in a map.
 */
export type SwitchboardConfig = Readonly<Omit<FileConfig, keyof typeof coreConfigShape | 'agents'>> & {
  readonly core: CoreConfig;
  readonly agents: ReadonlyMap<string, AgentProfile>;
  /** Queue id -> display names per UI language (config `queues[].labels`). */
  readonly queueLabels: ReadonlyMap<string, Readonly<Record<string, string>>>;
};

/** A configuration that failed validation; `message` lists every problem with its field. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Where the parsed file has a `__proto__` key (JSON.parse keeps it as a
 * key): a schema's record would drop it without a word, e.g. a skill named
 * so, which must be refused instead.
 */
function protoKeys(v: unknown, path: string): string[] {
  if (typeof v !== 'object' || v === null) return [];
  const out: string[] = [];
  for (const k of Object.keys(v)) {
    const at = path === '' ? k : `${path}.${k}`;
    if (k === '__proto__') out.push(path === '' ? '(root)' : path);
    else out.push(...protoKeys((v as Record<string, unknown>)[k], at));
  }
  return out;
}

/** Validates a parsed configuration file. Throws `ConfigError` naming every field at fault. */
export function parseConfig(input: unknown): SwitchboardConfig {
  const proto = protoKeys(input, '');
  if (proto.length > 0) throw new ConfigError(proto.map((path) => `${path}: "__proto__" cannot be a name (a skill, queue or agent id)`));
  const r = configSchema.safeParse(input);
  if (!r.success) throw new ConfigError(describeIssues(r.error, input));
  const { queues, tiers, missedOffersLimit, capacityRules, history, botHandoff, survey, agents, ...server } = r.data;
  // Labels are for the pages, not the routing core.
  const queueLabels = new Map<string, Record<string, string>>();
  for (const q of queues) if (q.labels !== undefined) queueLabels.set(q.id, q.labels);
  // The routing part as plain JSON (no undefined members): it is compiled by the router, and sent to worker threads.
  const core = JSON.parse(
    JSON.stringify({ queues: queues.map(({ labels: _labels, ...q }) => q), tiers, missedOffersLimit, capacityRules, history, botHandoff, survey }),
  ) as CoreConfig;
  return { ...server, core, queueLabels, agents: new Map(Object.entries(agents)) };
}
