/**
 * The agent desktop in Chromium, for an agent whose eyes are elsewhere: an
 * offer rings (a generated tone), marks the tab's title and icon and raises
 * a desktop notification; one that rang out is told, with the count before
 * being set away; the context is on the offer before accepting. The time in
 * state survives a reload, and a token the server no longer accepts (a
 * restart with another secret) sends the agent back to sign in, saying why.
 */
import t from 'tap';
import type { Page } from 'playwright-core';
import { SwitchboardClient } from '../../src/client/client.js';
import { parseConfig } from '../../src/config/schema.js';
import { demoConfigAnyDay as demoConfig } from '../fixtures/demo-any-day.js';
import { createServer } from '../../src/server.js';
import { ensureWebBuilt, launchChromium, watcher } from '../fixtures/browser.js';
import { startTcpProxy } from '../fixtures/tcp-proxy.js';

const SECRET = 'browser-test-secret-0123456789';

ensureWebBuilt();
const browser = await launchChromium();
t.teardown(() => browser.close());

/**
 * Runs in the page before its scripts: counts the tones started and stands
 * in for the browser's Notification (granted), recording what is shown.
 */
function spyOnAlerts(): void {
  const w = globalThis as any;
  w.__alerts = { tones: 0, notes: [] };
  const AC = w.AudioContext;
  if (AC !== undefined) {
    const create = AC.prototype.createOscillator;
    AC.prototype.createOscillator = function (this: unknown) {
      const o = create.call(this);
      const start = o.start.bind(o);
      o.start = (...args: unknown[]) => {
        w.__alerts.tones++;
        return start(...args);
      };
      return o;
    };
  }
  w.Notification = class {
    static permission = 'granted';
    static requestPermission() {
      return Promise.resolve('granted');
    }
    onclick = null;
    constructor(title: string, options?: { body?: string }) {
      w.__alerts.notes.push({ title, body: options?.body ?? '' });
    }
    close() {}
  };
}

const alertsOf = (page: Page) => page.evaluate(() => (globalThis as any).__alerts as { tones: number; notes: { title: string; body: string }[] });
const icon = (page: Page) => page.evaluate(() => (globalThis as any).document.querySelector('link[rel="icon"]')?.dataset.signal as string | undefined);

async function english(page: Page): Promise<void> {
  await page.locator('.lang select').selectOption('en');
}

t.test('web agent - an offer rings, marks the tab and notifies; one that rang out is told; details before accepting', async (t) => {
  // A short ring, so that an offer rings out within the test.
  const config = { ...demoConfig, queues: demoConfig.queues.map((q) => (q.id === 'support-en' ? { ...q, offerTimeoutSeconds: 3 } : q)) };
  const server = await createServer({ config: parseConfig(config), port: 0, transport: 'uws', tokenSecret: SECRET });
  t.teardown(() => server.close());
  const base = `http://127.0.0.1:${server.port}`;
  const { problems, watch } = watcher();
  const page = await browser.context.newPage();
  watch(page, 'agent');
  await page.addInitScript(spyOnAlerts);
  await page.goto(`${base}/agent#token=${await server.tokens.sign({ role: 'agent', id: 'alice' })}`);
  await page.locator('[data-testid="status"]').waitFor();
  await english(page);
  await page.locator('[data-testid="go-available"]').click(); // a click: the page may play sound from now on
  await page.locator('[data-testid="status"]', { hasText: 'Available' }).waitFor();
  t.equal(await page.title(), 'Switchboard · Agent desktop');

  const ivr = await SwitchboardClient.connect({
    url: `ws://127.0.0.1:${server.port}`,
    role: 'integration',
    token: await server.tokens.sign({ role: 'integration', id: 'web' }),
  });
  t.teardown(() => ivr.close());
  await ivr.createContact({
    externalId: 'ring-1',
    queueId: 'support-en',
    channel: 'chat',
    language: 'en',
    customer: { id: 'cust-1', tier: 'prime' },
    context: { orderId: 'A-77', basket: 3 },
  });
  const offer = page.locator('[data-testid="offer"]');
  await offer.waitFor();
  t.match(await offer.locator('[data-testid="context"]').textContent(), /orderId\s*A-77/, 'the context is on the offer, before accepting');
  await page.waitForFunction(() => (globalThis as any).document.title.startsWith('(1) Incoming offer'));
  t.equal(await page.title(), '(1) Incoming offer · Switchboard · Agent desktop', 'the tab says an offer rings');
  t.equal(await icon(page), 'ringing', 'and so does its icon');
  const ringing = await alertsOf(page);
  t.ok(ringing.tones >= 2, `a generated tone rang (${ringing.tones} tones)`);
  t.same(ringing.notes, [{ title: 'New Chat offer', body: 'English · Support (English), Prime customer' }], 'a desktop notification');

  // Nobody answers: it rings out, and the agent is told how many more before being set away.
  const missed = page.locator('[data-testid="missed-offer"]');
  await missed.waitFor({ timeout: 10_000 });
  t.match(await missed.textContent(), /An offer from Support \(English\) rang out without an answer\. 1 missed in a row: at 3 you are set away\./);
  t.equal(await page.title(), 'Missed offer · Switchboard · Agent desktop');
  t.equal(await icon(page), 'missed');
  await missed.locator('button').click();
  await page.waitForFunction(() => (globalThis as any).document.title === 'Switchboard · Agent desktop');
  t.equal(await icon(page), 'idle', 'dismissed: the tab is itself again');

  // Sound off: the next offer marks the tab but plays nothing.
  await page.locator('[data-testid="alert-sound"]').uncheck();
  const before = (await alertsOf(page)).tones;
  await ivr.createContact({ externalId: 'ring-2', queueId: 'support-en', channel: 'email', language: 'en', customer: { id: 'cust-2' } });
  await page.waitForFunction(() => (globalThis as any).document.title.startsWith('(1) Incoming offer'));
  t.equal((await alertsOf(page)).tones, before, 'no tone with the sound off');
  t.equal((await alertsOf(page)).notes.length, 2, 'the notification still shows');

  t.same(problems, [], 'no page error, nothing loaded from elsewhere');
  await page.close();
});

