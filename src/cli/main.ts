/**
 * `switchboard serve [--port N] [--host H] [--config file] [--transport uws|ws]
 *                    [--store memory] [--log-level L]`
 *
 * Without `--config`, serves the embedded demo configuration and prints
 * development tokens for an agent, an integration and a supervisor.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { pino, type Logger } from 'pino';
import { ConfigError, parseConfig, type SwitchboardConfig } from '../config/schema.js';
import { demoConfig } from '../config/demo.js';
import { createServer, type TransportName } from '../server.js';

const USAGE = `Usage: switchboard serve [options]

Options:
  --port N              port to listen on (default: $PORT or 8080)
  --host H              address to bind (default 127.0.0.1)
  --config FILE         JSON configuration (default: the embedded demo)
  --transport uws|ws    WebSocket server implementation (default uws)
  --store memory        where state lives (only memory for now)
  --log-level L         fatal, error, warn, info, debug, trace or silent (default info)
  -h, --help            show this help
`;

class UsageError extends Error {}

export async function main(argv: readonly string[]): Promise<number> {
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
  const log = pino({ level: values['log-level'] ?? 'info' });
  try {
    return await serve(values, log);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) {
      process.stderr.write(`switchboard: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

async function serve(values: Record<string, string | boolean | undefined>, log: Logger): Promise<number> {
  const store = (values['store'] as string | undefined) ?? 'memory';
  if (store.startsWith('redis://') || store.startsWith('rediss://')) {
    throw new UsageError('--store redis://... is not available yet (planned); use --store memory');
  }
  if (store !== 'memory') throw new UsageError(`unknown store ${JSON.stringify(store)} (use memory)`);

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
  let secret = process.env['SWITCHBOARD_TOKEN_SECRET'] ?? config.tokenSecret;
  if (secret === undefined) {
    if (!demo) throw new UsageError('the config has no tokenSecret and SWITCHBOARD_TOKEN_SECRET is not set');
    secret = randomBytes(32).toString('base64url');
  }

  const server = await createServer({ config, port, host, transport: transport as TransportName, tokenSecret: secret, logger: log });
  if (server.transport === 'uws-fallback') log.warn('uWebSockets.js loaded its pure-JS fallback (no native binary for this platform); performance is degraded');
  else log.info(`transport: ${server.transport === 'uws' ? 'uWebSockets.js (native)' : 'ws'}`);

  if (demo) {
    const agent = await server.tokens.sign({ role: 'agent', id: 'alice' });
    const integration = await server.tokens.sign({ role: 'integration', id: 'demo-ivr' });
    const supervisor = await server.tokens.sign({ role: 'supervisor', id: 'sam' });
    const base = `ws://${host}:${server.port}`;
    process.stdout.write(
      `\nSwitchboard demo on ${base} (queues support-en, support-fr; agents alice, bruno, chloe).\n` +
        `Development tokens (valid 24 h, signed with a random secret for this run):\n\n` +
        `  agent alice:          ${agent}\n  integration demo-ivr: ${integration}\n  supervisor sam:       ${supervisor}\n\n` +
        `Connect:   ${base}/v1/agent        (Authorization: Bearer <agent token>)\n` +
        `           ${base}/v1/integration  ${base}/v1/supervisor\n` +
        `HTTP:      curl -H "Authorization: Bearer <integration token>" -H 'content-type: application/json' \\\n` +
        `             -d '{"externalId":"mail-1","queueId":"support-en","channel":"email","language":"en","customer":{"id":"c1"}}' \\\n` +
        `             http://${host}:${server.port}/v1/contacts\n\n`,
    );
  }

  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log.info({ signal }, 'shutting down');
      server.close().then(resolve, resolve);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  return 0;
}
