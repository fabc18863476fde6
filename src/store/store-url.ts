/**
 * The `--store` values and how they name a Redis:
 *
 * - `memory`;
 * - `redis://[[user]:password@]host:port[/db]` (`rediss://` for TLS): one Redis;
 * - `redis-sentinel://[[user]:password@]host:port[,host:port…]/master[/db]`:
 *   the Sentinels that watch the master group `master`; the client asks them
 *   where the master is and follows a failover. The user and password are the
 *   master's (and its replicas'); `?sentinelPassword=…` (and
 *   `sentinelUsername`) authenticate to the Sentinels when they need it.
 * - `redis-cluster://[[user]:password@]host:port[,host:port…][/]`: some
 *   nodes of a Redis Cluster (any will do: the client learns the others and
 *   the slots from them, and follows a failover or a resharding). Database 0
 *   only (a cluster has no other). Each routing domain's keys share one hash
 *   tag (`sb:{<domain>}:…`), so one domain lives on one master.
 *
 * Parsed here once, so that every connection (the store's, the compactions',
 * the relay's) reaches the same Redis the same way, and redacted for logs.
 */
import { invalid } from '../core/index.js';

/** Where a Sentinel listens. */
export interface SentinelAddress {
  readonly host: string;
  readonly port: number;
}

/** A parsed `redis-sentinel://` URL. */
export interface SentinelUrl {
  readonly sentinels: readonly SentinelAddress[];
  /** The master group's name, as the Sentinels' configuration has it. */
  readonly name: string;
  readonly db: number;
  readonly username?: string;
  readonly password?: string;
  readonly sentinelUsername?: string;
  readonly sentinelPassword?: string;
}

const PLAIN = /^rediss?:\/\/./;
const SENTINEL = /^redis-sentinel:\/\//;
const CLUSTER = /^redis-cluster:\/\//;

/** Whether `s` names a Redis store (one Redis, Sentinels or a Redis Cluster). */
export function isRedisStoreUrl(s: string): boolean {
  return PLAIN.test(s) || SENTINEL.test(s) || CLUSTER.test(s);
}

export function isClusterUrl(s: string): boolean {
  return CLUSTER.test(s);
}

/** A parsed `redis-cluster://` URL: the nodes to start from, and the credentials. */
export interface ClusterUrl {
  readonly nodes: readonly SentinelAddress[];
  readonly username?: string;
  readonly password?: string;
}

/** Whether `s` is a valid `--store` value's form: `memory` or a Redis URL. */
export function isStoreSpec(s: string): boolean {
  return s === 'memory' || isRedisStoreUrl(s);
}

export function isSentinelUrl(s: string): boolean {
  return SENTINEL.test(s);
}

/** What `--store` and the config's `store` accept, for error messages. */
export const STORE_FORMS = 'memory, redis://host:port/db, redis-sentinel://host:port,host:port/master/db or redis-cluster://host:port,host:port';

/**
 * Parses `redis-sentinel://[[user]:password@]host:port[,host:port…]/master[/db][?sentinelPassword=…]`.
 * Throws `INVALID_ARGUMENT` naming what is wrong.
 */
export function parseSentinelUrl(url: string): SentinelUrl {
  const m = /^redis-sentinel:\/\/(?:([^@/]*)@)?([^/?#]+)\/([^/?#]+)(?:\/(\d+))?\/?(?:\?([^#]*))?$/.exec(url);
  if (m === null) throw invalid(`a Sentinel store URL has the form redis-sentinel://host:port,host:port/master/db, not ${JSON.stringify(redactStoreUrl(url))}`);
  const [, auth, hosts, name, db, query] = m as unknown as [string, string | undefined, string, string, string | undefined, string | undefined];
  const sentinels = hosts.split(',').map((h): SentinelAddress => {
    const hp = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(h);
    const port = hp?.[2] === undefined ? 26379 : Number(hp[2]);
    if (hp === null || port < 1 || port > 65535) throw invalid(`bad Sentinel address ${JSON.stringify(h)} in the store URL (host:port)`);
    return { host: hp[1]!.replace(/^\[|\]$/g, ''), port };
  });
  const out: { -readonly [K in keyof SentinelUrl]: SentinelUrl[K] } = { sentinels, name: decodeURIComponent(name), db: db === undefined ? 0 : Number(db) };
  if (auth !== undefined) {
    const colon = auth.indexOf(':');
    const user = decodeURIComponent(colon < 0 ? auth : auth.slice(0, colon));
    if (user !== '') out.username = user;
    if (colon >= 0) out.password = decodeURIComponent(auth.slice(colon + 1));
  }
  for (const [k, v] of new URLSearchParams(query ?? '')) {
    if (k === 'sentinelPassword') out.sentinelPassword = v;
    else if (k === 'sentinelUsername') out.sentinelUsername = v;
    else throw invalid(`unknown option ${JSON.stringify(k)} in the Sentinel store URL (sentinelUsername, sentinelPassword)`);
  }
  return out;
}

/** Parses `redis-cluster://[[user]:password@]host:port[,host:port…][/]`. Throws `INVALID_ARGUMENT` naming what is wrong. */
export function parseClusterUrl(url: string): ClusterUrl {
  const m = /^redis-cluster:\/\/(?:([^@/]*)@)?([^/?#]+)\/?$/.exec(url);
  if (m === null) throw invalid(`a Redis Cluster store URL has the form redis-cluster://host:port,host:port, not ${JSON.stringify(redactStoreUrl(url))}`);
  const [, auth, hosts] = m as unknown as [string, string | undefined, string];
  const out: { -readonly [K in keyof ClusterUrl]: ClusterUrl[K] } = { nodes: hosts.split(',').map((h) => hostPort(h, 6379, 'Redis Cluster node')) };
  Object.assign(out, credentials(auth));
  return out;
}

function hostPort(h: string, defaultPort: number, what: string): SentinelAddress {
  const hp = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(h);
  const port = hp?.[2] === undefined ? defaultPort : Number(hp[2]);
  if (hp === null || port < 1 || port > 65535) throw invalid(`bad ${what} address ${JSON.stringify(h)} in the store URL (host:port)`);
  return { host: hp[1]!.replace(/^\[|\]$/g, ''), port };
}

function credentials(auth: string | undefined): { username?: string; password?: string } {
  if (auth === undefined) return {};
  const out: { username?: string; password?: string } = {};
  const colon = auth.indexOf(':');
  const user = decodeURIComponent(colon < 0 ? auth : auth.slice(0, colon));
  if (user !== '') out.username = user;
  if (colon >= 0) out.password = decodeURIComponent(auth.slice(colon + 1));
  return out;
}

/**
 * A store's address for logs and messages: hosts, ports, master name and
 * database, never a user or password.
 */
export function redactStoreUrl(url: string): string {
  if (isSentinelUrl(url)) {
    const m = /^redis-sentinel:\/\/(?:[^@/]*@)?([^/?#]+)(\/[^?#]*)?/.exec(url);
    return m === null ? 'the configured Sentinels' : `redis-sentinel://${m[1]}${(m[2] ?? '').replace(/\/$/, '')}`;
  }
  if (isClusterUrl(url)) {
    const m = /^redis-cluster:\/\/(?:[^@/]*@)?([^/?#]+)/.exec(url);
    return m === null ? 'the configured Redis Cluster' : `redis-cluster://${m[1]}`;
  }
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}:${u.port || '6379'}${u.pathname && u.pathname !== '/' ? u.pathname : ''}`;
  } catch {
    return 'the configured address';
  }
}
