import t from 'tap';
import { planMove } from '../../src/cluster/client-spread.js';

const s = { margin: 0.2, batch: 2 };
const loads = (...counts: number[]) => counts.map((count, i) => ({ url: `ws://p${i}`, count }));

t.test('client spread - all on one process: a batch moves to the emptiest', async (t) => {
  t.same(planMove(loads(20, 0), s), { from: 0, to: 1, n: 2 });
  t.same(planMove(loads(0, 12, 3), s), { from: 1, to: 0, n: 2 });
});

t.test('client spread - never past the fair share, never for a difference of one', async (t) => {
  t.same(planMove(loads(3, 0), { margin: 0, batch: 10 }), { from: 0, to: 1, n: 1 });
  t.equal(planMove(loads(2, 1), { margin: 0, batch: 10 }), null);
  t.same(planMove(loads(30, 0), { margin: 0, batch: 100 }), { from: 0, to: 1, n: 15 });
});

t.test('client spread - within the margin, or a single process: nothing moves', async (t) => {
  t.equal(planMove(loads(12, 8), s), null, '12 <= ceil(10 * 1.2)');
  t.same(planMove(loads(13, 7), s), { from: 0, to: 1, n: 2 });
  t.equal(planMove(loads(40), s), null);
  t.equal(planMove([], s), null);
  t.equal(planMove(loads(0, 0), s), null);
});
