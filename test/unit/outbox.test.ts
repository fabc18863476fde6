import t from 'tap';
import { Outbox, type Delivery } from '../../src/gateway/outbox.js';
import type { Session } from '../../src/gateway/session.js';

/** A deferred acknowledgement. */
function ack(): { promise: Promise<void>; resolve(): void; reject(e: Error): void } {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

const session = {} as Session;
const frame = (data: string, replyTo?: string): Delivery => (replyTo === undefined ? { session, data } : { session, data, replyTo });
const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

t.test('outbox - frames leave in commit order, each once its acknowledgement and every earlier one came', async (t) => {
  const sent: string[] = [];
  const box = new Outbox((d) => sent.push(d.data as string));
  box.push(null, [frame('a')]);
  t.same(sent, ['a'], 'nothing waiting and nothing to store: out at once');
  const first = ack();
  const second = ack();
  box.push(first.promise, [frame('b1'), frame('b2')]);
  box.push(null, [frame('c')]);
  box.push(second.promise, [frame('d')]);
  t.equal(box.size, 3);
  second.resolve();
  await tick();
  t.same(sent, ['a'], 'a later acknowledgement waits for the earlier one');
  first.resolve();
  await tick();
  t.same(sent, ['a', 'b1', 'b2', 'c', 'd']);
  t.equal(box.size, 0);
  const settled = box.settled();
  await t.resolves(settled, 'settled at once when empty');
  // The outbox is used again after emptying.
  const third = ack();
  box.push(third.promise, [frame('e')]);
  const waiting = box.settled();
  third.resolve();
  await waiting;
  t.same(sent.slice(-1), ['e']);
});

t.test('outbox - a failed write holds everything behind it until release, or abort refuses the replies', async (t) => {
  const sent: string[] = [];
  const box = new Outbox((d) => sent.push(d.data as string));
  const failed = ack();
  const later = ack();
  box.push(failed.promise, [frame('r1', 'req-1'), frame('event')]);
  box.push(later.promise, [frame('r2', 'req-2')]);
  const settled = box.settled();
  failed.reject(new Error('Redis gone'));
  later.resolve();
  await tick();
  t.same(sent, [], 'nothing leaves behind a failed write');
  t.equal(box.held, 1);
  box.release();
  t.same(sent, ['r1', 'event', 'r2'], 'release: the leader re-wrote its state, all leave in order');
  t.equal(box.held, 0);
  await settled;

  const refused: string[] = [];
  const again = ack();
  box.push(again.promise, [frame('r3', 'req-3'), frame('event2')]);
  const dropped = box.settled();
  again.reject(new Error('Redis gone'));
  await tick();
  box.abort((d) => refused.push(d.replyTo!), new Error('lease lost'));
  t.same(refused, ['req-3'], 'abort: only replies are refused (the events never happened)');
  await t.rejects(dropped, /lease lost/);
  t.equal(box.size, 0);
  t.same(sent, ['r1', 'event', 'r2'], 'nothing of the aborted entry was sent');
});
