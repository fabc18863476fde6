/**
 * The core's internal, indexed view of contacts and agents. Each entry wraps
 * the plain record (what snapshots and events carry) with the index handles
 * routing needs: heap positions, per-channel counters, routing-class links.
 */
import type { RankNode } from './rank-tree.js';
import type { AgentId } from './ids.js';
import { CHANNELS, type AgentRecord, type Channel, type ContactRecord } from './model.js';
import type { CompiledQueue } from './queue-config.js';
import type { ContactClass } from './contact-class.js';

export const CHANNEL_INDEX: Readonly<Record<Channel, number>> = { voice: 0, chat: 1, email: 2, social: 3 };
export const CHANNEL_COUNT = CHANNELS.length;

export class ContactEntry {
  /** Position in its routing class's heap while waiting, else -1 (kept by `ContactHeap`). */
  heapPos = -1;
  /** The routing class whose heap it waits in, null when not waiting. */
  cls: ContactClass | null = null;
  /** Slot in the state's dirty list, -1 when not dirty (kept by `DirtyList`). */
  dirtyPos = -1;
  /** Node in its queue's rank tree while waiting (null until the state's `flushRanks`). */
  rankNode: RankNode<ContactEntry> | null = null;
  /** Waiting, and due to enter its queue's rank tree at the next `flushRanks`. */
  rankPending = false;
  /** Routing class per relaxation level, computed once (reset when the queue changes). */
  readonly classByStep: ContactClass[] = [];
  /** Per timer kind, the arming seq of the deadline in force (see `ContactTimers.live`); 0 = none. */
  readonly armed: number[] = [0, 0, 0, 0, 0, 0];
  /** Mirror of `rec.declinedBy` for O(1) lookups; null while empty. */
  declined: Set<AgentId> | null = null;
  /** Required skills sorted by name, for routing-class signatures. */
  readonly sortedSkills: readonly (readonly [string, number])[];
  readonly chIdx: number;

  constructor(
    readonly rec: ContactRecord,
    public queue: CompiledQueue,
  ) {
    this.sortedSkills = Object.entries(rec.skills).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.chIdx = CHANNEL_INDEX[rec.channel];
    if (rec.declinedBy.length > 0) this.declined = new Set(rec.declinedBy);
  }

  hasDeclined(agent: AgentId): boolean {
    return this.declined !== null && this.declined.has(agent);
  }

  /** A new routing leg (a transfer): only `agents` are excluded. */
  resetDeclined(agents: readonly AgentId[]): void {
    this.rec.declinedBy.length = 0;
    this.declined = null;
    for (const a of agents) this.addDeclined(a);
  }

  addDeclined(agent: AgentId): void {
    if (this.hasDeclined(agent)) return;
    this.rec.declinedBy.push(agent);
    (this.declined ??= new Set()).add(agent);
  }
}

/** Routing key order: (priority, virtual arrival, creation seq), lower first. */
export function keyLess(a: ContactEntry, b: ContactEntry): boolean {
  const ra = a.rec;
  const rb = b.rec;
  if (ra.priority !== rb.priority) return ra.priority < rb.priority;
  if (ra.virtualArrival !== rb.virtualArrival) return ra.virtualArrival < rb.virtualArrival;
  return ra.seq < rb.seq;
}

export class AgentEntry {
  /** Dense index into routing classes' compatibility arrays. */
  readonly idx: number;
  rec: AgentRecord;
  /** Contacts held per channel (offered, active, wrap-up). */
  readonly held = new Int32Array(CHANNEL_COUNT);
  readonly cap = new Int32Array(CHANNEL_COUNT);
  /** Held contacts of exclusive channels / of channels that are not interruptible. */
  exclusiveHeld = 0;
  nonInterruptibleHeld = 0;
  /**
   * Per channel index, the indexes of the routing classes this agent's
   * profile matches, among the first `classCursor` classes ever created:
   * extended lazily when the agent next looks for work, so creating a class
   * never costs a pass over every agent.
   */
  compatByChannel: number[][] = [[], [], [], []];
  classCursor = 0;
  /** Slot in the state's dirty list, -1 when not dirty (kept by `DirtyList`). */
  dirtyPos = -1;
  queueSet: ReadonlySet<string> = new Set();
  /** Skill level by skill number (`SkillIndex`), 0 for a skill the agent does not have. */
  skillLevels: Uint8Array = new Uint8Array(0);
  exactLangs: ReadonlySet<string> = new Set();
  primaryLangs: ReadonlySet<string> = new Set();

  constructor(idx: number, rec: AgentRecord) {
    this.idx = idx;
    this.rec = rec;
  }

  get id(): AgentId {
    return this.rec.id;
  }

  get loggedIn(): boolean {
    return this.rec.presence !== 'offline';
  }
}

/** Ready-heap order for longest-idle: (idleSince, agent id). */
export function idleLess(a: AgentEntry, b: AgentEntry): boolean {
  const ia = a.rec.idleSince;
  const ib = b.rec.idleSince;
  if (ia !== ib) return ia < ib;
  return a.rec.id < b.rec.id;
}
