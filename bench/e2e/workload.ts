/**
 * The bench's configuration file and contacts: 5,000 agent profiles over
 * 10 voice queues, gateway limits raised so that the bench measures the
 * server, not its abuse guards (rate limit, send buffer).
 */
import { pick } from '../lib/random.js';

/** Monotonic milliseconds, the same clock (CLOCK_MONOTONIC) in every process of the machine. */
export { nowMs } from '../../test/harness/metronome.js';

export const SECRET = 'bench-e2e-secret-0123456789abcdef';

/**
 * How bench:e2e tells its child processes (and the preloads in them) where to
 * write: set by the bench for its children, not switches for a user (who
 * passes `--stall-log <dir>`).
 */
export const STALL_LOG_ENV = 'SWITCHBOARD_BENCH_STALL_LOG';
export const LOOP_PROBE_ENV = 'SWITCHBOARD_BENCH_LOOP_PROBE';
export const QUEUES = Array.from({ length: 10 }, (_, i) => `q${i}`);
const SKILLS = ['billing', 'tech', 'sales', 'retention'] as const;

export const agentId = (i: number): string => `a${i}`;
/** A queue no agent serves: the backlog a supervisor's snapshot must page through. */
export const BACKLOG_QUEUE = 'backlog';

/** Every agent serves two queues and has every skill (levels 1..5); contacts ask for one at level 1..2. */
export function benchConfig(agents: number, seededRandom: () => number): unknown {
  const profiles: Record<string, unknown> = {};
  for (let i = 0; i < agents; i++) {
    const skills: Record<string, number> = {};
    for (const s of SKILLS) skills[s] = 2 + Math.floor(seededRandom() * 4);
    profiles[agentId(i)] = {
      skills,
      languages: ['en', 'fr'],
      capacity: { voice: 1 },
      queues: [QUEUES[i % QUEUES.length], QUEUES[(i + 3) % QUEUES.length]],
    };
  }
  return {
    queues: [...QUEUES, BACKLOG_QUEUE].map((id) => ({ id, channels: ['voice'], offerTimeoutSeconds: 30, wrapUpSeconds: 120 })),
    agents: profiles,
    tokenSecret: SECRET,
    gateway: {
      ratePerSecond: 1_000_000,
      rateBurst: 1_000_000,
      // 5,000 agents connect from 127.0.0.1 within seconds.
      upgradesPerSecondPerAddress: 1_000_000,
      upgradeBurstPerAddress: 1_000_000,
      maxBufferedBytes: 64 * 1024 * 1024,
      idleTimeoutSeconds: 120,
      reconnectGraceSeconds: 5,
    },
  };
}

/** The body of one createContact; `t` (monotonic ms, intended send time) rides in the context. */
export function newContact(r: () => number, externalId: string, t: number): Record<string, unknown> {
  return {
    externalId,
    queueId: pick(r, QUEUES),
    channel: 'voice',
    language: 'en',
    skills: { [pick(r, SKILLS)]: 1 + Math.floor(r() * 2) },
    customer: { id: `cust-${externalId}` },
    context: { t },
  };
}
