// Builds what `switchboard serve` and the package run, only where sources
// changed since the last build, and says what it does:
// - the server and SDK (src/, bench/ -> dist/, JavaScript and .d.ts) with
//   tsc's build mode: nothing to do when no source is newer than the last
//   build (dist/.tsbuildinfo), else an incremental compile; a deleted dist/
//   starts over;
// - the protocol's generated code, copied beside the compiled protocol;
// - the web app (web/ -> dist/web) with web/build.mjs, when a file its
//   bundles were made from (listed by the last build) is newer than them.
// `npm start`, `npm run build` and `npm pack` run it. `--force` builds all.
// Usage: node scripts/build.mjs [--force]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const force = process.argv.includes('--force');
const say = (line) => process.stderr.write(`build: ${line}\n`);
const seconds = (t0) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Infinity; // gone: newer than anything built
  }
};

// ---- server and SDK -------------------------------------------------------------
{
  const buildInfo = path.join(root, 'dist', '.tsbuildinfo');
  if (force) rmSync(buildInfo, { force: true });
  const t0 = performance.now();
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const project = path.join(root, 'tsconfig.build.json');
  // A dry run says, in a second, whether anything is newer than the last build.
  const plan = existsSync(buildInfo) ? execFileSync(process.execPath, [tsc, '--build', '--dry', project], { cwd: root, encoding: 'utf8' }) : '';
  if (/is up to date|would update timestamps/.test(plan)) {
    if (!plan.includes('is up to date')) execFileSync(process.execPath, [tsc, '--build', project], { stdio: 'inherit', cwd: root });
    say('server and SDK up to date (dist/)');
  } else {
    say(
      existsSync(buildInfo)
        ? 'compiling the server and SDK sources that changed (tsc --build)…'
        : 'compiling the server and SDK (tsc, the first build takes up to a minute or two)…',
    );
    execFileSync(process.execPath, [tsc, '--build', project], { stdio: 'inherit', cwd: root });
    say(`server and SDK ready in dist/ (${seconds(t0)})`);
  }
  // The generated protocol code is JavaScript with its own .d.ts: tsc does not copy it.
  cpSync(path.join(root, 'src', 'protocol', 'generated'), path.join(root, 'dist', 'src', 'protocol', 'generated'), { recursive: true });
}

// ---- web app --------------------------------------------------------------------
{
  const meta = path.join(root, 'dist', 'web', 'meta.json');
  let stale = force || !existsSync(meta);
  let why = stale ? (force ? 'forced' : 'not built yet') : '';
  if (!stale) {
    const builtAt = mtime(meta);
    const { inputs = [] } = JSON.parse(readFileSync(meta, 'utf8'));
    const changed = inputs.find((f) => mtime(path.join(root, f)) > builtAt);
    if (inputs.length === 0 || changed !== undefined) {
      stale = true;
      why = changed === undefined ? 'no list of its sources' : `${changed} changed`;
    }
  }
  if (!stale) say('web app up to date (dist/web)');
  else {
    const t0 = performance.now();
    say(`bundling the web app (esbuild, ${why})…`);
    execFileSync(process.execPath, [path.join(root, 'web', 'build.mjs')], { stdio: 'inherit', cwd: root });
    say(`web app ready in dist/web (${seconds(t0)})`);
  }
}
