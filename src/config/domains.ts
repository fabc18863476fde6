/**
 * Routing domains (DESIGN §7): groups of queues that share agents, each
 * routed by its own leader on its own keys (`sb:{<domain>}:…`), so domains
 * spread over Redis Cluster nodes and leaders over processes.
 *
 * A domain must hold everything one routing decision may touch: the queues
 * an agent serves (an agent is offered contacts of all its queues at once),
 * and the queues a contact may move to on its own (a step's overflow, a full
 * queue's overflow, an escalation, a closed queue's redirect or callback, a
 * maximum wait's voicemail). Those links are followed here; a transfer names
 * its target at run time, so a transfer into another domain's queue is
 * refused by the router (`NOT_FOUND`: no such queue in its domain), and a
 * bot hand-off rule naming another domain's queue leaves the contact in its
 * own queue.
 *
 * - Computed (no `domains` in the file): the connected groups of queues
 *   under those links. One group (every configuration before domains) is
 *   the domain `default`, so its keys stay as they were; several are named
 *   each by its lowest queue id. Such a name changes when a queue with a
 *   lower id joins the group, and the group's stored state would then be
 *   under other keys: name the domains in the file before splitting a floor.
 * - Named (`"domains": { "east": { "queues": [...] } }`): every queue in
 *   exactly one; an agent whose queues lie in two domains, or a link
 *   between them, is refused with the agent (or queue) and both domains
 *   named, rather than merged behind the operator's back.
 *
 * @example
 * for (const d of routingDomains(config)) startTerm(d.id, domainConfig(config, d.id));
 */
import type { CoreConfig } from '../core/config-schema.js';

/** One routing domain: its id (the keys' hash tag), its queues and the configured agents who serve them. */
export interface RoutingDomain {
  readonly id: string;
  readonly queues: readonly string[];
  readonly agents: readonly string[];
}

/** The domain of a single-domain configuration: the keys every release before domains used. */
export const DEFAULT_DOMAIN = 'default';

type Queue = CoreConfig['queues'][number];

/** What the plan reads: the queues, who serves them, and the file's named domains if any. */
export interface DomainInput {
  readonly queues: readonly Queue[];
  readonly agents: Iterable<readonly [string, { readonly queues: readonly string[] }]>;
  readonly domains?: Readonly<Record<string, { readonly queues: readonly string[] }>> | undefined;
}

/** A configuration problem with the field at fault, as the schema reports it. */
export interface DomainProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

interface QueueLink {
  readonly path: readonly (string | number)[];
  readonly target: string;
  /** What the link does, for an error: "overflows to", ... */
  readonly verb: string;
}

/** The queues a contact of `q` may move to without anyone naming them at run time. */
export function queueLinks(q: Queue, i: number): QueueLink[] {
  const at = ['queues', i];
  const out: QueueLink[] = [];
  (q.steps ?? []).forEach((s, k) => {
    (s.overflowTo ?? []).forEach((target, n) => out.push({ path: [...at, 'steps', k, 'overflowTo', n], target, verb: 'overflows to' }));
  });
  if (q.whenFullOverflowTo !== undefined) out.push({ path: [...at, 'whenFullOverflowTo'], target: q.whenFullOverflowTo, verb: 'overflows when full to' });
  if (q.escalateTo !== undefined) out.push({ path: [...at, 'escalateTo'], target: q.escalateTo, verb: 'escalates to' });
  const closed = q.hours?.whenClosed?.queueId;
  if (closed !== undefined) out.push({ path: [...at, 'hours', 'whenClosed', 'queueId'], target: closed, verb: 'sends contacts when closed to' });
  const voicemail = q.maxWait?.queueId;
  if (voicemail !== undefined) out.push({ path: [...at, 'maxWait', 'queueId'], target: voicemail, verb: 'sends voicemails to' });
  return out;
}

