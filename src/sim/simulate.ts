/**
 * `simulate(config, scenario, options)`: the simulator as a library. Runs
 * the replications one after the other (replication i seeded from the seed
 * and i, so any one can be rerun alone) and returns the figures. The same
 * seed gives the same figures, to the digit.
 *
 * @example
 * const config = parseConfig(JSON.parse(readFileSync('cc.json', 'utf8')));
 * const scenario = parseScenario(JSON.parse(readFileSync('day.json', 'utf8')), config);
 * const figures = simulate(config, scenario, { replications: 10, seed: 7 });
 * console.log(figures.rows.find((r) => r.key === 'floor')?.serviceLevel);
 */
import type { SwitchboardConfig } from '../config/schema.js';
import type { AnnouncerFactory } from './announced-wait.js';
import { combine, type SimulationFigures } from './figures.js';
import { replicationSeed } from './random.js';
import type { Scenario } from './scenario-schema.js';
import { runReplication, type ContactOutcome, type ReplicationResult } from './simulator.js';

export interface SimulateOptions {
  /** Independent replications of the day (default 10). */
  readonly replications?: number;
  /** Default 1. */
  readonly seed?: number;
  /** Compute the wait the server would announce to each contact (default true). */
  readonly announce?: boolean;
  /** The estimator to announce with (default: the server's). */
  readonly announcer?: AnnouncerFactory;
  /** Called now and then with the share of the whole run done (0..1). */
  readonly onProgress?: (fraction: number) => void;
  /** Called as each counted contact ends, with its replication (0-based). */
  readonly onContact?: (c: ContactOutcome, replication: number) => void;
  /** Count service level against this threshold (s) in every queue instead of each queue's own. */
  readonly serviceLevelSeconds?: number;
}

export const DEFAULT_REPLICATIONS = 10;

export function simulate(config: SwitchboardConfig, scenario: Scenario, options: SimulateOptions = {}): SimulationFigures {
  const n = options.replications ?? DEFAULT_REPLICATIONS;
  if (!Number.isInteger(n) || n < 1) throw new RangeError('replications must be an integer >= 1');
  const seed = options.seed ?? 1;
  const runs: ReplicationResult[] = [];
  for (let i = 0; i < n; i++) {
    const progress = options.onProgress;
    const onContact = options.onContact;
    runs.push(
      runReplication(config, scenario, replicationSeed(seed, i), {
        ...(options.announce === undefined ? {} : { announce: options.announce }),
        ...(options.announcer === undefined ? {} : { announcer: options.announcer }),
        ...(options.serviceLevelSeconds === undefined ? {} : { serviceLevelSeconds: options.serviceLevelSeconds }),
        ...(progress === undefined ? {} : { onProgress: (f: number) => progress((i + f) / n) }),
        ...(onContact === undefined ? {} : { onContact: (c: ContactOutcome) => onContact(c, i) }),
      }),
    );
  }
  return combine(scenario, seed, runs);
}
