/**
 * A contact-center workload on a cluster, through the real SDK, shared by
 * the fault tests and `bench:chaos`.
 *
 * - {@link AgentPool}: agents spread over the processes accept every offer,
 *   talk for a while, complete and finish wrap-up. Every client knows all
 *   the processes' URLs and reconnects (and resumes) through another when
 *   its own goes away; whatever it still holds after a resume is finished.
 * - {@link ContactSource}: integration connections (one integration id)
 *   create voice contacts, each retried under its own external id until it
 *   is acknowledged, as a telephony integration would.
 *
 * What the clients saw is kept for the audit: the offers each agent
 * received, the contacts the integration was told were created, and when
 * each client lost and got back its connection.
 *
 * `close()` ends everything a pool or a source runs (creations, retries,
 * an agent's work), not only its sockets: a test that failed half-way (and
 * never called `stopCreating`) would otherwise keep its process alive with
 * retries until tap's timeout.
 */
import { setMaxListeners } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import { SwitchboardClient } from '../../src/client/client.js';
import type { ContactMsg } from '../../src/protocol/messages.js';
import { TokenAuthority } from '../../src/gateway/auth.js';

export const QUEUE = 'q';
export const INTEGRATION = 'ivr';

export interface ClusterConfigOptions {
  readonly offerTimeoutSeconds?: number;
  readonly wrapUpSeconds?: number;
  /** Turns `gateway.spreadClients` on (off by default). */
  readonly spreadClients?: boolean;
}

/** One voice queue, agents `a1`..`a<agents>` of capacity 1; a long grace so that agents outlive a failover. */
export function clusterConfig(agents: number, o: ClusterConfigOptions = {}): unknown {
  const profiles: Record<string, unknown> = {};
  for (let i = 1; i <= agents; i++) profiles[`a${i}`] = { skills: {}, languages: ['en'], capacity: { voice: 1 }, queues: [QUEUE] };
  return {
    queues: [{ id: QUEUE, channels: ['voice'], offerTimeoutSeconds: o.offerTimeoutSeconds ?? 4, wrapUpSeconds: o.wrapUpSeconds ?? 2 }],
    agents: profiles,
    allowProfileAtLogin: false,
    gateway: { reconnectGraceSeconds: 60, idleTimeoutSeconds: 0, ...(o.spreadClients === true ? { spreadClients: { enabled: true } } : {}) },
  };
}

/**
 * Named routing domains sharing no agents: queue `q-<domain>` and agents
 * `<domain>-1`..`<domain>-<agentsPerDomain>` (voice, capacity 1) in each.
 */
export function domainsConfig(domains: readonly string[], agentsPerDomain: number, o: Omit<ClusterConfigOptions, 'spreadClients'> = {}): unknown {
  const agents: Record<string, unknown> = {};
  for (const d of domains) {
    for (let i = 1; i <= agentsPerDomain; i++) agents[`${d}-${i}`] = { languages: ['en'], capacity: { voice: 1 }, queues: [`q-${d}`] };
  }
  return {
    queues: domains.map((d) => ({ id: `q-${d}`, channels: ['voice'], offerTimeoutSeconds: o.offerTimeoutSeconds ?? 4, wrapUpSeconds: o.wrapUpSeconds ?? 2 })),
    agents,
    domains: Object.fromEntries(domains.map((d) => [d, { queues: [`q-${d}`] }])),
    gateway: { reconnectGraceSeconds: 60, idleTimeoutSeconds: 0 },
  };
}

/** The longest time without an offer in [from, to] (the window's edges count as offers). */
export function longestGap(offeredAt: readonly number[], from: number, to: number): number {
  const at = [from, ...offeredAt.filter((x) => x > from && x < to).sort((a, b) => a - b), to];
  let gap = 0;
  for (let i = 1; i < at.length; i++) gap = Math.max(gap, (at[i] as number) - (at[i - 1] as number));
  return gap;
}

