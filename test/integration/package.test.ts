/**
 * The package as someone else installs it: `npm pack` (which builds what
 * changed), installed into an empty project of its own (dependencies from
 * the npm registry, the local cache first), then the README's quick-start
 * snippet, whatever it holds, type-checked with tsc against the package's
 * declarations and run under plain `node` by package name against the
 * package's own `switchboard serve`: the agent is offered the call and the
 * integration bridges it. `switchboard/client` bundles for a browser
 * without the server.
 */
import { execFileSync, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import t from 'tap';
import { TokenAuthority } from '../../src/gateway/auth.js';
import { spawnGroup, stopGroup } from '../harness/processes.js';

// Packing builds (a minute or two on a busy machine the first time) and installing copies the dependencies.
t.setTimeout(15 * 60_000);

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const SECRET = 'package-test-secret-0123456789abcdef';
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** The environment without what `npm test` sets for its own run (npm_config_*, npm_lifecycle_*...). */
const cleanEnv = (): NodeJS.ProcessEnv => Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));

function run(cmd: string, args: readonly string[], cwd: string): string {
  try {
    return execFileSync(cmd, args, { cwd, env: cleanEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed: ${err.message}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  }
}

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

/** Waits until `output()` matches every pattern, or fails with what was printed. */
async function waitForOutput(child: ChildProcess, output: () => string, patterns: readonly RegExp[], what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!patterns.every((p) => p.test(output()))) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`${what}: ${patterns.filter((p) => !p.test(output())).join(', ')} not seen; output:\n${output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The README's quick-start code block. */
function quickStart(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const m = /^## Quick start$[\s\S]*?^```ts\n([\s\S]*?)^```$/m.exec(readme);
  if (m?.[1] === undefined) throw new Error('no ```ts block under "## Quick start" in README.md');
  return m[1];
}

/** Who each placeholder token of the snippet is (the demo's principals). */
const PRINCIPALS: Readonly<Record<string, { role: 'agent' | 'integration' | 'supervisor'; id: string }>> = {
  AGENT_TOKEN: { role: 'agent', id: 'alice' },
  INTEGRATION_TOKEN: { role: 'integration', id: 'demo-ivr' },
  SUPERVISOR_TOKEN: { role: 'supervisor', id: 'sam' },
};

const work = mkdtempSync(path.join(tmpdir(), 'switchboard-package-'));
t.teardown(() => rmSync(work, { recursive: true, force: true }));
const app = path.join(work, 'app');

t.test('package - the build (npm start, npm pack) says what it does and redoes nothing up to date', async (t) => {
  // Its lines go to stderr.
  const lines = (): string => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, env: cleanEnv(), encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`scripts/build.mjs failed:\n${r.stdout}\n${r.stderr}`);
    return r.stderr;
  };
  lines(); // whatever was stale is built now
  const again = lines();
  t.match(again, /^build: server and SDK up to date/m, 'the server and SDK are not compiled again');
  t.match(again, /^build: web app up to date/m, 'nor the web app bundled again');
  const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  t.match(scripts['start'], /^node scripts\/build\.mjs && /, 'npm start builds through it');
  t.equal(scripts['prepack'], 'node scripts/build.mjs', 'and so does npm pack');
});

t.test('package - npm pack, installed in an empty project: built JavaScript with declarations', async (t) => {
  run('npm', ['pack', '--pack-destination', work, '--silent'], ROOT);
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  t.ok(tarball, 'a tarball');
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'quickstart', private: true, type: 'module' }, null, 2));
  run('npm', ['install', path.join(work, tarball!), '--prefer-offline', '--no-audit', '--no-fund'], app);
  const pkg = path.join(app, 'node_modules', 'switchboard');
  for (const f of [
    'dist/src/index.js',
    'dist/src/index.d.ts',
    'dist/src/client/index.js',
    'dist/src/client/index.d.ts',
    'dist/src/core/index.d.ts',
    'dist/web/index.html',
  ]) {
    t.ok(existsSync(path.join(pkg, f)), f);
  }
  t.notOk(existsSync(path.join(pkg, 'dist', 'bench')), 'no benchmarks in the package');
  // Plain node, by package name: each entry loads, and the client entry is the SDK alone.
  const exportsOf = (spec: string) =>
    JSON.parse(
      run(process.execPath, ['--input-type=module', '-e', `console.log(JSON.stringify(Object.keys(await import('${spec}')).sort()))`], app),
    ) as string[];
  const main = exportsOf('switchboard');
  for (const name of ['SwitchboardClient', 'createServer', 'parseConfig', 'openStore', 'Metrics', 'Router'])
    t.ok(main.includes(name), `switchboard exports ${name}`);
  const client = exportsOf('switchboard/client');
  t.ok(client.includes('SwitchboardClient') && client.includes('SwitchboardError'), 'switchboard/client exports the SDK');
  t.notOk(client.includes('createServer'), 'and no server');
  t.ok(exportsOf('switchboard/core').includes('Router'), 'switchboard/core exports the router');
});

