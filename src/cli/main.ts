/**
 * `switchboard serve [--port N] [--host H] [--config file] [--transport uws|ws]
 *                    [--store memory|redis://host:port/db] [--log-level L]`
 *
 * Without `--config`, serves the embedded demo configuration and prints
 * development tokens for an agent, an integration and a supervisor (on
 * stderr: stdout carries only the JSON log lines).
 *
 * Builds the router on the real clock, and one `Metrics` on that router and
 * clock, which is both the gateway's observer and `GET /metrics`. With
 * `--store redis://…` the process joins the cluster on that Redis: it
 * campaigns for the routing lease and, as leader, recovers the router from
 * Redis (a new `Metrics` per leader term); started several times, the
 * others follow.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Logger } from 'pino';
import { ConfigError, parseConfig, type SwitchboardConfig } from '../config/schema.js';
import { demoConfig } from '../config/demo.js';
import { Router } from '../core/router.js';
import { configSummary } from '../logging/config-summary.js';
import { createLogger, isLogLevel, LOG_LEVELS } from '../logging/logger.js';
import { Metrics } from '../metrics/metrics.js';
import { createServer, type TransportName } from '../server.js';
import { TokenAuthority } from '../gateway/auth.js';
import { mintDemoTokens } from '../web/demo-tokens.js';
import { openStore } from '../store/index.js';
import type { RoutingStore } from '../store/routing-store.js';

const isStoreSpec = (s: string): boolean => s === 'memory' || /^rediss?:\/\/./.test(s);

/** A store URL for logs: the password masked. */
function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password !== '') u.password = '***';
    return u.toString();
  } catch {
    return 'redis://(unparsable)';
  }
}

const USAGE = `Usage: switchboard serve [options]
       switchboard simulate --scenario FILE [options]   (see switchboard simulate --help)

Options:
  --port N              port to listen on (default: $PORT or 8080)
  --host H              address to bind (default 127.0.0.1)
  --config FILE         JSON configuration (default: the embedded demo)
  --transport uws|ws    WebSocket server implementation (default uws)
  --store S             where state lives: memory (default, this process only)
                        or redis://host:port/db (durable, shared by several
                        processes; also "store" in the config file)
  --lease-ms N          routing lease time to live with Redis (default 5000):
                        how long a dead leader can go unnoticed
  --log-level L         fatal, error, warn, info, debug, trace or silent
                        (default: $LOG_LEVEL or info; debug adds the contact lifecycle)
  -h, --help            show this help
`;

class UsageError extends Error {}

export async function main(argv: readonly string[]): Promise<number> {
  // Loaded on demand: `serve` starts without the simulator's modules.
  if (argv[0] === 'simulate') return (await import('./simulate-command.js')).runSimulate(argv.slice(1));
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        config: { type: 'string' },
        transport: { type: 'string' },
        store: { type: 'string' },
        'lease-ms': { type: 'string' },
        'log-level': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (positionals[0] !== 'serve' || positionals.length > 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  const level = values['log-level'] ?? process.env['LOG_LEVEL'] ?? 'info';
  if (!isLogLevel(level)) {
    process.stderr.write(`switchboard: unknown log level ${JSON.stringify(level)} (use ${LOG_LEVELS.join(', ')})\n`);
    return 2;
  }
  const log = createLogger({ level });
  try {
    return await serve(values, log);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) {
      process.stderr.write(`switchboard: ${e.message}\n`);
      return 2;
    }
    log.fatal({ err: e }, 'cannot start');
    return 1;
  }
}

