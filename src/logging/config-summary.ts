/**
 * What the start-up log says about the configuration in force: the compiled
 * form, so defaults show as the values they take (ring timeout, wrap-up,
 * service level). Nothing secret: the token secret is never part of it.
 */
import type { CompiledConfig } from '../core/queue-config.js';
import type { SwitchboardConfig } from '../config/schema.js';

export interface QueueSummary {
  readonly id: string;
  readonly channels: readonly string[];
  readonly offerTimeoutSeconds: number;
  readonly wrapUpSeconds: number;
  readonly strategy: string;
  readonly serviceLevel: { readonly thresholdSeconds: number; readonly target: number };
  /** Relaxation levels, the queue's own included. */
  readonly levels: number;
}

export interface ConfigSummary {
  readonly queues: readonly QueueSummary[];
  /** Tier -> bonus seconds. */
  readonly tiers: Readonly<Record<string, number>>;
  readonly missedOffersLimit: number;
  /** Agent profiles in the file. */
  readonly agents: number;
  readonly allowProfileAtLogin: boolean;
  readonly gateway: SwitchboardConfig['gateway'];
}

export function configSummary(config: SwitchboardConfig, compiled: CompiledConfig): ConfigSummary {
  const tiers: Record<string, number> = {};
  for (const [id, ms] of compiled.tierBonusMs) tiers[id] = ms / 1000;
  return {
    queues: [...compiled.queues.values()].map((q) => ({
      id: q.id,
      channels: [...q.channels],
      offerTimeoutSeconds: q.offerTimeoutMs / 1000,
      wrapUpSeconds: q.wrapUpMs / 1000,
      strategy: q.strategy,
      serviceLevel: q.serviceLevel,
      levels: q.levels.length,
    })),
    tiers,
    missedOffersLimit: compiled.missedOffersLimit,
    agents: config.agents.size,
    allowProfileAtLogin: config.allowProfileAtLogin,
    gateway: config.gateway,
  };
}