t.test('package - switchboard/client bundles for a browser without the server', async (t) => {
  const result = await build({
    stdin: { contents: "export { SwitchboardClient } from 'switchboard/client';", resolveDir: app, loader: 'js' },
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: app,
  });
  const inputs = Object.keys(result.metafile.inputs);
  t.ok(
    inputs.some((f) => f.endsWith('switchboard/dist/src/client/client.js')),
    'the SDK, from the package',
  );
  t.same(
    inputs.filter((f) => /uWebSockets\.js|@trufflesuite|ioredis|pino|prom-client|\/dist\/src\/(core\/router|gateway|store|server)/.test(f)),
    [],
    'none of the server',
  );
});

t.test("package - the README's quick start, type-checked and run by package name", async (t) => {
  const snippet = quickStart();
  const port = await freePort();
  const tokens = new TokenAuthority(SECRET);
  // The tokens the snippet names (AGENT_TOKEN...): all in the environment, declared from it unless the snippet does.
  const names = [...new Set(snippet.match(/\b[A-Z][A-Z0-9_]*_TOKEN\b/g) ?? [])];
  const placeholders = names.filter((name) => !new RegExp(`\\b(const|let|var)\\s+(\\{[^}]*\\b)?${name}\\b`).test(snippet));
  const env: NodeJS.ProcessEnv = cleanEnv();
  for (const name of names) {
    const who = PRINCIPALS[name];
    if (who === undefined) throw new Error(`the quick start uses ${name}: which principal is it?`);
    env[name] = await tokens.sign(who);
  }
  // The snippet as printed, on this test's port, with its placeholder tokens read from the environment.
  const source =
    placeholders.map((name) => `const ${name}: string = process.env['${name}'] ?? '';\n`).join('') +
    snippet.replaceAll('ws://127.0.0.1:8080', `ws://127.0.0.1:${port}`);
  writeFileSync(path.join(app, 'quickstart.ts'), source);
  writeFileSync(
    path.join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        skipLibCheck: true,
        outDir: 'out',
        types: ['node'],
        typeRoots: [path.join(ROOT, 'node_modules', '@types')],
      },
      files: ['quickstart.ts'],
    }),
  );
  run(process.execPath, [TSC, '-p', 'tsconfig.json'], app);
  t.pass('tsc accepts it against the installed declarations');

  // The package's own server (the demo), then the snippet under plain node.
  const server = spawnGroup(
    process.execPath,
    [path.join(app, 'node_modules', 'switchboard', 'bin', 'switchboard.js'), 'serve', '--port', String(port), '--log-level', 'warn'],
    {
      cwd: app,
      env: { ...cleanEnv(), SWITCHBOARD_TOKEN_SECRET: SECRET },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  t.teardown(() => stopGroup(server));
  let serverOut = '';
  server.stdout!.on('data', (d: Buffer) => (serverOut += d.toString()));
  server.stderr!.on('data', (d: Buffer) => (serverOut += d.toString()));
  await waitForOutput(server, () => serverOut, [new RegExp(`127\\.0\\.0\\.1:${port}`)], 'switchboard serve');

  const quick = spawnGroup(process.execPath, [path.join('out', 'quickstart.js')], { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });
  t.teardown(() => stopGroup(quick));
  let out = '';
  quick.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  quick.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  await waitForOutput(quick, () => out, [/^offer /m, /^bridge /m], 'the quick start');
  t.match(out, /^offer \S+ en-CA prime/m, 'the agent is offered the call');
  t.match(out, /^bridge \S+ to alice$/m, 'the integration learns whom to bridge it to');
});
