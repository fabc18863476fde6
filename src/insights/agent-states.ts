/**
 * The server's "time in state" of every logged-in agent (`Agent.state_since`
 * in the login result and the supervisor snapshot), by the rule of
 * `state-clock.ts`. Follows the router's events as they are emitted (so a
 * reply built right after a command already sees its effect) and reads an
 * agent's state from the router when asked, or at the end of each flush.
 *
 * After a recovery from a store each clock starts when the agent's state
 * did, as far as the stored state tells (`recovered-since.ts`).
 */
import type { CoreEvent } from '../core/events.js';
import type { Router } from '../core/router.js';
import { recoveredSince } from './recovered-since.js';
import { StateClock, stateKey } from './state-clock.js';

/** Told when an agent leaves a state: the state's key and the time spent in it (ms, from its start or the last report), up to `until`. */
export type StateTimeListener = (agentId: string, key: string, ms: number, until: number) => void;

export class AgentStates {
  readonly #router: Router;
  readonly #clocks = new Map<string, StateClock>();
  readonly #onTime: StateTimeListener | undefined;
  /** Per agent: the state reported last, and since when (for `onTime`). */
  readonly #timed = new Map<string, { key: string; at: number }>();
  /** Agents an event touched since they were last read: the latest such event's time. */
  readonly #touched = new Map<string, number>();

  constructor(router: Router, onTime?: StateTimeListener) {
    this.#router = router;
    this.#onTime = onTime;
    for (const a of router.agents()) {
      if (a.presence === 'offline') continue;
      const key = stateKey(router.agentStatus(a.id), a.awayReason);
      const since = recoveredSince(router, a.id) ?? a.presenceSince;
      // Dropped when the old server stopped: a resume to available gives that state's clock back.
      this.#clocks.set(a.id, new StateClock(key, since, { key: 'available', since: a.idleSince }));
      if (onTime !== undefined) this.#timed.set(a.id, { key, at: since });
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
      this.#report(agentId, null, at);
      return;
    }
    const key = stateKey(this.#router.agentStatus(agentId), rec.awayReason);
    this.#report(agentId, key, at);
    const clock = this.#clocks.get(agentId);
    if (clock === undefined) this.#clocks.set(agentId, new StateClock(key, at));
    else clock.set(key, at);
  }

  /** Reports the time spent in the state the agent leaves (null: logged out). */
  #report(agentId: string, key: string | null, at: number): void {
    if (this.#onTime === undefined) return;
    const last = this.#timed.get(agentId);
    if (last !== undefined && last.key === key) return;
    if (last !== undefined) this.#onTime(agentId, last.key, Math.max(0, at - last.at), Math.max(at, last.at));
    if (key === null) this.#timed.delete(agentId);
    else this.#timed.set(agentId, { key, at });
  }

  /**
   * Reports every agent's (or only these agents') time in its present state
   * up to `now`, and starts counting again from there (at the start of a new
   * day, so that time in a state that spans midnight is split between the
   * days; before figures are read).
   */
  reportUntil(now: number, only?: readonly string[]): void {
    if (this.#onTime === undefined) return;
    if (only !== undefined) {
      for (const agentId of only) {
        const last = this.#timed.get(agentId);
        if (last !== undefined) this.#reportOne(agentId, last, now);
      }
      return;
    }
    for (const [agentId, last] of this.#timed) this.#reportOne(agentId, last, now);
  }

  #reportOne(agentId: string, last: { key: string; at: number }, now: number): void {
    if (now > last.at) this.#onTime!(agentId, last.key, now - last.at, now);
    last.at = Math.max(last.at, now);
  }
}
