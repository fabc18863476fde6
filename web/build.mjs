// Builds the web app (web/src -> dist/web): one bundle per page with esbuild
// (hashed names), the HTML pages pointing at them, and a brotli and a gzip
// copy of every text file for the server to send as is.
// Usage: node web/build.mjs [outdir]
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(process.argv[2] ?? path.join(here, '..', 'dist', 'web'));
const pages = ['index', 'agent', 'supervisor'];

rmSync(out, { recursive: true, force: true });
mkdirSync(path.join(out, 'assets'), { recursive: true });

const result = await esbuild.build({
  entryPoints: {
    landing: path.join(here, 'src', 'landing.ts'),
    agent: path.join(here, 'src', 'agent', 'main.tsx'),
    supervisor: path.join(here, 'src', 'supervisor', 'main.tsx'),
    styles: path.join(here, 'src', 'styles.css'),
  },
  outdir: path.join(out, 'assets'),
  entryNames: '[name]-[hash]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: ['chrome110', 'firefox110', 'safari16'],
  minify: true,
  sourcemap: 'linked',
  metafile: true,
  jsx: 'automatic',
  jsxImportSource: 'preact',
  tsconfig: path.join(here, 'tsconfig.json'),
  legalComments: 'linked',
  logLevel: 'warning',
});

// entry name -> hashed file name, from the metafile
const assets = {};
for (const [file, meta] of Object.entries(result.metafile.outputs)) {
  if (meta.entryPoint === undefined) continue;
  const name = path.basename(file).replace(/-[A-Z0-9]+\.(js|css)$/, '');
  assets[`${name}.${path.extname(file).slice(1)}`] = `/assets/${path.basename(file)}`;
}

for (const page of pages) {
  const html = readFileSync(path.join(here, 'pages', `${page}.html`), 'utf8').replace(/\{\{([a-z]+\.(?:js|css))\}\}/g, (_m, key) => {
    const url = assets[key];
    if (url === undefined) throw new Error(`${page}.html: no asset ${key}`);
    return url;
  });
  writeFileSync(path.join(out, `${page}.html`), html);
}

let files = 0;
let bytes = 0;
let brBytes = 0;
const compress = (dir) => {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      compress(full);
      continue;
    }
    if (!/\.(html|js|css|json|svg|map|txt)$/.test(name)) continue;
    const body = readFileSync(full);
    const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
    writeFileSync(`${full}.br`, br);
    writeFileSync(`${full}.gz`, gzipSync(body, { level: 9 }));
    if (!name.endsWith('.map')) {
      files++;
      bytes += body.length;
      brBytes += br.length;
    }
  }
};
compress(out);
// What the bundles were made from (relative to the repository), for scripts/build.mjs to tell when they are stale.
const repo = path.resolve(here, '..');
const inputs = [
  ...Object.keys(result.metafile.inputs).map((f) => path.relative(repo, path.resolve(f))),
  ...pages.map((page) => path.join('web', 'pages', `${page}.html`)),
  path.join('web', 'build.mjs'),
  path.join('web', 'tsconfig.json'),
].sort();
writeFileSync(path.join(out, 'meta.json'), JSON.stringify({ assets, inputs }, null, 2));
if (!existsSync(path.join(out, 'index.html'))) throw new Error('no index.html built');
process.stderr.write(
  `web: ${files} files, ${(bytes / 1024).toFixed(0)} KiB (${(brBytes / 1024).toFixed(0)} KiB brotli) in ${path.relative(process.cwd(), out) || out}\n`,
);
