import fc from 'fast-check';
import t from 'tap';
import { SeqTable, idHash } from '../../src/core/seq-table.js';

type Op =
  | { readonly op: 'set'; readonly id: string }
  | { readonly op: 'get'; readonly id: string }
  | { readonly op: 'delete'; readonly id: string }
  /** The log's entry `back` places before the newest expires (removed only where the id still maps to it). */
  | { readonly op: 'expire'; readonly back: number };

const ids = fc.constantFrom(...Array.from({ length: 40 }, (_, i) => `c-${i}`), '', 'x', 'é-1');
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: ids.map((id) => ({ op: 'set' as const, id })) },
  { weight: 3, arbitrary: ids.map((id) => ({ op: 'get' as const, id })) },
  { weight: 1, arbitrary: ids.map((id) => ({ op: 'delete' as const, id })) },
  { weight: 2, arbitrary: fc.nat(60).map((back) => ({ op: 'expire' as const, back })) },
);

const hashes: readonly (readonly [string, (id: string) => number])[] = [
  ['fnv', idHash],
  ['constant', () => 7],
  ['length', (id) => id.length],
  ['two bits', (id) => (id.charCodeAt(id.length - 1) || 0) & 3],
  ['negative', (id) => -1 - id.length * 1024],
];

for (const [name, hash] of hashes) {
  t.test(`seq table - agrees with a Map under set, get, delete and expiry (${name} hash, tiny table)`, async () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), fc.constantFrom(2, 4, 1024), (ops, slots) => {
        const log: string[] = [];
        const model = new Map<string, number>();
        // The table may only read the ids of the seqs it holds.
        const idAt = (seq: number): string => {
          const id = log[seq]!;
          if (model.get(id) !== seq) throw new Error(`read seq ${seq}, not held`);
          return id;
        };
        const table = new SeqTable(idAt, hash, slots);
        for (const o of ops) {
          if (o.op === 'set') {
            const seq = log.push(o.id) - 1;
            if (table.set(o.id, seq) !== (model.get(o.id) ?? -1)) return false;
            model.set(o.id, seq);
          } else if (o.op === 'get') {
            if (table.get(o.id) !== (model.get(o.id) ?? -1)) return false;
          } else if (o.op === 'delete') {
            if (table.delete(o.id) !== model.delete(o.id)) return false;
          } else {
            const seq = log.length - 1 - o.back;
            if (seq < 0) continue;
            const id = log[seq]!;
            const held = model.get(id) === seq;
            if (table.removeSeq(id, seq) !== held) return false;
            if (held) model.delete(id);
          }
          if (table.size !== model.size) return false;
        }
        for (const [id, seq] of model) if (table.get(id) !== seq) return false;
        return true;
      }),
      { numRuns: 300 },
    );
  });
}

t.test('seq table - grows by doubling from a tiny table and keeps every id', async (t) => {
  const log: string[] = [];
  const table = new SeqTable((seq) => log[seq]!, idHash, 2);
  for (let i = 0; i < 10_000; i++) table.set(`contact-${i}`, log.push(`contact-${i}`) - 1);
  t.equal(table.size, 10_000);
  t.equal(table.bytes, 32768 * 8, 'at most half full: 10,000 ids in 32,768 slots of 8 bytes');
  for (let i = 0; i < 10_000; i++) if (table.get(`contact-${i}`) !== i) t.fail(`contact-${i}`);
  t.equal(table.get('contact-10000'), -1);
  // Expiring every entry in log order empties it; the table keeps its size (no shrinking).
  for (let i = 0; i < 10_000; i++) table.removeSeq(`contact-${i}`, i);
  t.equal(table.size, 0);
  t.equal(table.get('contact-5'), -1);
  t.equal(table.bytes, 32768 * 8);
});

t.test('seq table - refuses a slot count that is not a power of two', async (t) => {
  t.throws(() => new SeqTable(() => '', idHash, 3), /power of two/);
  t.throws(() => new SeqTable(() => '', idHash, 1), /power of two/);
});

t.test('seq table - refuses a seq that does not fit and stays unchanged', async (t) => {
  const table = new SeqTable(() => 'a');
  for (const seq of [-1, 0.5, 2 ** 32 - 1, NaN]) t.throws(() => table.set('a', seq), RangeError);
  t.equal(table.size, 0);
  t.equal(table.set('a', 2 ** 32 - 2), -1);
  t.equal(table.get('a'), 2 ** 32 - 2);
});
