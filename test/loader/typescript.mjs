// `node --import=./test/loader/typescript.mjs x.ts` runs TypeScript (see typescript-hooks.mjs).
import { register } from 'node:module';

register('./typescript-hooks.mjs', import.meta.url);
