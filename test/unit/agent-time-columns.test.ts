/**
 * `AgentTimeLog` keeps its spans in typed-array columns (issue 20: an object
 * a span was ~88 bytes of V8 heap, kept for the records' retention). Checked
 * against the plain model it replaced (one object a span, extended in
 * place, trimmed by age and count) through any mix of reports, readings and
 * trims, the columns growing and moving; and a reading under way sees the
 * spans as they are when it gets to them.
 */
import fc from 'fast-check';
import t from 'tap';
import { AgentTimeLog, chunksOf, sameChunk, SPAN_CHUNK_MS, type AgentTimeSpan } from '../../src/record/agent-time.js';

/** The store as it was: an object a span. */
class Model {
  spans: AgentTimeSpan[] = [];
  last = new Map<string, AgentTimeSpan>();
  dropped = 0;
  constructor(
    readonly retentionMs: number,
    readonly max: number,
  ) {}
  add(agentId: string, key: string, from: number, to: number): void {
    if (!['available', 'busy', 'wrap_up'].includes(key) || to <= from) return;
    for (const [a, b] of chunksOf(from, to)) {
      const last = this.last.get(agentId);
      if (last !== undefined && last.state === key && last.to === a && sameChunk(last.from, b)) {
        last.to = b;
        continue;
      }
      const span = { agentId, state: key, from: a, to: b };
      this.spans.push(span);
      this.last.set(agentId, span);
    }
    const cutoff = to - this.retentionMs;
    while (this.spans.length > 0 && (this.spans[0]!.to < cutoff || this.spans.length > this.max)) {
      const s = this.spans.shift()!;
      if (s.to >= cutoff) this.dropped++;
      if (this.last.get(s.agentId) === s) this.last.delete(s.agentId);
    }
  }
  read(from: number, to: number, agentId?: string): AgentTimeSpan[] {
    return this.spans
      .filter((s) => !(s.to <= from || s.from >= to || (agentId !== undefined && s.agentId !== agentId)))
      .map((s) => ({ agentId: s.agentId, state: s.state, from: Math.max(s.from, from), to: Math.min(s.to, to) }));
  }
}

const op = fc.oneof(
  fc.record({
    agent: fc.constantFrom('a', 'b', 'c', 'd'),
    key: fc.constantFrom('available', 'busy', 'wrap_up', 'away:break'),
    gap: fc.integer({ min: 0, max: 3 }),
    ms: fc.integer({ min: 0, max: SPAN_CHUNK_MS / 2 }),
  }),
  fc.record({ readFrom: fc.integer({ min: 0, max: 40 }), readHours: fc.integer({ min: 0, max: 10 }), agent: fc.constantFrom(undefined, 'a', 'x') }),
);

t.test('agent time columns - the same spans, totals and counts as an object a span, through any mix', async (t) => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 30 }), fc.array(op, { maxLength: 400 }), (max, hours, ops) => {
      const log = new AgentTimeLog({ retentionMs: hours * SPAN_CHUNK_MS, maxSpans: max });
      const model = new Model(hours * SPAN_CHUNK_MS, max);
      const at = new Map<string, number>();
      for (const o of ops) {
        if ('key' in o) {
          // Each agent's reports go forward in time (a gap: time not reported, e.g. signed out).
          const from = (at.get(o.agent) ?? 0) + o.gap * 1000;
          const to = from + o.ms;
          at.set(o.agent, to);
          log.add(o.agent, o.key, from, to);
          model.add(o.agent, o.key, from, to);
        } else {
          const from = o.readFrom * 1000 * 60 * 15;
          const to = from + o.readHours * SPAN_CHUNK_MS;
          if (JSON.stringify([...log.spans(from, to, o.agent)]) !== JSON.stringify(model.read(from, to, o.agent))) return false;
        }
      }
      const all = (m: AgentTimeSpan[]) => JSON.stringify(m);
      return all([...log.spans(0, Infinity)]) === all(model.read(0, Infinity)) && log.stats.spans === model.spans.length && log.stats.dropped === model.dropped;
    }),
    { numRuns: 300 },
  );
  t.pass('the property held on every generated case');
});

t.test('agent time columns - a reading under way sees spans extended, added, trimmed and moved meanwhile', async (t) => {
  const log = new AgentTimeLog({ retentionMs: 1e12, maxSpans: 100 });
  for (let i = 0; i < 60; i++) log.add(`a${i}`, 'busy', 0, 10);
  const reading = log.spans(0, 1e9);
  const first = [reading.next().value, reading.next().value];
  t.same(first, [
    { agentId: 'a0', state: 'busy', from: 0, to: 10 },
    { agentId: 'a1', state: 'busy', from: 0, to: 10 },
  ]);
  log.add('a2', 'busy', 10, 20); // extended in place
  // 100 more spans: the oldest 60 go (a3..a59 among them), the columns move.
  for (let i = 0; i < 100; i++) log.add(`b${i}`, 'available', 100, 110);
  const rest = [...reading] as AgentTimeSpan[];
  t.equal(rest[0]!.agentId, 'b0', 'what was trimmed meanwhile is skipped');
  t.equal(rest.length, 100, 'what was added meanwhile is read');
  t.same([...log.spans(0, 1e9, 'a2')], [], 'the extended span went with the trim');
  const early = new AgentTimeLog({ retentionMs: 1e12 });
  early.add('a', 'busy', 0, 10);
  const r2 = early.spans(0, 1e9);
  early.add('a', 'busy', 10, 30);
  t.same([...r2], [{ agentId: 'a', state: 'busy', from: 0, to: 30 }], 'a span extended before the reading gets to it is read as it is then');
  t.same([...early.spans(0, 1e9, 'nobody')], [], 'an agent never seen: nothing');
});
