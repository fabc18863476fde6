/**
 * The server's configuration file (JSON): routing (the core's config),
 * agent profiles, token secret, gateway limits, and what the web pages
 * offer (away and escalation reasons) and count (the day's start).
 * Validated with zod, then by the core's own compiler; a bad file is
 * refused with the field named.
 */
import { z } from 'zod';
import { compileConfig } from '../core/queue-config.js';
import { SwitchboardError } from '../core/errors.js';
import { CHANNELS, STRATEGIES, WRAP_UP_MODES, type AgentProfile, type CoreConfig } from '../core/model.js';
import { DEFAULT_AWAY_REASONS, DEFAULT_ESCALATION_REASONS } from './reason-codes.js';

const id = z.string().regex(/^[A-Za-z0-9._:@-]{1,128}$/, 'must be an id of 1..128 letters, digits or . _ - : @');
const channel = z.enum(CHANNELS);
const capacity = z.partialRecord(channel, z.number().int().min(0).max(100));
const level = z.number().int().min(1).max(5);

const step = z.strictObject({
  afterSeconds: z.number().min(0),
  maxLevel: level.optional(),
  languageMatch: z.literal('primary').optional(),
  overflowTo: z.array(id).optional(),
  skipIfUnserved: z.boolean().optional(),
});

const queue = z.strictObject({
  id,
  name: z.string().max(200).optional(),
  channels: z.array(channel).min(1),
  defaultPriority: z.number().int().min(0).max(1000).optional(),
  serviceLevel: z.strictObject({ thresholdSeconds: z.number().min(0), target: z.number().min(0).max(1) }).optional(),
  offerTimeoutSeconds: z.number().positive().optional(),
  wrapUpSeconds: z.number().min(0).optional(),
  autoAccept: z.boolean().optional(),
  strategy: z.enum(STRATEGIES).optional(),
  preferenceWindowSeconds: z.number().min(0).optional(),
  languageMatch: z.enum(['exact', 'primary']).optional(),
  skipIfUnserved: z.boolean().optional(),
  steps: z.array(step).optional(),
  maxWaiting: capacity.optional(),
  whenFullOverflowTo: id.optional(),
  wrapUpMode: z.enum(WRAP_UP_MODES).optional(),
  dispositions: z.array(id).optional(),
  lastAgentRouting: z.boolean().optional(),
  transferWindowSeconds: z.number().min(0).optional(),
  callbackRetrySeconds: z.number().min(0).optional(),
  callbackMaxAttempts: z.number().int().min(1).max(100).optional(),
  followUpWindowSeconds: z.number().min(0).optional(),
  escalateTo: id.optional(),
});

const history = z.strictObject({
  perCustomer: z.number().int().min(0).max(1000).optional(),
  maxEntries: z.number().int().min(0).optional(),
  fcrWindowSeconds: z.number().min(0).optional(),
});

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
  /** Without any traffic for this long, a socket is pinged, then dropped. 0 disables. */
  idleTimeoutSeconds: z.number().min(0).default(60),
  /** How long a dropped agent may reconnect and resume before being logged out. */
  reconnectGraceSeconds: z.number().min(0).default(30),
  /** Average handle time assumed for wait estimates until some contacts were handled. */
  defaultHandleSeconds: z.number().positive().default(180),
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

export const configSchema = z.strictObject({
  queues: z.array(queue).min(1),
  tiers: z.record(id, z.strictObject({ bonusSeconds: z.number().min(0) })).optional(),
  missedOffersLimit: z.number().int().min(1).optional(),
  capacityRules: z.strictObject({ exclusive: z.array(channel).optional(), interruptible: z.array(channel).optional() }).optional(),
  history: history.optional(),
  botHandoff: z
    .strictObject({
      queueId: id.optional(),
      priority: z.number().int().min(0).max(1000).optional(),
      intents: z.record(id, z.strictObject({ queueId: id.optional(), priority: z.number().int().min(0).max(1000).optional() })).optional(),
    })
    .optional(),
  survey: z.strictObject({ reasons: z.array(id).min(1).optional(), keepCompleted: z.number().int().min(0).optional() }).optional(),
  /** Agent id -> profile used at login. */
  agents: z.record(id, profile).default({}),
  /** Let an agent send its own profile at login (development, trusted desktops). */
  allowProfileAtLogin: z.boolean().default(false),
  /** HS256 secret for tokens; SWITCHBOARD_TOKEN_SECRET overrides it. */
  tokenSecret: z.string().min(16).optional(),
  /** Where state lives: `memory` (default) or a `redis://host:port/db` URL; `--store` overrides it. */
  store: z
    .string()
    .regex(/^(memory|rediss?:\/\/.+)$/, 'store must be "memory" or a redis:// URL')
    .optional(),
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
  /** The supervisor snapshot's counts of the day (see `src/gateway/floor-stats.ts`). */
  floorStats: floorStats.default(() => floorStats.parse({})),
});

export type GatewaySettings = z.output<typeof gateway>;

/** A validated configuration. */
export interface SwitchboardConfig {
  readonly core: CoreConfig;
  readonly agents: ReadonlyMap<string, AgentProfile>;
  readonly allowProfileAtLogin: boolean;
  readonly tokenSecret: string | undefined;
  /** `memory` or a Redis URL; undefined: the default (memory, unless `--store` says otherwise). */
  readonly store: string | undefined;
  readonly gateway: GatewaySettings;
  readonly awayReasons: readonly string[];
  readonly escalationReasons: readonly string[];
  readonly floorStats: { readonly dayStartsAt: string | null };
}

/** A configuration that failed validation; `message` lists every problem with its field. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Validates a parsed configuration file. Throws `ConfigError` naming the fields at fault. */
export function parseConfig(input: unknown): SwitchboardConfig {
  const r = configSchema.safeParse(input);
  if (!r.success) {
    throw new ConfigError(r.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`));
  }
  const c = r.data;
  const core = JSON.parse(
    JSON.stringify({
      queues: c.queues,
      tiers: c.tiers,
      missedOffersLimit: c.missedOffersLimit,
      capacityRules: c.capacityRules,
      history: c.history,
      botHandoff: c.botHandoff,
      survey: c.survey,
    }),
  ) as CoreConfig;
  try {
    compileConfig(core);
  } catch (e) {
    if (e instanceof SwitchboardError) throw new ConfigError([e.message]);
    throw e;
  }
  const queueIds = new Set(c.queues.map((q) => q.id));
  const problems: string[] = [];
  const agents = new Map<string, AgentProfile>();
  for (const [agentId, p] of Object.entries(c.agents)) {
    p.queues.forEach((q, i) => {
      if (!queueIds.has(q)) problems.push(`agents.${agentId}.queues.${i}: unknown queue ${JSON.stringify(q)}`);
    });
    agents.set(agentId, { skills: p.skills, languages: p.languages, capacity: p.capacity, queues: p.queues });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    core,
    agents,
    allowProfileAtLogin: c.allowProfileAtLogin,
    tokenSecret: c.tokenSecret,
    store: c.store,
    gateway: c.gateway,
    awayReasons: c.awayReasons,
    escalationReasons: c.escalationReasons,
    floorStats: c.floorStats,
  };
}
