// Module hooks that run the TypeScript sources in tests and in the servers
// tests start: each file compiled on its own by esbuild (types stripped, no
// type check: `tsc --noEmit` does that before the suite), with an inline
// source map so stack traces and coverage point at the .ts lines. Imports
// name the compiled file (`./x.js`, as NodeNext wants): where that file is
// not there, its `.ts` source is loaded.
//
// tap's own loader (ts-node) loads TypeScript's compiler in every test
// process: 1.7 s of CPU before a test that imports nothing runs, most of the
// suite's time on 2 cores. esbuild's output is not minified (tsx's is, and
// its coverage then maps every line as covered).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

export async function resolve(specifier, context, next) {
  if (specifier.endsWith('.js') && context.parentURL?.startsWith('file:') && /^\.{1,2}\//.test(specifier)) {
    const ts = new URL(specifier.slice(0, -3) + '.ts', context.parentURL);
    if (existsSync(fileURLToPath(ts)) && !existsSync(fileURLToPath(new URL(specifier, context.parentURL)))) {
      return next(ts.href, context);
    }
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
  const file = fileURLToPath(url);
  const { code } = transformSync(readFileSync(file, 'utf8'), {
    loader: 'ts',
    format: 'esm',
    target: 'es2022',
    sourcemap: 'inline',
    sourcefile: file,
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true, useDefineForClassFields: true } },
  });
  return { format: 'module', source: code, shortCircuit: true };
}
