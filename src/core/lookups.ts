/**
 * The router's look-ups of what a command names, each refusing with its
 * coded error (NOT_FOUND, FAILED_PRECONDITION) when the agent or contact is
 * not what the command needs.
 */
import type { AgentEntry, ContactEntry } from './entries.js';
import { fail } from './errors.js';
import { agentId as toAgentId, contactId as toContactId, isValidId } from './ids.js';
import type { RoutingState } from './routing-state.js';

/** A logged-in agent, or AGENT_NOT_LOGGED_IN. */
export function loggedInAgent(s: RoutingState, id: string): AgentEntry {
  const a = isValidId(id) ? s.agents.get(toAgentId(id)) : undefined;
  if (a === undefined || !a.loggedIn) throw fail('AGENT_NOT_LOGGED_IN', `agent ${id} is not logged in`, { agent: id });
  return a;
}

/** A contact the router holds, or CONTACT_NOT_FOUND. */
export function contactOf(s: RoutingState, id: string): ContactEntry {
  const c = isValidId(id) ? s.contacts.get(toContactId(id)) : undefined;
  if (c === undefined) throw fail('CONTACT_NOT_FOUND', `contact ${id} does not exist`, { contact: id });
  return c;
}

/** CONTACT_NOT_HELD unless `agent` holds the contact. */
export function checkHolder(c: ContactEntry, agent: string): void {
  if (c.rec.agentId !== agent) throw fail('CONTACT_NOT_HELD', `contact ${c.rec.id} is not held by agent ${agent}`, { contact: c.rec.id, agent });
}

/** The contact offered to this logged-in agent, or the error that says why not. */
export function offeredTo(s: RoutingState, agent: string, contact: string): ContactEntry {
  loggedInAgent(s, agent);
  const c = contactOf(s, contact);
  if (c.rec.state !== 'offered' || c.rec.agentId !== agent) {
    throw fail('CONTACT_NOT_OFFERED', `contact ${contact} is not offered to agent ${agent}`, { contact, agent });
  }
  return c;
}
