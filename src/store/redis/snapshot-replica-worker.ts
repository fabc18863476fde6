/**
 * The compactions' worker thread (see `snapshot-replica.ts`): it keeps its
 * own copy of the routing state by applying every append the store writes,
 * and on request serializes that copy and writes it to Redis in parts, on its
 * own connection, fenced like every write. The routing thread never stops
 * for a snapshot, however large the day's history has grown.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { openRedis } from './connect.js';
import { compileConfig, type CoreConfig, type CoreEvent, type CoreSnapshot } from '../../core/index.js';
import { RoutingState } from '../../core/routing-state.js';
import { EMPTY_SNAPSHOT } from '../routing-store.js';
import type { ReplicaReply, ReplicaRequest, ReplicaSetup } from './snapshot-replica.js';
import { evalScript, SNAPSHOT_PART } from './scripts.js';

const setup = workerData as ReplicaSetup;
const config = compileConfig(setup.config as CoreConfig);
const port = parentPort!;
const reply = (r: ReplicaReply): void => port.postMessage(r);

let state: RoutingState | null = null;
/** The last append applied (the replica is the stored state at this append). */
let head = 0;
/** Why the replica cannot be used until the next reset, if it cannot. */
let broken: string | null = 'not loaded yet';

const redis = openRedis(setup.url, {
  enableOfflineQueue: true,
  maxRetriesPerRequest: 0,
  autoResendUnfulfilledCommands: false,
  connectTimeout: 2000,
  disableClientInfo: true,
  connectionName: 'switchboard:compaction',
  retryStrategy: (times) => Math.min(1000, 50 * 2 ** Math.min(times, 6)),
});
redis.on('error', () => undefined); // a failed write fails the compaction in progress; the store's own connection reports Redis's state

function applyAll(batches: readonly string[]): void {
  const s = state!;
  for (const json of batches) for (const e of JSON.parse(json) as CoreEvent[]) s.apply(e);
  s.flushRanks();
  s.clearDirty();
}

function reset(seq: number, snapshot: string | null, appends: readonly string[]): void {
  try {
    const s = new RoutingState(config);
    s.load(snapshot === null ? structuredClone(EMPTY_SNAPSHOT) : (JSON.parse(snapshot) as CoreSnapshot), true);
    state = s;
    applyAll(appends);
    head = seq;
    broken = null;
  } catch (e) {
    state = null;
    broken = `the stored state could not be loaded: ${(e as Error).message}`;
  }
}

/** Serializes the replica as it is now and writes it in parts; the store installs it. */
async function compact(id: number, epoch: string, fence: string): Promise<void> {
  if (broken !== null || state === null) {
    reply({ type: 'failed', id, message: `the replica is unusable (${broken ?? 'not loaded'})`, broken: true });
    return;
  }
  const seq = head;
  // Gzipped (level 1: 9.9 -> 0.9 MB for half the JSON's time, measured): a tenth of the
  // parts, of Redis' memory and of the AOF's bytes. The store's load() reads both forms.
  const gz = gzipSync(JSON.stringify(state.snapshot(false)), { level: 1 });
  try {
    let part = 0;
    for (let at = 0; at < gz.length; at += setup.partChars) {
      await withTimeout(evalScript(redis, SNAPSHOT_PART, setup.keys, [epoch, fence, String(seq), String(part++), gz.subarray(at, at + setup.partChars)]));
    }
    reply({ type: 'compacted', id, seq, bytes: gz.length });
  } catch (e) {
    reply({ type: 'failed', id, message: (e as Error).message, broken: false });
  }
}

function withTimeout<T>(p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`Redis did not acknowledge a part of the snapshot within ${setup.writeTimeoutMs} ms`));
        redis.disconnect(true);
      }, setup.writeTimeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
}

port.on('message', (m: ReplicaRequest) => {
  switch (m.type) {
    case 'reset':
      reset(m.seq, m.snapshot, m.appends);
      return;
    case 'appended':
      if (broken !== null) return;
      if (m.first !== head + 1) {
        broken = `appends ${head + 1}..${m.first - 1} never reached the replica`;
        return;
      }
      try {
        applyAll(m.appends);
        head += m.appends.length;
      } catch (e) {
        broken = `an append could not be applied: ${(e as Error).message}`;
      }
      return;
    case 'compact':
      void compact(m.id, m.epoch, m.fence);
      return;
    case 'close':
      redis.disconnect();
      port.close();
      return;
  }
});
