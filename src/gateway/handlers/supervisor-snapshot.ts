/**
 * The supervisor's snapshot, in pages. `subscribe` answers with the queues'
 * counts, the day's counts, the totals and the first page; `snapshotPage`
 * with the cursor gets the next. Every page is built and encoded on the
 * routing thread, so each is bounded: at most `pageSize` items, cut after
 * `PAGE_BUDGET_MS` of work or `PAGE_MAX_BYTES` (estimated), whichever comes
 * first. Agents come first, then the day's figures of every agent who has
 * some (logged in or not), then the day's survey counters of every agent
 * surveyed, then the survey answers of every agent ever surveyed
 * (`agentSurveys`), then contacts, the oldest first; contacts in
 * summary (no context, notes or transcript: `getContact` has them).
 *
 * A page is read from the router when it is answered, through iterators
 * over the router's own maps that stay valid while they change (JavaScript
 * Map iterators visit what is added after them and skip what is deleted):
 * each page is newer than every event sent before it on the socket, so the
 * client applies events as they come and takes each page's items over its
 * own (see `Subscribe` in the proto).
 *
 * Before pages, one `subscribe` built every contact with its whole context
 * and every agent with its profile: with 2,000 contacts of 60 KiB context it
 * held routing for 2.1 s. The figures were on the first page until the
 * supervisors bench showed 1.1 MB first pages with 5,000 agents (50
 * supervisors subscribing held routing 2.5 s): they are paged too, and so
 * is `agentSurveys`, whole on the first page until session 13.
 */
import { performance } from 'node:perf_hooks';
import { fail } from '../../core/errors.js';
import type { AgentRecord, ContactRecord } from '../../core/model.js';
import { agentToMsg, contactSummaryToMsg } from '../../protocol/convert.js';
import type { AgentFigureSet } from '../../record/agent-figures.js';
import type {
  AgentFiguresMsg,
  AgentMsg,
  AgentSurveyCountersMsg,
  AgentSurveyMsg,
  ContactMsg,
  FloorStatsMsg,
  QueueViewMsg,
  SnapshotMsg,
} from '../../protocol/messages.js';
import type { AgentSurveyCounts, FloorReading } from '../../insights/floor-stats.js';
import type { Session } from '../session.js';
import type { RequestContext } from './request-context.js';

/**
 * The day's counts as the wire carries them: every configured queue, and
 * every agent surveyed unless `paged` (a snapshot sends those in its pages).
 */
export function floorStatsToMsg(f: FloorReading, paged = false): FloorStatsMsg {
  const msg: FloorStatsMsg = { since: f.since, queues: [...f.queues].map(([queueId, q]) => ({ queueId, ...q })) };
  if (!paged) msg.agents = [...f.agents].map(([agentId, a]) => surveyCountersToMsg(agentId, a));
  if (f.resetsAt !== undefined) msg.resetsAt = f.resetsAt;
  return msg;
}

function surveyCountersToMsg(agentId: string, a: Readonly<AgentSurveyCounts>): AgentSurveyCountersMsg {
  return { agentId, yes: a.yes, no: a.no, noReasons: Object.fromEntries(a.noReasons), notAboutAgent: a.notAboutAgent };
}

/** Per-agent figures as the wire carries them. */
export function agentFiguresToMsg(figures: ReadonlyMap<string, Readonly<AgentFigureSet>>): AgentFiguresMsg[] {
  return [...figures].map(([agentId, f]) => ({
    agentId,
    ...f,
    handledByChannel: { ...f.handledByChannel },
    surveyNoByCategory: { ...f.surveyNoByCategory },
  }));
}

/** Items per page unless the subscriber asks otherwise, and the most it may ask. */
export const DEFAULT_PAGE_SIZE = 500;
export const MAX_PAGE_SIZE = 1_000;
/**
 * A page stops growing after this much work, or at about this many bytes
 * (estimated), whichever comes first: building, encoding and sending one
 * stays within ~2 ms (DESIGN §8: no request holds routing more than 5 ms).
 * With 2 ms and 512 KiB, a wallboard re-subscribing every second over 5,000
 * agents and 10,000 contacts held the loop 5–8 ms a page in bench:e2e
 * `--only supervisors` (encoding ~75 KB a millisecond); 64 KiB pages were
 * no better there (twice the pages, each with its own overhead).
 */
