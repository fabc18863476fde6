/**
 * Agent requests. An agent acts only as itself: the agent id is the token's
 * subject, and any other agent id, or a contact held by someone else, is
 * PERMISSION_DENIED.
 */
import { SwitchboardError } from '../core/errors.js';
import type { AgentProfile } from '../core/model.js';
import { agentToMsg, contactToMsg } from '../protocol/convert.js';
import type { ContactMsg, Request, RequestBodies } from '../protocol/messages.js';
import type { Gateway, ResultBody } from './gateway.js';
import { denied, ok, presenceOf, required } from './request-helpers.js';
import type { Session } from './session.js';

export function handleAgentRequest(gw: Gateway, s: Session, req: Request): ResultBody {
  const me = s.principal;
  switch (req.kind) {
    case 'ping':
      return { pong: { time: Date.now() } };
    case 'login':
      return login(gw, s, req.body);
    case 'setPresence': {
      const b = req.body;
      if (b.agentId !== undefined && b.agentId !== me) throw denied(`agent ${me} cannot set the presence of ${b.agentId}`);
      const presence = presenceOf(b.presence);
      bound(s);
      gw.exec((r) => r.setPresence(me, presence, b.reason));
      return ok;
    }
    case 'accept': {
      const id = ownContact(gw, s, req.body.contactId);
      gw.exec((r) => r.acceptOffer(me, id));
      return ok;
    }
    case 'reject': {
      const id = ownContact(gw, s, req.body.contactId);
      gw.exec((r) => r.rejectOffer(me, id));
      return ok;
    }
    case 'complete': {
      const id = ownContact(gw, s, req.body.contactId);
      gw.exec((r) => r.endContact(id, 'agent', me));
      return ok;
    }
    case 'finishWrapUp': {
      const b = req.body;
      const id = ownContact(gw, s, b.contactId);
      gw.exec((r) => r.finishWrapUp(me, id, b.disposition, b.notes));
      return ok;
    }
    case 'logout':
      bound(s);
      gw.exec((r) => r.logoutAgent(me));
      return ok;
    default:
      throw denied(`${req.kind} is not an agent request`);
  }
}

/** The socket must have logged in (or resumed) first. */
function bound(s: Session): void {
  if (s.agent === null) throw new SwitchboardError('FAILED_PRECONDITION', 'log in first');
}

/** A contact the agent may act on: unknown ids are NOT_FOUND, someone else's PERMISSION_DENIED. */
function ownContact(gw: Gateway, s: Session, contactId: string | undefined): string {
  const id = required(contactId, 'contactId');
  bound(s);
  const c = gw.router.contact(id);
  if (c !== undefined && c.agentId !== null && c.agentId !== s.principal) {
    throw denied(`contact ${id} is not offered to or held by agent ${s.principal}`);
  }
  return id;
}

function login(gw: Gateway, s: Session, b: RequestBodies['login']): ResultBody {
  const me = s.principal;
  if (b.agentId !== undefined && b.agentId !== me) throw denied(`a token of agent ${me} cannot log in as ${b.agentId}`);
  const presence = b.presence === undefined ? undefined : presenceOf(b.presence);
  const rec = gw.router.agent(me);
  const loggedIn = rec !== undefined && rec.presence !== 'offline';
  let resumed = false;

  if (loggedIn) {
    // Reconnect within grace, or a second socket: take the session over.
    const a = gw.agentSession(me);
    const before = a?.before;
    gw.bindAgent(s, me);
    resumed = true;
    if (s.agent !== null) s.agent.before = undefined;
    const now = gw.router.agent(me)!;
    if (presence !== undefined) {
      gw.exec((r) => r.setPresence(me, presence, b.reason));
    } else if (before !== undefined && now.presence === 'away' && now.awayReason === 'disconnected') {
      const back = before.presence;
      gw.exec((r) => r.setPresence(me, back, before.reason ?? undefined));
    }
  } else {
    let profile: AgentProfile | undefined;
    if (b.profile !== undefined) {
      if (!gw.config.allowProfileAtLogin) throw denied('this server takes agent profiles from its configuration only');
      profile = {
        skills: b.profile.skills ?? {},
        languages: b.profile.languages ?? [],
        capacity: b.profile.capacity ?? {},
        queues: b.profile.queues ?? [],
      };
    } else {
      profile = gw.config.agents.get(me);
      if (profile === undefined) throw new SwitchboardError('FAILED_PRECONDITION', `no profile configured for agent ${me}`);
    }
    const p = profile;
    const options = presence === undefined ? {} : b.reason === undefined ? { presence } : { presence, reason: b.reason };
    gw.exec((r) => r.loginAgent(me, p, options));
    gw.bindAgent(s, me);
  }

  const agent = gw.router.agent(me)!;
  const contacts: ContactMsg[] = [];
  for (const id of agent.contacts) {
    const c = gw.router.contact(id);
    if (c !== undefined) contacts.push(contactToMsg(c));
  }
  return { login: { agent: agentToMsg(agent, gw.router.agentStatus(me)), resumed, contacts } };
}
