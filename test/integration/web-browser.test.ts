/**
 * The web app in a real headless Chromium: an agent works a French Prime
 * chat end to end on /agent while a supervisor watches /supervisor, and a
 * dropped connection shows the banner and recovers. Saves screenshots in
 * test-output/screenshots/ (with UPDATE_SCREENSHOTS=1: docs/screenshots/,
 * the ones the README shows).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import type { Page } from 'playwright-core';
import { SwitchboardClient } from '../../src/client/client.js';
import { parseConfig } from '../../src/config/schema.js';
import { demoConfig } from '../../src/config/demo.js';
import { createServer } from '../../src/server.js';
import { ensureWebBuilt, launchChromium, watcher } from '../fixtures/browser.js';
import { startTcpProxy } from '../fixtures/tcp-proxy.js';

// Every run saves its screenshots under test-output/ (ignored by git);
// UPDATE_SCREENSHOTS=1 writes the ones the README shows, in docs/screenshots/.
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const SCREENSHOTS = process.env['UPDATE_SCREENSHOTS'] === '1' ? path.join(ROOT, 'docs', 'screenshots') : path.join(ROOT, 'test-output', 'screenshots');

/** The cell of a queue row on the wallboard. */
const cell = (page: Page, queueId: string, testId: string) => page.locator(`[data-testid="queues"] tr[data-queue="${queueId}"] [data-testid="${testId}"]`);
const tile = (page: Page, state: string) => page.locator(`[data-testid="agents-by-state"] [data-state="${state}"] .big`);
/** The values of a select's options (the property: Preact leaves the attribute out when it equals the text). */
const optionValues = (options: unknown[]) => options.map((o) => (o as { value: string }).value);

ensureWebBuilt();
// One browser for the file; each test opens its own pages.
const browser = await launchChromium();
t.teardown(() => browser.close());

