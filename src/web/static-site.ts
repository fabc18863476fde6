/**
 * The web app (agent desktop, supervisor wallboard, landing page) as HTTP
 * responses, from the files `web/build.mjs` writes to `dist/web/`.
 *
 * Everything is read into memory at the first request (servers that never
 * serve a page, e.g. in tests, never read it): the app is a few hundred KiB
 * and never changes while the server runs. Assets carry a content hash in their
 * name and are cached for a year (`immutable`); pages are `no-cache` (always
 * revalidated, with an ETag), so a new build is picked up at the next load.
 * The build precompresses every file (brotli and gzip); the response is
 * chosen by `Accept-Encoding`. A content security policy keeps every page
 * to its own origin: nothing is loaded from elsewhere.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { tokenFrom, type TokenAuthority } from '../gateway/auth.js';
import type { HttpRequest, HttpResponse } from '../gateway/transport.js';
import type { DemoToken, SiteInfo } from './site-info.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self' ws: wss:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

/** URL path -> file of `dist/web/`, for the pages. */
const PAGES: Readonly<Record<string, string>> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/agent': 'agent.html',
  '/supervisor': 'supervisor.html',
};

/** Where a page checks its token (see `WebSite.#session`). */
export const SESSION_PATH = '/web/session';

/** Placeholder of `index.html` where the demo tokens go. */
const DEMO_SLOT = '<!--switchboard:demo-->';

interface Variant {
  readonly body: Uint8Array;
  readonly encoding: 'br' | 'gzip' | undefined;
}

interface Entry {
  readonly type: string;
  readonly etag: string;
  readonly cacheControl: string;
  readonly identity: Uint8Array;
  readonly br: Uint8Array | undefined;
  readonly gzip: Uint8Array | undefined;
}

export interface WebSiteOptions {
  /** Directory of the built app; default `dist/web` of this package. */
  readonly root?: string;
  /** Demo mode: tokens listed on the landing page with links that log in with them. */
  readonly demoTokens?: readonly DemoToken[];
  /**
   * Where the demo tokens' secret came from, for the landing page to say:
   * `generated` for this run (the tokens die with the process), or
   * `configured` (`SWITCHBOARD_TOKEN_SECRET` or the config's `tokenSecret`).
   */
  readonly demoSecret?: 'generated' | 'configured';
}

/** The package's `dist/web`, found from this file in `src/web/` or `dist/src/web/`. */
export function defaultWebRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'dist', 'web');
    dir = path.dirname(dir);
  }
  return path.resolve('dist', 'web');
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * The landing page's list of demo tokens, in English; `data-i18n` names the
 * string of `web/src/shared/i18n.ts` the page's script puts in its place in
 * the reader's language (`data-page` fills its `{page}`; `data-role` and
 * `data-id` the token fields' labels).
 */
function demoSection(tokens: readonly DemoToken[], secret: WebSiteOptions['demoSecret']): string {
  if (tokens.length === 0) return '';
  const help =
    secret === 'generated'
      ? ['landing.demoHelpGenerated', 'Signed with a random secret generated for this run (a restart makes new ones), valid 24 h.']
      : secret === 'configured'
        ? ['landing.demoHelpConfigured', "Signed with this server's configured secret, valid 24 h."]
        : ['landing.demoHelp', 'Development tokens, valid 24 h.'];
  const rows = tokens
    .map((t) => {
      const page = t.role === 'agent' ? '/agent' : t.role === 'supervisor' ? '/supervisor' : undefined;
      const link =
        page === undefined
          ? ''
          : `<a class="button" href="${page}#token=${encodeURIComponent(t.token)}" data-i18n="landing.open" data-page="${page}">Open ${page}</a>`;
      const role = escapeHtml(t.role);
      const id = escapeHtml(t.id);
      return (
        `<tr><td data-i18n="role.${role}">${role}</td><td><code>${id}</code></td>` +
        `<td><input class="token" readonly data-role="${role}" data-id="${id}" aria-label="token of ${role} ${id}" value="${escapeHtml(t.token)}"></td><td>${link}</td></tr>`
      );
    })
    .join('\n');
  return (
    `<section class="card demo" aria-labelledby="demo-title"><h2 id="demo-title" data-i18n="landing.demoTitle">Demo mode: development tokens</h2>` +
    `<p><span data-i18n="${help[0]}">${help[1]}</span> <span data-i18n="landing.demoLinks">Each link opens the page signed in with its token.</span></p>` +
    `<table><thead><tr><th data-i18n="landing.role">role</th><th data-i18n="landing.id">id</th><th data-i18n="landing.token">token</th><th></th></tr></thead><tbody>\n${rows}\n</tbody></table></section>`
  );
}

function entryOf(file: string, body: Uint8Array, compress: boolean): Entry {
  const ext = path.extname(file);
  const asset = file.startsWith('assets/');
  const compressible = compress && body.byteLength > 512 && !['.png', '.woff2', '.ico'].includes(ext);
  return {
    type: CONTENT_TYPES[ext] ?? 'application/octet-stream',
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
    cacheControl: asset ? 'public, max-age=31536000, immutable' : 'no-cache',
    identity: body,
    br: compressible ? brotliCompressSync(body) : undefined,
    gzip: compressible ? gzipSync(body, { level: 9 }) : undefined,
  };
}

