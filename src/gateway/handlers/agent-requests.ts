/**
 * Agent requests. An agent acts only as itself: the agent id is the token's
 * subject, and any other agent id, or a contact held by someone else, is
 * PERMISSION_DENIED.
 */
import { newId } from './new-id.js';
import { fail } from '../../core/errors.js';
import type { AgentProfile } from '../../core/model.js';
import type { TransferTarget } from '../../core/transfer-commands.js';
import { agentToMsg, contactToMsg, historyToMsg } from '../../protocol/convert.js';
import type { ContactMsg, LoginResultMsg, Request, RequestBodies } from '../../protocol/messages.js';
import type { RequestContext, ResultBody } from './request-context.js';
import { ok, presenceOf, required, reasonFrom } from './request-helpers.js';
import type { Session } from '../session.js';
import { handleFollowUpRequest } from './follow-up-requests.js';

export function handleAgentRequest(ctx: RequestContext, s: Session, req: Request): ResultBody {
  const me = s.principal;
  switch (req.kind) {
    case 'ping':
      return { pong: { time: ctx.now() } };
    case 'login':
      return login(ctx, s, req.body);
    case 'setPresence': {
      const b = req.body;
      if (b.agentId !== undefined && b.agentId !== me)
        throw fail('NOT_YOURSELF', `agent ${me} cannot set the presence of ${b.agentId}`, { agent: me, other: b.agentId });
      const presence = presenceOf(b.presence);
      if (presence === 'away' && b.reason !== undefined) reasonFrom(ctx.config.awayReasons, b.reason, 'away reason');
      bound(s);
      ctx.exec((r) => r.setPresence(me, presence, b.reason));
      return ok;
    }
    case 'accept': {
      const id = ownContact(ctx, s, req.body.contactId);
      ctx.exec((r) => r.acceptOffer(me, id));
      return ok;
    }
    case 'reject': {
      const id = ownContact(ctx, s, req.body.contactId);
      ctx.exec((r) => r.rejectOffer(me, id));
      return ok;
    }
    case 'complete': {
      const id = ownContact(ctx, s, req.body.contactId);
      ctx.exec((r) => r.endContact(id, 'agent', me));
      return ok;
    }
    case 'finishWrapUp': {
      const b = req.body;
      const id = ownContact(ctx, s, b.contactId);
      ctx.exec((r) => r.finishWrapUp(me, id, b.disposition, b.notes));
      return ok;
    }
    case 'recordWrapUp': {
      const b = req.body;
      const id = ownContact(ctx, s, b.contactId);
      ctx.exec((r) => r.recordWrapUp(me, id, b.disposition, b.notes));
      return ok;
    }
    case 'transfer': {
      const b = req.body;
      const id = ownContact(ctx, s, b.contactId);
      const target: { -readonly [K in keyof TransferTarget]: TransferTarget[K] } = {};
      if (b.queueId !== undefined) target.queueId = b.queueId;
      if (b.agentId !== undefined) target.agentId = b.agentId;
      if (b.consult !== undefined) target.consult = b.consult;
      if (b.notes !== undefined) target.notes = b.notes;
      ctx.exec((r) => r.transferContact(me, id, target));
      return ok;
    }
    case 'cancelTransfer': {
      // The contact is waiting or offered to someone else by now: the router checks it is this agent's transfer.
      const id = required(req.body.contactId, 'contactId');
      bound(s);
      ctx.exec((r) => r.cancelTransfer(me, id));
      return ok;
    }
    case 'escalate': {
      const b = req.body;
      const id = ownContact(ctx, s, b.contactId);
      const reason = reasonFrom(ctx.config.escalationReasons, required(b.reason, 'reason'), 'escalation reason');
      ctx.exec((r) => r.escalateContact(me, id, reason, b.notes));
      return ok;
    }
    case 'scheduleFollowUp': {
      const b = req.body;
      const id = ownContact(ctx, s, b.contactId);
      const f: { id: string; dueAt: number; note: string; queueId?: string } = { id: newId('f'), dueAt: b.dueAt, note: b.note ?? '' };
      if (b.queueId !== undefined) f.queueId = b.queueId;
      const rec = ctx.exec((r) => r.scheduleFollowUp(me, id, f));
      return { contact: { contact: contactToMsg(rec), created: true } };
    }
    case 'logout':
      bound(s);
      ctx.exec((r) => r.logoutAgent(me));
      return ok;
    case 'listFollowUps':
    case 'cancelFollowUp':
    case 'rescheduleFollowUp':
      return handleFollowUpRequest(ctx, { role: 'agent', id: me }, req);
    default:
      throw fail('REQUEST_NOT_ALLOWED', `${req.kind} is not an agent request`, { kind: req.kind, role: 'agent' });
  }
}

function profileFrom(p: NonNullable<RequestBodies['login']['profile']>): AgentProfile {
  return { skills: p.skills ?? {}, languages: p.languages ?? [], capacity: p.capacity ?? {}, queues: p.queues ?? [] };
}