t.test('web app - an agent works a French Prime chat in Chromium while the wallboard follows', async (t) => {
  const server = await createServer({ config: parseConfig(demoConfig), port: 0, transport: 'uws', tokenSecret: 'browser-test-secret-0123456789' });
  t.teardown(() => server.close());
  // The agent's page goes through a proxy whose connections the test can cut.
  const proxy = await startTcpProxy(server.port);
  t.teardown(() => proxy.close());
  const direct = `http://127.0.0.1:${server.port}`;
  const viaProxy = `http://127.0.0.1:${proxy.port}`;
  const token = (role: 'agent' | 'integration' | 'supervisor', id: string) => server.tokens.sign({ role, id });

  const { problems, watch } = watcher();

  // ---- supervisor and agent sign in -------------------------------------------------
  const sup = await browser.context.newPage();
  watch(sup, 'supervisor');
  await sup.goto(`${direct}/supervisor#token=${await token('supervisor', 'sam')}`);
  await sup.locator('[data-testid="queues"]').waitFor();
  t.equal(await cell(sup, 'support-fr', 'waiting').textContent(), '0', 'nobody waiting at first');
  t.notMatch(sup.url(), /token=/, 'the token is taken out of the address bar');

  const agent = await browser.context.newPage();
  watch(agent, 'agent');
  await agent.goto(`${viaProxy}/agent`);
  await agent.locator('[data-testid="token"]').fill(await token('agent', 'bruno'));
  await agent.locator('[data-testid="sign-in"]').click();
  await agent.locator('[data-testid="status"]').waitFor();
  // The agent picks French: every string of the UI follows.
  await agent.locator('.lang select').selectOption('fr');
  await agent.getByRole('heading', { name: 'Mon état' }).waitFor();
  t.equal(await agent.locator('[data-testid="status"]').textContent(), 'Absent', 'signed in away, in French');
  await agent.locator('[data-testid="go-available"]').click();
  await agent.locator('[data-testid="status"]', { hasText: 'Disponible' }).waitFor();
  await tile(sup, 'available').filter({ hasText: '1' }).waitFor();
  t.pass('the wallboard shows one agent available');

  // ---- an integration creates a French Prime chat through the SDK -----------------------
  const ivr = await SwitchboardClient.connect({ url: `ws://127.0.0.1:${server.port}`, role: 'integration', token: await token('integration', 'chat-widget') });
  t.teardown(() => ivr.close());
  const accepted = ivr.waitFor('contactAccepted', () => true, 15_000);
  const { contact } = await ivr.createContact({
    externalId: 'chat-fr-1',
    queueId: 'support-fr',
    channel: 'chat',
    language: 'fr-CA',
    customer: { id: 'cust-42', tier: 'prime' },
    context: {
      orderId: 'A-1001',
      history: [
        {
          at: Date.now() - 3 * 86_400_000,
          queueId: 'support-en',
          channel: 'voice',
          agentId: 'alice',
          disposition: 'refund',
          notes: 'Remboursement promis sous 7 jours',
        },
      ],
    },
  });

  const offer = agent.locator('[data-testid="offer"]');
  await offer.waitFor();
  t.equal(await offer.locator('[data-testid="badge-channel"]').textContent(), 'Clavardage', 'channel badge');
  t.match(await offer.locator('[data-testid="badge-language"]').textContent(), /^FR-CA/, 'language badge');
  t.equal(await offer.locator('[data-testid="badge-tier"]').textContent(), 'Prime', 'Prime badge');
  t.match(await offer.locator('.ring').textContent(), /Sonnerie : encore \d+ s/, 'ring countdown');
  t.match(await offer.textContent(), /File : Soutien \(français\)/, "the queue's French label from the config");
  t.match(await offer.locator('[data-testid="context"]').textContent(), /orderId\s*A-1001/, 'the context is on the offer, before accepting');
  t.match(await agent.locator('[data-testid="announcer"]').textContent(), /Nouvelle offre Clavardage .*client Prime/, 'the live region announces the offer');
  t.equal(await agent.locator('[aria-live="assertive"]').count(), 1);
  await cell(sup, 'support-fr', 'ringing').filter({ hasText: '1' }).waitFor();
  t.equal(await cell(sup, 'support-fr', 'waiting').textContent(), '0', 'ringing, not waiting (as the snapshot and Prometheus count it)');
  t.match(
    await sup.locator('[data-testid="waiting-contacts"] tr[data-contact="chat-fr-1"] [data-testid="contact-state"]').textContent(),
    /Ringing at bruno/,
    'the wallboard says to whom it rings',
  );

  // ---- keyboard-only accept -------------------------------------------------------------------
  await agent.locator('body').focus();
  await agent.keyboard.press('a');
  t.equal((await accepted).contactId, contact.id, 'the A key accepted the offer');
  const card = agent.locator('[data-testid="contact"]');
  await card.waitFor();
  t.match(await card.locator('[data-testid="history"]').textContent(), /Remboursement promis sous 7 jours/, 'the contact card shows the customer history');
  t.match(await card.textContent(), /A-1001/, 'and the context');
  await cell(sup, 'support-fr', 'answered').filter({ hasText: '1' }).waitFor();
  t.equal(await cell(sup, 'support-fr', 'waiting').textContent(), '0');
  await tile(sup, 'busy').filter({ hasText: '1' }).waitFor();
  t.pass('the wallboard counts the answer and the busy agent');

  // A second chat rings while the first is in progress: the screenshots show both.
  await ivr.createContact({ externalId: 'chat-en-2', queueId: 'support-en', channel: 'chat', language: 'en', customer: { id: 'cust-7' } });
  await offer.waitFor();
  await sup.locator('[data-testid="waiting-contacts"]').waitFor();
  mkdirSync(SCREENSHOTS, { recursive: true });
  await sup.locator('.chart svg').waitFor();
  await agent.screenshot({ path: path.join(SCREENSHOTS, 'agent.png'), fullPage: true, animations: 'disabled' });
  await sup.screenshot({ path: path.join(SCREENSHOTS, 'supervisor.png'), fullPage: true, animations: 'disabled' });
  await agent.keyboard.press('r');
  await offer.waitFor({ state: 'detached' });
  t.pass('the R key rejected the second offer');

  // ---- the connection drops and comes back --------------------------------------------------------
  proxy.dropAll();
  const banner = agent.locator('[data-testid="connection-banner"]');
  await banner.filter({ hasText: 'Connexion perdue' }).waitFor({ timeout: 10_000 });
  t.pass('a dropped connection shows the banner');
  await banner.filter({ hasText: 'Connexion rétablie' }).waitFor({ timeout: 15_000 });
  t.equal(await card.count(), 1, 'the contact in progress is resumed');
  t.equal(await agent.locator('[data-testid="status"]').textContent(), 'Occupé', 'and the agent is busy with it again');

  // ---- complete, then wrap up with a disposition ----------------------------------------------------
  const closed = ivr.waitFor('contactClosed', (e) => e.contactId === contact.id, 15_000);
  await card.locator('[data-testid="complete"]').click();
  const form = card.locator('[data-testid="wrap-up"]');
  await form.waitFor();
  // The queue's own disposition codes (the demo's, or the defaults when it names none).
  const code = await form.locator('[data-testid="disposition"] option:not([value=""])').first().getAttribute('value');
  await form.locator('[data-testid="disposition"]').selectOption(code ?? '');
  await form.locator('[data-testid="notes"]').fill('Remboursement confirmé');
  await form.locator('[data-testid="finish-wrap-up"]').click();
  const c = await closed;
  t.equal(c.disposition, code, 'the disposition is recorded');
  t.equal(c.notes, 'Remboursement confirmé', 'with the notes');
  await card.waitFor({ state: 'detached' });
  await tile(sup, 'available').filter({ hasText: '1' }).waitFor();
  t.equal(await tile(sup, 'busy').textContent(), '0', 'the wallboard shows the agent available again');

  // ---- supervisor actions, errors in plain words ------------------------------------------------------
  // bruno rejected chat-en-2, so it still waits (he is not offered it again).
  const row = sup.locator('[data-testid="waiting-contacts"] tr[data-contact="chat-en-2"]');
  const priority = row.locator('input[type="number"]');
  const before = await priority.inputValue();
  await priority.fill('5000');
  await priority.press('Enter');
  await sup.locator('.errors li', { hasText: '“Priority” must be a whole number from 0 to 1000.' }).waitFor();

  t.pass('a refused action is explained in plain words');
  await sup.waitForFunction(([el, v]) => (el as { value?: string } | null)?.value === v, [await priority.elementHandle(), before] as const);
  t.pass(`and the box shows the priority the contact still has (${before})`);
  const updated = ivr.waitFor('contactUpdated', (e) => e.priority === 1);
  await priority.fill('1');
  await priority.press('Enter');
  t.equal((await updated).queueId, 'support-en', 're-prioritised');
  // Moving asks first: cancelled, nothing moves; confirmed, it moves.
  await row.locator('[data-testid="move"]').selectOption('support-fr');
  await row.locator('[data-testid="confirm-move"]', { hasText: 'Move chat-en-2 to Support (French)?' }).waitFor();
  await row.locator('[data-testid="confirm-no"]').click();
  await row.locator('[data-testid="move"]').waitFor();
  t.equal(await row.locator('[data-testid="move"]').inputValue(), 'support-en', 'cancelled: still in its queue');
  const moved = ivr.waitFor('contactUpdated', (e) => e.queueId === 'support-fr');
  await row.locator('[data-testid="move"]').selectOption('support-fr');
  await row.locator('[data-testid="confirm-yes"]').click();
  t.equal((await moved).priority, 1, 'moved once confirmed, keeping its priority');
  await cell(sup, 'support-fr', 'waiting').filter({ hasText: '1' }).waitFor();

  const bruno = sup.locator('[data-testid="agents"] tr[data-agent="bruno"]');
  await bruno.locator('select').selectOption('away');
  await bruno.locator('button[type="submit"]').click();
  await agent.locator('[data-testid="status"]', { hasText: 'Absent' }).waitFor();
  t.match(await agent.locator('.state').textContent(), /Fixé par un superviseur/, "the supervisor forced the agent's state, with its reason");
  await tile(sup, 'away').filter({ hasText: '1' }).waitFor();

  t.same(problems, [], 'no page error, nothing loaded from elsewhere');
  await Promise.all([agent.close(), sup.close()]);
});

