/**
 * The waiting contacts counted per queue and channel, and ranked in key
 * order (one rank tree per queue and channel), for positions in O(log n).
 * Per channel, so that the wait estimate counts the calls ahead of a call
 * without the chats and emails of its queue.
 */
import { CHANNEL_COUNT, CHANNEL_INDEX, keyLess, type ContactEntry } from './entries.js';
import type { QueueId } from './ids.js';
import { CHANNELS, type Channel } from './model.js';
import { RankTree } from './rank-tree.js';

export class WaitingRanks {
  /** Waiting contacts per queue, by channel index. */
  readonly counts = new Map<QueueId, Int32Array>();
  readonly #trees = new Map<QueueId, RankTree<ContactEntry>[]>();
  /**
   * Contacts that started waiting and are not in their queue's rank tree
   * yet. A contact enters the tree when the command that queued it ends
   * (`flush`), and not at all if it was offered within that command: an
   * arrival that meets an available agent costs no tree insert and remove.
   */
  readonly #pending: ContactEntry[] = [];

  count(queue: QueueId, channel: Channel): number {
    return this.counts.get(queue)?.[CHANNEL_INDEX[channel]] ?? 0;
  }

  /** A contact starts waiting in its queue: counted now, ranked at the next `flush`. */
  enter(c: ContactEntry): void {
    this.#countsOf(c.rec.queueId)[c.chIdx]!++;
    if (!c.rankPending) {
      c.rankPending = true;
      this.#pending.push(c);
    }
  }

  /** A contact stops waiting in its queue. */
  leave(c: ContactEntry): void {
    this.#countsOf(c.rec.queueId)[c.chIdx]!--;
    if (c.rankPending) c.rankPending = false;
    else if (c.rankNode !== null) {
      this.#treesOf(c.rec.queueId)[c.chIdx]!.removeNode(c.rankNode);
      c.rankNode = null;
    }
  }

  /** Puts the contacts that started waiting since the last call into their rank trees. */
  flush(): void {
    const pending = this.#pending;
    if (pending.length === 0) return;
    for (let i = 0; i < pending.length; i++) {
      const c = pending[i]!;
      if (!c.rankPending) continue;
      c.rankPending = false;
      c.rankNode = this.#treesOf(c.rec.queueId)[c.chIdx]!.insert(c);
    }
    pending.length = 0;
  }

  /**
   * 1-based place of a waiting contact among the waiting contacts of its
   * queue (every channel): its rank on its own channel by node, plus the
   * contacts of the queue's other channels with a better key (a search by
   * key in each tree that holds any).
   */
  positionOf(c: ContactEntry): number {
    this.flush();
    const trees = this.#treesOf(c.rec.queueId);
    let before = trees[c.chIdx]!.rankOf(c.rankNode!);
    for (let ch = 0; ch < trees.length; ch++) if (ch !== c.chIdx && trees[ch]!.size > 0) before += trees[ch]!.rank(c);
    return before + 1;
  }

  /** Waiting contacts of `queue` on the channel of `c` with a better routing key than `c`'s (`c` may wait elsewhere). O(log n). */
  aheadIn(c: ContactEntry, queue: QueueId): number {
    this.flush();
    const tree = this.#trees.get(queue)?.[c.chIdx];
    if (tree === undefined || tree.size === 0) return 0;
    return c.rankNode !== null && c.rec.queueId === queue ? tree.rankOf(c.rankNode) : tree.rank(c);
  }

  #treesOf(queue: QueueId): RankTree<ContactEntry>[] {
    let t = this.#trees.get(queue);
    if (t === undefined) this.#trees.set(queue, (t = CHANNELS.map(() => new RankTree<ContactEntry>(keyLess))));
    return t;
  }

  #countsOf(queue: QueueId): Int32Array {
    let w = this.counts.get(queue);
    if (w === undefined) this.counts.set(queue, (w = new Int32Array(CHANNEL_COUNT)));
    return w;
  }
}