/** The same profile, as the router keeps it (queues without repeats; capacity of 0 as absent; order of skills aside). */
function sameProfile(a: AgentProfile, b: AgentProfile): boolean {
  const skills = (s: AgentProfile['skills']) => JSON.stringify(Object.entries(s).sort(([x], [y]) => (x < y ? -1 : 1)));
  const capacity = (c: AgentProfile['capacity']) =>
    JSON.stringify(
      Object.entries(c)
        .filter(([, n]) => (n ?? 0) > 0)
        .sort(([x], [y]) => (x < y ? -1 : 1)),
    );
  return (
    skills(a.skills) === skills(b.skills) &&
    JSON.stringify(a.languages) === JSON.stringify(b.languages) &&
    capacity(a.capacity) === capacity(b.capacity) &&
    JSON.stringify([...new Set(a.queues)]) === JSON.stringify([...new Set(b.queues)])
  );
}

/** The socket must have logged in (or resumed) first. */
function bound(s: Session): void {
  if (s.agent === null) throw fail('LOGIN_FIRST', 'log in first');
}

/** A contact the agent may act on: unknown ids are NOT_FOUND, someone else's PERMISSION_DENIED. */
function ownContact(ctx: RequestContext, s: Session, contactId: string | undefined): string {
  const id = required(contactId, 'contactId');
  bound(s);
  const c = ctx.router.contact(id);
  if (c !== undefined && c.agentId !== null && c.agentId !== s.principal) {
    throw fail('NOT_YOUR_CONTACT', `contact ${id} is not offered to or held by agent ${s.principal}`, { contact: id });
  }
  return id;
}

function login(ctx: RequestContext, s: Session, b: RequestBodies['login']): ResultBody {
  const me = s.principal;
  if (b.agentId !== undefined && b.agentId !== me)
    throw fail('NOT_YOURSELF', `a token of agent ${me} cannot log in as ${b.agentId}`, { agent: me, other: b.agentId });
  const presence = b.presence === undefined ? undefined : presenceOf(b.presence);
  if (presence === 'away' && b.reason !== undefined) reasonFrom(ctx.config.awayReasons, b.reason, 'away reason');
  const rec = ctx.router.agent(me);
  const loggedIn = rec !== undefined && rec.presence !== 'offline';
  let resumed = false;

  if (loggedIn) {
    // A profile sent again must be the one the agent is logged in with: changing
    // it under offers and contacts in progress would re-decide them behind the
    // agent's back, so a change is refused (log out, then in with the new one)
    // rather than ignored. The SDK's reconnect sends the same profile again.
    if (b.profile !== undefined) {
      if (!ctx.config.allowProfileAtLogin) throw fail('PROFILE_FROM_CONFIG_ONLY', 'this server takes agent profiles from its configuration only');
      if (!sameProfile(rec, profileFrom(b.profile))) {
        throw fail('PROFILE_MISMATCH', `agent ${me} is logged in with another profile: log out first to change it`, { agent: me });
      }
    }
    // Reconnect within grace, or a second socket: take the session over.
    const a = ctx.agentSessions.get(me);
    const before = a?.before;
    ctx.agentSessions.bind(s, me);
    resumed = true;
    if (s.agent !== null) s.agent.before = undefined;
    const now = ctx.router.agent(me)!;
    if (presence !== undefined) {
      ctx.exec((r) => r.setPresence(me, presence, b.reason));
    } else if (before !== undefined && now.presence === 'away' && now.awayReason === 'disconnected') {
      const back = before.presence;
      ctx.exec((r) => r.setPresence(me, back, before.reason ?? undefined));
    }
  } else {
    let profile: AgentProfile | undefined;
    if (b.profile !== undefined) {
      if (!ctx.config.allowProfileAtLogin) throw fail('PROFILE_FROM_CONFIG_ONLY', 'this server takes agent profiles from its configuration only');
      profile = profileFrom(b.profile);
    } else {
      profile = ctx.config.agents.get(me);
      if (profile === undefined) throw fail('NO_PROFILE', `no profile configured for agent ${me}`, { agent: me });
    }
    const p = profile;
    const options = presence === undefined ? {} : b.reason === undefined ? { presence } : { presence, reason: b.reason };
    ctx.exec((r) => r.loginAgent(me, p, options));
    ctx.agentSessions.bind(s, me);
  }

  const agent = ctx.router.agent(me)!;
  const contacts: ContactMsg[] = [];
  const histories: NonNullable<LoginResultMsg['histories']> = [];
  const customers = new Set<string>();
  for (const id of agent.contacts) {
    const c = ctx.router.contact(id);
    if (c === undefined) continue;
    contacts.push(contactToMsg(c));
    if (customers.has(c.customer.id)) continue;
    customers.add(c.customer.id);
    const entries = ctx.router.history(c.customer.id);
    if (entries.length > 0) histories.push({ customerId: c.customer.id, entries: historyToMsg(entries) });
  }
  const result: LoginResultMsg = { agent: agentToMsg(agent, ctx.router.agentStatus(me), ctx.agentStates.sinceOf(me)), resumed, contacts };
  if (histories.length > 0) result.histories = histories;
  return { login: result };
}
