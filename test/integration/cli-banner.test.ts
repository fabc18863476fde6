/**
 * The demo's banner says what signed its development tokens: "a random
 * secret" only when the secret was generated for the run, the variable's
 * name when `SWITCHBOARD_TOKEN_SECRET` is set.
 */
import t, { type Test } from 'tap';
import { spawnGroup, stopGroup, typeScriptChild } from '../harness/processes.js';

/** Starts `switchboard serve` (the demo) and resolves with its stderr once the banner is out. */
async function banner(t: Test, env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawnGroup(process.execPath, [...typeScriptChild('test/fixtures/cli-entry.ts'), 'serve', '--port', '0'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.teardown(() => stopGroup(child));
  let err = '';
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner: ${err}`)), 120_000);
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      if (/Connect:/.test(err)) {
        clearTimeout(timer);
        resolve(err);
      }
    });
    child.stdout!.resume();
  });
}

t.test('cli banner - a configured secret is named, never called random', async (t) => {
  const out = await banner(t, { ...process.env, SWITCHBOARD_TOKEN_SECRET: 'banner-secret-0123456789abcdef' });
  t.match(out, /signed with the secret from SWITCHBOARD_TOKEN_SECRET/);
  t.notMatch(out, /random/);
});

t.test('cli banner - a generated secret is said to be random', async (t) => {
  const env = { ...process.env };
  delete env['SWITCHBOARD_TOKEN_SECRET'];
  t.match(await banner(t, env), /signed with a random secret for this run/);
});