/**
 * Resolves after `ms`, or at once when `signal` aborts (a closed pool or source stops waiting).
 * One signal serves every agent's and creation's pause at once (each listener goes when its
 * timer fires): the owners lift Node's limit of 10 listeners, whose warning was not a leak.
 */
const unlimited = (c: AbortController): AbortController => {
  setMaxListeners(0, c.signal);
  return c;
};
const pause = (ms: number, signal: AbortSignal): Promise<void> => delay(ms, undefined, { signal }).catch(() => undefined);

/** `urls` starting at `home` (then the others in turn): a client's URL and its fallbacks. */
function rotated(urls: readonly string[], home: number): string[] {
  const h = home % urls.length;
  return [...urls.slice(h), ...urls.slice(0, h)];
}

async function connect(
  urls: readonly string[],
  home: number,
  role: 'agent' | 'integration',
  token: string,
  requestTimeoutMs: number,
  domain?: string,
): Promise<SwitchboardClient> {
  const ordered = rotated(urls, home);
  return SwitchboardClient.connect({
    url: ordered[0] as string,
    fallbackUrls: ordered.slice(1),
    ...(domain === undefined ? {} : { domain }),
    role,
    token,
    requestTimeoutMs,
    heartbeatIntervalMs: 2000,
    reconnect: { initialDelayMs: 100, maxDelayMs: 1000 },
  });
}

/** Runs `f` over `items`, at most `n` at a time. */
async function bounded<T>(items: readonly T[], n: number, f: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await f(items[i] as T, i);
      }
    }),
  );
}

/** One lost and regained connection of a client. */
export interface Reconnect {
  readonly client: string;
  /** When the connection dropped (ms since the epoch). */
  readonly downAt: number;
  /** When it was back and resumed. */
  readonly upAt: number;
}

export interface AgentPoolOptions {
  readonly urls: readonly string[];
  readonly secret: string;
  /** Agent ids with the index of their home URL. */
  readonly agents: readonly { readonly id: string; readonly home: number }[];
  /** How long an agent talks before completing (ms); default 100..400. */
  readonly handleMs?: () => number;
  /** How many agents log in at once; default 1 (one after the other). */
  readonly loginConcurrency?: number;
}

export class AgentPool {
  /** `contactId:agentId` of every offer an agent received. */
  readonly received = new Set<string>();
  /** When each offer arrived (ms since the epoch), in order. */
  readonly offeredAt: number[] = [];
  /** Every offer as it arrived (`contactId:agentId`, ms since the epoch), also one offered again after a reconnect. */
  readonly offers: { readonly offer: string; readonly at: number }[] = [];
  /** The clients' lifecycle errors (failed reconnect attempts), for failure messages. */
  readonly log: string[] = [];
  readonly reconnects: Reconnect[] = [];
  /** Connections dropped (each `disconnected`), and carried over to a new leader by their server without a drop. */
  disconnects = 0;
  carried = 0;
  /** Requests that failed (the contact went elsewhere, or a failover): counted, not errors by themselves. */
  failedRequests = 0;
  readonly #clients: SwitchboardClient[] = [];
  readonly #o: AgentPoolOptions;
  /** Aborted by `close()`: the agents' retries stop. */
  readonly #closed = unlimited(new AbortController());

  private constructor(o: AgentPoolOptions) {
    this.#o = o;
  }

