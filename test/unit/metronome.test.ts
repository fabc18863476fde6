/**
 * The bench's metronome (test/harness/metronome.ts, used by bench:e2e): one tick per request,
 * never before the time asked for, a later request replacing an earlier one.
 * No timing bound is asserted (shared machines): only order and counts.
 */
import t from 'tap';
import { Metronome, nowMs } from '../harness/metronome.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

t.test('ticks once a request, not before the time asked for', async (t) => {
  const ticks: number[] = [];
  let wake: () => void = () => {};
  const m = new Metronome(() => {
    ticks.push(nowMs());
    wake();
  });
  t.teardown(() => m.close());
  for (const ahead of [0, 3, 0.4, 12]) {
    const at = nowMs() + ahead;
    const ticked = new Promise<void>((r) => (wake = r));
    m.wakeAt(at);
    await ticked;
    t.ok(ticks.at(-1)! >= at, `a tick ${ahead} ms ahead came at or after its time`);
  }
  await sleep(30);
  t.equal(ticks.length, 4, 'one tick per request');
});

t.test('a new request replaces the one waiting', async (t) => {
  let ticks = 0;
  const m = new Metronome(() => ticks++);
  t.teardown(() => m.close());
  m.wakeAt(nowMs() + 60_000);
  const at = nowMs() + 5;
  m.wakeAt(at);
  while (ticks === 0) await sleep(1);
  t.ok(nowMs() >= at, 'the replacing time was kept');
  await sleep(30);
  t.equal(ticks, 1, 'the replaced request never ticks');
});

t.test('a time already past ticks at once; close stops it', async (t) => {
  let ticks = 0;
  const m = new Metronome(() => ticks++);
  m.wakeAt(nowMs() - 10);
  while (ticks === 0) await sleep(1);
  t.equal(ticks, 1);
  m.wakeAt(nowMs() + 20);
  t.equal(await m.close(), 0, 'the worker ends by itself');
  t.equal(await m.close(), 0, 'a second close is the first');
  await sleep(40);
  t.equal(ticks, 1, 'no tick after close');
});