t.test('web agent - the time in state survives a reload', async (t) => {
  const server = await createServer({ config: parseConfig(demoConfig), port: 0, transport: 'ws', tokenSecret: SECRET });
  t.teardown(() => server.close());
  const { problems, watch } = watcher();
  const page = await browser.context.newPage();
  watch(page, 'agent');
  await page.goto(`http://127.0.0.1:${server.port}/agent#token=${await server.tokens.sign({ role: 'agent', id: 'bruno' })}`);
  await page.locator('[data-testid="status"]').waitFor();
  await english(page);
  await page.locator('[data-testid="go-available"]').click();
  await page.locator('[data-testid="status"]', { hasText: 'Available' }).waitFor();
  const seconds = async () => {
    const m = /(\d+):(\d\d)/.exec((await page.locator('[data-testid="time-in-state"]').textContent()) ?? '');
    return m === null ? -1 : Number(m[1]) * 60 + Number(m[2]);
  };
  await page.locator('[data-testid="time-in-state"]', { hasText: /0:0[3-9]/ }).waitFor();
  await page.reload();
  await page.locator('[data-testid="status"]', { hasText: 'Available' }).waitFor();
  t.ok((await seconds()) >= 3, 'the clock goes on after a reload: it is the server’s');
  t.same(problems, []);
  await page.close();
});

t.test('web agent - a token refused after a restart sends the agent back to sign in, saying why', async (t) => {
  const first = await createServer({ config: parseConfig(demoConfig), port: 0, transport: 'uws', tokenSecret: SECRET });
  let firstClosed = false;
  t.teardown(() => (firstClosed ? undefined : first.close()));
  const proxy = await startTcpProxy(first.port);
  t.teardown(() => proxy.close());
  const { problems, watch } = watcher();
  const page = await browser.context.newPage();
  watch(page, 'agent');
  await page.goto(`http://127.0.0.1:${proxy.port}/agent`);
  await english(page);
  t.match(await page.locator('[data-testid="token-help"]').textContent(), /the landing page lists them/, 'the sign-in says where tokens come from');

  // Tokens the server refuses, and a token of another role: each said plainly.
  await page.locator('[data-testid="token"]').fill('not-a-token');
  await page.locator('[data-testid="sign-in"]').click();
  await page.locator('[data-testid="sign-in-problem"]', { hasText: 'This token was refused' }).waitFor();
  await page.locator('[data-testid="token"]').fill(await first.tokens.sign({ role: 'supervisor', id: 'sam' }));
  await page.locator('[data-testid="sign-in"]').click();
  await page
    .locator('[data-testid="sign-in-problem"]', { hasText: 'This token is for the supervisor role: this page needs one for the agent role.' })
    .waitFor();
  t.pass('a refused token and a token of another role are told apart');

  await page.locator('[data-testid="token"]').fill(await first.tokens.sign({ role: 'agent', id: 'alice' }));
  await page.locator('[data-testid="sign-in"]').click();
  await page.locator('[data-testid="status"]').waitFor();

  // The server restarts with a new secret (a demo without SWITCHBOARD_TOKEN_SECRET): the old token is refused.
  const second = await createServer({ config: parseConfig(demoConfig), port: 0, transport: 'uws', tokenSecret: 'another-secret-0123456789abcdef' });
  t.teardown(() => second.close());
  proxy.retarget(second.port);
  firstClosed = true;
  await first.close();
  // As a process that exits: no connection of the old one lives on (uWS keeps idle HTTP keep-alives past close()).
  proxy.dropAll();
  const problem = page.locator('[data-testid="sign-in-problem"]');
  await problem.waitFor({ timeout: 20_000 });
  t.match(await problem.textContent(), /Your sign-in is no longer accepted: the token expired, or the server restarted with another secret\. Sign in again\./);
  t.equal(await page.locator('[data-testid="token"]').inputValue(), '', 'the refused token is not offered again');
  t.equal(await page.evaluate(() => (globalThis as any).sessionStorage.getItem('switchboard.agent.token')), null, 'nor kept for the tab');

  // A token of the new server signs in.
  await page.locator('[data-testid="token"]').fill(await second.tokens.sign({ role: 'agent', id: 'alice' }));
  await page.locator('[data-testid="sign-in"]').click();
  await page.locator('[data-testid="status"]').waitFor();
  t.same(problems, []);
  await page.close();
});