t.test('web app - bot hand-off, transfer with a note, follow-up, survey, repeat contact and escalation', async (t) => {
  // The demo plus a supervisor-tier queue that support-en escalates to.
  const config = {
    ...demoConfig,
    queues: [
      ...demoConfig.queues.map((q) => (q.id === 'support-en' ? { ...q, escalateTo: 'tier-2' } : q)),
      { id: 'tier-2', name: 'Tier 2', channels: ['voice', 'chat', 'email'] },
    ],
  };
  const server = await createServer({ config: parseConfig(config), port: 0, transport: 'ws', tokenSecret: 'browser-test-secret-0123456789' });
  t.teardown(() => server.close());
  const base = `http://127.0.0.1:${server.port}`;
  const token = (role: 'agent' | 'integration' | 'supervisor', id: string) => server.tokens.sign({ role, id });
  const { problems, watch } = watcher();

  const sup = await browser.context.newPage();
  watch(sup, 'supervisor');
  await sup.goto(`${base}/supervisor#token=${await token('supervisor', 'sam')}`);
  await sup.locator('.lang select').selectOption('en'); // saved: the agents' pages open in English too
  await sup.locator('[data-testid="queues"]').waitFor();
  const open = async (id: string) => {
    const page = await browser.context.newPage();
    watch(page, id);
    await page.goto(`${base}/agent#token=${await token('agent', id)}`);
    await page.locator('[data-testid="status"]').waitFor();
    return page;
  };
  const alice = await open('alice');
  const bruno = await open('bruno');
  await alice.locator('[data-testid="go-available"]').click();
  await alice.locator('[data-testid="status"]', { hasText: 'Available' }).waitFor();

  // ---- a chatbot hands a chat over with its transcript --------------------------------------------
  const ivr = await SwitchboardClient.connect({ url: `ws://127.0.0.1:${server.port}`, role: 'integration', token: await token('integration', 'helpbot') });
  t.teardown(() => ivr.close());
  const { contact } = await ivr.createContact({
    externalId: 'bot-1',
    queueId: 'support-en',
    channel: 'chat',
    language: 'en',
    customer: { id: 'cust-9' },
    handoff: {
      botId: 'helpbot',
      intent: 'missing-parcel',
      transcript: [
        { from: 'bot', text: 'How can I help?' },
        { from: 'customer', text: 'My parcel never arrived' },
      ],
    },
  });
  const offer = alice.locator('[data-testid="offer"]');
  await offer.filter({ hasText: 'From the bot' }).waitFor();
  await offer.locator('[data-testid="accept"]').click();
  const card = alice.locator('[data-testid="contact"]');
  await card.waitFor();
  t.match(await card.locator('.transcript').textContent(), /Customer: My parcel never arrived/, 'the bot transcript is on the card, speakers named');
  t.match(await card.textContent(), /Intent detected by the bot: missing-parcel/);

  // ---- a blind transfer to a named agent, with a note ------------------------------------------------
  await bruno.locator('[data-testid="go-available"]').click();
  await bruno.locator('[data-testid="status"]', { hasText: 'Available' }).waitFor();
  // A consultative transfer first: alice keeps the chat while bruno is offered it, then takes it back.
  await card.locator('[data-testid="transfer"] summary').click();
  await card.locator('[data-testid="transfer-agent"]').fill('bruno');
  await card.locator('[data-testid="transfer-consult"]').check();
  await card.locator('[data-testid="transfer-submit"]').click();
  await card.locator('[data-testid="transfer-pending"]', { hasText: 'Consultative transfer to bruno (Support (English)) under way' }).waitFor();
  const brunoOffer = bruno.locator('[data-testid="offer"]');
  await brunoOffer.waitFor();
  await card.locator('[data-testid="transfer-cancel"]').click();
  await card.locator('[data-testid="transfer-pending"]').waitFor({ state: 'detached' });
  await brunoOffer.waitFor({ state: 'detached' });
  t.pass('a consultative transfer can be taken back before it is accepted');

  await card.locator('[data-testid="transfer"] summary').click();
  await card.locator('[data-testid="transfer-agent"]').fill('bruno');
  await card.locator('[data-testid="transfer-note"]').fill('Parcel lost, refund agreed');
  await card.locator('[data-testid="transfer-submit"]').click();
  await card.waitFor({ state: 'detached' });
  t.pass('a blind transfer leaves the first desktop');
  await brunoOffer.filter({ hasText: 'Transferred' }).waitFor();
  t.match(
    await brunoOffer.locator('[data-testid="transferred-by"]').textContent(),
    /Transferred by alice — Note: Parcel lost, refund agreed/,
    'who transferred it and their note, on the offer: before accepting',
  );
  await brunoOffer.locator('[data-testid="accept"]').click();
  const brunoCard = bruno.locator('[data-testid="contact"]');
  await brunoCard.waitFor();
  t.match(
    await brunoCard.locator('[data-testid="transferred-by"]').textContent(),
    /Transferred by alice — Note: Parcel lost, refund agreed/,
    'who transferred it, and their note',
  );
  t.match(await brunoCard.locator('.transcript').textContent(), /My parcel never arrived/, 'the transcript travels with it');
  await cell(sup, 'support-en', 'transfers').filter({ hasText: '1 / 0' }).waitFor();
  t.equal(await cell(sup, 'support-en', 'answered').textContent(), '1', 'the wallboard counts the transfer, and the answer once');

  // ---- wrap-up with a follow-up ------------------------------------------------------------------------
  await brunoCard.locator('[data-testid="complete"]').click();
  await brunoCard.locator('[data-testid="wrap-up"]').waitFor();
  await brunoCard.locator('[data-testid="follow-up"] summary').click();
  await brunoCard.locator('[data-testid="follow-up-note"]').fill('Check the refund arrived');
  await brunoCard.locator('[data-testid="follow-up-submit"]').click();
  await brunoCard.locator('[data-testid="follow-up-done"]').waitFor();
  await cell(sup, 'support-en', 'scheduled').filter({ hasText: '0 / 1' }).waitFor();
  t.pass('the follow-up is scheduled and counted on the wallboard');
  const closed = ivr.waitFor('contactClosed', (e) => e.contactId === contact.id);
  await brunoCard.locator('[data-testid="disposition"]').selectOption('refund');
  await brunoCard.locator('[data-testid="notes"]').fill('Refund sent');
  await brunoCard.locator('[data-testid="finish-wrap-up"]').click();
  t.equal((await closed).disposition, 'refund');

  // ---- the survey's "no" reason reaches the wallboard ---------------------------------------------------
  await ivr.survey(contact.id, false, 'too-long');
  const surveyRow = sup.locator('[data-testid="surveys"] tr[data-agent="bruno"]');
  await surveyRow.filter({ hasText: 'Took too long (1)' }).waitFor();
  t.pass('survey "no" reasons per agent');

  // ---- the customer comes back: a repeat contact, with the history -----------------------------------------
  await ivr.createContact({ externalId: 'bot-2', queueId: 'support-en', channel: 'chat', language: 'en', customer: { id: 'cust-9' } });
  await brunoOffer.filter({ hasText: 'Repeat contact' }).waitFor();
  t.pass('the last agent gets the repeat contact, flagged');
  await bruno.locator('body').focus();
  await bruno.keyboard.press('a');
  await brunoCard.waitFor();
  t.match(await brunoCard.locator('[data-testid="history"]').textContent(), /Refund issued.*Refund sent/, 'with the customer history from the server');
  // A reload signs in again with the tab's token and resumes the contact, history included.
  await bruno.reload();
  await brunoCard.locator('[data-testid="history"]').filter({ hasText: 'Refund sent' }).waitFor();
  t.pass('a reloaded desktop resumes the contact with its history');

  // ---- escalation with a reason --------------------------------------------------------------------------
  await brunoCard.locator('[data-testid="escalate"] summary').click();
  await brunoCard.locator('[data-testid="escalate-reason"]').selectOption('complaint');
  await brunoCard.locator('[data-testid="escalate-submit"]', { hasText: 'Escalate to Tier 2' }).click();
  await brunoCard.waitFor({ state: 'detached' });
  await cell(sup, 'support-en', 'transfers').filter({ hasText: '1 / 1' }).waitFor();
  await cell(sup, 'tier-2', 'waiting').filter({ hasText: '1' }).waitFor();
  t.pass('escalated to the supervisor tier, counted on the wallboard');

  t.same(problems, [], 'no page error, nothing loaded from elsewhere');
  await Promise.all([alice.close(), bruno.close(), sup.close()]);
});

