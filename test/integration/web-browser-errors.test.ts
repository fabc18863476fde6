/**
 * The agent desktop in Chromium says the server's refusals in the page's
 * language: a French agent who transfers a contact to an agent who is not
 * signed in reads the French sentence made from the error's reason and
 * params, not the server's English message.
 */
import t from 'tap';
import { SwitchboardClient } from '../../src/client/client.js';
import { parseConfig } from '../../src/config/schema.js';
import { demoConfigAnyDay as demoConfig } from '../fixtures/demo-any-day.js';
import { createServer } from '../../src/server.js';
import { ensureWebBuilt, launchChromium, watcher } from '../fixtures/browser.js';

const SECRET = 'browser-test-secret-0123456789';

ensureWebBuilt();
const browser = await launchChromium();
t.teardown(() => browser.close());

t.test('web agent errors - a French agent reads a server refusal in French', async (t) => {
  const server = await createServer({ config: parseConfig(demoConfig), port: 0, transport: 'ws', tokenSecret: SECRET });
  t.teardown(() => server.close());
  const base = `http://127.0.0.1:${server.port}`;
  const { problems, watch } = watcher();
  const page = await browser.context.newPage();
  t.teardown(() => page.close());
  watch(page, 'agent');
  await page.goto(`${base}/agent#token=${await server.tokens.sign({ role: 'agent', id: 'alice' })}`);
  await page.locator('[data-testid="status"]').waitFor();
  await page.locator('.lang select').selectOption('fr');
  await page.locator('[data-testid="go-available"]').click();
  await page.locator('[data-testid="status"]', { hasText: 'Disponible' }).waitFor();

  const ivr = await SwitchboardClient.connect({
    url: `ws://127.0.0.1:${server.port}`,
    role: 'integration',
    token: await server.tokens.sign({ role: 'integration', id: 'web' }),
  });
  t.teardown(() => ivr.close());
  await ivr.createContact({ externalId: 'err-1', queueId: 'support-en', channel: 'chat', language: 'en', customer: { id: 'cust-1' } });
  await page.locator('[data-testid="offer"] [data-testid="accept"]').click();
  const card = page.locator('[data-testid="contact"]');
  await card.waitFor();

  // A transfer to an agent who is not signed in: the server refuses it.
  await card.locator('[data-testid="transfer"] summary').click();
  await card.locator('[data-testid="transfer-agent"]').fill('ghost');
  await card.locator('[data-testid="transfer-submit"]').click();
  const errors = page.locator('ul.errors[role="alert"] li');
  await errors.first().waitFor();
  const text = (await errors.first().locator('span').textContent()) ?? '';
  t.equal(text, "L'agent ghost n'est pas connecté.", 'the refusal in French, with the agent named');
  t.notMatch(text, /not logged in/, 'not the English message');

  // The same refusal after switching to English reads in English.
  await errors.first().locator('button').click();
  await page.locator('.lang select').selectOption('en');
  await card.locator('[data-testid="transfer-submit"]').click();
  await errors.first().waitFor();
  t.equal(await errors.first().locator('span').textContent(), 'Agent ghost is not signed in.');
  t.same(problems, [], 'no page error, nothing loaded from elsewhere');
});
