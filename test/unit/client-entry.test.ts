/**
 * `switchboard/client` (src/client/index.ts) is the SDK alone: bundled for
 * a browser and for Node, it pulls in none of the server: no uWebSockets.js,
 * ioredis, pino, prom-client, router, gateway, store or server wiring.
 */
import path from 'node:path';
import { build } from 'esbuild';
import t from 'tap';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const SERVER_ONLY = [
  /node_modules\/(uWebSockets\.js|@trufflesuite|ioredis|pino|prom-client|jose|zod)\//,
  /src\/core\/(router|routing-state|workflow-commands|transfer-commands)\.ts$/,
  /src\/(gateway|store|cluster|metrics|logging|cli|config|web)\//,
  /src\/server\.ts$/,
];

for (const platform of ['browser', 'node'] as const) {
  t.test(`client entry - a ${platform} bundle carries no server code`, async (t) => {
    const result = await build({
      entryPoints: [path.join(ROOT, 'src', 'client', 'index.ts')],
      bundle: true,
      write: false,
      platform,
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
      absWorkingDir: ROOT,
    });
    const inputs = Object.keys(result.metafile.inputs);
    t.ok(inputs.includes('src/client/client.ts'), 'the SDK itself');
    t.same(
      inputs.filter((f) => SERVER_ONLY.some((re) => re.test(f))),
      [],
      'nothing of the server',
    );
    if (platform === 'browser')
      t.notOk(
        inputs.some((f) => f === 'node_modules/ws/index.js'),
        "the browser takes ws's stub, never the Node client",
      );
  });
}
