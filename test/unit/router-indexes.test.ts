import fc from 'fast-check';
import t from 'tap';
import { ContactHeap } from '../../src/core/contact-heap.js';
import { IdleList } from '../../src/core/idle-list.js';
import { TimerHeap, type Timer } from '../../src/core/timer-heap.js';
import { keyLess, type ContactEntry } from '../../src/core/entries.js';

interface Agent {
  readonly idx: number;
  idle: number;
}

const idleLess = (a: Agent, b: Agent): boolean => (a.idle !== b.idle ? a.idle < b.idle : a.idx < b.idx);

t.test('router indexes - the ready list walks its members in idle order through inserts, removals and re-sorts', async (t) => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.constantFrom('insert', 'remove', 'update'), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 30 })), { maxLength: 400 }),
      (ops) => {
        const list = new IdleList<Agent>(idleLess);
        const agents = Array.from({ length: 41 }, (_, idx): Agent => ({ idx, idle: 0 }));
        const members = new Set<Agent>();
        for (const [op, i, idle] of ops) {
          const a = agents[i]!;
          if (op === 'insert' && !members.has(a)) {
            a.idle = idle;
            list.insert(a);
            members.add(a);
          } else if (op === 'remove' && members.has(a)) {
            list.remove(a);
            members.delete(a);
          } else if (op === 'update' && members.has(a)) {
            a.idle = idle;
            list.update(a);
          }
          const expected = [...members].sort((x, y) => (idleLess(x, y) ? -1 : 1));
          const walked: Agent[] = [];
          for (let s = list.start; s < list.end; s++) if (list.idxAt(s) >= 0) walked.push(list.itemAt(list.idxAt(s)));
          if (walked.length !== expected.length || walked.some((x, k) => x !== expected[k])) return false;
          if (list.size !== members.size) return false;
          for (const x of agents) if (list.has(x) !== members.has(x)) return false;
        }
        return true;
      },
    ),
    { numRuns: 300 },
  );
  t.pass('the property held on every generated case');
});

t.test('router indexes - a walk resumed at a remembered slot skips only members it already saw', async (t) => {
  fc.assert(
    fc.property(
      // Long enough for holes to pile up past the compaction threshold (64 + a quarter of the members).
      fc.array(fc.tuple(fc.constantFrom('insert', 'remove', 'walk'), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 5 })), {
        minLength: 500,
        maxLength: 3000,
      }),
      (ops) => {
        const list = new IdleList<Agent>(idleLess);
        const agents = Array.from({ length: 201 }, (_, idx): Agent => ({ idx, idle: 0 }));
        let clock = 0;
        // The walker looks for agents whose idx is a multiple of 7, remembering where the first one was.
        let epoch = -1;
        let skip = 0;
        for (const [op, i, back] of ops) {
          const a = agents[i]!;
          if (op === 'insert' && !list.has(a)) {
            a.idle = (clock += 1) - back * 3; // mostly at the tail, sometimes a little back
            list.insert(a);
          } else if (op === 'remove' && list.has(a)) {
            list.remove(a);
          } else if (op === 'walk') {
            let first = -1;
            for (let s = list.start; s < list.end; s++) {
              const idx = list.idxAt(s);
              if (idx >= 0 && idx % 7 === 0) {
                first = s;
                break;
              }
            }
            const from = list.resume(epoch, skip);
            let resumed = -1;
            for (let s = from; s < list.end; s++) {
              const idx = list.idxAt(s);
              if (idx >= 0 && idx % 7 === 0) {
                resumed = s;
                break;
              }
            }
            if (resumed !== first) return false;
            epoch = list.epoch;
            skip = first < 0 ? list.end : first;
          }
        }
        return true;
      },
    ),
    { numRuns: 100 },
  );
  t.pass('the property held on every generated case');
});

