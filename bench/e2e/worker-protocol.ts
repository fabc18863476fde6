/** Commands the bench sends its client processes over IPC, and their results. */

export interface Counters {
  /** Frames the clients sent and received. */
  framesOut: number;
  framesIn: number;
  /** Error replies, failed connections, unexpected closes. */
  errors: number;
  /** The process's own event-loop delay since the last `stats`, ms (1-ms resolution). */
  loopP99Ms: number;
  loopMaxMs: number;
}

export type Command =
  | { type: 'connectAgents'; url: string; from: number; to: number }
  | { type: 'connectIntegration'; url: string; id: string }
  /**
   * Supervisor wallboards: `count` sockets that subscribe to every event
   * (frames counted, not parsed), walking the snapshot's pages; with
   * `resubscribeEveryMs`, the first subscribes again that often, each time
   * walking every page as the SDK does.
   */
  | { type: 'connectSupervisors'; url: string; count: number; batched: boolean; resubscribeEveryMs?: number }
  /** Integration: open-loop Poisson creates at `rate` per second for `seconds`. */
  | { type: 'run'; rate: number; seconds: number; seed: number; tag: string }
  /** Integration: wait until every created contact was offered (or `timeoutMs`), then classify the rest. */
  | { type: 'settle'; timeoutMs: number }
  /** Integration: `count` creates, `window` in flight, as fast as the server answers. */
  | { type: 'fill'; count: number; window: number }
  /** Integration: `count` contacts with `contextBytes` of context in the queue no agent serves (not tracked). */
  | { type: 'backlog'; count: number; contextBytes: number; window: number }
  /**
   * Closed-loop request/reply for `seconds`: `connections` sockets (the agent
   * sockets already open when `url` is null, else new ones to `url`), each
   * with `window` pings in flight. Same frame either way.
   */
  | { type: 'saturate'; url: string | null; connections: number; window: number; seconds: number }
  /** Counters since the last `stats`, then zeroed. */
  | { type: 'stats' }
  | { type: 'close' };

export interface AgentStats extends Counters {
  /** Offer latencies (created at the intended send time -> offer frame read), ms. */
  offerMs: number[];
  offers: number;
  completed: number;
}

export interface IntegrationStats extends Counters {
  created: number;
  /** created (intended send time) -> contactOffered event at the integration, ms. */
  assignMs: number[];
  /** Actual send time - intended send time, ms (the client's own scheduling delay). */
  lateMs: number[];
}

/** What the re-subscribing supervisor saw: snapshots walked and their pages. */
export interface SupervisorStats extends Counters {
  snapshots: number;
  pages: number;
  /** Subscribe to last page, ms, per snapshot walked. */
  walkMs: number[];
}

export interface SettleResult {
  created: number;
  offered: number;
  waiting: number;
  lost: number;
}

export interface SaturateResult {
  replies: number;
  seconds: number;
  frameBytes: number;
}

export type Reply = { seq: number; ok: true; result: unknown } | { seq: number; ok: false; error: string };