async function serve(values: Record<string, string | boolean | undefined>, log: Logger): Promise<number> {
  const storeArg = values['store'] as string | undefined;
  if (storeArg !== undefined && !isStoreSpec(storeArg)) throw new UsageError(`--store must be memory or a redis:// URL, not ${JSON.stringify(storeArg)}`);

  const transport = (values['transport'] as string | undefined) ?? 'uws';
  if (transport !== 'uws' && transport !== 'ws') throw new UsageError(`--transport must be uws or ws, not ${JSON.stringify(transport)}`);

  const portText = (values['port'] as string | undefined) ?? process.env['PORT'] ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`invalid port ${JSON.stringify(portText)}`);
  const host = (values['host'] as string | undefined) ?? '127.0.0.1';

  const file = values['config'] as string | undefined;
  let config: SwitchboardConfig;
  if (file !== undefined) {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch (e) {
      throw new UsageError(`cannot read config ${file}: ${(e as Error).message}`);
    }
    config = parseConfig(raw);
  } else {
    config = parseConfig(demoConfig);
  }
  const demo = file === undefined;
  const envSecret = process.env['SWITCHBOARD_TOKEN_SECRET'];
  let secret = envSecret ?? config.tokenSecret;
  if (secret === undefined) {
    if (!demo) throw new UsageError('the config has no tokenSecret and SWITCHBOARD_TOKEN_SECRET is not set');
    secret = randomBytes(32).toString('base64url');
    if (storeArg !== undefined && storeArg !== 'memory') {
      log.warn("a random token secret: processes sharing this store will not accept each other's tokens (set SWITCHBOARD_TOKEN_SECRET)");
    }
  }

  const leaseText = values['lease-ms'] as string | undefined;
  const leaseTtlMs = leaseText === undefined ? undefined : Number(leaseText);
  if (leaseTtlMs !== undefined && (!Number.isInteger(leaseTtlMs) || leaseTtlMs < 500 || leaseTtlMs > 60_000)) {
    throw new UsageError(`--lease-ms must be an integer from 500 to 60000, not ${JSON.stringify(leaseText)}`);
  }
  const storeSpec = storeArg ?? config.store ?? 'memory';
  if (!isStoreSpec(storeSpec)) throw new UsageError(`store must be memory or a redis:// URL, not ${JSON.stringify(storeSpec)}`);
  const clock = { now: () => Date.now() };
  const router = new Router(config.core, clock);
  const metrics = new Metrics(router, router.config, { clock });
  log.info(
    {
      source: file ?? 'demo',
      // Where the secret came from; never the secret.
      tokenSecretFrom: envSecret !== undefined ? 'SWITCHBOARD_TOKEN_SECRET' : config.tokenSecret !== undefined ? 'config' : 'generated',
      logLevel: log.level,
      config: configSummary(config, router.config),
      store: storeSpec === 'memory' ? 'memory' : redactUrl(storeSpec),
    },
    'configuration',
  );

  let store: RoutingStore | undefined;
  if (storeSpec !== 'memory') {
    // Compactions' snapshots from a copy of the state in a worker thread: routing never stops for one.
    store = openStore(storeSpec, { snapshotReplica: { config: config.core } });
    const s = store;
    s.subscribe((e) => {
      if (e.type === 'unavailable') log.warn({ err: e.error }, 'store unavailable');
      else log.info({ status: s.status, event: e.type }, 'store status');
    });
  }

  // Demo mode: development tokens for the web app's landing page.
  const demoTokens = demo ? await mintDemoTokens(new TokenAuthority(secret)) : [];
  const where =
    store === undefined
      ? { router, observer: metrics, metrics }
      : {
          store,
          relay: { url: storeSpec, domain: store.domain },
          ...(leaseTtlMs === undefined ? {} : { leaseTtlMs }),
          instrument: (r: Router) => {
            const m = new Metrics(r, r.config, { clock });
            return { observer: m, metrics: m };
          },
        };
  let server;
  try {
    server = await createServer({
      web: { demoTokens },
      config,
      ...where,
      port,
      host,
      transport: transport as TransportName,
      tokenSecret: secret,
      logger: log,
    });
  } catch (e) {
    await store?.close();
    throw e;
  }
  if (server.transport === 'uws-fallback') log.warn('uWebSockets.js loaded its pure-JS fallback (no native binary for this platform); performance is degraded');

  if (demo) {
    const agent = await server.tokens.sign({ role: 'agent', id: 'alice' });
    const integration = await server.tokens.sign({ role: 'integration', id: 'demo-ivr' });
    const supervisor = await server.tokens.sign({ role: 'supervisor', id: 'sam' });
    const base = `ws://${host}:${server.port}`;
    process.stderr.write(
      `\nSwitchboard demo on ${base} (queues support-en, support-fr, escalations; agents alice, bruno, chloe, team lead dana).\n` +
        `Development tokens (valid 24 h, signed with a random secret for this run):\n\n` +
        `  agent alice:          ${agent}\n  integration demo-ivr: ${integration}\n  supervisor sam:       ${supervisor}\n\n` +
        `Connect:   ${base}/v1/agent        (Authorization: Bearer <agent token>)\n` +
        `           ${base}/v1/integration  ${base}/v1/supervisor\n` +
        `HTTP:      curl -H "Authorization: Bearer <integration token>" -H 'content-type: application/json' \\\n` +
        `             -d '{"externalId":"mail-1","queueId":"support-en","channel":"email","language":"en","customer":{"id":"c1"}}' \\\n` +
        `             http://${host}:${server.port}/v1/contacts\n` +
        `Metrics:   http://${host}:${server.port}/metrics\n\n`,
    );
  }

  process.stderr.write(`Web app:   http://${host}:${server.port}/  (agent desktop /agent, supervisor wallboard /supervisor)\n\n`);

  // Whatever escapes every handler is logged as one line before the process
  // dies (pino writes stdout synchronously, so the line is not lost).
  const crash = (err: unknown, kind: string) => {
    log.fatal({ err, kind }, 'crashed');
    process.exit(1);
  };
  const onException = (err: Error) => crash(err, 'uncaughtException');
  const onRejection = (err: unknown) => crash(err, 'unhandledRejection');
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);

  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log.info({ signal }, 'shutting down');
      server
        .close()
        .then(() => store?.close())
        .then(resolve, resolve);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  process.off('uncaughtException', onException);
  process.off('unhandledRejection', onRejection);
  return 0;
}
