/**
 * Who may open a socket: the endpoint's role, a valid token of that role,
 * and the encoding and subprotocol to answer with. Shared by the gateway
 * and by a follower process that relays sockets to the leader.
 */
import { fail, SwitchboardError, withArticle } from '../core/errors.js';
import { errorMsgOf } from '../protocol/error-msg.js';
import { BEARER_PREFIX, SUBPROTOCOL_JSON, SUBPROTOCOL_PROTO, type Encoding, type Role } from '../protocol/messages.js';
import { tokenFrom, type TokenAuthority } from './auth.js';
import type { UpgradeDecision, UpgradeRequest } from './transport.js';

/** What an accepted upgrade knows of its connection. */
export interface ConnectionContext {
  readonly role: Role;
  readonly principal: string;
  readonly encoding: Encoding;
  /** The token's expiry (ms); the socket is closed then (4401) and the client reconnects with a fresh token. */
  readonly expiresAt: number | undefined;
  readonly remoteAddress: string | undefined;
  /** Integrations: the last sequence of its stream the client saw (query `resume_after`): what it missed follows. */
  readonly resumeAfter?: number;
}

const ROLE_BY_PATH: Readonly<Record<string, Role>> = {
  '/v1/agent': 'agent',
  '/v1/integration': 'integration',
  '/v1/supervisor': 'supervisor',
};

/** A refused upgrade: the status, and the error (code, message, reason, params) as its JSON body. */
export function refuseUpgrade(status: number, e: SwitchboardError): UpgradeDecision<ConnectionContext> {
  return { accept: false, status, body: JSON.stringify({ error: errorMsgOf(e) }) };
}

/** Decides an upgrade synchronously (the transport upgrades within its callback); `authFailed` hears every refused credential. */
export function authorizeUpgrade(
  auth: TokenAuthority,
  req: UpgradeRequest,
  authFailed: (status: number, reason: string) => void,
): UpgradeDecision<ConnectionContext> {
  const refuse = (status: number, e: SwitchboardError): UpgradeDecision<ConnectionContext> => {
    if (status === 401 || status === 403) authFailed(status, e.message);
    return refuseUpgrade(status, e);
  };
  const role = ROLE_BY_PATH[req.path];
  if (role === undefined)
    return refuse(404, fail('NO_ENDPOINT', `no endpoint ${req.path} (use /v1/agent, /v1/integration or /v1/supervisor)`, { path: req.path }));
  const token = tokenFrom(req.headers, req.protocols, req.query);
  if (token === undefined)
    return refuse(401, fail('TOKEN_REQUIRED', 'a token is required (Authorization: Bearer, bearer.<token> subprotocol or access_token)'));
  let principal;
  try {
    principal = auth.verifySync(token);
  } catch (e) {
    return refuse(401, e instanceof SwitchboardError ? e : fail('TOKEN_INVALID', 'invalid token'));
  }
  if (principal.role !== role) {
    return refuse(403, fail('ROLE_MISMATCH', `${withArticle(principal.role)} token cannot open ${req.path}`, { role: principal.role, needed: role }));
  }
  const resume = req.query.get('resume_after') ?? req.query.get('resumeAfter');
  let resumeAfter: number | undefined;
  if (resume !== null) {
    if (role !== 'integration')
      return refuse(
        400,
        fail('FIELD_INVALID', 'resume_after is for integration sockets (agents resume with login, supervisors with subscribe)', { field: 'resume_after' }),
      );
    resumeAfter = /^\d{1,15}$/.test(resume) ? Number(resume) : NaN;
    if (!Number.isSafeInteger(resumeAfter))
      return refuse(
        400,
        fail('FIELD_INVALID', `resume_after must be the sequence of an event (0 or more), not ${JSON.stringify(resume.slice(0, 32))}`, {
          field: 'resume_after',
        }),
      );
  }
  const proto = req.protocols.includes(SUBPROTOCOL_PROTO);
  const protocol = proto
    ? SUBPROTOCOL_PROTO
    : req.protocols.includes(SUBPROTOCOL_JSON)
      ? SUBPROTOCOL_JSON
      : req.protocols.find((p) => p.startsWith(BEARER_PREFIX));
  const context: ConnectionContext = {
    role,
    principal: principal.id,
    encoding: proto ? 'proto' : 'json',
    expiresAt: principal.expiresAt,
    remoteAddress: req.remoteAddress,
    ...(resumeAfter === undefined ? {} : { resumeAfter }),
  };
  return protocol === undefined ? { accept: true, context } : { accept: true, context, protocol };
}