  static async start(o: AgentPoolOptions): Promise<AgentPool> {
    const pool = new AgentPool(o);
    const auth = new TokenAuthority(o.secret);
    try {
      await bounded(o.agents, o.loginConcurrency ?? 1, (a) => pool.#agent(auth, a.id, a.home));
    } catch (e) {
      await pool.close();
      throw e;
    }
    return pool;
  }

  async #agent(auth: TokenAuthority, id: string, home: number): Promise<void> {
    const c = await connect(this.#o.urls, home, 'agent', await auth.sign({ role: 'agent', id }), 4000);
    this.#clients.push(c);
    const handleMs = this.#o.handleMs ?? (() => 100 + Math.random() * 300);
    // As an agent desktop does: a request refused as UNAVAILABLE (the store or the
    // connection is down; nothing was changed) is tried again; any other refusal means
    // the contact went elsewhere. (Giving up at once left contacts active for good
    // when Redis went down between an accept and its complete.)
    const closed = this.#closed.signal;
    const persist = async (request: () => Promise<unknown>): Promise<void> => {
      for (let deadline = Date.now() + 60_000; ;) {
        try {
          await request();
          return;
        } catch (e) {
          if ((e as { code?: string }).code !== 'UNAVAILABLE' || Date.now() > deadline || closed.aborted) throw e;
          await pause(200, closed);
        }
      }
    };
    const work = async (contact: ContactMsg) => {
      try {
        if (contact.state === 'offered') await persist(() => c.accept(contact.id));
        if (contact.state === 'offered' || contact.state === 'active') {
          await pause(handleMs(), closed);
          await persist(() => c.complete(contact.id));
        }
        await persist(() => c.finishWrapUp(contact.id));
      } catch {
        // The contact went elsewhere (offer expired, failover): the audit says whether that was right.
        this.failedRequests++;
      }
    };
    c.on('offer', (p) => {
      const at = Date.now();
      this.received.add(`${p.contact.id}:${id}`);
      this.offeredAt.push(at);
      this.offers.push({ offer: `${p.contact.id}:${id}`, at });
      void work(p.contact);
    });
    let downAt: number | null = null;
    c.onLifecycle('disconnected', () => {
      this.disconnects++;
      downAt ??= Date.now();
    });
    c.onLifecycle('error', (e) => {
      if (this.log.length < 1000) this.log.push(`${id}: ${e.error.message}`);
    });
    // After a failover the agent resumes; whatever it still holds is finished.
    c.onLifecycle('reconnected', (e) => {
      if (downAt !== null) this.reconnects.push({ client: id, downAt, upAt: Date.now() });
      downAt = null;
      for (const contact of e.login?.contacts ?? []) void work(contact);
      void c.setPresence('available').catch(() => undefined);
    });
    // The server carried the socket over to a new leader: the SDK logged in again; the same as after a reconnect.
    c.onLifecycle('leaderChanged', (e) => {
      this.carried++;
      for (const contact of e.login?.contacts ?? []) void work(contact);
      void c.setPresence('available').catch(() => undefined);
    });
    // Refused UNAVAILABLE (e.g. closed 1012 by a leader that took the relayed socket for gone): the SDK reconnects; log in again.
    await persist(() => c.login({ presence: 'available' }));
  }

  async close(): Promise<void> {
    this.#closed.abort();
    await Promise.all(this.#clients.map((c) => c.close().catch(() => undefined)));
  }
}

export interface ContactSourceOptions {
  readonly urls: readonly string[];
  readonly secret: string;
  /** Integration connections (one integration id), homed on the URLs in turn; default 1. */
  readonly connections?: number;
  /** Give up on one contact after this long; default 60 s. */
  readonly giveUpMs?: number;
  /** Retries back off (with jitter) from 100 ms up to this; default 1000 ms. */
  readonly maxBackoffMs?: number;
  /** The queue of the contacts; default {@link QUEUE}. */
  readonly queueId?: string;
  /** The routing domain the connections name (a server routing several); default none. */
  readonly domain?: string;
  /** Prefix of the external ids (`<prefix>-1`, …); default `call`. */
  readonly prefix?: string;
}

/** The contact id in an ALREADY_EXISTS message ("contact c-… was already created for externalId … and has ended"). */
const ENDED = /contact (\S+) was already created for externalId/;

export class ContactSource {
  /** externalId -> contactId, once acknowledged. */
  readonly created = new Map<string, string>();
  /** Contacts given up on, with the last error. */
  readonly errors: string[] = [];
  /** Attempts that failed and were retried. */
  retries = 0;
  /** Connections dropped (each `disconnected`). */
  disconnects = 0;
  readonly #clients: SwitchboardClient[] = [];
  readonly #o: ContactSourceOptions;
  #turn = 0;
  #n = 0;
  #creating = false;
  #loop: Promise<void> | null = null;
  /** Aborted by `close()`: creations and their retries stop. */
  readonly #closed = unlimited(new AbortController());

  private constructor(o: ContactSourceOptions) {
    this.#o = o;
  }

  static async start(o: ContactSourceOptions): Promise<ContactSource> {
    const s = new ContactSource(o);
    const token = await new TokenAuthority(o.secret).sign({ role: 'integration', id: INTEGRATION });
    try {
      for (let i = 0; i < (o.connections ?? 1); i++) {
        const c = await connect(o.urls, i, 'integration', token, 4000, o.domain);
        c.onLifecycle('disconnected', () => s.disconnects++);
        s.#clients.push(c);
      }
    } catch (e) {
      await s.close();
      throw e;
    }
    return s;
  }

  /** A connected client, in turn (any, if none is connected right now). */
  #client(): SwitchboardClient {
    const n = this.#clients.length;
    for (let k = 0; k < n; k++) {
      const c = this.#clients[this.#turn++ % n] as SwitchboardClient;
      if (c.connected) return c;
    }
    return this.#clients[this.#turn++ % n] as SwitchboardClient;
  }

  /**
   * Creates one contact, retried (backing off up to `maxBackoffMs`) under the same
   * external id until acknowledged; its customer id is the external id, so
   * that the audit sees a duplicate. Resolves with the contact id, or null
   * when it gave up.
   */
  async create(externalId: string): Promise<string | null> {
    const started = Date.now();
    const giveUpMs = this.#o.giveUpMs ?? 60_000;
    for (let attempt = 0; ; attempt++) {
      try {
        const r = await this.#client().createContact({
          externalId,
          queueId: this.#o.queueId ?? QUEUE,
          channel: 'voice',
          language: 'en',
          customer: { id: externalId },
        });
        this.created.set(externalId, r.contact.id);
        return r.contact.id;
      } catch (e) {
        // Created by an attempt whose reply was lost, and ended since: acknowledged all the same.
        const ended = ENDED.exec((e as Error).message);
        if (ended?.[1] !== undefined) {
          this.created.set(externalId, ended[1]);
          return ended[1];
        }
        if (Date.now() - started > giveUpMs || this.#closed.signal.aborted) {
          this.errors.push(`${externalId}: ${(e as Error).message}`);
          return null;
        }
        this.retries++;
        const ceiling = Math.min(this.#o.maxBackoffMs ?? 1000, 100 * 2 ** Math.min(attempt, 6));
        await pause(ceiling / 2 + Math.random() * (ceiling / 2), this.#closed.signal);
      }
    }
  }

  /** Creates contacts one after the other (`call-1`, `call-2`, …), `gapMs` apart, until {@link stopCreating}. */
  startCreating(gapMs: number): void {
    this.#creating = true;
    this.#loop = (async () => {
      while (this.#creating && !this.#closed.signal.aborted) {
        await this.create(`${this.#o.prefix ?? 'call'}-${++this.#n}`);
        await pause(gapMs, this.#closed.signal);
      }
    })();
  }

  async stopCreating(): Promise<void> {
    this.#creating = false;
    await this.#loop;
  }

  /** Stops creating (a creation in progress gives up at its next retry) and closes the connections. */
  async close(): Promise<void> {
    this.#creating = false;
    this.#closed.abort();
    await Promise.all(this.#clients.map((c) => c.close().catch(() => undefined)));
    await this.#loop;
  }
}