t.test('web app - the wallboard starts from the counts of the day; reasons from the config; the landing page in French', async (t) => {
  // The demo, with its own away and escalation reasons.
  const config = { ...demoConfig, awayReasons: ['break', 'jury-duty'], escalationReasons: ['legal', 'fraud'] };
  const server = await createServer({
    config: parseConfig(config),
    port: 0,
    transport: 'uws',
    tokenSecret: 'browser-test-secret-0123456789',
    web: { demoTokens: [{ role: 'agent', id: 'alice', token: 'tok-alice' }] },
  });
  t.teardown(() => server.close());
  const base = `http://127.0.0.1:${server.port}`;
  const token = (role: 'agent' | 'integration' | 'supervisor', id: string) => server.tokens.sign({ role, id });
  const url = `ws://127.0.0.1:${server.port}`;
  const { problems, watch } = watcher();

  // ---- before any wallboard opens: two chats answered, one abandoned, a survey "no" -----------------
  const alice = await SwitchboardClient.connect({ url, role: 'agent', token: await token('agent', 'alice') });
  const ivr = await SwitchboardClient.connect({ url, role: 'integration', token: await token('integration', 'widget') });
  t.teardown(() => Promise.all([alice.close(), ivr.close()]));
  await alice.login({ presence: 'available' });
  const chat = async (externalId: string) => {
    const offered = alice.waitFor('offer', (o) => o.contact.customer?.id === `cust-${externalId}`, 10_000);
    const { contact } = await ivr.createContact({ externalId, queueId: 'support-en', channel: 'chat', language: 'en', customer: { id: `cust-${externalId}` } });
    await offered;
    await alice.accept(contact.id);
    return contact.id;
  };
  const first = await chat('early-1');
  await chat('early-2');
  // alice holds two chats of her three: a voice call has no free slot (voice is exclusive) and waits, then hangs up.
  const { contact: gone } = await ivr.createContact({
    externalId: 'early-3',
    queueId: 'support-en',
    channel: 'voice',
    language: 'en',
    customer: { id: 'cust-early-3' },
  });
  await ivr.abandon(gone.id);
  await alice.complete(first);
  await alice.finishWrapUp(first, 'resolved');
  await ivr.survey(first, false, 'not-resolved');

  // ---- the wallboard opens afterwards and shows them ----------------------------------------------------
  const sup = await browser.context.newPage();
  watch(sup, 'supervisor');
  await sup.goto(`${base}/supervisor#token=${await token('supervisor', 'sam')}`);
  await sup.locator('.lang select').selectOption('en');
  await sup.locator('[data-testid="queues"]').waitFor();
  t.equal(await cell(sup, 'support-en', 'answered').textContent(), '2', 'answers from before the board opened');
  t.equal(await cell(sup, 'support-en', 'abandons').textContent(), '1', 'and the abandon');
  t.match(await sup.locator('[data-testid="queues"] tr[data-queue="support-en"]').textContent(), /100 %/, 'the service level of the day');
  t.match(await sup.locator('[data-testid="since"]').textContent(), /^Counts of the day, since /, 'counted over the day, by the server');
  await sup.locator('[data-testid="surveys"] tr[data-agent="alice"]', { hasText: 'Not resolved (1)' }).waitFor();
  t.pass('the survey "no" reason from before');

  // ---- and goes on counting from the live stream --------------------------------------------------------
  await chat('live-1');
  await cell(sup, 'support-en', 'answered').filter({ hasText: '3' }).waitFor();
  t.pass('a live answer adds to the day');

  // ---- the agent desktop offers the configured reasons -------------------------------------------------------
  const desk = await browser.context.newPage();
  watch(desk, 'agent');
  await desk.goto(`${base}/agent#token=${await token('agent', 'bruno')}`);
  await desk.locator('[data-testid="status"]').waitFor();
  await desk.locator('[data-testid="away-reason"] option', { hasText: 'jury-duty' }).waitFor({ state: 'attached' });
  t.same(await desk.locator('[data-testid="away-reason"] option').evaluateAll(optionValues), ['break', 'jury-duty'], 'away reasons from the config');
  await desk.locator('[data-testid="away-reason"]').selectOption('jury-duty');
  await desk.locator('[data-testid="go-available"]').click();
  await desk.locator('[data-testid="status"]', { hasText: 'Available' }).waitFor();
  await desk.locator('[data-testid="go-away"]').click();
  await desk.locator('.state', { hasText: 'jury-duty' }).waitFor();
  t.pass('an away reason the app has no translation for shows as its code');
  // alice steps away, so the next chat is bruno's.
  await alice.setPresence('away', 'break');
  await desk.locator('[data-testid="go-available"]').click();
  await desk.locator('[data-testid="status"]', { hasText: 'Available' }).waitFor();
  await ivr.createContact({ externalId: 'esc-1', queueId: 'support-en', channel: 'chat', language: 'en', customer: { id: 'cust-esc' } });
  const offer = desk.locator('[data-testid="offer"]');
  await offer.locator('[data-testid="accept"]').click();
  const card = desk.locator('[data-testid="contact"]');
  await card.locator('[data-testid="escalate"] summary').click();
  t.same(await card.locator('[data-testid="escalate-reason"] option').evaluateAll(optionValues), ['legal', 'fraud'], 'escalation reasons from the config');

  // ---- the landing page, in French ----------------------------------------------------------------------
  const landing = await browser.context.newPage();
  watch(landing, 'landing');
  await landing.goto(`${base}/`);
  await landing.locator('[data-testid="lang"]').selectOption('fr');
  await landing.getByRole('heading', { name: 'Mode démo : jetons de développement' }).waitFor();
  t.equal(await landing.locator('html').getAttribute('lang'), 'fr');
  t.match(await landing.locator('.pages').textContent(), /Poste agent.*Tableau de supervision/s, 'the pages, named in French');
  t.equal(await landing.locator('input.token').getAttribute('aria-label'), 'jeton : agent alice');
  t.equal(await landing.locator('.demo a.button').textContent(), 'Ouvrir /agent');
  await landing.reload();
  await landing.getByRole('heading', { name: 'Mode démo : jetons de développement' }).waitFor();
  t.pass('the choice is kept (and shared with the other pages)');
  await landing.locator('[data-testid="lang"]').selectOption('en');
  await landing.getByRole('heading', { name: 'Demo mode: development tokens' }).waitFor();

  t.same(problems, [], 'no page error, nothing loaded from elsewhere');
  await Promise.all([sup.close(), desk.close(), landing.close()]);
});