const PAGE_BUDGET_MS = 1;
const PAGE_MAX_BYTES = 128 * 1024;

/** One subscriber's walk through the router's agents, then its contacts. */
interface Walk {
  readonly id: string;
  readonly pageSize: number;
  /** Items served so far (the cursor is `<id>.<served>`). */
  served: number;
  phase: 'agents' | 'figures' | 'surveys' | 'tallies' | 'contacts' | 'done';
  readonly agents: Iterator<Readonly<AgentRecord>>;
  readonly contacts: Iterator<Readonly<ContactRecord>>;
  /** The agents with figures today, and the start of the day they count from (a new day ends this phase). */
  figures?: { readonly since: number; readonly ids: Iterator<string> };
  /** The agents surveyed today, and the day (a new day ends this phase). */
  surveys?: { readonly since: number; readonly agents: Iterator<[string, Readonly<AgentSurveyCounts>]> };
  /** Every agent's survey answers (the router's, over its survey window). */
  tallies?: Iterator<[string, Readonly<{ yes: number; no: number; notAboutAgent?: number }>]>;
}

/** Each socket's walk; a new `subscribe` replaces it (old cursors then expire). */
const walks = new WeakMap<Session, Walk>();
let walkSeq = 0;

/** The first page: queues (with their counts), totals, the day's counts, and the first agents and contacts. */
export function subscribeSnapshot(ctx: RequestContext, s: Session, pageSize = DEFAULT_PAGE_SIZE): SnapshotMsg {
  const r = ctx.router;
  const walk: Walk = {
    id: (++walkSeq).toString(36),
    pageSize,
    served: 0,
    phase: 'agents',
    agents: r.agents(),
    contacts: r.contacts(),
  };
  walks.set(s, walk);
  const now = ctx.now();
  const snap: SnapshotMsg = {
    queues: queueViews(ctx),
    contactsTotal: r.contactCount,
    agentsTotal: r.agentCount,
    at: now,
    // The day's figures, survey counters and agents' survey answers come in the pages, not here.
    floorStats: floorStatsToMsg(ctx.floorStats.read(now), true),
  };
  fill(ctx, walk, snap);
  return snap;
}

/** The page after `cursor`. FAILED_PRECONDITION for a cursor of an earlier walk, or one already served. */
export function nextPage(ctx: RequestContext, s: Session, cursor: string): SnapshotMsg {
  const walk = walks.get(s);
  if (walk === undefined || cursor !== `${walk.id}.${walk.served}` || walk.phase === 'done') {
    throw fail('STALE_CURSOR', `cursor ${JSON.stringify(cursor)} is not this connection's next page: subscribe again`);
  }
  const page: SnapshotMsg = { at: ctx.now() };
  fill(ctx, walk, page);
  return page;
}

