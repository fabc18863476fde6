/**
 * A socket's frame on its way to the role's handler and back: the rate and
 * size limits (judged before the frame is decoded: a flood or an oversized
 * frame costs no parse), the decode, the role's right to send the request,
 * the store's availability, then the handler (handlers/) with the narrow
 * `RequestContext`, and the reply or the error through `FrameOut`.
 */
import { fail, SwitchboardError, withArticle } from '../core/errors.js';
import type { GatewaySettings } from '../config/schema.js';
import { CloseCode } from '../protocol/close-codes.js';
import { decodeRequest, peekRequestId } from '../protocol/codec.js';
import { REQUESTS_BY_ROLE, type Request } from '../protocol/messages.js';
import type { FrameOut } from './frame-out.js';
import { handleAgentRequest } from './handlers/agent-requests.js';
import { handleIntegrationRequest } from './handlers/integration-requests.js';
import type { RequestContext, ResultBody } from './handlers/request-context.js';
import { handleSupervisorRequest } from './handlers/supervisor-requests.js';
import type { Recalled } from './recall-flow.js';
import type { RouterHost } from './router-host.js';
import type { Session } from './session.js';
import type { SupervisorFeed } from './supervisor-feed.js';

export interface RequestDispatchDeps {
  readonly ctx: RequestContext;
  readonly host: Pick<RouterHost, 'available' | 'router'>;
  readonly out: FrameOut;
  /** A supervisor's part of the batch under way goes before its reply: the reply comes after the events before it. */
  readonly supervisors: Pick<SupervisorFeed, 'flushFor'>;
  readonly limits: Pick<GatewaySettings, 'rateBurst' | 'ratePerSecond' | 'maxFrameBytes'>;
}

export class RequestDispatch {
  readonly #d: RequestDispatchDeps;

  constructor(deps: RequestDispatchDeps) {
    this.#d = deps;
  }

  /**
   * The request in `data`, or undefined when the frame was refused: past
   * the rate or the size (answered, or the socket closed when it keeps on)
   * or not a request (answered). The refusal names the request when its id
   * can be read from the frame's first bytes.
   */
  read(s: Session, data: Uint8Array, isBinary: boolean): Request | undefined {
    const g = this.#d.limits;
    const out = this.#d.out;
    if (!s.limiter.take()) {
      if (s.limiter.refusedInRow > Math.max(g.rateBurst, 100)) {
        // A client that keeps going past many refusals is flooding: drop it.
        s.log.warn({ refused: s.limiter.refusedInRow }, 'closed a client flooding past the rate limit');
        s.conn.close(CloseCode.policyViolation, 'rate limit exceeded');
        s.open = false;
        return undefined;
      }
      out.replyError(
        s,
        peekRequestId(data, isBinary, s.encoding),
        fail('RATE_LIMITED', `rate limit: at most ${g.ratePerSecond} messages a second`, { limit: g.ratePerSecond }),
      );
      return undefined;
    }
    if (data.byteLength > g.maxFrameBytes) {
      if (data.byteLength > g.maxFrameBytes * 4) {
        // Past the hard cap (the transport may let a few such frames through):
        // closed as RFC 6455 says, with a close frame.
        s.conn.close(CloseCode.messageTooBig, 'frame too large');
        s.open = false;
        return undefined;
      }
      const id = peekRequestId(data, isBinary, s.encoding);
      const message = `frame of ${data.byteLength} bytes is over the limit of ${g.maxFrameBytes}`;
      out.replyError(s, id, fail('FRAME_TOO_LARGE', message, { bytes: data.byteLength, limit: g.maxFrameBytes }));
      return undefined;
    }
    const d = decodeRequest(data, isBinary, s.encoding);
    if (!d.ok) {
      out.replyError(s, d.id, d.error);
      return undefined;
    }
    return d.request;
  }

  /**
   * Runs the request as its sender and replies with its result or its
   * error. The events it caused wait for the caller's flush. `recalled`:
   * what a look-up before it found (recall-flow.ts); true when it ran.
   */
  answer(s: Session, req: Request, recalled?: Recalled): boolean {
    const { host, out } = this.#d;
    if (s.role === 'supervisor') this.#d.supervisors.flushFor(s);
    try {
      if (!REQUESTS_BY_ROLE[s.role].has(req.kind)) {
        throw fail('REQUEST_NOT_ALLOWED', `${req.kind} is not ${withArticle(s.role)} request`, { kind: req.kind, role: s.role });
      }
      if (!host.available && req.kind !== 'ping') {
        throw fail('STORE_UNAVAILABLE', 'the state store is unavailable: nothing was changed; retry shortly');
      }
      // Who did what: a supervisor's or integration's changes carry who made them, in the events and the log.
      const result = s.role === 'agent' ? this.#dispatch(s, req) : host.router.actAs(`${s.role}:${s.principal}`, () => this.#dispatch(s, req, recalled));
      // A supervisor's change at info (human actions, few); an integration's at debug (one per call
      // and step: per-message lines stay out of info), its events carrying the actor all the same.
      if (s.role === 'supervisor' && !READ_ONLY.has(req.kind)) s.log.info({ request: req.kind, ...targetOf(req) }, 'change requested');
      else if (s.role === 'integration' && !READ_ONLY.has(req.kind)) s.log.debug({ request: req.kind, ...targetOf(req) }, 'change requested');
      out.reply(s, req.id, result, req.kind === 'subscribe' || req.kind === 'snapshotPage');
      return true;
    } catch (e) {
      if (e instanceof SwitchboardError) out.replyError(s, req.id, e);
      else {
        s.log.error({ err: e, kind: req.kind }, 'request failed');
        out.replyError(s, req.id, fail('INTERNAL_ERROR', 'internal error'));
      }
      return false;
    }
  }

  #dispatch(s: Session, req: Request, recalled?: Recalled): ResultBody {
    const ctx = this.#d.ctx;
    switch (s.role) {
      case 'agent':
        return handleAgentRequest(ctx, s, req);
      case 'integration':
        return handleIntegrationRequest(ctx, s, req, recalled);
      default:
        return handleSupervisorRequest(ctx, s, req);
    }
  }
}

/** Requests that change nothing (not logged as changes). */
const READ_ONLY: ReadonlySet<string> = new Set(['ping', 'position', 'subscribe', 'snapshotPage', 'getContact', 'listFollowUps']);

/** The contact or agent a request is about, for its log line. */
function targetOf(req: Request): { contactId?: string; agentId?: string } {
  const b = req.body as { contactId?: unknown; agentId?: unknown; externalId?: unknown };
  const out: { contactId?: string; agentId?: string; externalId?: string } = {};
  if (typeof b.contactId === 'string') out.contactId = b.contactId;
  if (typeof b.agentId === 'string') out.agentId = b.agentId;
  if (typeof b.externalId === 'string') out.externalId = b.externalId;
  return out;
}
