/**
 * Where the router's events go once the host drains them, and what runs
 * after each batch: the fan-out to sockets (fan-out.ts), the idempotency
 * keys the journal keeps, the contact registry, the interaction records and
 * each agent's figures of the day, the floor's counts, the wait estimate and
 * the pushes of a changed wait (wait-push.ts). After a flush the records
 * settle and subscribed supervisors hear which agents' figures changed.
 *
 * The insights read the events only; none of them writes a frame but
 * through the fan-out or `FrameOut`.
 */
import type { Logger } from 'pino';
import type { CoreEvent } from '../core/events.js';
import type { Router } from '../core/router.js';
import type { SwitchboardConfig } from '../config/schema.js';
import { AgentStates } from '../insights/agent-states.js';
import type { AgentTimeStore } from '../record/agent-time.js';
import { FloorStats } from '../insights/floor-stats.js';
import { WaitEstimate } from '../insights/wait-estimate.js';
import { EventFrame } from '../protocol/codec.js';
import type { AgentFigureSet } from '../record/agent-figures.js';
import { DayFigures } from '../record/day-figures.js';
import { RecordBuilder } from '../record/record-builder.js';
import type { RecordStore } from '../record/record-store.js';
import type { AgentSessions } from './agent-sessions.js';
import type { Connections } from './connections.js';
import type { ContactRegistry } from './contact-registry.js';
import type { FanOut } from './fan-out.js';
import type { FrameOut } from './frame-out.js';
import type { SupervisorFeed } from './supervisor-feed.js';
import { agentFiguresToMsg } from './handlers/supervisor-snapshot.js';
import type { GatewayObserver } from './observer.js';
import { WaitPush } from './wait-push.js';

export interface EventFlowDeps {
  readonly router: Router;
  readonly config: SwitchboardConfig;
  readonly registry: ContactRegistry;
  readonly connections: Connections;
  readonly agents: AgentSessions;
  readonly fanOut: FanOut;
  readonly out: FrameOut;
  readonly supervisors: Pick<SupervisorFeed, 'event'>;
  readonly observer: GatewayObserver;
  readonly log: Logger;
  /** Where the interaction records go; without one none are kept. */
  readonly records: RecordStore | undefined;
  /** The agent of an earlier contact the core forgot but a look-up found (recall-flow.ts): a repeat's attribution. */
  readonly recalledAgentOf?: ((contactId: string) => string | undefined) | undefined;
}

export class EventFlow {
  readonly estimator: WaitEstimate;
  /** The day's counts of the floor, for the supervisor snapshot. */
  readonly floorStats: FloorStats;
  /** Each agent's time in state, for the login result and the supervisor snapshot. */
  readonly agentStates: AgentStates;
  /** Each agent's figures of the day, from the interaction records. */
  readonly dayFigures: DayFigures;
  /** Each agent's staffed and occupied spans, for any window's occupancy (kept with the records). */
  readonly agentTime: AgentTimeStore | undefined;
  readonly waitPush: WaitPush;
  readonly #d: EventFlowDeps;
  readonly #records: RecordBuilder;

  constructor(deps: EventFlowDeps) {
    const { router, config, registry } = deps;
    this.#d = deps;
    this.estimator = new WaitEstimate({
      defaultHandleSeconds: config.gateway.defaultHandleSeconds,
      defaultPatienceSeconds: config.gateway.defaultPatienceSeconds,
      memorySeconds: config.gateway.estimateMemorySeconds,
      onSettled: (s) => deps.observer.waitEstimateSettled?.(s),
    });
    this.floorStats = new FloorStats(router.config, router.contacts(), Date.now(), { dayStartsAt: config.floorStats.dayStartsAt });
    this.dayFigures = new DayFigures({ next: deps.records, dayStartOf: (now) => this.floorStats.read(now).since, now: Date.now() });
    const agentTime = deps.records?.agentTime;
    this.agentTime = agentTime;
    this.agentStates = new AgentStates(router, (agentId, key, ms, until) => {
      this.dayFigures.stateTime(agentId, key, ms);
      agentTime?.add(agentId, key, until - ms, until);
    });
    this.dayFigures.reportTimeWith((until, only) => this.agentStates.reportUntil(until, only));
    this.#records = new RecordBuilder({
      sink: this.dayFigures,
      creatorOf: (id) => {
        const integration = registry.ownerOf(id);
        const externalId = registry.externalIdOf(id);
        return integration === undefined || externalId === undefined ? undefined : { integration, externalId };
      },
      agentOf: (id, customer) => router.history(customer).find((h) => h.contactId === id)?.agentId ?? deps.recalledAgentOf?.(id) ?? null,
      keepNotes: config.records.keepNotes,
    });
    this.#records.adopt(router.contacts(), Date.now());
    this.waitPush = new WaitPush({ router, estimator: this.estimator, registry, fanOut: deps.fanOut, now: () => Date.now() });
  }

  /** One drained event, in order. */
  observe(e: CoreEvent): void {
    const { registry, fanOut, out, agents, log } = this.#d;
    if (e.type === 'contact.follow_up_scheduled') registry.adoptFollowUp(e.contact);
    // A contact the core made (a voicemail) is its owner's before anyone hears of it; created ones are registered already.
    else if (e.type === 'contact.created') registry.adopt(e.contact);
    try {
      fanOut.deliver(e);
    } catch (err) {
      log.error({ err, event: e.type }, 'fan-out failed');
    }
    if (e.type === 'contact.created') {
      const integration = registry.ownerOf(e.contact.id);
      const externalId = registry.externalIdOf(e.contact.id);
      if (integration !== undefined && externalId !== undefined) out.key({ integration, externalId, contactId: e.contact.id });
    }
    this.#records.observe(e);
    registry.observe(e);
    this.floorStats.observe(e);
    this.estimator.observe(e);
    this.waitPush.observe(e);
    if (e.type === 'agent.logged_out') agents.unbind(e.agentId);
  }

  /** After each flush, once its events were delivered. */
  afterFlush(): void {
    const { router } = this.#d;
    this.agentStates.settle();
    this.#records.settle((id) => router.contact(id) !== undefined, Date.now());
    this.#pushFigures();
    this.waitPush.afterFlush();
  }

  /**
   * Runs `flush` with what it records on contacts credited to `actor` (a
   * supervisor's principal), or to no one.
   */
  flushAs(actor: string | null, flush: () => void): void {
    if (actor !== null) this.#records.actor = actor;
    try {
      flush();
    } finally {
      this.#records.actor = null;
    }
  }

  stop(): void {
    this.waitPush.stop();
  }

  /** Tells subscribed supervisors the day's figures of the agents the last flush's records and surveys changed. */
  #pushFigures(): void {
    const changed = this.dayFigures.takeChanged();
    if (changed.length === 0) return;
    this.#d.supervisors.event(() => {
      const now = Date.now();
      const day = this.dayFigures.read(now, changed);
      const agents = new Map<string, Readonly<AgentFigureSet>>();
      for (const id of changed) {
        const f = day.agents.get(id);
        if (f !== undefined) agents.set(id, f);
      }
      return new EventFrame(now, 'agentFiguresChanged', { since: day.since, agents: agentFiguresToMsg(agents) });
    });
  }
}