/**
 * The routing domains of a configuration, and what is wrong with its named
 * ones (empty when none are named: computed domains cannot conflict).
 * Unknown queue ids in agents and links are left to the schema's own checks.
 */
export function planDomains(input: DomainInput): { domains: RoutingDomain[]; problems: DomainProblem[] } {
  const agents = [...input.agents];
  return input.domains === undefined ? { domains: computed(input.queues, agents), problems: [] } : named(input.queues, agents, input.domains);
}

function computed(queues: readonly Queue[], agents: readonly (readonly [string, { readonly queues: readonly string[] }])[]): RoutingDomain[] {
  // Union-find over queue ids, joined by every agent's queues and every link.
  const parent = new Map<string, string>(queues.map((q) => [q.id, q.id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const join = (a: string, b: string) => {
    if (!parent.has(a) || !parent.has(b)) return;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  queues.forEach((q, i) => {
    for (const l of queueLinks(q, i)) join(q.id, l.target);
  });
  for (const [, p] of agents) for (const q of p.queues) join(p.queues[0]!, q);
  const groups = new Map<string, string[]>();
  for (const q of queues) {
    const r = find(q.id);
    groups.set(r, [...(groups.get(r) ?? []), q.id]);
  }
  const single = groups.size === 1;
  return [...groups.values()]
    .map((qs) => {
      const id = single ? DEFAULT_DOMAIN : [...qs].sort()[0]!;
      const set = new Set(qs);
      return { id, queues: qs, agents: agents.filter(([, p]) => p.queues.some((q) => set.has(q))).map(([a]) => a) };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function named(
  queues: readonly Queue[],
  agents: readonly (readonly [string, { readonly queues: readonly string[] }])[],
  domains: Readonly<Record<string, { readonly queues: readonly string[] }>>,
): { domains: RoutingDomain[]; problems: DomainProblem[] } {
  const problems: DomainProblem[] = [];
  const known = new Set(queues.map((q) => q.id));
  const domainOf = new Map<string, string>();
  for (const [d, { queues: qs }] of Object.entries(domains)) {
    qs.forEach((q, n) => {
      const path = ['domains', d, 'queues', n];
      const other = domainOf.get(q);
      if (!known.has(q)) problems.push({ path, message: `unknown queue ${JSON.stringify(q)}` });
      else if (other !== undefined) problems.push({ path, message: `queue ${q} is already in domain ${other}; a queue belongs to one domain` });
      else domainOf.set(q, d);
    });
  }
  queues.forEach((q, i) => {
    if (!domainOf.has(q.id))
      problems.push({ path: ['queues', i, 'id'], message: `queue ${q.id} is in none of the named domains (${Object.keys(domains).join(', ')})` });
  });
  queues.forEach((q, i) => {
    const from = domainOf.get(q.id);
    for (const l of queueLinks(q, i)) {
      const to = domainOf.get(l.target);
      if (from !== undefined && to !== undefined && to !== from)
        problems.push({
          path: l.path,
          message: `queue ${q.id} (domain ${from}) ${l.verb} queue ${l.target} of domain ${to}; a contact stays in its routing domain`,
        });
    }
  });
  for (const [agent, p] of agents) {
    const seen = new Map<string, string>();
    for (const q of p.queues) {
      const d = domainOf.get(q);
      if (d !== undefined && !seen.has(d)) seen.set(d, q);
    }
    if (seen.size > 1) {
      const list = [...seen].map(([d, q]) => `${d} (queue ${q})`).join(' and ');
      problems.push({ path: ['agents', agent, 'queues'], message: `agent ${agent} serves queues of domains ${list}; an agent serves one routing domain` });
    }
  }
  const out = Object.keys(domains).map((id) => {
    const mine = queues.map((q) => q.id).filter((q) => domainOf.get(q) === id);
    const set = new Set(mine);
    return { id, queues: mine, agents: agents.filter(([, p]) => p.queues.some((q) => set.has(q))).map(([a]) => a) };
  });
  return { domains: out, problems };
}
