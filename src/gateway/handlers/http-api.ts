/**
 * HTTP on the WebSocket port: health, readiness, metrics, and contact
 * creation for integrations without a socket (e.g. an email ingester).
 */
import { fail, SwitchboardError, withArticle, type ErrorCode } from '../../core/errors.js';
import { errorMsgOf } from '../../protocol/error-msg.js';
import { decodeCreateContactJson, decodeSurveyJson } from '../../protocol/codec.js';
import { tokenFrom, type Principal } from '../auth.js';
import type { Role } from '../../protocol/messages.js';
import type { HttpContext } from './request-context.js';
import { answerSurvey, createContact } from './integration-requests.js';
import { agentFiguresOver, exportAgentTime, exportInteractions } from './interactions-export.js';
import type { RecordStore } from '../../record/record-store.js';
import type { HttpRequest, HttpResponse } from '../transport.js';
import type { SurveyClaim } from '../../store/recall-store.js';

/** HTTP status of each error code. */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  INVALID_ARGUMENT: 400,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  FAILED_PRECONDITION: 409,
  PERMISSION_DENIED: 403,
  UNAUTHENTICATED: 401,
  RESOURCE_EXHAUSTED: 429,
  OUT_OF_RANGE: 400,
  UNAVAILABLE: 503,
  DEADLINE_EXCEEDED: 504,
  INTERNAL: 500,
};

const JSON_TYPE = { 'content-type': 'application/json' };

const json = (status: number, body: unknown): HttpResponse => ({ status, headers: JSON_TYPE, body: JSON.stringify(body) });
/** An error's response: the status of its code, and `{error: {code, message, reason, params}}`. */
const error = (e: SwitchboardError): HttpResponse => json(HTTP_STATUS[e.code], { error: errorMsgOf(e) });
const methodNotAllowed = (method: string, allow: string): HttpResponse => ({
  status: 405,
  headers: { ...JSON_TYPE, allow },
  body: JSON.stringify({ error: errorMsgOf(fail('METHOD_NOT_ALLOWED', `method ${method} not allowed (allowed: ${allow})`, { method, allow })) }),
});
const unsupportedType = (): HttpResponse => json(415, { error: errorMsgOf(fail('UNSUPPORTED_MEDIA_TYPE', 'content-type must be application/json')) });

/** The methods of each API path (`Allow` of a 405); the WebSocket paths answer a plain GET with 426. */
const ALLOWED: Readonly<Record<string, string>> = {
  '/healthz': 'GET, HEAD',
  '/readyz': 'GET, HEAD',
  '/metrics': 'GET, HEAD',
  '/v1/contacts': 'POST',
  '/v1/surveys': 'POST',
  '/v1/interactions': 'GET, HEAD',
  '/v1/agent-figures': 'GET, HEAD',
  '/v1/agent-time': 'GET, HEAD',
};
const WEBSOCKET_PATHS = new Set(['/v1/agent', '/v1/integration', '/v1/supervisor']);

/** Whether a Content-Type header names JSON (media types are case-insensitive, parameters may follow). */
export function isJsonType(header: string | undefined): boolean {
  return (header ?? '').split(';', 1)[0]!.trim().toLowerCase() === 'application/json';
}

/** `HEAD` is answered as `GET` (the transport leaves the body out). */
export async function handleHttp(ctx: HttpContext, req: HttpRequest): Promise<HttpResponse> {
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  const route = `${method} ${req.path}`;
  switch (route) {
    case 'GET /healthz':
      return json(200, { status: 'ok' });
    case 'GET /readyz':
      if (ctx.draining) return json(503, { status: 'shutting_down' });
      return ctx.ready ? json(200, { status: 'ready' }) : json(503, { status: 'store_unavailable' });
    case 'GET /metrics': {
      const m = ctx.metrics;
      if (m === undefined) return error(fail('METRICS_DISABLED', 'metrics are not enabled'));
      return { status: 200, headers: { 'content-type': m.contentType }, body: await m.render() };
    }
    case 'POST /v1/contacts':
      return postContact(ctx, req);
    case 'POST /v1/surveys':
      return postSurvey(ctx, req);
    case 'GET /v1/interactions':
      return getInteractions(ctx, req, exportInteractions);
    case 'GET /v1/agent-figures':
      return getInteractions(ctx, req, agentFiguresOver);
    case 'GET /v1/agent-time':
      return getInteractions(ctx, req, exportAgentTime);
    default: {
      if (WEBSOCKET_PATHS.has(req.path)) {
        if (method === 'GET') {
          return {
            status: 426,
            headers: { ...JSON_TYPE, upgrade: 'websocket', connection: 'Upgrade' },
            body: JSON.stringify({
              error: errorMsgOf(fail('WEBSOCKET_ENDPOINT', `${req.path} is a WebSocket endpoint: open it with an upgrade`, { path: req.path })),
            }),
          };
        }
        return methodNotAllowed(req.method, 'GET');
      }
      const allow = ALLOWED[req.path];
      if (allow !== undefined) return methodNotAllowed(req.method, allow);
      return error(fail('NO_ENDPOINT', `no route ${req.method} ${req.path}`, { path: req.path }));
    }
  }
}

