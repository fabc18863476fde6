/**
 * The wallboard's agents' figures of the day (web/src/supervisor/
 * agent-figures.ts, floor.ts): taken from the snapshot, replaced per agent
 * by `agentFiguresChanged`, started over by a new day's push; averages,
 * occupancy, FCR and "no" rate derived as the server defines them; sorting;
 * the "no" answers' distribution by category and by reason.
 */
import t from 'tap';
import type { AgentFiguresMsg } from '../../src/protocol/messages.js';
import { figureRow, noByCategory, noByReason, sortRows } from '../../web/src/supervisor/agent-figures.js';
import { Floor } from '../../web/src/supervisor/floor.js';

const DAY = Date.UTC(2026, 11, 6);

const alice: AgentFiguresMsg = {
  agentId: 'alice',
  handled: 4,
  handledByChannel: { chat: 3, voice: 1 },
  talkMs: 400_000,
  holdMs: 40_000,
  wrapUpMs: 80_000,
  handleMs: 520_000,
  transfers: 1,
  repeats: 1,
  surveyYes: 3,
  surveyNo: 1,
  surveyNoByCategory: { agent: 1, policy: 2 },
  staffedMs: 1_000_000,
  occupiedMs: 750_000,
};

t.test('web agent figures - a row: averages over handled, occupancy, FCR, "no" rate counting only answers about the agent', async (t) => {
  const r = figureRow(alice);
  t.equal(r.avgTalkMs, 100_000);
  t.equal(r.avgHoldMs, 10_000);
  t.equal(r.avgWrapUpMs, 20_000);
  t.equal(r.ahtMs, 130_000);
  t.equal(r.occupancy, 0.75);
  t.equal(r.fcr, 0.75, 'one repeat of four handled');
  t.equal(r.noRate, 0.25, 'one "no" about her of four that count');
  t.equal(r.surveyNoNotAboutAgent, 2, 'the policy ones apart');
  const empty = figureRow({ agentId: 'zoe' });
  t.match(empty, { handled: 0, avgTalkMs: undefined, ahtMs: undefined, occupancy: undefined, fcr: undefined, noRate: undefined, surveyNoNotAboutAgent: 0 });
});

t.test('web agent figures - sorted by any column, unknown figures last, ties by id', async (t) => {
  const rows = [alice, { agentId: 'bob', handled: 9, staffedMs: 100, occupiedMs: 90 }, { agentId: 'carl' }].map(figureRow);
  t.same(
    sortRows(rows, 'handled', true).map((r) => r.agentId),
    ['bob', 'alice', 'carl'],
  );
  t.same(
    sortRows(rows, 'handled', false).map((r) => r.agentId),
    ['carl', 'alice', 'bob'],
  );
  t.same(
    sortRows(rows, 'occupancy', true).map((r) => r.agentId),
    ['bob', 'alice', 'carl'],
    'carl has no occupancy yet: last',
  );
  t.same(
    sortRows(rows, 'occupancy', false).map((r) => r.agentId),
    ['alice', 'bob', 'carl'],
    'still last the other way',
  );
  t.same(
    sortRows(rows, 'agentId', true).map((r) => r.agentId),
    ['carl', 'bob', 'alice'],
  );
});

t.test('web floor - figures from the snapshot, replaced per agent by the push, started over by a new day', async (t) => {
  const f = new Floor(undefined);
  f.load({
    agents: [],
    contacts: [],
    floorStats: {
      since: DAY,
      agentFigures: [alice, { agentId: 'bob', handled: 1 }],
      agents: [{ agentId: 'alice', yes: 3, no: 1, notAboutAgent: 2, noReasons: { 'too-long': 2, 'agent-attitude': 1 } }],
    },
  });
  t.same([...f.figures.keys()], ['alice', 'bob']);
  f.apply('agentFiguresChanged', { since: DAY, agents: [{ agentId: 'bob', handled: 2, talkMs: 60_000, handleMs: 90_000 }] }, DAY + 5000);
  t.equal(f.figures.get('bob')?.handled, 2, "bob's figures replaced");
  t.equal(f.figures.get('alice')?.handled, 4, "alice's kept");
  f.apply('agentFiguresChanged', { since: DAY - 86_400_000, agents: [{ agentId: 'bob', handled: 99 }] }, DAY + 6000);
  t.equal(f.figures.get('bob')?.handled, 2, 'a late push of the day before changes nothing');

  t.same(noByCategory(f.figures.values()), [
    { key: 'policy', n: 2, share: 2 / 3 },
    { key: 'agent', n: 1, share: 1 / 3 },
  ]);
  t.same(noByReason(f.surveys.values()), [
    { key: 'too-long', n: 2, share: 2 / 3 },
    { key: 'agent-attitude', n: 1, share: 1 / 3 },
  ]);

  f.apply('agentFiguresChanged', { since: DAY + 86_400_000, agents: [{ agentId: 'carl', handled: 1 }] }, DAY + 86_400_000 + 1000);
  t.same([...f.figures.keys()], ['carl'], "a new day's push: the day before's figures are gone");
  t.equal(f.figuresSince, DAY + 86_400_000);

  f.load({ agents: [], contacts: [] });
  t.same([...f.figures.keys()], ['carl'], 'a snapshot without counts keeps them');
});

t.test('web floor - figures that come in the snapshot pages', async (t) => {
  const f = new Floor(undefined);
  f.load({ agents: [], contacts: [], floorStats: { since: DAY }, nextCursor: 'w.1' });
  t.same([...f.figures.keys()], [], 'none on the first page');
  t.equal(f.figuresSince, DAY, 'of the day the snapshot counts from');
  f.apply('agentFiguresChanged', { since: DAY, agents: [{ agentId: 'bob', handled: 2 }] }, DAY + 1000);
  f.addPage({ agentFigures: [alice, { agentId: 'bob', handled: 3 }], nextCursor: 'w.2' });
  t.equal(f.figures.get('bob')?.handled, 3, "a page is newer than the events before it: bob's replaced");
  t.equal(f.figures.get('alice')?.handled, 4);
  f.addPage({ agentFigures: [{ agentId: 'carl', handled: 1 }] });
  t.same([...f.figures.keys()], ['bob', 'alice', 'carl'], 'every page adds its agents');
});
