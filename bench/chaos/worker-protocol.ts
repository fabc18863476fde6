/** Messages between `chaos-bench.ts` and its agent workers (`agent-worker.ts`), over the fork IPC channel. */
import type { Reconnect } from '../../test/harness/cluster-workload.js';

export interface StartAgents {
  readonly type: 'start';
  readonly urls: readonly string[];
  readonly secret: string;
  readonly agents: readonly { readonly id: string; readonly home: number }[];
  /** Talk time, uniform in [min, max] ms. */
  readonly handleMinMs: number;
  readonly handleMaxMs: number;
}

export interface Finish {
  readonly type: 'finish';
}

export type ToWorker = StartAgents | Finish;

export interface WorkerReport {
  /** `contactId:agentId` of every offer received. */
  readonly received: readonly string[];
  readonly reconnects: readonly Reconnect[];
  readonly failedRequests: number;
  /** The last lifecycle errors, for the reader. */
  readonly log: readonly string[];
  /** CPU seconds (user + system) and wall seconds since the agents were logged in. */
  readonly cpuSeconds: number;
  readonly wallSeconds: number;
  /** Event-loop delay while running (ms). */
  readonly loopDelayP99Ms: number;
  readonly loopDelayMaxMs: number;
}

export type FromWorker =
  { readonly type: 'ready'; readonly loginMs: number } | ({ readonly type: 'done' } & WorkerReport) | { readonly type: 'error'; readonly message: string };
