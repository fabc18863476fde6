/**
 * Per-connection state: who is on the other end, their encoding, the event
 * sequence, the rate limiter; for agents, the agent session it drives.
 */
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import type { Encoding, Request, Role } from '../protocol/messages.js';
import type { Connection } from './transport.js';

/**
 * An agent's session outlives its sockets: when the socket drops, the agent
 * stays logged in (away, "disconnected") for the grace period, and a new
 * socket that logs in as the same agent takes it over.
 */
export interface AgentSession {
  readonly agentId: string;
  /** The socket driving it, or null while disconnected (within grace). */
  socket: Session | null;
  grace: NodeJS.Timeout | undefined;
  /** Presence before the drop, restored on resume. */
  before: { readonly presence: 'available' | 'away'; readonly reason: string | null } | undefined;
}

/** Token bucket: `burst` messages at once, refilled at `perSecond`. */
export class RateLimiter {
  #tokens: number;
  #last: number;
  /** Messages refused since the last one let through. */
  refusedInRow = 0;

  constructor(
    readonly perSecond: number,
    readonly burst: number,
  ) {
    this.#tokens = burst;
    this.#last = performance.now();
  }

  /** Full again: nothing taken for a while (a map of limiters may forget it). */
  get idle(): boolean {
    return this.#tokens + ((performance.now() - this.#last) / 1000) * this.perSecond >= this.burst;
  }

  take(): boolean {
    const now = performance.now();
    this.#tokens = Math.min(this.burst, this.#tokens + ((now - this.#last) / 1000) * this.perSecond);
    this.#last = now;
    if (this.#tokens >= 1) {
      this.#tokens -= 1;
      this.refusedInRow = 0;
      return true;
    }
    this.refusedInRow++;
    return false;
  }
}

export class Session {
  /** Sequence number of the last event sent. */
  seq = 0;
  open = true;
  /** Agent connections: the agent session this socket drives, once logged in. */
  agent: AgentSession | null = null;
  /** Supervisor connections: receiving the live stream. */
  subscribed = false;
  /** Subscribed supervisors: events come in `EventBatch` frames (see `SupervisorFeed`). */
  batched = false;
  /** Closes the socket when its token expires. */
  expiry: NodeJS.Timeout | undefined;
  /**
   * While a request waits for a look-up (recall-flow.ts), the requests that
   * came after it, to run in order once it ran; null when none waits.
   */
  waiting: Request[] | null = null;

  constructor(
    readonly conn: Connection,
    readonly role: Role,
    /** The token's subject: agent id, integration id or supervisor id. */
    readonly principal: string,
    readonly encoding: Encoding,
    readonly limiter: RateLimiter,
    /** This connection's logger (bindings: connId, role, principal). */
    readonly log: Logger,
  ) {}
}
