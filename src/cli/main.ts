/**
 * `switchboard serve [--port N] [--host H] [--config file] [--transport uws|ws]
 *                    [--store memory|redis://host:port/db|redis-sentinel://host:port,…/master/db
 *                             |redis-cluster://host:port,…]
 *                    [--store-replicas N] [--store-wait-ms N] [--advertise-url URL] [--log-level L]`
 *
 * Without `--config`, serves the embedded demo configuration and prints
 * development tokens for an agent, an integration and a supervisor (on
 * stderr: stdout carries only the JSON log lines).
 *
 * It only turns flags into `createServer`'s options (src/server.ts wires
 * everything): with `--store redis://…` the process joins the cluster on
 * that Redis, campaigning for the routing lease; started several times,
 * the others follow.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Logger } from 'pino';
import { ConfigError, parseConfig, type SwitchboardConfig } from '../config/schema.js';
import { demoConfig } from '../config/demo.js';
import { createLogger, isLogLevel, LOG_LEVELS } from '../logging/logger.js';
import { createServer, ServerOptionsError, type SwitchboardServer } from '../server.js';
import { isStoreSpec, STORE_FORMS } from '../store/store-url.js';

const USAGE = `Usage: switchboard serve [options]
       switchboard simulate --scenario FILE [options]   (see switchboard simulate --help)
       switchboard export [interactions|agent-time] [options]  (see switchboard export --help)

Options:
  --port N              port to listen on (default: $PORT or 8080)
  --host H              address to bind (default 127.0.0.1)
  --advertise-url URL   where clients reach this process (default ws://host:port;
                        none for 0.0.0.0): clients of a cluster are moved here
                        when it holds fewer than its share (gateway.spreadClients)
  --config FILE         JSON configuration (default: the embedded demo)
  --transport uws|ws    WebSocket server implementation (default uws)
  --store S             where state lives: memory (default, this process only),
                        redis://host:port/db (durable, shared by several
                        processes) or redis-sentinel://host:port,host:port/master/db
                        (the Sentinels of a replicated Redis: follows a failover)
                        or redis-cluster://host:port,host:port (a Redis Cluster:
                        each routing domain on its own master and leader);
                        also "store" in the config file
  --store-replicas N    acknowledge a change only once N Redis replicas have it
                        (WAIT; default 0, or "storeReplicas" in the config)
  --store-wait-ms N     how long a change waits for those replicas before it is
                        refused as UNAVAILABLE (default 1000, or "storeWaitMs")
  --lease-ms N          routing lease time to live with Redis (default 5000):
                        how long a dead leader can go unnoticed
  --log-level L         fatal, error, warn, info, debug, trace or silent
                        (default: $LOG_LEVEL or info; debug adds the contact lifecycle)
  -h, --help            show this help
`;

class UsageError extends Error {}

/** Reads and validates a configuration file. */
async function readConfig(file: string): Promise<SwitchboardConfig> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read config ${file}: ${(e as Error).message}`);
  }
  return parseConfig(raw);
}

export async function main(argv: readonly string[]): Promise<number> {
  // Loaded on demand: `serve` starts without the simulator's modules.
  if (argv[0] === 'simulate') return (await import('./simulate-command.js')).runSimulate(argv.slice(1));
  if (argv[0] === 'export')
    return (await import('./export-command.js')).runExport(argv.slice(1), { stdout: process.stdout, stderr: process.stderr, env: process.env });
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'advertise-url': { type: 'string' },
        config: { type: 'string' },
        transport: { type: 'string' },
        store: { type: 'string' },
        'lease-ms': { type: 'string' },
        'store-replicas': { type: 'string' },
        'store-wait-ms': { type: 'string' },
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

/** An optional whole-number flag within bounds. */
function intFlag(values: Record<string, string | boolean | undefined>, name: string, min: number, max: number): number | undefined {
  const text = values[name] as string | undefined;
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw new UsageError(`--${name} must be an integer from ${min} to ${max}, not ${JSON.stringify(text)}`);
  return n;
}

async function serve(values: Record<string, string | boolean | undefined>, log: Logger): Promise<number> {
  const storeArg = values['store'] as string | undefined;
  if (storeArg !== undefined && !isStoreSpec(storeArg)) throw new UsageError(`--store must be ${STORE_FORMS}, not ${JSON.stringify(storeArg)}`);
  const storeReplicas = intFlag(values, 'store-replicas', 0, 16);
  const storeWaitMs = intFlag(values, 'store-wait-ms', 10, 60_000);

  const transport = (values['transport'] as string | undefined) ?? 'uws';
  if (transport !== 'uws' && transport !== 'ws') throw new UsageError(`--transport must be uws or ws, not ${JSON.stringify(transport)}`);

  const portText = (values['port'] as string | undefined) ?? process.env['PORT'] ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`invalid port ${JSON.stringify(portText)}`);
  const host = (values['host'] as string | undefined) ?? '127.0.0.1';

  const advertiseUrl = values['advertise-url'] as string | undefined;
  if (advertiseUrl !== undefined && !/^wss?:\/\/[^/\s]+\/?$/.test(advertiseUrl)) {
    throw new UsageError(`--advertise-url must be a ws:// or wss:// URL of a host and port, not ${JSON.stringify(advertiseUrl)}`);
  }
  const leaseText = values['lease-ms'] as string | undefined;
  const leaseTtlMs = leaseText === undefined ? undefined : Number(leaseText);
  if (leaseTtlMs !== undefined && (!Number.isInteger(leaseTtlMs) || leaseTtlMs < 500 || leaseTtlMs > 60_000)) {
    throw new UsageError(`--lease-ms must be an integer from 500 to 60000, not ${JSON.stringify(leaseText)}`);
  }

  const file = values['config'] as string | undefined;
  const demo = file === undefined;
  const config = demo ? parseConfig(demoConfig) : await readConfig(file);

  let server: SwitchboardServer;
  try {
    server = await createServer({
      config,
      source: file ?? 'demo',
      demo,
      port,
      host,
      transport,
      metrics: true,
      ...(advertiseUrl === undefined ? {} : { advertiseUrl }),
      logger: log,
      ...(storeArg === undefined ? {} : { store: storeArg }),
      ...(leaseTtlMs === undefined ? {} : { leaseTtlMs }),
      ...(storeReplicas === undefined ? {} : { storeReplicas }),
      ...(storeWaitMs === undefined ? {} : { storeWaitMs }),
    });
  } catch (e) {
    if (e instanceof ServerOptionsError) throw new UsageError(e.message);
    throw e;
  }

  if (demo) {
    const agent = await server.tokens.sign({ role: 'agent', id: 'alice' });
    const integration = await server.tokens.sign({ role: 'integration', id: 'demo-ivr' });
    const supervisor = await server.tokens.sign({ role: 'supervisor', id: 'sam' });
    const base = `ws://${host}:${server.port}`;
    const signedWith = server.secretFrom === 'generated' ? 'a random secret for this run' : `the secret from ${server.secretFrom}`;
    process.stderr.write(
      `\nSwitchboard demo on ${base} (queues support-en, support-fr, escalations; agents alice, bruno, chloe, team lead dana).\n` +
        `Development tokens (valid 24 h, signed with ${signedWith}):\n\n` +
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
      server.close().then(resolve, resolve);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  process.off('uncaughtException', onException);
  process.off('unhandledRejection', onRejection);
  return 0;
}
