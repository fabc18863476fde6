/**
 * The web app's files over HTTP on both transports: content types, caching
 * (hashed assets immutable, pages revalidated), compression, ETags, the demo
 * landing page, and that the rest of the HTTP API is untouched.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import t from 'tap';
import { parseConfig } from '../../src/config/schema.js';
import { demoConfig } from '../../src/config/demo.js';
import { createServer } from '../../src/server.js';
import type { SiteInfo } from '../../src/web/site-info.js';
import { TokenAuthority } from '../../src/gateway/auth.js';
import { ensureWebBuilt } from '../fixtures/browser.js';
import { SECRET, TRANSPORTS } from '../fixtures/server.js';

ensureWebBuilt();
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const meta = JSON.parse(readFileSync(path.join(root, 'dist', 'web', 'meta.json'), 'utf8')) as { assets: Record<string, string> };

for (const transport of TRANSPORTS) {
  t.test(`web static (${transport}) - pages, assets, caching and compression`, async (t) => {
    const demoTokens = [
      { role: 'agent' as const, id: 'alice', token: 'agent.token.<alice>' },
      { role: 'supervisor' as const, id: 'sam', token: 'sup.token' },
    ];
    const server = await createServer({ config: parseConfig(demoConfig), port: 0, transport, tokenSecret: SECRET, web: { demoTokens } });
    t.teardown(() => server.close());
    const base = `http://127.0.0.1:${server.port}`;
    const get = (p: string, headers: Record<string, string> = {}, method = 'GET') => fetch(base + p, { headers, method });

    // Pages: HTML, revalidated every time, with a CSP that keeps them to their origin.
    for (const p of ['/', '/agent', '/supervisor']) {
      const r = await get(p, { 'accept-encoding': 'identity' });
      t.equal(r.status, 200, `${p} 200`);
      t.equal(r.headers.get('content-type'), 'text/html; charset=utf-8', `${p} is HTML`);
      t.equal(r.headers.get('cache-control'), 'no-cache', `${p} is revalidated`);
      t.match(r.headers.get('content-security-policy'), /default-src 'self'/, `${p} has a CSP`);
      const html = await r.text();
      t.notMatch(html, /https?:\/\/(?!127\.0\.0\.1)/, `${p} loads nothing from elsewhere`);
      const etag = r.headers.get('etag');
      t.ok(etag, `${p} has an ETag`);
      const again = await get(p, { 'if-none-match': etag ?? '' });
      t.equal(again.status, 304, `${p} revalidates to 304`);
    }
    const landing = await (await get('/')).text();
    t.match(landing, 'href="/agent#token=agent.token.%3Calice%3E"', 'the landing page links the agent page with its token');
    t.match(landing, 'value="agent.token.&lt;alice&gt;"', 'and shows the token, escaped');
    t.match(landing, '/supervisor#token=sup.token');

    // Assets: hashed names, cached for a year, precompressed.
    const js = meta.assets['agent.js'];
    const css = meta.assets['styles.css'];
    t.match(js, /^\/assets\/agent-[A-Z0-9]+\.js$/, 'hashed asset name');
    const plain = await get(js!, { 'accept-encoding': 'identity' });
    t.equal(plain.status, 200);
    t.equal(plain.headers.get('content-type'), 'text/javascript; charset=utf-8');
    t.equal(plain.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    t.equal(plain.headers.get('vary'), 'accept-encoding');
    t.equal(plain.headers.get('content-encoding'), null);
    const body = Buffer.from(await plain.arrayBuffer());
    t.equal((await get(css!)).headers.get('content-type'), 'text/css; charset=utf-8');

    // fetch() would decode br/gzip itself: read the raw bytes with node:http instead.
    const raw = async (p: string, encoding: string) => {
      const { request } = await import('node:http');
      return new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        request(base + p, { headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        })
          .on('error', reject)
          .end();
      });
    };
    const br = await raw(js!, 'gzip, deflate, br');
    t.equal(br.encoding, 'br', 'brotli when accepted');
    t.ok(brotliDecompressSync(br.body).equals(body), 'brotli decodes to the file');
    t.ok(br.body.length < body.length / 2, 'and is much smaller');
    const gz = await raw(js!, 'gzip');
    t.equal(gz.encoding, 'gzip', 'gzip otherwise');
    t.ok(gunzipSync(gz.body).equals(body), 'gzip decodes to the file');
    t.equal((await raw(js!, 'br;q=0, gzip')).encoding, 'gzip', 'q=0 refuses an encoding');
    const page = await raw('/', 'br');
    t.equal(page.encoding, 'br', 'the landing page is compressed too');
    t.match(brotliDecompressSync(page.body).toString(), 'agent.token.');

    const head = await get(js!, {}, 'HEAD');
    t.equal(head.status, 200, 'HEAD');
    t.equal((await head.arrayBuffer()).byteLength, 0, 'HEAD has no body');

    // The queues' display settings for the pages.
    const cfg = await get('/web/config.json');
    t.equal(cfg.headers.get('content-type'), 'application/json');
    const info = (await cfg.json()) as SiteInfo;
    t.same(
      info.queues.map((q) => q.id),
      ['support-en', 'support-fr', 'escalations'],
    );
    t.same(info.queues[0]?.serviceLevel, { thresholdSeconds: 20, target: 0.8 });
    t.same(info.queues[1]?.serviceLevel, { thresholdSeconds: 20, target: 0.8 }, 'a queue without serviceLevel: the default the server applies');
    t.match(info.queues[1], { offerTimeoutSeconds: 20, wrapUpSeconds: 30, wrapUpMode: 'mandatory' });
    t.equal(info.missedOffersLimit, 3, 'the default limit of missed offers');
    t.same(info.tiers, ['prime']);
    t.same(info.awayReasons, ['break', 'lunch', 'meeting', 'training', 'coaching', 'other'], 'the away reasons (defaults)');
    t.same(info.escalationReasons, ['complaint', 'technical', 'billing-dispute', 'legal', 'other'], 'the escalation reasons (defaults)');
    // Served without a token: labels and timings only, nothing about users, tokens or contacts.
    t.same(Object.keys(info).sort(), ['awayReasons', 'escalationReasons', 'missedOffersLimit', 'queues', 'surveyReasons', 'tiers'], 'nothing else at the top');
    const everyQueueKey = new Set(info.queues.flatMap((q) => Object.keys(q)));
    t.same(
      [...everyQueueKey].filter(
        (k) =>
          !['id', 'name', 'labels', 'channels', 'serviceLevel', 'offerTimeoutSeconds', 'wrapUpSeconds', 'wrapUpMode', 'dispositions', 'escalateTo'].includes(k),
      ),
      [],
      'queue display settings only',
    );
    const text = JSON.stringify(info);
    for (const agent of Object.keys(demoConfig.agents)) t.notMatch(text, agent, `no agent id (${agent})`);
    t.notMatch(text, SECRET, 'no token secret');

    t.equal((await get('/assets/nope-AAAA.js')).status, 404, 'unknown asset 404');
    t.equal((await get('/assets/../package.json')).status, 404, 'no way out of the app');
    t.equal((await get('/agent', {}, 'POST')).status, 405, 'pages are read-only');
    // Everything else is still the gateway's.
    t.equal((await get('/healthz')).status, 200, '/healthz untouched');
    t.equal((await get('/nowhere')).status, 404, 'unknown paths still 404 from the gateway');
  });
}

t.test('web static - a server without the web app serves none of it', async (t) => {
  const server = await createServer({ config: parseConfig(demoConfig), port: 0, transport: 'ws', tokenSecret: SECRET, web: false });
  t.teardown(() => server.close());
  const r = await fetch(`http://127.0.0.1:${server.port}/agent`);
  t.equal(r.status, 404);
  t.equal(r.headers.get('content-type'), 'application/json');
});

t.test('web static - an unbuilt app says how to build it', async (t) => {
  const server = await createServer({
    config: parseConfig(demoConfig),
    port: 0,
    transport: 'ws',
    tokenSecret: SECRET,
    web: { root: path.join(root, 'no-such-dir') },
  });
  t.teardown(() => server.close());
  const r = await fetch(`http://127.0.0.1:${server.port}/`);
  t.equal(r.status, 503);
  t.match(await r.text(), /npm run build/);
  t.equal((await fetch(`http://127.0.0.1:${server.port}/web/config.json`)).status, 200, 'the config is served all the same');
});

t.test('web static - /web/session says whether a token is good (browsers cannot read a refused upgrade)', async (t) => {
  const server = await createServer({ config: parseConfig(demoConfig), port: 0, transport: 'uws', tokenSecret: SECRET });
  t.teardown(() => server.close());
  const session = (token?: string) =>
    fetch(`http://127.0.0.1:${server.port}/web/session`, { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });
  const ok = await session(await server.tokens.sign({ role: 'agent', id: 'alice' }));
  t.equal(ok.status, 200);
  t.equal(ok.headers.get('cache-control'), 'no-store');
  t.match(await ok.json(), { role: 'agent', id: 'alice', expiresAt: Number });
  const other = new TokenAuthority('another-secret-0123456789abcdef');
  const refused = await session(await other.sign({ role: 'agent', id: 'alice' }));
  t.equal(refused.status, 401, 'a token of another secret (a restarted demo) is refused');
  t.same(await refused.json(), { error: { code: 'UNAUTHENTICATED', message: 'invalid token' } });
  t.equal((await session()).status, 401, 'no token');
  t.equal((await fetch(`http://127.0.0.1:${server.port}/web/session`, { method: 'POST' })).status, 405);
});

t.test('web static - the landing page says where the demo tokens come from', async (t) => {
  const demoTokens = [{ role: 'agent' as const, id: 'alice', token: 'tok' }];
  const landing = async (demoSecret?: 'generated' | 'configured') => {
    const server = await createServer({
      config: parseConfig(demoConfig),
      port: 0,
      transport: 'ws',
      tokenSecret: SECRET,
      web: demoSecret === undefined ? { demoTokens } : { demoTokens, demoSecret },
    });
    try {
      return await (await fetch(`http://127.0.0.1:${server.port}/`)).text();
    } finally {
      await server.close();
    }
  };
  t.match(await landing('generated'), /data-i18n="landing.demoHelpGenerated">Signed with a random secret generated for this run/);
  const configured = await landing('configured');
  t.match(configured, /data-i18n="landing.demoHelpConfigured">Signed with this server's configured secret/);
  t.notMatch(configured, /random/, 'no "random secret" when the secret is configured');
  t.notMatch(await landing(), /random|configured secret/, 'nothing said when not told');
});