/** Serves the built web app; `handle` answers the paths it knows and leaves the rest. */
export class WebSite {
  readonly root: string;
  readonly built: boolean;
  readonly #files = new Map<string, Entry>();
  readonly #config: Entry;
  readonly #demoTokens: readonly DemoToken[];
  readonly #demoSecret: WebSiteOptions['demoSecret'];
  readonly #tokens: TokenAuthority | undefined;
  #loaded = false;

  /** `tokens`: the server's, for `GET /web/session` (without it, that path is 404). */
  constructor(info: SiteInfo, options: WebSiteOptions = {}, tokens?: TokenAuthority) {
    this.root = options.root ?? defaultWebRoot();
    this.built = existsSync(path.join(this.root, 'index.html'));
    this.#demoTokens = options.demoTokens ?? [];
    this.#demoSecret = options.demoSecret;
    this.#tokens = tokens;
    this.#config = entryOf('config.json', Buffer.from(JSON.stringify(info)), true);
  }

  #load(tokens: readonly DemoToken[]): void {
    const walk = (dir: string, prefix: string): void => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        const rel = prefix + name;
        if (statSync(full).isDirectory()) walk(full, `${rel}/`);
        else if (!name.endsWith('.br') && !name.endsWith('.gz') && name !== 'meta.json') {
          if (rel === 'index.html') {
            const html = readFileSync(full, 'utf8').replace(DEMO_SLOT, demoSection(tokens, this.#demoSecret));
            this.#files.set(rel, entryOf(rel, Buffer.from(html), true));
          } else {
            // The build's precompressed variants lie beside the file.
            const br = existsSync(`${full}.br`) ? readFileSync(`${full}.br`) : undefined;
            const gzip = existsSync(`${full}.gz`) ? readFileSync(`${full}.gz`) : undefined;
            this.#files.set(rel, { ...entryOf(rel, readFileSync(full), false), br, gzip });
          }
        }
      }
    };
    walk(this.root, '');
  }

  /** The response for a path of the web app, or undefined for any other path. */
  handle(req: HttpRequest): HttpResponse | undefined {
    const page = PAGES[req.path];
    const isAsset = req.path.startsWith('/assets/');
    const isConfig = req.path === '/web/config.json';
    const isSession = req.path === SESSION_PATH && this.#tokens !== undefined;
    if (page === undefined && !isAsset && !isConfig && !isSession) return undefined;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return { status: 405, headers: { 'content-type': 'text/plain; charset=utf-8', allow: 'GET, HEAD' }, body: 'method not allowed\n' };
    }
    if (isSession) return this.#session(req, this.#tokens!);
    if (isConfig) return this.#respond(req, this.#config);
    if (!this.built) {
      return {
        status: 503,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
        body: 'The web app is not built: run `npm run build` (npm start does it).\n',
      };
    }
    if (!this.#loaded) {
      this.#load(this.#demoTokens);
      this.#loaded = true;
    }
    const rel = page ?? req.path.slice(1);
    const entry = rel.includes('..') ? undefined : this.#files.get(rel);
    if (entry === undefined) return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'not found\n' };
    return this.#respond(req, entry);
  }

  /**
   * `GET /web/session` with `Authorization: Bearer <token>`: 200 with the
   * token's role, id and expiry, or 401 with the reason. Browsers hide why a
   * WebSocket upgrade was refused; the pages ask here when they cannot
   * (re)connect, to tell a refused token from a server they cannot reach.
   */
  #session(req: HttpRequest, tokens: TokenAuthority): HttpResponse {
    const headers = { 'content-type': 'application/json', 'cache-control': 'no-store' };
    const token = tokenFrom(req.headers, [], new URLSearchParams());
    const refused = (message: string): HttpResponse => ({
      status: 401,
      headers: { ...headers, 'www-authenticate': 'Bearer' },
      body: JSON.stringify({ error: { code: 'UNAUTHENTICATED', message } }),
    });
    if (token === undefined) return refused('a token is required (Authorization: Bearer)');
    try {
      const p = tokens.verifySync(token);
      return { status: 200, headers, body: req.method === 'HEAD' ? '' : JSON.stringify(p) };
    } catch (e) {
      return refused(e instanceof Error ? e.message : 'invalid token');
    }
  }

  #respond(req: HttpRequest, e: Entry): HttpResponse {
    const headers: Record<string, string> = {
      'content-type': e.type,
      'cache-control': e.cacheControl,
      etag: e.etag,
      vary: 'accept-encoding',
      'x-content-type-options': 'nosniff',
    };
    if (e.type.startsWith('text/html')) {
      headers['content-security-policy'] = CSP;
      headers['referrer-policy'] = 'no-referrer';
    }
    if (req.headers['if-none-match'] === e.etag) return { status: 304, headers, body: '' };
    const v = pickVariant(e, req.headers['accept-encoding'] ?? '');
    if (v.encoding !== undefined) headers['content-encoding'] = v.encoding;
    return { status: 200, headers, body: req.method === 'HEAD' ? '' : v.body };
  }
}

/** Brotli, then gzip, then identity, as the client accepts them (`q=0` refuses). */
function pickVariant(e: Entry, acceptEncoding: string): Variant {
  const accepted = new Set<string>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (name === undefined || name === '') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q !== undefined && Number(q.slice(2)) === 0) continue;
    accepted.add(name);
  }
  if (e.br !== undefined && accepted.has('br')) return { body: e.br, encoding: 'br' };
  if (e.gzip !== undefined && accepted.has('gzip')) return { body: e.gzip, encoding: 'gzip' };
  return { body: e.identity, encoding: undefined };
}
