#!/usr/bin/env -S node --max-semi-space-size=4 --v8-pool-size=1
// In a checkout that was never built (`npm ci`, then `npx switchboard ...`),
// build first (scripts/build.mjs says what it does); an installed package
// ships dist/ and has no build script.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const main = new URL('../dist/src/cli/main.js', import.meta.url);
const build = new URL('../scripts/build.mjs', import.meta.url);
if (!existsSync(main) && existsSync(build)) execFileSync(process.execPath, [build.pathname], { stdio: ['ignore', 'inherit', 'inherit'] });

const { main: run } = await import(main.href);
run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