/**
 * Who calls: the principal of the request's bearer token when it holds
 * `role`; otherwise the 401 or 403 to answer, logged with its reason (never
 * the token). `cannot` says what another role's token may not do.
 */
async function callerAs(
  ctx: HttpContext,
  req: HttpRequest,
  role: Role,
  cannot: string,
): Promise<{ readonly ok: true; readonly principal: Principal } | { readonly ok: false; readonly refusal: HttpResponse }> {
  const refuse = (e: SwitchboardError): { ok: false; refusal: HttpResponse } => {
    ctx.authFailed(req, HTTP_STATUS[e.code], e.message);
    return { ok: false, refusal: error(e) };
  };
  const token = tokenFrom(req.headers, [], req.query);
  if (token === undefined) return refuse(fail('TOKEN_REQUIRED', 'a token is required (Authorization: Bearer)'));
  let principal;
  try {
    principal = await ctx.auth.verify(token);
  } catch (e) {
    return refuse(e instanceof SwitchboardError ? e : fail('TOKEN_INVALID', 'invalid token'));
  }
  if (principal.role !== role)
    return refuse(fail('ROLE_MISMATCH', `${withArticle(principal.role)} token cannot ${cannot}`, { role: principal.role, needed: role }));
  return { ok: true, principal };
}

async function postContact(ctx: HttpContext, req: HttpRequest): Promise<HttpResponse> {
  if (ctx.draining) return error(fail('SHUTTING_DOWN', 'server is shutting down'));
  const caller = await callerAs(ctx, req, 'integration', 'create contacts');
  if (!caller.ok) return caller.refusal;
  const principal = caller.principal;
  if (!ctx.httpCreateAllowed(principal.id)) return error(fail('HTTP_RATE_LIMITED', 'rate limit: too many contacts created over HTTP by this integration'));
  if (!isJsonType(req.headers['content-type'])) return unsupportedType();
  const decoded = decodeCreateContactJson(req.body);
  if (!decoded.ok) return error(decoded.error);
  // The customer's entry the core forgot, from the recall store (recall-flow.ts); a look-up that fails leaves none.
  const lookup = ctx.recall?.forContact(principal.id, decoded.body.externalId, decoded.body.customer?.id);
  const recalled = lookup === undefined ? undefined : (await lookup).history;
  if (ctx.draining) return error(fail('SHUTTING_DOWN', 'server is shutting down'));
  try {
    const result = createContact(ctx, principal.id, decoded.body, 'http', recalled);
    const res = json(result.created === true ? 201 : 200, result);
    return result.retryDiffers === true ? { ...res, headers: { ...JSON_TYPE, 'switchboard-retry-differs': 'true' } } : res;
  } catch (e) {
    if (e instanceof SwitchboardError) return error(e);
    throw e;
  }
}

/** `GET /v1/interactions` and `/v1/agent-figures` (supervisor token): the interaction records, see interactions-export.ts. */
async function getInteractions(
  ctx: HttpContext,
  req: HttpRequest,
  answer: (store: RecordStore, req: HttpRequest, now: number, ctx: HttpContext) => Promise<HttpResponse>,
): Promise<HttpResponse> {
  const caller = await callerAs(ctx, req, 'supervisor', 'export interaction records');
  if (!caller.ok) return caller.refusal;
  if (ctx.records === undefined) return error(fail('RECORDS_NOT_KEPT', 'interaction records are not kept by this server'));
  return answer(ctx.records, req, ctx.now(), ctx);
}

/**
 * `POST /v1/surveys` with a `SurveyAnswer` JSON body (`{contactId, helpful,
 * reason?}`), for survey systems that do not hold a socket: 204 when
 * recorded, the error of the `survey` request otherwise.
 */
async function postSurvey(ctx: HttpContext, req: HttpRequest): Promise<HttpResponse> {
  if (ctx.draining) return error(fail('SHUTTING_DOWN', 'server is shutting down'));
  const caller = await callerAs(ctx, req, 'integration', 'answer surveys');
  if (!caller.ok) return caller.refusal;
  const principal = caller.principal;
  if (!isJsonType(req.headers['content-type'])) return unsupportedType();
  const decoded = decodeSurveyJson(req.body);
  if (!decoded.ok) return error(decoded.error);
  // A contact the core forgot, taken from the recall store for this answer (recall-flow.ts).
  let claim: SurveyClaim | undefined;
  try {
    claim = (await ctx.recall?.forSurvey(decoded.body.contactId))?.survey;
  } catch {
    return error(fail('STORE_UNAVAILABLE', 'the state store is unavailable: nothing was changed; retry shortly'));
  }
  try {
    if (ctx.draining) throw fail('SHUTTING_DOWN', 'server is shutting down');
    answerSurvey(ctx, principal.id, decoded.body, claim?.contact);
    return { status: 204, headers: {}, body: '' };
  } catch (e) {
    claim?.release();
    if (e instanceof SwitchboardError) return error(e);
    throw e;
  }
}
