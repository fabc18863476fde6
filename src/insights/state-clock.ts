/**
 * "Time in state": since when an agent shows the state it shows (its status
 * as `Router.agentStatus` derives it, and its away reason). One rule for
 * the server (`AgentStates`, sent as `Agent.state_since`) and the pages that
 * go on from the events' times (the agent desktop, the wallboard), so that a
 * reload, a resumed session or a second wallboard reads the same clock.
 *
 * A dropped connection (away, reason `disconnected`) that resumes to the
 * state the agent had before keeps that state's clock: a page reload or a
 * network blip is not a new state. Pure: times come from the caller.
 */

/** The state a view shows: the status, and for `away` the reason. */
export function stateKey(status: string, awayReason: string | null | undefined): string {
  return status === 'away' ? `away:${awayReason ?? ''}` : status;
}

/** The state of an agent whose connection dropped (the server sets them away until they resume). */
export const DROPPED = stateKey('away', 'disconnected');

export class StateClock {
  #key: string;
  #since: number;
  /** The state before a drop, given back if the agent resumes to it. */
  #beforeDrop: { readonly key: string; readonly since: number } | undefined;

  /** `beforeDrop`: for a clock that starts dropped, the state (and its start) a resume gives back. */
  constructor(key: string, since: number, beforeDrop?: { readonly key: string; readonly since: number }) {
    this.#key = key;
    this.#since = since;
    if (key === DROPPED) this.#beforeDrop = beforeDrop;
  }

  get key(): string {
    return this.#key;
  }

  /** Since when (ms) the agent is in its state. */
  get since(): number {
    return this.#since;
  }

  /** The agent is in state `key` as of `at` (ms); a change starts the clock at `at`. */
  set(key: string, at: number): void {
    if (key === this.#key) return;
    const before = this.#beforeDrop;
    this.#beforeDrop = key === DROPPED ? { key: this.#key, since: this.#since } : undefined;
    if (this.#key === DROPPED && before?.key === key) {
      this.#key = key;
      this.#since = before.since;
      return;
    }
    this.#key = key;
    this.#since = at;
  }
}
