/**
 * A configuration cut to one routing domain: what that domain's leader
 * routes (its queues, the agents who serve them). See domains.ts for what a
 * domain is; this only applies the plan to a validated configuration.
 */
import type { CoreConfig } from '../core/config-schema.js';
import { planDomains, type RoutingDomain } from './domains.js';
import type { SwitchboardConfig } from './schema.js';

/** The routing domains of a validated configuration, by id. One (`default`) for a configuration without shared-agent groups or named domains. */
export function routingDomains(config: SwitchboardConfig): RoutingDomain[] {
  return planDomains({ queues: config.core.queues, agents: config.agents, domains: config.domains }).domains;
}

/**
 * The configuration of one domain: its queues and agents only. A bot
 * hand-off rule naming another domain's queue loses that queue (the contact
 * stays in its own); the rest (tiers, limits, gateway) is shared. With one
 * domain, the configuration itself.
 */
export function domainConfig(config: SwitchboardConfig, domainId: string): SwitchboardConfig {
  const domains = routingDomains(config);
  const d = domains.find((x) => x.id === domainId);
  if (d === undefined) throw new Error(`no routing domain ${JSON.stringify(domainId)} (the domains are ${domains.map((x) => x.id).join(', ')})`);
  if (domains.length === 1) return config;
  const queues = new Set(d.queues);
  const agents = new Set(d.agents);
  const route = <R extends { readonly queueId?: string | undefined }>(r: R): R => {
    if (r.queueId === undefined || queues.has(r.queueId)) return r;
    const { queueId: _other, ...rest } = r;
    return rest as R;
  };
  const h = config.core.botHandoff;
  const botHandoff =
    h === undefined
      ? undefined
      : {
          ...route(h),
          ...(h.intents === undefined ? {} : { intents: Object.fromEntries(Object.entries(h.intents).map(([k, r]) => [k, route(r)])) }),
        };
  const core: CoreConfig = JSON.parse(JSON.stringify({ ...config.core, queues: config.core.queues.filter((q) => queues.has(q.id)), botHandoff })) as CoreConfig;
  return {
    ...config,
    core,
    agents: new Map([...config.agents].filter(([a]) => agents.has(a))),
    queueLabels: new Map([...config.queueLabels].filter(([q]) => queues.has(q))),
  };
}
