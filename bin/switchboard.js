#!/usr/bin/env -S node --max-semi-space-size=4 --v8-pool-size=1
import { main } from '../dist/src/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