function fill(ctx: RequestContext, walk: Walk, page: SnapshotMsg): void {
  const r = ctx.router;
  const agents: AgentMsg[] = [];
  const figured: string[] = [];
  const surveyed: AgentSurveyCountersMsg[] = [];
  const tallied: AgentSurveyMsg[] = [];
  let surveysCurrent: boolean | undefined;
  const contacts: ContactMsg[] = [];
  const t0 = performance.now();
  let items = 0;
  let bytes = 0;
  for (let step = 1; items < walk.pageSize && bytes < PAGE_MAX_BYTES; step++) {
    if ((step & 15) === 0 && performance.now() - t0 > PAGE_BUDGET_MS) break;
    if (walk.phase === 'agents') {
      const next = walk.agents.next();
      if (next.done === true) {
        walk.phase = 'figures';
        const day = ctx.dayFigures.read(page.at ?? ctx.now(), []);
        walk.figures = { since: day.since, ids: day.agents.keys() };
        continue;
      }
      const a = next.value;
      agents.push(agentToMsg(a, r.agentStatus(a.id), ctx.agentStates.sinceOf(a.id)));
      bytes += 160 + 24 * (Object.keys(a.skills).length + a.languages.length + a.queues.length + a.contacts.length);
    } else if (walk.phase === 'figures') {
      const next = walk.figures!.ids.next();
      if (next.done === true) {
        walk.phase = 'surveys';
        const day = ctx.floorStats.read(page.at ?? ctx.now());
        walk.surveys = { since: day.since, agents: day.agents.entries() };
        continue;
      }
      figured.push(next.value);
      bytes += 280;
    } else if (walk.phase === 'surveys') {
      // Still the day the walk began (read once a page: a new day clears the counters).
      surveysCurrent ??= ctx.floorStats.read(page.at ?? ctx.now()).since === walk.surveys!.since;
      const next = walk.surveys!.agents.next();
      if (next.done === true || !surveysCurrent) {
        walk.phase = 'tallies';
        walk.tallies = r.surveyTallies();
        continue;
      }
      const [agentId, a] = next.value;
      surveyed.push(surveyCountersToMsg(agentId, a));
      bytes += 80 + 32 * a.noReasons.size;
    } else if (walk.phase === 'tallies') {
      const next = walk.tallies!.next();
      if (next.done === true) {
        walk.phase = 'contacts';
        continue;
      }
      const [agentId, t] = next.value;
      // notAboutAgent only when some: absent is 0, as in the binary encoding.
      tallied.push(t.notAboutAgent ? { agentId, yes: t.yes, no: t.no, notAboutAgent: t.notAboutAgent } : { agentId, yes: t.yes, no: t.no });
      bytes += 64;
    } else if (walk.phase === 'contacts') {
      const next = walk.contacts.next();
      if (next.done === true) {
        walk.phase = 'done';
        break;
      }
      const c = next.value;
      contacts.push(contactSummaryToMsg(c, ctx.registry.externalIdOf(c.id)));
      bytes += 320 + 24 * Object.keys(c.skills).length + 160 * (c.transfers?.length ?? 0);
    } else break;
    items++;
  }
  walk.served += items;
  if (agents.length > 0) page.agents = agents;
  const figures = figured.length > 0 ? pageFigures(ctx, walk, figured, page.at ?? ctx.now()) : undefined;
  if (figures !== undefined) page.agentFigures = figures;
  if (surveyed.length > 0) page.surveyCounters = surveyed;
  if (tallied.length > 0) page.agentSurveys = tallied;
  if (contacts.length > 0) page.contacts = contacts;
  if (walk.phase !== 'done') page.nextCursor = `${walk.id}.${walk.served}`;
}

/**
 * The figures of the agents a page lists, brought up to now (their time in
 * their present state counted). None when the day started over since the
 * walk began: the client then has the new day's from `agentFiguresChanged`.
 */
function pageFigures(ctx: RequestContext, walk: Walk, ids: readonly string[], now: number): AgentFiguresMsg[] | undefined {
  const day = ctx.dayFigures.read(now, ids);
  if (day.since !== walk.figures!.since) {
    walk.phase = walk.phase === 'figures' ? 'contacts' : walk.phase;
    return undefined;
  }
  const some = new Map<string, Readonly<AgentFigureSet>>();
  for (const id of ids) {
    const f = day.agents.get(id);
    if (f !== undefined) some.set(id, f);
  }
  return agentFiguresToMsg(some);
}

/** Every configured queue with its waiting, callback, follow-up and repeat counts. */
function queueViews(ctx: RequestContext): QueueViewMsg[] {
  const r = ctx.router;
  // Counts the router keeps as contacts change, O(queues): the first page must not hold routing (issue 20).
  const counts = r.queueCounts();
  const queues: QueueViewMsg[] = [];
  for (const q of r.config.queues.values()) {
    const k = counts.get(q.id);
    const view: QueueViewMsg = {
      id: q.id,
      name: q.config.name ?? q.id,
      channels: [...q.channels],
      waiting: k?.waiting ?? 0,
      callbacks: k?.callbacks ?? 0,
      followUps: k?.followUps ?? 0,
      repeatsWaiting: k?.repeatsWaiting ?? 0,
    };
    if (k !== undefined && k.waiting > 0) view.oldestArrival = k.oldestArrival;
    const hours = r.queueHours(q.id);
    if (hours !== null && !hours.open) {
      view.closed = true;
      if (hours.until !== null) view.closedUntil = hours.until;
    }
    queues.push(view);
  }
  return queues;
}
