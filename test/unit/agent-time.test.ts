/**
 * The agents' staffed and occupied spans (src/record/agent-time.ts):
 * contiguous reports of one state are one span; away is not kept; a
 * window cuts spans to it; totals count every staffed state and occupied
 * ones apart; past the retention or the span budget the oldest go first
 * (those past the budget counted as dropped).
 */
import t from 'tap';
import { AgentTimeLog, agentTimeCsvHeader, agentTimeCsvRow, SPAN_CHUNK_MS, totalsFrom, totalsOf, type AgentTimeSpan } from '../../src/record/agent-time.js';

t.test('agent time - spans, windows and totals', async (t) => {
  const log = new AgentTimeLog({ retentionMs: 1_000_000 });
  log.add('a', 'available', 0, 100);
  log.add('a', 'available', 100, 150); // a reading: the same span goes on
  log.add('a', 'busy', 150, 400);
  log.add('a', 'away:break', 400, 500);
  log.add('a', 'available', 500, 600);
  log.add('b', 'wrap_up', 50, 80);
  log.add('b', 'busy', 80, 80); // empty: nothing
  t.same(
    [...log.spans(0, 1000)],
    [
      { agentId: 'a', state: 'available', from: 0, to: 150 },
      { agentId: 'a', state: 'busy', from: 150, to: 400 },
      { agentId: 'a', state: 'available', from: 500, to: 600 },
      { agentId: 'b', state: 'wrap_up', from: 50, to: 80 },
    ],
    'in the order they were first reported',
  );
  t.same(
    [...log.spans(120, 520, 'a')],
    [
      { agentId: 'a', state: 'available', from: 120, to: 150 },
      { agentId: 'a', state: 'busy', from: 150, to: 400 },
      { agentId: 'a', state: 'available', from: 500, to: 520 },
    ],
    'cut to the window, one agent',
  );
  t.same(Object.fromEntries(log.totals(0, 1000)), { a: { staffedMs: 500, occupiedMs: 250 }, b: { staffedMs: 30, occupiedMs: 30 } });
  t.same(Object.fromEntries(totalsOf(log.spans(120, 520))), Object.fromEntries(log.totals(120, 520)), 'the export sums to the totals');
});

t.test('agent time - the oldest go past the budget (counted), or past the retention (not counted)', async (t) => {
  const full = new AgentTimeLog({ retentionMs: 1_000_000, maxSpans: 3 });
  full.add('a', 'busy', 0, 10);
  full.add('a', 'available', 10, 20);
  full.add('b', 'busy', 0, 20);
  full.add('c', 'busy', 0, 30);
  t.same(full.stats, { spans: 3, dropped: 1 }, 'past the budget');
  t.same(
    [...full.spans(0, 100)].map((s) => s.agentId),
    ['a', 'b', 'c'],
  );

  const old = new AgentTimeLog({ retentionMs: 1000 });
  old.add('a', 'busy', 0, 10);
  old.add('b', 'busy', 0, 20);
  old.add('d', 'busy', 2000, 2100);
  t.same(
    [...old.spans(0, 3000)].map((s) => s.agentId),
    ['d'],
    'past the retention: gone',
  );
  t.same(old.stats, { spans: 1, dropped: 0 }, 'not counted as dropped');
  old.add('a', 'busy', 2100, 2200);
  t.same(
    [...old.spans(0, 3000)].map((s) => s.agentId),
    ['d', 'a'],
    "a's span gone, a new one",
  );
});

t.test('agent time - a state held across hours is one span an hour; a reader counts no time twice', async (t) => {
  const H = SPAN_CHUNK_MS;
  const log = new AgentTimeLog({ retentionMs: 10 * H });
  log.add('a', 'available', H / 2, H + 10);
  log.add('a', 'available', H + 10, 2 * H + 5); // a reading: the second hour's span goes on, a third starts
  t.same(
    [...log.spans(0, 3 * H)],
    [
      { agentId: 'a', state: 'available', from: H / 2, to: H },
      { agentId: 'a', state: 'available', from: H, to: 2 * H },
      { agentId: 'a', state: 'available', from: 2 * H, to: 2 * H + 5 },
    ],
  );
  t.same(Object.fromEntries(log.totals(0, 3 * H)), { a: { staffedMs: 1.5 * H + 5, occupiedMs: 0 } }, 'the same time as one span');
  // A new leader term of this process reports the state again from its recovered start, a little earlier.
  log.add('a', 'available', 2 * H - 100, 2 * H + 50);
  const read: unknown[] = [];
  for await (const s of log.read(0, 3 * H)) read.push(s);
  t.same(
    Object.fromEntries(totalsOf(read as AgentTimeSpan[])),
    { a: { staffedMs: 1.5 * H + 50, occupiedMs: 0 } },
    'read: the time reported twice counted once',
  );
  t.same(Object.fromEntries(await totalsFrom(log.read(0, 3 * H))), Object.fromEntries(totalsOf(read as AgentTimeSpan[])));
});

t.test('agent time - CSV rows', async (t) => {
  t.equal(agentTimeCsvHeader(), 'agent_id,state,from,to,ms\r\n');
  t.equal(
    agentTimeCsvRow({ agentId: '=x,"y"', state: 'busy', from: 0, to: 1500 }),
    `"'=x,""y""",busy,1970-01-01T00:00:00.000Z,1970-01-01T00:00:01.500Z,1500\r\n`,
    'quoted, and not read as a formula',
  );
});
