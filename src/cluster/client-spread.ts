/**
 * Spreading clients back over the processes of a cluster: when a process
 * (re)starts, the clients stay piled on the ones that survived; the
 * routing leader, which sees every socket (its own and those its
 * followers relay), moves a few at a time from the busiest process to the
 * least busy one until each holds its share within a margin.
 *
 * Moving a socket is `Gateway.moveAway`: close 4010 with the target's URL,
 * which the SDK reconnects to (resuming its session as after any drop).
 * Who goes first: integrations and supervisors (they resume from where
 * they were), then agents between contacts; never an agent with a contact
 * offered or held.
 *
 * @example
 * const plan = planMove([{ url: a, count: 40 }, { url: b, count: 0 }], { margin: 0.2, batch: 2 });
 * // { from: 0, to: 1, n: 2 }
 */
import type { Session } from '../gateway/session.js';

export interface SpreadSettings {
  /** How far over its fair share a process may be before clients move (a fraction of the share). */
  readonly margin: number;
  /** At most this many clients move per step. */
  readonly batch: number;
}

export interface ProcessLoad {
  readonly url: string;
  /** Clients on it now, plus those asked to move there that have not arrived yet. */
  readonly count: number;
}

/** The move to make now: `n` clients from `loads[from]` to `loads[to]`; null when balanced. */
export function planMove(loads: readonly ProcessLoad[], s: SpreadSettings): { from: number; to: number; n: number } | null {
  if (loads.length < 2) return null;
  let hi = 0;
  let lo = 0;
  let total = 0;
  loads.forEach((l, i) => {
    total += l.count;
    if (l.count > (loads[hi] as ProcessLoad).count) hi = i;
    if (l.count < (loads[lo] as ProcessLoad).count) lo = i;
  });
  const fair = total / loads.length;
  const most = (loads[hi] as ProcessLoad).count;
  const least = (loads[lo] as ProcessLoad).count;
  // Within the margin (and never for a difference of one client): balanced.
  if (most <= Math.ceil(fair * (1 + s.margin)) || most - least < 2) return null;
  const n = Math.min(s.batch, Math.floor((most - least) / 2), most - Math.ceil(fair));
  return n > 0 ? { from: hi, to: lo, n } : null;
}

/** The order sockets are asked to move in: integrations and supervisors, then agents. */
export function moveOrder(sessions: readonly Session[]): Session[] {
  const rank = (s: Session): number => (s.role === 'agent' ? 1 : 0);
  return [...sessions].sort((a, b) => rank(a) - rank(b));
}
