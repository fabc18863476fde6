/**
 * The parts a gateway is made of, built and connected (gateway.ts holds
 * them and answers the transport): the router host, the frame outlet and
 * journal, agent and integration presence, the event flow with its
 * fan-out, records and insights, the recall look-ups, and the request
 * dispatch with the narrow context the handlers get.
 */
import type { Logger } from 'pino';
import type { Router } from '../core/router.js';
import type { SwitchboardConfig } from '../config/schema.js';
import type { RecordStore } from '../record/record-store.js';
import { Journal } from '../store/journal.js';
import type { RecallStore } from '../store/recall-store.js';
import type { RoutingStore } from '../store/routing-store.js';
import { Admission, AuthFailureLog } from './admission.js';
import { AgentSessions } from './agent-sessions.js';
import type { TokenAuthority } from './auth.js';
import type { Connections } from './connections.js';
import { ContactRegistry } from './contact-registry.js';
import { EventFlow } from './event-flow.js';
import { FanOut } from './fan-out.js';
import { FrameOut } from './frame-out.js';
import { IntegrationPresence } from './integration-presence.js';
import { IntegrationStreams } from './integration-streams.js';
import type { HttpContext } from './handlers/request-context.js';
import type { GatewayObserver, MetricsEndpoint } from './observer.js';
import { RecallFlow } from './recall-flow.js';
import { RequestDispatch } from './request-dispatch.js';
import { RouterHost } from './router-host.js';
import { SupervisorFeed } from './supervisor-feed.js';

export interface GatewayDeps {
  readonly router: Router;
  readonly config: SwitchboardConfig;
  readonly auth: TokenAuthority;
  readonly observer: GatewayObserver;
  readonly metrics: MetricsEndpoint | undefined;
  readonly log: Logger;
  /**
   * Where the router's events are persisted. When given, every reply,
   * offer and event waits until the store acknowledged the events behind
   * it (see `outbox.ts`), and requests are refused with `UNAVAILABLE` while
   * the store cannot take writes (`setAvailable(false)`). Without one the
   * state lives in this process only and frames leave at once.
   */
  readonly store?: RoutingStore | undefined;
  /** With a store: see `JournalOptions.compactEveryAppends`. */
  readonly compactEveryAppends?: number | undefined;
  /**
   * Where the interaction records go (built here from the router's events,
   * one per contact as it closes) and are read from for `GET
   * /v1/interactions`. Without one no records are kept.
   */
  readonly records?: RecordStore | undefined;
  /**
   * What the core forgets of its windows (`history.memoryWindowSeconds`,
   * `survey.memoryWindowSeconds`) is written here as the core records it,
   * and looked up before a new contact or a survey answer that needs it
   * (recall-flow.ts). Without one the core keeps its full windows itself.
   */
  readonly recall?: RecallStore | undefined;
}

/** What the parts ask of the gateway that holds them. */
export interface GatewayState {
  draining(): boolean;
  ready(): boolean;
  authFailed: HttpContext['authFailed'];
}

export interface GatewayParts {
  readonly registry: ContactRegistry;
  /** Each integration's numbered, kept events (resume after a dropped socket). */
  readonly streams: IntegrationStreams;
  readonly admission: Admission;
  readonly authLog: AuthFailureLog;
  readonly host: RouterHost;
  readonly out: FrameOut;
  readonly agents: AgentSessions;
  readonly integrations: IntegrationPresence;
  readonly flow: EventFlow;
  readonly recall: RecallFlow | undefined;
  readonly ctx: HttpContext;
  readonly requests: RequestDispatch;
  readonly supervisors: SupervisorFeed;
}

export function wireGateway(deps: GatewayDeps, connections: Connections, gw: GatewayState): GatewayParts {
  const { router, config, log } = deps;
  const registry = new ContactRegistry({ maxClosedBytes: config.gateway.closedContactsMaxBytes });
  const admission = new Admission(config.gateway);
  const authLog = new AuthFailureLog(log);
  // Set below, before any event can come (events come from commands, run later).
  const late: { flow?: EventFlow; recall?: RecallFlow | undefined } = {};
  const host = new RouterHost({
    router,
    observer: deps.observer,
    log,
    onEvent: (e) => {
      late.flow!.observe(e);
      late.recall?.observe(e);
    },
    onFlushed: () => late.flow!.afterFlush(),
  });
  const retention = { maxEvents: config.gateway.resumeMaxEvents, maxAgeMs: config.gateway.resumeMaxAgeSeconds * 1000 };
  const streams = new IntegrationStreams(retention);
  const journal =
    deps.store === undefined
      ? null
      : new Journal(deps.store, { compactEveryAppends: deps.compactEveryAppends, log, snapshot: (o) => router.snapshot(o), deliveredRetention: retention });
  const out = new FrameOut({ journal, observer: deps.observer, log, inBatch: () => host.flushing });
  host.commitTo(out);
  const agents = new AgentSessions({ host, graceMs: config.gateway.reconnectGraceSeconds * 1000, log });
  const grace = config.gateway.integrationGraceSeconds;
  const integrations = new IntegrationPresence({ host, registry, graceMs: grace === null ? null : grace * 1000, log });
  const supervisors = new SupervisorFeed({ connections, out, intervalMs: config.gateway.supervisorBatchMs });
  const fanOut = new FanOut({ router, connections, agents, registry, out, streams, supervisors });
  const recalled =
    deps.recall === undefined
      ? undefined
      : new RecallFlow({ store: deps.recall, router, registry, onError: (err) => log.warn({ err }, 'recall store: look-up failed') });
  late.recall = recalled;
  const events = new EventFlow({
    router,
    config,
    registry,
    connections,
    agents,
    fanOut,
    out,
    supervisors,
    observer: deps.observer,
    log,
    records: deps.records,
    recalledAgentOf: recalled === undefined ? undefined : (id) => recalled.agentOf(id),
  });
  late.flow = events;
  const ctx: HttpContext = {
    router,
    exec: (fn) => host.exec(fn),
    config,
    registry,
    estimator: events.estimator,
    waitPush: events.waitPush,
    floorStats: events.floorStats,
    agentStates: events.agentStates,
    dayFigures: events.dayFigures,
    agentSessions: agents,
    supervisors,
    now: () => Date.now(),
    auth: deps.auth,
    get draining() {
      return gw.draining();
    },
    get ready() {
      return gw.ready();
    },
    metrics: deps.metrics,
    records: deps.records,
    agentTime: events.agentTime,
    authFailed: gw.authFailed,
    httpCreateAllowed: (integration) => admission.httpCreate(integration),
    recall: recalled,
  };
  const requests = new RequestDispatch({ ctx, host, out, supervisors, limits: config.gateway });
  return { registry, streams, admission, authLog, host, out, agents, integrations, flow: events, recall: recalled, ctx, requests, supervisors };
}
