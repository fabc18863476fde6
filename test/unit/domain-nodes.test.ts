import t from 'tap';
import { TokenAuthority } from '../../src/gateway/auth.js';
import { DomainNodes } from '../../src/cluster/domain-nodes.js';
import { fairShare } from '../../src/cluster/domain-spread.js';
import type { ClusterNode } from '../../src/cluster/cluster-node.js';
import type { HttpRequest, UpgradeRequest } from '../../src/gateway/transport.js';

const SECRET = 'domain-nodes-secret-0123456789';

/** A node that says which domain it is, as its gateway or relay would answer. */
function fakeNode(domain: string, role: string): ClusterNode {
  return {
    role,
    holdsLease: role === 'leader',
    upgrade: () => ({ accept: true, context: domain }),
    open: (_conn: unknown, ctx: unknown) => ({ ctx }),
    message: () => undefined,
    close: () => undefined,
    http: async () => ({ status: 200, body: domain }),
    start: async () => undefined,
    stop: async () => undefined,
  } as unknown as ClusterNode;
}

function nodes(roles: Record<string, string> = { east: 'leader', west: 'follower' }): DomainNodes {
  return new DomainNodes({
    nodes: new Map(Object.entries(roles).map(([d, r]) => [d, fakeNode(d, r)])),
    agentDomains: new Map([
      ['ann', 'east'],
      ['bob', 'west'],
    ]),
    queueDomains: new Map([
      ['sales', 'east'],
      ['support', 'west'],
    ]),
    auth: new TokenAuthority(SECRET),
  });
}

const upgrade = (path: string, token: string, query = ''): UpgradeRequest => ({
  path,
  query: new URLSearchParams(query),
  headers: { authorization: `Bearer ${token}` },
  protocols: [],
});

const http = (method: string, path: string, o: { query?: string; body?: unknown; headers?: Record<string, string> } = {}): HttpRequest => ({
  method,
  path,
  query: new URLSearchParams(o.query ?? ''),
  headers: o.headers ?? {},
  body: new TextEncoder().encode(o.body === undefined ? '' : JSON.stringify(o.body)),
});

t.test('domains - fair share of domains per process', async (t) => {
  t.equal(fairShare(4, 1), 4);
  t.equal(fairShare(4, 3), 2);
  t.equal(fairShare(2, 3), 1);
  t.equal(fairShare(4, 0), 4, 'no count yet: this process alone');
});

t.test('domains - a socket goes to its domain: named, else the agent’s own', async (t) => {
  const auth = new TokenAuthority(SECRET);
  const n = nodes();
  const ctx = (d: ReturnType<DomainNodes['upgrade']>) => (d instanceof Promise ? null : d.accept ? (d.context as { context: unknown }).context : d);
  t.equal(ctx(n.upgrade(upgrade('/v1/agent', await auth.sign({ role: 'agent', id: 'bob' })))), 'west', "an agent is put to its profile's domain");
  t.equal(ctx(n.upgrade(upgrade('/v1/agent', await auth.sign({ role: 'agent', id: 'ann' })))), 'east');
  t.equal(ctx(n.upgrade(upgrade('/v1/supervisor', await auth.sign({ role: 'supervisor', id: 's' }), 'domain=west'))), 'west', '?domain= names it');
  const refused = n.upgrade(upgrade('/v1/integration', await auth.sign({ role: 'integration', id: 'ivr' })));
  t.match(refused, { accept: false, status: 400 });
  t.match(JSON.parse((refused as { body: string }).body), {
    error: { code: 'INVALID_ARGUMENT', message: 'this server routes several domains (east, west): name one with ?domain=<id>' },
  });
  t.match(n.upgrade(upgrade('/v1/integration', 'x', 'domain=north')), {
    accept: false,
    status: 400,
    body: /no routing domain \\"north\\" \(the domains are east, west\)/,
  });
  t.equal(ctx(n.upgrade(upgrade('/v1/agent', 'not-a-token'))), 'east', "a bad token goes to a domain's gateway, which refuses it");
  const single = new DomainNodes({ nodes: new Map([['east', fakeNode('east', 'leader')]]), agentDomains: new Map(), queueDomains: new Map(), auth });
  t.equal(ctx(single.upgrade(upgrade('/v1/integration', 'x'))), 'east', 'one domain needs no name');
});

t.test('domains - HTTP requests go to the domain of the created contact, health answers for all', async (t) => {
  const n = nodes();
  t.equal((await n.http(http('POST', '/v1/contacts', { body: { queueId: 'support' } }))).body, 'west');
  t.equal((await n.http(http('POST', '/v1/contacts', { body: { queueId: 'sales' } }))).body, 'east');
  t.equal((await n.http(http('GET', '/v1/interactions', { headers: { 'x-switchboard-domain': 'west' } }))).body, 'west');
  t.equal((await n.http(http('POST', '/v1/contacts', { body: { queueId: 'nowhere' } }))).status, 400);
  t.equal((await n.http(http('GET', '/metrics'))).body, 'east', 'metrics of the domain this process leads');
  t.equal((await n.http(http('GET', '/metrics', { query: 'domain=west' }))).body, 'west');
  const ready = await n.http(http('GET', '/readyz'));
  t.equal(ready.status, 200);
  t.same(JSON.parse(ready.body as string), { status: 'ready', domains: { east: 'leader', west: 'follower' } });
  const starting = await nodes({ east: 'leader', west: 'starting' }).http(http('GET', '/readyz'));
  t.equal(starting.status, 503, 'not ready while a domain has no known leader');
  t.same(JSON.parse((await n.http(http('GET', '/healthz'))).body as string), { status: 'ok', domains: { east: 'leader', west: 'follower' } });
  t.same(n.leading, ['east']);
});
