/**
 * A process serving several routing domains (DESIGN §7): one `ClusterNode`
 * per domain (its own store keys, lease, fencing token, relay channels and
 * leader term), behind one transport handler that puts each socket and
 * request to its domain's node. That node serves it itself when this
 * process leads the domain, else relays it to the domain's leader.
 *
 * Which domain a connection belongs to:
 * - `?domain=<id>` on the URL (any role), or the `x-switchboard-domain`
 *   header on HTTP requests;
 * - else an agent's configured domain (its profile's queues lie in one);
 * - else, for `POST /v1/contacts`, the domain of the body's `queueId`;
 * - else, with one domain, that one; otherwise 400 naming the domains (a
 *   supervisor or an integration works with one domain per connection).
 *
 * `/healthz` and `/readyz` answer for every domain: ready when each has a
 * leader (here or known through its relay), with the role of this process
 * in each. `/metrics` answers for `?domain=` or, by default, the first
 * domain this process leads (so each leader's routing metrics are scraped
 * from it; every sample of a domain's routing metrics carries its `domain`
 * label); the relay's process figures come with it. A process leading
 * several domains answers with all of theirs, merged into one exposition
 * (`metrics/merge-exposition.ts`).
 *
 * @example
 * const nodes = new DomainNodes({ nodes: new Map([['east', eastNode], ['west', westNode]]), agentDomains, queueDomains, auth });
 * await nodes.start();
 * await transport.listen(host, port, nodes, limits);
 */
import { fail } from '../core/errors.js';
import { mergeExpositions } from '../metrics/merge-exposition.js';
import { errorMsgOf } from '../protocol/error-msg.js';
import type { TokenAuthority } from '../gateway/auth.js';
import { tokenFrom } from '../gateway/auth.js';
import type { Connection, HttpRequest, HttpResponse, TransportHandler, UpgradeDecision, UpgradeRequest } from '../gateway/transport.js';
import type { ClusterNode } from './cluster-node.js';
import { ShareKeeper, type DomainSpread } from './domain-spread.js';

export interface DomainNodesOptions {
  /** Domain id -> its node, in the configuration's order. */
  readonly nodes: ReadonlyMap<string, ClusterNode>;
  /** Configured agent id -> its domain. */
  readonly agentDomains: ReadonlyMap<string, string>;
  /** Queue id -> its domain. */
  readonly queueDomains: ReadonlyMap<string, string>;
  readonly auth: TokenAuthority;
  /** Spreads the domains over the processes (hands one over when this process leads more than its share). */
  readonly spread?: DomainSpread;
  /** How often the share is checked; default 1000 ms. */
  readonly rebalanceEveryMs?: number;
  /** How long this process leads more than its share before it hands a domain over (a lease period); default 5000 ms. */
  readonly overShareMs?: number;
}

interface Ctx {
  readonly node: ClusterNode;
  readonly context: unknown;
}

interface Session {
  readonly node: ClusterNode;
  readonly session: unknown;
}

type NodeHandler = TransportHandler<unknown, unknown>;

export class DomainNodes implements TransportHandler<Ctx, Session> {
  readonly #o: DomainNodesOptions;
  #timer: NodeJS.Timeout | null = null;
  readonly #share: ShareKeeper;
  #handingOver: Promise<void> | null = null;

  constructor(o: DomainNodesOptions) {
    if (o.nodes.size === 0) throw new Error('no routing domain to serve');
    this.#o = o;
    this.#share = new ShareKeeper(o.overShareMs ?? 5000);
  }

  get nodes(): ReadonlyMap<string, ClusterNode> {
    return this.#o.nodes;
  }

