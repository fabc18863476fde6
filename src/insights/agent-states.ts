/**
 * The server's "time in state" of every logged-in agent (`Agent.state_since`
 * in the login result and the supervisor snapshot), by the rule of
 * `state-clock.ts`. Follows the router's events as they are emitted (so a
 * reply built right after a command already sees its effect) and reads an
 * agent's state from the router when asked, or at the end of each flush.
 *
 * After a recovery from a store the clocks start at each agent's
 * `presenceSince` (the stored state keeps no more).
 */
import type { CoreEvent } from '../core/events.js';
import type { Router } from '../core/router.js';
import { StateClock, stateKey } from './state-clock.js';

export class AgentStates {
  readonly #router: Router;
  readonly #clocks = new Map<string, StateClock>();
  /** Agents an event touched since they were last read: the latest such event's time. */
  readonly #touched = new Map<string, number>();

  constructor(router: Router) {
    this.#router = router;
    for (const a of router.agents()) {
      if (a.presence !== 'offline') this.#clocks.set(a.id, new StateClock(stateKey(router.agentStatus(a.id), a.awayReason), a.presenceSince));
    }
    router.subscribe((e) => this.#observe(e));
  }

  /** Since when (ms) the agent is in its state; undefined when it is not logged in. */
  sinceOf(agentId: string): number | undefined {
    this.#read(agentId);
    return this.#clocks.get(agentId)?.since;
  }

  /** Reads every agent an event touched (the gateway calls it after each flush). */
  settle(): void {
    // Most flushes (a ping, a refused request) touched no agent: no iterator for them.
    if (this.#touched.size === 0) return;
    for (const id of this.#touched.keys()) this.#read(id);
  }

  #observe(e: CoreEvent): void {
    const x = e as { agentId?: unknown; offeredTo?: unknown; toAgentId?: unknown };
    if (typeof x.agentId === 'string' && e.type !== 'contact.survey_answered') this.#touched.set(x.agentId, e.at);
    if (typeof x.offeredTo === 'string') this.#touched.set(x.offeredTo, e.at);
    if (typeof x.toAgentId === 'string') this.#touched.set(x.toAgentId, e.at);
  }

  #read(agentId: string): void {
    const at = this.#touched.get(agentId);
    if (at === undefined) return;
    this.#touched.delete(agentId);
    const rec = this.#router.agent(agentId);
    if (rec === undefined || rec.presence === 'offline') {
      this.#clocks.delete(agentId);
      return;
    }
    const key = stateKey(this.#router.agentStatus(agentId), rec.awayReason);
    const clock = this.#clocks.get(agentId);
    if (clock === undefined) this.#clocks.set(agentId, new StateClock(key, at));
    else clock.set(key, at);
  }
}
