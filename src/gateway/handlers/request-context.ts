/**
 * What a request handler may use: a narrow view of the gateway, as the
 * core's `CommandHost` is for workflow commands. Handlers read the router,
 * run commands through `exec` (timed, events queued for the gateway to
 * deliver after the reply) and never see sockets other than their own.
 */
import type { Router } from '../../core/router.js';
import type { SwitchboardConfig } from '../../config/schema.js';
import type { AgentStates } from '../../insights/agent-states.js';
import type { FloorStats } from '../../insights/floor-stats.js';
import type { WaitEstimate } from '../../insights/wait-estimate.js';
import type { WaitPush } from '../wait-push.js';
import type { AgentSessions } from '../agent-sessions.js';
import type { TokenAuthority } from '../auth.js';
import type { ContactRegistry } from '../contact-registry.js';
import type { MetricsEndpoint } from '../observer.js';
import type { RecordStore } from '../../record/record-store.js';
import type { DayFigures } from '../../record/day-figures.js';
import type { AgentTimeStore } from '../../record/agent-time.js';
import type { ResultKind, ReplyResults } from '../../protocol/messages.js';
import type { RecallFlow } from '../recall-flow.js';
import type { SupervisorFeed } from '../supervisor-feed.js';

/** The router's queries; commands go through `RequestContext.exec`. */
export type RouterView = Pick<
  Router,
  | 'config'
  | 'contact'
  | 'agent'
  | 'agents'
  | 'contacts'
  | 'history'
  | 'agentStatus'
  | 'position'
  | 'waitingStats'
  | 'queueCounts'
  | 'surveyTallies'
  | 'completedContact'
  | 'contactCount'
  | 'agentCount'
  | 'queueHours'
  | 'waitingAhead'
  | 'routingClassOf'
  | 'servingAgents'
  | 'followUps'
>;

export interface RequestContext {
  readonly router: RouterView;
  /** Runs one router command; its events go out after the reply. */
  exec<T>(fn: (r: Router) => T): T;
  readonly config: SwitchboardConfig;
  /** Which integration created which contact. */
  readonly registry: ContactRegistry;
  readonly estimator: WaitEstimate;
  /** Told what a reply announced, so that pushes follow from there. */
  readonly waitPush: Pick<WaitPush, 'told'>;
  readonly floorStats: FloorStats;
  /** Each agent's figures of the day (from the interaction records). */
  readonly dayFigures: Pick<DayFigures, 'read'>;
  /** Each agent's time in state. */
  readonly agentStates: Pick<AgentStates, 'sinceOf'>;
  /** Binds agent sockets to their sessions (login, resume). */
  readonly agentSessions: Pick<AgentSessions, 'get' | 'bind'>;
  /** Starts a supervisor socket's live stream. */
  readonly supervisors: Pick<SupervisorFeed, 'subscribe'>;
  /** Wall-clock time (ms). */
  now(): number;
}

/** What the HTTP routes need besides: who may call, and the server's state. */
export interface HttpContext extends RequestContext {
  readonly auth: TokenAuthority;
  readonly draining: boolean;
  readonly ready: boolean;
  readonly metrics: MetricsEndpoint | undefined;
  /** The interaction records, when kept. */
  readonly records: RecordStore | undefined;
  /** The agents' staffed and occupied spans, kept with the records (read after `dayFigures.read(now)`, which brings them up to now). */
  readonly agentTime: AgentTimeStore | undefined;
  /** Logs a refused credential (never the token). */
  authFailed(req: { readonly path: string; readonly remoteAddress?: string | undefined }, status: number, reason: string): void;
  /** One more contact created over HTTP by the integration: false past its rate. */
  httpCreateAllowed(integration: string): boolean;
  /** The look-ups before a new contact or a survey answer, with a recall store (recall-flow.ts). */
  readonly recall: Pick<RecallFlow, 'forContact' | 'forSurvey'> | undefined;
}

/** What a request handler returns: exactly one result kind. */
export type ResultBody = { [K in ResultKind]: { [P in K]: ReplyResults[K] } }[ResultKind];
