import t from 'tap';
import { KeptEvents } from '../../src/gateway/kept-events.js';

/** A tiny seeded generator (xorshift), so a failure can be replayed. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

const bytes = (n: number, fill: number): Uint8Array => new Uint8Array(n).fill(fill & 0xff);

t.test('kept events - agree with a plain array through pushes, shifts, ring growth and chunks of every size', async (t) => {
  for (const seed of [1, 2, 3, 20261206]) {
    const r = rng(seed);
    const kept = new KeptEvents(256);
    const model: { who: number; seq: number; at: number; body: Uint8Array }[] = [];
    let seq = 0;
    let bad = '';
    for (let step = 0; step < 5000 && bad === ''; step++) {
      if (r() < 0.55) {
        // Mostly small bodies, now and then one larger than a chunk.
        const n = r() < 0.02 ? 300 + Math.floor(r() * 200) : Math.floor(r() * 90);
        const e = { who: Math.floor(r() * 5), seq: ++seq, at: step, body: bytes(n, seq) };
        kept.push(e.who, e.seq, e.at, e.body);
        model.push(e);
      } else {
        kept.shift();
        model.shift();
      }
      if (kept.size !== model.length) bad = `size ${kept.size} vs ${model.length} at step ${step}`;
      else if (step % 97 === 0) {
        for (let i = 0; i < model.length; i++) {
          const m = model[i]!;
          if (kept.whoAt(i) !== m.who || kept.seqAt(i) !== m.seq || kept.atAt(i) !== m.at || !Buffer.from(m.body).equals(kept.bodyAt(i))) {
            bad = `entry ${i} differs at step ${step}`;
            break;
          }
        }
      }
    }
    t.equal(bad, '', `seed ${seed}: every entry as pushed`);
    // What is held is what the kept events need: the chunks their bytes are in, and the one being filled.
    const used = new Set<ArrayBufferLike>();
    for (let i = 0; i < kept.size; i++) used.add(kept.bodyAt(i).buffer);
    t.ok(kept.chunks <= used.size + 1, `seed ${seed}: chunks are freed (${kept.chunks} held, ${used.size} in use)`);
    while (kept.size > 0) kept.shift();
    t.ok(kept.chunks <= 1, `seed ${seed}: emptied, at most the chunk being filled is held (${kept.chunks})`);
  }
});

t.test('kept events - a view handed out stays valid after its event is dropped and the chunk freed', async (t) => {
  const kept = new KeptEvents(64);
  kept.push(0, 1, 0, bytes(40, 7));
  const view = kept.bodyAt(0);
  kept.shift();
  for (let i = 0; i < 10; i++) kept.push(0, i + 2, 0, bytes(40, 9));
  t.same([...view], [...bytes(40, 7)], 'the bytes a replay holds are not written over');
  kept.clear();
  t.equal(kept.size, 0);
  t.equal(kept.chunks, 0, 'clear lets every chunk go');
});

t.test('kept events - the chunks are outside the V8 heap', async (t) => {
  const kept = new KeptEvents();
  kept.push(0, 1, 0, bytes(10, 1));
  t.equal(kept.bytes, 1024 * 1024, 'one chunk of 1 MiB');
  t.throws(() => new KeptEvents(8), /at least 64/);
});
