/**
 * The simulator's seeded random numbers: the same seed gives the same
 * stream on every machine, so a run can be replayed to the digit.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Chaotic PRNG,
 * from PractRand; 128 bits of state, passes PractRand and BigCrush), seeded
 * through splitmix32 so that nearby seeds give unrelated streams. It works
 * in 32-bit integer arithmetic only, which V8 runs without allocating.
 *
 * Streams are split by name (`fork('arrivals:support-en')`), not by drawing
 * from one shared generator: a contact's handle time does not depend on how
 * many agents drew a ring time before it. That keeps runs that differ only in
 * staffing on the same arrivals and handle times (common random numbers),
 * which the staffing search relies on to compare two staffings fairly.
 */

/** A 32-bit hash of a string (FNV-1a), to name streams. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** splitmix32: one step, returning the next state and an output. */
function splitmix32(state: number): [number, number] {
  const s = (state + 0x9e3779b9) | 0;
  let z = s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [s, (z ^ (z >>> 16)) >>> 0];
}

/** A seeded stream of uniform numbers in [0, 1). */
export class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;
  readonly #seed: number;

  /** `seed`: any number; its 32 low bits of integer part and a hash of the rest pick the stream. */
  constructor(seed: number) {
    this.#seed = seed >>> 0;
    let s = this.#seed;
    const out: number[] = [];
    for (let i = 0; i < 4; i++) {
      const [next, v] = splitmix32(s);
      s = next;
      out.push(v);
    }
    this.#a = out[0]!;
    this.#b = out[1]!;
    this.#c = out[2]!;
    this.#d = out[3]!;
    // Warm up: the first outputs of a fresh sfc32 state are correlated with the seed.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** A new independent stream named `label`, derived from this stream's seed (not from its position). */
  fork(label: string): Random {
    return new Random(Math.imul(this.#seed ^ 0x5bd1e995, 0x27d4eb2d) ^ hash32(label));
  }

  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const a = this.#a;
    const b = this.#b;
    const c = this.#c;
    const d = this.#d;
    const t = (((a + b) | 0) + d) | 0;
    this.#d = (d + 1) | 0;
    this.#a = b ^ (b >>> 9);
    this.#b = (c + (c << 3)) | 0;
    const r = (c << 21) | (c >>> 11);
    this.#c = (r + t) | 0;
    return t >>> 0;
  }

  /** A uniform number in [0, 1), with 53 random bits. */
  next(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** A uniform number in (0, 1]: safe to take the logarithm of. */
  nextOpen(): number {
    return 1 - this.next();
  }
}

/** The seed of replication `i` of a run seeded with `seed`. */
export function replicationSeed(seed: number, i: number): number {
  let s = (seed >>> 0) ^ Math.imul(i + 1, 0x9e3779b9);
  s = Math.imul(s ^ (s >>> 16), 0x85ebca6b);
  s = Math.imul(s ^ (s >>> 13), 0xc2b2ae35);
  return (s ^ (s >>> 16)) >>> 0;
}