  /** The domains this process leads right now. */
  get leading(): string[] {
    return [...this.#o.nodes].filter(([, n]) => n.role === 'leader').map(([d]) => d);
  }

  /** Starts every domain's node (each campaigns within the fair share), then keeps the share. */
  async start(): Promise<void> {
    await Promise.all([...this.#o.nodes.values()].map((n) => n.start()));
    if (this.#o.spread === undefined) return;
    this.#timer = setInterval(() => this.#rebalance(), this.#o.rebalanceEveryMs ?? 1000);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
    await this.#handingOver;
    await Promise.all([...this.#o.nodes.values()].map((n) => n.stop()));
    await this.#o.spread?.stop();
  }

  /** Leading more than the fair share for a lease period (a process joined): hand the domain taken last over (see `ShareKeeper`). */
  #rebalance(): void {
    const spread = this.#o.spread;
    if (spread === undefined || this.#handingOver !== null) return;
    const domain = this.#share.check(this.leading, spread.fairShare, Date.now());
    if (domain === null) return;
    this.#handingOver = this.#o.nodes
      .get(domain)!
      .handOver(`rebalancing: ${spread.alive} processes, at most ${spread.fairShare} domain(s) each`)
      .finally(() => (this.#handingOver = null));
  }

  /** The domain of a request, or an error message naming the domains. */
  #domainOf(query: URLSearchParams, headers: Readonly<Record<string, string>>, protocols: readonly string[], path: string, body?: Uint8Array): string | Error {
    const nodes = this.#o.nodes;
    const named = query.get('domain') ?? headers['x-switchboard-domain'] ?? null;
    if (named !== null)
      return nodes.has(named) ? named : new Error(`no routing domain ${JSON.stringify(named)} (the domains are ${[...nodes.keys()].join(', ')})`);
    if (path === '/v1/agent') {
      const token = tokenFrom(headers, protocols, query);
      try {
        const agent = token === undefined ? undefined : this.#o.auth.verifySync(token);
        const d = agent?.role === 'agent' ? this.#o.agentDomains.get(agent.id) : undefined;
        if (d !== undefined) return d;
      } catch {
        // A bad token: the domain's gateway refuses it (401) like any other.
        return nodes.keys().next().value!;
      }
    }
    if (body !== undefined && body.length > 0 && path === '/v1/contacts') {
      try {
        const q = (JSON.parse(Buffer.from(body).toString('utf8')) as { queueId?: unknown }).queueId;
        const d = typeof q === 'string' ? this.#o.queueDomains.get(q) : undefined;
        if (d !== undefined) return d;
      } catch {
        // Not JSON: the gateway says so.
      }
    }
    if (nodes.size === 1) return nodes.keys().next().value!;
    return new Error(`this server routes several domains (${[...nodes.keys()].join(', ')}): name one with ?domain=<id>`);
  }

  upgrade(req: UpgradeRequest): UpgradeDecision<Ctx> | Promise<UpgradeDecision<Ctx>> {
    const d = this.#domainOf(req.query, req.headers, req.protocols, req.path);
    if (d instanceof Error) return { accept: false, status: 400, body: JSON.stringify({ error: errorMsgOf(fail('UNKNOWN_DOMAIN', d.message)) }) };
    const node = this.#o.nodes.get(d)!;
    const decided = (node as unknown as NodeHandler).upgrade(req);
    const wrap = (x: UpgradeDecision<unknown>): UpgradeDecision<Ctx> => {
      if (!x.accept) return x;
      const context: Ctx = { node, context: x.context };
      return x.protocol === undefined ? { accept: true, context } : { accept: true, context, protocol: x.protocol };
    };
    return decided instanceof Promise ? decided.then(wrap) : wrap(decided);
  }

  open(conn: Connection, ctx: Ctx): Session {
    return { node: ctx.node, session: (ctx.node as unknown as NodeHandler).open(conn, ctx.context) };
  }

  message(s: Session, data: Uint8Array, isBinary: boolean): void {
    (s.node as unknown as NodeHandler).message(s.session, data, isBinary);
  }

  close(s: Session, code: number, reason: string): void {
    (s.node as unknown as NodeHandler).close(s.session, code, reason);
  }

  async http(req: HttpRequest): Promise<HttpResponse> {
    if (req.method === 'GET' && (req.path === '/healthz' || req.path === '/readyz')) return this.#health(req.path === '/readyz');
    let d: string | Error;
    if (req.method === 'GET' && req.path === '/metrics' && req.query.get('domain') === null) {
      const leading = this.leading;
      if (leading.length > 1) return this.#metricsOf(leading, req);
      d = leading[0] ?? this.#o.nodes.keys().next().value!;
    } else d = this.#domainOf(req.query, req.headers, [], req.path, req.body);
    if (d instanceof Error) return json(400, { error: errorMsgOf(fail('UNKNOWN_DOMAIN', d.message)) });
    return this.#o.nodes.get(d)!.http(req);
  }

  /** `/metrics` of every domain in `domains` (led here) as one exposition; a domain that cannot answer now is left out. */
  async #metricsOf(domains: readonly string[], req: HttpRequest): Promise<HttpResponse> {
    const parts = (await Promise.all(domains.map((d) => this.#o.nodes.get(d)!.http(req)))).filter((r) => r.status === 200);
    if (parts.length === 0) return json(503, { error: errorMsgOf(fail('NOT_READY', 'no routing domain led here can answer right now')) });
    const text = (r: HttpResponse): string => (typeof r.body === 'string' ? r.body : Buffer.from(r.body).toString('utf8'));
    return { ...parts[0]!, body: mergeExpositions(parts.map(text)) };
  }

  #health(ready: boolean): HttpResponse {
    const domains = Object.fromEntries([...this.#o.nodes].map(([d, n]) => [d, n.role]));
    if (!ready) return json(200, { status: 'ok', domains });
    const all = Object.values(domains).every((r) => r === 'leader' || r === 'follower');
    return json(all ? 200 : 503, { status: all ? 'ready' : 'no_leader', domains });
  }
}

function json(status: number, body: unknown): HttpResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}
