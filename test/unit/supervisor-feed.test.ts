/**
 * The supervisors' live stream in batches (src/gateway/supervisor-feed.ts),
 * with a timer the test runs by hand: a batch gathers the events of its
 * interval, a supervisor's request takes its part early without making the
 * others' leave, a socket that subscribes mid-batch joins from the next event,
 * and every subscriber's numbering goes on without a gap or a repeat.
 */
import t from 'tap';
import type { EventFrame } from '../../src/protocol/codec.js';
import type { EventBatch } from '../../src/protocol/event-batch.js';
import type { Connections } from '../../src/gateway/connections.js';
import type { FrameOut } from '../../src/gateway/frame-out.js';
import type { Session } from '../../src/gateway/session.js';
import { SupervisorFeed, type Later } from '../../src/gateway/supervisor-feed.js';

interface Fake {
  readonly name: string;
  open: boolean;
  subscribed: boolean;
  batched: boolean;
  seq: number;
  /** Event ids it got, each with its number, and how many frames they came in. */
  readonly got: { id: string; seq: number }[];
  frames: number;
}

function setup(intervalMs: number) {
  const sockets: Fake[] = [];
  const timers: { fn: () => void; ms: number; cancelled: boolean }[] = [];
  const later: Later = (fn, ms) => {
    const timer = { fn, ms, cancelled: false };
    timers.push(timer);
    return () => (timer.cancelled = true);
  };
  const idOf = (f: EventFrame) => (f as unknown as { id: string }).id;
  const out: Pick<FrameOut, 'event' | 'numbered'> = {
    event(s, f) {
      const x = s as unknown as Fake;
      x.seq++;
      x.got.push({ id: idOf(f as EventFrame), seq: x.seq });
      x.frames++;
    },
    numbered(s, batch, first) {
      const x = s as unknown as Fake;
      (batch as EventBatch).events.forEach((f, i) => x.got.push({ id: idOf(f), seq: first + i }));
      x.frames++;
    },
  } as Pick<FrameOut, 'event' | 'numbered'>;
  const connections = { supervisors: () => sockets.filter((s) => s.open) } as unknown as Connections;
  const feed = new SupervisorFeed({ connections, out, intervalMs, later });
  const join = (name: string, batched = true): Fake => {
    const s: Fake = { name, open: true, subscribed: false, batched: false, seq: 0, got: [], frames: 0 };
    sockets.push(s);
    feed.subscribe(s as unknown as Session, batched);
    return s;
  };
  let n = 0;
  const emit = (count = 1) => {
    for (let i = 0; i < count; i++) {
      const id = `e${++n}`;
      feed.event(() => ({ id }) as unknown as EventFrame);
    }
  };
  /** Runs the timers due (those not cancelled). */
  const tick = () => {
    for (const timer of timers.splice(0)) if (!timer.cancelled) timer.fn();
  };
  const live = () => timers.filter((x) => !x.cancelled);
  return { feed, join, emit, tick, live, session: (s: Fake) => s as unknown as Session };
}

const numbers = (s: Fake) => s.got.map((g) => g.seq);
const ids = (s: Fake) => s.got.map((g) => g.id);
const inOrder = (s: Fake) => s.got.map((_, i) => i + 1);

t.test('the events of an interval go in one frame to each batched subscriber, one timer for them', async (t) => {
  const { join, emit, tick, live } = setup(100);
  const a = join('a');
  const b = join('b');
  const plain = join('plain', false);
  emit(5);
  t.equal(live().length, 1, 'one timer for the batch');
  t.equal(live()[0]!.ms, 100, 'set to the interval');
  t.equal(a.frames, 0, 'nothing sent before the interval is up');
  t.equal(plain.frames, 5, 'an unbatched subscriber gets each event at once');
  tick();
  t.same(ids(a), ['e1', 'e2', 'e3', 'e4', 'e5'], 'a: every event, in order');
  t.same(ids(b), ids(a), 'b: the same');
  t.equal(a.frames, 1, 'in one frame');
  t.same(numbers(a), inOrder(a), 'numbered 1..5');
  emit(2);
  tick();
  t.equal(a.frames, 2, 'the next interval: a second frame');
  t.same(numbers(a), inOrder(a), 'numbering goes on without a gap');
});

t.test("a supervisor's request takes its part early; the others wait for the interval", async (t) => {
  const { feed, join, emit, tick, live, session } = setup(100);
  const walker = join('walker');
  const other = join('other');
  emit(3);
  feed.flushFor(session(walker));
  t.same(ids(walker), ['e1', 'e2', 'e3'], 'the requester has the events before its request');
  t.equal(other.frames, 0, 'the other has nothing yet');
  t.equal(live().length, 1, 'the batch timer still runs');
  feed.flushFor(session(walker));
  t.equal(walker.frames, 1, 'a second request with nothing new sends nothing');
  emit(2);
  feed.flushFor(session(walker));
  t.same(ids(walker), ['e1', 'e2', 'e3', 'e4', 'e5'], 'then only what came since');
  emit(1);
  tick();
  t.same(ids(other), ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'], 'the other gets the whole batch at its time, in one frame');
  t.equal(other.frames, 1, 'one frame');
  t.same(ids(walker), ids(other), 'the requester ends with the same events');
  t.same(numbers(walker), inOrder(walker), "the requester's numbers have no gap or repeat");
  t.same(numbers(other), inOrder(other), "nor the other's");
});

t.test('a socket that subscribes mid-batch takes the events after it; one that closes takes none', async (t) => {
  const { join, emit, tick } = setup(100);
  const early = join('early');
  const leaving = join('leaving');
  emit(2);
  const late = join('late');
  leaving.open = false;
  emit(2);
  tick();
  t.same(ids(early), ['e1', 'e2', 'e3', 'e4'], 'the early one gets all four');
  t.same(ids(late), ['e3', 'e4'], 'the late one from its subscription on');
  t.same(numbers(late), [1, 2], 'numbered from its own 1');
  t.equal(leaving.frames, 0, 'a closed socket is sent nothing');
});

t.test('re-subscribing sends what was pending for the socket first, then numbering goes on', async (t) => {
  const { feed, join, emit, tick, session } = setup(100);
  const a = join('a');
  emit(2);
  feed.subscribe(session(a), true);
  t.same(ids(a), ['e1', 'e2'], 'its part went out before the new subscription (its snapshot follows it)');
  emit(1);
  tick();
  t.same(ids(a), ['e1', 'e2', 'e3'], 'then the events after it');
  t.same(numbers(a), inOrder(a), 'numbered without a gap');
  feed.subscribe(session(a), false);
  emit(1);
  t.same(ids(a), ['e1', 'e2', 'e3', 'e4'], 'unbatched now: at once');
});

t.test('flush sends everything pending and cancels the timer; 0 means the end of the turn', async (t) => {
  const { feed, join, emit, live } = setup(0);
  const a = join('a');
  emit(3);
  t.equal(live()[0]!.ms, 0, 'interval 0: scheduled for the end of the turn');
  feed.flush();
  t.same(ids(a), ['e1', 'e2', 'e3'], 'flushed');
  t.equal(live().length, 0, 'its timer cancelled');
  feed.flush();
  t.equal(a.frames, 1, 'nothing more to send');
});
