/**
 * When a recovered agent's state started. The stored state (the core's
 * snapshot and journal) keeps no "time in state", only each agent's
 * presence start, its last offer or wrap-up end (`idleSince`) and its
 * contacts' deadlines and connection times; from those, the start of the
 * state `Router.agentStatus` derives:
 *
 * - away: the presence's start (exact);
 * - available: the later of the presence's start and the agent's last
 *   offer or wrap-up end (exact, except after an offer that rang out or
 *   was rejected: then the offer's time, up to a ring time early);
 * - busy: the earliest of the last offer and the held contacts' start
 *   (an offer's ring deadline less the queue's ring time; an active
 *   contact's connection time): exact with one contact;
 * - wrap-up: when the last contact went to wrap-up (its wrap-up deadline
 *   less the queue's wrap-up time): exact unless the wrap-up was extended.
 *
 * An agent whose connection dropped (away, `disconnected`: every agent
 * without a socket when the old server stopped) gets back, on resuming to
 * available, the clock of being available: since its last becoming
 * available or wrap-up end (`AgentStates`).
 *
 * Before this, every recovered clock started at
 * the presence's start: an agent busy for ten minutes showed the time
 * since they had signed in or come back from a break.
 */
import type { Router } from '../core/router.js';

export function recoveredSince(router: Router, agentId: string): number | undefined {
  const a = router.agent(agentId);
  if (a === undefined || a.presence === 'offline') return undefined;
  const status = router.agentStatus(agentId);
  let since: number;
  if (status === 'available') since = Math.max(a.presenceSince, a.idleSince);
  else if (status === 'busy') {
    since = a.idleSince;
    for (const id of a.contacts) {
      const c = router.contact(id);
      if (c === undefined) continue;
      if (c.state === 'offered' && c.deadline !== null) since = Math.min(since, c.deadline - (router.config.queues.get(c.queueId)?.offerTimeoutMs ?? 0));
      else if (c.state === 'active' && c.connectedAt !== null) since = Math.min(since, c.connectedAt);
    }
  } else if (status === 'wrap_up') {
    let last: number | undefined;
    for (const id of a.contacts) {
      const c = router.contact(id);
      if (c?.deadline == null) continue;
      const start = c.deadline - (router.config.queues.get(c.queueId)?.wrapUpMs ?? 0);
      last = last === undefined ? start : Math.max(last, start);
    }
    since = last ?? a.idleSince;
  } else since = a.presenceSince;
  return since;
}