t.test('router indexes - walkers that look rarely resume through several compactions, skipping only members they saw', async (t) => {
  // Two walkers, each after its own residue of idx mod 7, walk now and then
  // (one op in 300): between two walks of one walker the list may compact
  // several times.
  let carried = 0;
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 599 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 1000 })), {
        minLength: 5000,
        maxLength: 8000,
      }),
      (ops) => {
        const list = new IdleList<Agent>(idleLess);
        const agents = Array.from({ length: 301 }, (_, idx): Agent => ({ idx, idle: 0 }));
        let clock = 0;
        const walkers = [
          { residue: 0, epoch: -1, skip: 0 },
          { residue: 3, epoch: -1, skip: 0 },
        ];
        for (const [op, i, back] of ops) {
          const a = agents[i]!;
          if (op < 2) {
            const walker = walkers[op]!;
            const wanted = (idx: number): boolean => idx >= 0 && idx % 7 === walker.residue;
            let first = -1;
            for (let s = list.start; s < list.end; s++) {
              if (wanted(list.idxAt(s))) {
                first = s;
                break;
              }
            }
            const from = list.resume(walker.epoch, walker.skip);
            if (from > list.start && list.epoch >= walker.epoch + 2) carried++;
            let resumed = -1;
            for (let s = from; s < list.end; s++) {
              if (wanted(list.idxAt(s))) {
                resumed = s;
                break;
              }
            }
            if (resumed !== first) return false;
            walker.epoch = list.epoch;
            walker.skip = first < 0 ? list.end : first;
          } else if (op < 300 && !list.has(a)) {
            // At the tail; rarely some way back (an offer that rang out), which no remembered slot survives.
            a.idle = (clock += 1) - (back > 997 ? back : 0);
            list.insert(a);
          } else if (op >= 300 && list.has(a)) {
            list.remove(a);
          }
        }
        return true;
      },
    ),
    { numRuns: 200 },
  );
  t.pass('the property held on every generated case');
  t.ok(carried > 0, `walks resumed past the head after two or more epoch changes (${carried})`);
});

t.test('router indexes - the contact heap pops in routing-key order and removes from anywhere', async (t) => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 60 })), { maxLength: 300 }),
      (ops) => {
        const heap = new ContactHeap();
        const live = new Set<ContactEntry>();
        let seq = 0;
        for (const [add, priority, arrival, pick] of ops) {
          if (add) {
            const c = { heapPos: -1, rec: { priority, virtualArrival: arrival, seq: ++seq } } as unknown as ContactEntry;
            heap.push(c);
            live.add(c);
          } else if (live.size > 0) {
            const c = [...live][pick % live.size]!;
            heap.remove(c);
            live.delete(c);
            if (c.heapPos !== -1) return false;
          }
          const sorted = [...live].sort((x, y) => (keyLess(x, y) ? -1 : 1));
          if (heap.size !== live.size || heap.peek() !== sorted[0]) return false;
          const inOrder: ContactEntry[] = [];
          heap.findInOrder((c) => {
            inOrder.push(c);
            return false;
          });
          if (inOrder.length !== sorted.length || inOrder.some((c, k) => c !== sorted[k])) return false;
        }
        return true;
      },
    ),
    { numRuns: 300 },
  );
  t.pass('the property held on every generated case');
});

t.test('router indexes - the timer heap pops deadlines by time, then arming order, through pushes and pops in any mix', async (t) => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 40 })), { maxLength: 600 }), (ops) => {
      const heap = new TimerHeap<Timer>();
      const live: Timer[] = [];
      let seq = 0;
      for (const [push, time] of ops) {
        if (push) {
          const timer = { time, kind: 0, seq: ++seq, contact: null as unknown as ContactEntry };
          heap.push(timer);
          live.push(timer);
        } else {
          live.sort((a, b) => a.time - b.time || a.seq - b.seq);
          if (heap.pop() !== live.shift()) return false;
        }
        if (heap.size !== live.length) return false;
      }
      live.sort((a, b) => a.time - b.time || a.seq - b.seq);
      for (const expected of live) if (heap.pop() !== expected) return false;
      return heap.pop() === undefined;
    }),
    { numRuns: 300 },
  );
  t.pass('the property held on every generated case');
});
