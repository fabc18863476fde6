/**
 * Durations the simulator draws (handle time, wrap-up, patience, ring time):
 * exponential, lognormal, fixed, uniform, and empirical (resampled from
 * observed values, e.g. a trace's handle times). Every draw takes the same
 * number of uniforms whatever the value, so that a stream stays aligned
 * between two runs that differ elsewhere (see random.ts).
 */
import type { Random } from './random.js';
import type { DistributionSpec } from './scenario-schema.js';

/** A compiled distribution of durations in seconds. */
export interface Sampler {
  /** One draw, in seconds. */
  sample(r: Random): number;
  /** The distribution's mean, in seconds (Infinity for "never"). */
  readonly mean: number;
  readonly describe: string;
}

const TWO_PI = 2 * Math.PI;

export function exponential(mean: number): Sampler {
  return { sample: (r) => -Math.log(r.nextOpen()) * mean, mean, describe: `exponential(mean ${mean} s)` };
}

/**
 * Lognormal given by the mean and standard deviation of the durations
 * themselves (what a manager reads off a report), not of their logarithm:
 * sigma^2 = ln(1 + sd^2 / mean^2), mu = ln(mean) - sigma^2 / 2.
 */
export function lognormal(mean: number, sd: number): Sampler {
  const s2 = Math.log(1 + (sd * sd) / (mean * mean));
  const sigma = Math.sqrt(s2);
  const mu = Math.log(mean) - s2 / 2;
  return {
    // Box-Muller, one of the pair: two uniforms a draw.
    sample: (r) => Math.exp(mu + sigma * Math.sqrt(-2 * Math.log(r.nextOpen())) * Math.cos(TWO_PI * r.next())),
    mean,
    describe: `lognormal(mean ${mean} s, sd ${sd} s)`,
  };
}

export function fixed(value: number): Sampler {
  return {
    sample: (r) => {
      r.nextUint32();
      return value;
    },
    mean: value,
    describe: `fixed(${value} s)`,
  };
}

export function uniform(min: number, max: number): Sampler {
  return { sample: (r) => min + (max - min) * r.next(), mean: (min + max) / 2, describe: `uniform(${min}..${max} s)` };
}

/** Resamples observed values (the empirical distribution, as a bootstrap does). */
export function empirical(values: readonly number[]): Sampler {
  const v = Float64Array.from(values);
  const mean = v.reduce((s, x) => s + x, 0) / v.length;
  return { sample: (r) => v[Math.floor(r.next() * v.length)]!, mean, describe: `empirical(${v.length} values, mean ${mean.toFixed(1)} s)` };
}

/** Patience "none": the customer never leaves. */
export const NEVER: Sampler = {
  sample: (r) => {
    r.nextUint32();
    return Infinity;
  },
  mean: Infinity,
  describe: 'none',
};

/** Compiles a validated spec (empirical values already loaded from their file). */
export function compileDistribution(spec: DistributionSpec | 'none'): Sampler {
  if (spec === 'none') return NEVER;
  switch (spec.dist) {
    case 'exponential':
      return exponential(spec.mean);
    case 'lognormal':
      return lognormal(spec.mean, spec.sd);
    case 'fixed':
      return fixed(spec.value);
    case 'uniform':
      return uniform(spec.min, spec.max);
    case 'empirical':
      // parseScenario loads a file's values into `values`.
      return empirical(spec.values ?? []);
  }
}
