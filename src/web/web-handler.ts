/**
 * Puts the web app in front of a transport handler's HTTP: the pages and
 * assets of `WebSite`, everything else (health, metrics, the HTTP API, every
 * WebSocket) to the handler unchanged. Works the same on every transport.
 */
import type { HttpRequest, HttpResponse, TransportHandler } from '../gateway/transport.js';
import type { WebSite } from './static-site.js';

export function withWebSite<C, S>(inner: TransportHandler<C, S>, site: WebSite): TransportHandler<C, S> {
  return {
    upgrade: (req) => inner.upgrade(req),
    open: (conn, context) => inner.open(conn, context),
    message: (session, data, isBinary) => inner.message(session, data, isBinary),
    close: (session, code, reason) => inner.close(session, code, reason),
    http: (req: HttpRequest): Promise<HttpResponse> => {
      const r = site.handle(req);
      return r === undefined ? inner.http(req) : Promise.resolve(r);
    },
  };
}
