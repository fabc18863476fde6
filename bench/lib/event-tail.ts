/**
 * Follows a routing domain's stored event stream in Redis as the leaders
 * append to it (`XREAD BLOCK`, one entry per append, id `<seq>-0`; one Redis, or the
 * master of the domain's slot on a Redis Cluster) and
 * feeds an {@link EventAudit}. A compaction trims the stream behind a
 * snapshot; read as it is written, the log stays whole for the audit all
 * the same. What would break that is said, never papered over: a gap in
 * the sequence (entries trimmed before they were read) or a re-write of the
 * domain (epoch changed, head moved back: Redis lost data and a leader
 * wrote its memory back).
 *
 * @example
 * const tail = await EventTail.start({ url, domain: 'default', audit: new EventAudit(1) });
 * // ... the run ...
 * await tail.catchUp();
 * await tail.stop();
 * tail.whole; // true when every append 1..head was read in order
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import type { Redis } from 'ioredis';
import { openRedis } from '../../src/store/redis/connect.js';
import type { CoreEvent } from '../../src/core/events.js';
import type { EventAudit } from '../../test/harness/event-audit.js';

export interface EventTailOptions {
  readonly url: string;
  readonly domain: string;
  readonly keyPrefix?: string;
  readonly audit: EventAudit;
  /** Also write every append read to this file, one line each: `<seq> <events JSON>` (for the stories of violations). */
  readonly file?: string;
  /** Also hands every append read to this (after the audit). */
  readonly onAppend?: (events: readonly CoreEvent[]) => void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class EventTail {
  readonly #o: EventTailOptions;
  readonly #reader: Redis;
  readonly #meta: Redis;
  readonly #events: string;
  readonly #metaKey: string;
  #last = 0;
  #stopped = false;
  #loop: Promise<void> = Promise.resolve();
  #watch: ReturnType<typeof setInterval> | null = null;
  readonly #file: WriteStream | null;
  #epoch: string | null = null;
  #snap = 0;
  /** Every problem that makes the tail's log incomplete, in words. */
  readonly breaks: string[] = [];
  /** Compactions seen (the stored `snap` moved forward). */
  compactions = 0;

  private constructor(o: EventTailOptions) {
    this.#o = o;
    const p = `${o.keyPrefix ?? 'sb'}:{${o.domain}}:`;
    this.#events = `${p}events`;
    this.#metaKey = `${p}meta`;
    const opts = { maxRetriesPerRequest: null, retryStrategy: () => 200, lazyConnect: false } as const;
    this.#reader = openRedis(o.url, opts);
    this.#meta = openRedis(o.url, opts);
    this.#file = o.file === undefined ? null : createWriteStream(o.file);
  }

  /** Starts following from the first append (start it before the servers write). */
  static async start(o: EventTailOptions): Promise<EventTail> {
    const t = new EventTail(o);
    await t.#reader.ping();
    t.#loop = t.#run();
    t.#watch = setInterval(() => void t.#checkMeta().catch(() => undefined), 1000);
    return t;
  }

  /** The sequence number of the last append read. */
  get lastSeq(): number {
    return this.#last;
  }

  /** True while every append was read in order and the domain was never re-written. */
  get whole(): boolean {
    return this.breaks.length === 0;
  }

  async #run(): Promise<void> {
    while (!this.#stopped) {
      let reply: [string, [string, string[]][]][] | null;
      try {
        reply = (await this.#reader.xread('COUNT', 2000, 'BLOCK', 500, 'STREAMS', this.#events, `${this.#last}-0`)) as typeof reply;
      } catch (e) {
        if (this.#stopped) return;
        await sleep(100);
        continue;
      }
      for (const [, entries] of reply ?? []) {
        for (const [id, fields] of entries) {
          const seq = Number.parseInt(id, 10);
          if (seq !== this.#last + 1) this.breaks.push(`appends ${this.#last + 1}..${seq - 1} were gone before the tail read them`);
          this.#last = seq;
          const i = fields.indexOf('e');
          const json = i >= 0 ? fields[i + 1] : undefined;
          if (json === undefined) continue;
          const events = JSON.parse(json) as CoreEvent[];
          this.#o.audit.feed(events);
          this.#o.onAppend?.(events);
          this.#file?.write(`${seq} ${json}\n`);
        }
      }
    }
  }

  async #checkMeta(): Promise<void> {
    // Read before the head: the tail may read further meanwhile, never past the head.
    const read = this.#last;
    const [epoch = null, head, snap] = await this.#meta.hmget(this.#metaKey, 'epoch', 'head', 'snap');
    if (epoch === null) return;
    if (this.#epoch !== null && epoch !== this.#epoch)
      this.breaks.push(`the domain's epoch changed (${this.#epoch} -> ${epoch}): Redis lost it and it was re-written`);
    this.#epoch = epoch;
    const h = Number(head ?? 0);
    const s = Number(snap ?? 0);
    if (h < read) this.breaks.push(`the stored head moved back to ${h} after ${read} was read: the domain was re-written`);
    if (s > this.#snap) this.compactions++;
    this.#snap = s;
  }

  /** Waits until the tail has read up to the stored head. */
  async catchUp(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.#checkMeta();
      const head = Number((await this.#meta.hget(this.#metaKey, 'head')) ?? 0);
      if (this.#last >= head) return;
      if (Date.now() > deadline) throw new Error(`the tail read ${this.#last} of ${head} appends`);
      await sleep(50);
    }
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#watch !== null) clearInterval(this.#watch);
    this.#reader.disconnect();
    await this.#loop;
    this.#meta.disconnect();
    const f = this.#file;
    if (f !== null) await new Promise<void>((resolve) => f.end(() => resolve()));
  }
}
