import fc from 'fast-check';
import t from 'tap';
import { RankTree } from '../../src/core/rank-tree.js';

interface Item {
  readonly key: number;
}

t.test('rank tree - rank, insert and remove agree with a sorted array', async (t) => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 200 })), { maxLength: 300 }), (ops) => {
      const tree = new RankTree<Item>((a, b) => a.key < b.key);
      const live = new Map<number, Item>();
      for (const [add, key] of ops) {
        if (add && !live.has(key)) {
          const item = { key };
          live.set(key, item);
          tree.insert(item);
        } else if (!add && live.has(key)) {
          t.equal(tree.remove(live.get(key)!), true);
          live.delete(key);
        }
        const sorted = [...live.keys()].sort((a, b) => a - b);
        if (tree.size !== sorted.length) return false;
        for (const [i, k] of sorted.entries()) if (tree.rank(live.get(k)!) !== i) return false;
      }
      return tree.remove({ key: -1 }) === false;
    }),
    { numRuns: 300 },
  );
});

t.test('router - position counts the waiting contacts of the queue ahead by key', async (t) => {
  const { Router } = await import('../../src/core/index.js');
  const { ManualClock } = await import('../fixtures/manual-clock.js');
  const clock = new ManualClock();
  const r = new Router(
    {
      queues: [
        { id: 'q', channels: ['chat'] },
        { id: 'other', channels: ['chat'] },
      ],
      tiers: { prime: { bonusSeconds: 60 } },
    },
    clock,
  );
  const create = (id: string, tier: string, priority?: number, queueId = 'q'): void => {
    clock.advance(10_000);
    r.createContact({ id, queueId, channel: 'chat', language: 'en', customer: { id: `u-${id}`, tier }, ...(priority === undefined ? {} : { priority }) });
  };
  create('a', 'standard');
  create('b', 'standard');
  create('c', 'prime'); // 60 s bonus: ahead of a and b (they arrived 10 and 20 s earlier)
  create('d', 'standard', 1); // better priority: first of all
  create('x', 'standard', undefined, 'other');
  t.same(
    ['d', 'c', 'a', 'b'].map((id) => r.position(id)),
    [1, 2, 3, 4],
  );
  t.equal(r.position('x'), 1);
  r.abandonContact('c');
  t.same(
    ['d', 'a', 'b'].map((id) => r.position(id)),
    [1, 2, 3],
  );
  r.updateContact('b', { priority: 0 });
  t.same(
    ['b', 'd', 'a'].map((id) => r.position(id)),
    [1, 2, 3],
  );
  r.updateContact('a', { queueId: 'other' });
  t.equal(r.position('a'), 1, 'moved: first arrival kept, ahead of x');
  t.equal(r.position('x'), 2);
});
