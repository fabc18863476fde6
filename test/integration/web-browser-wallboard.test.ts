/**
 * The supervisor wallboard in Chromium: who is signed in for each queue and
 * whether a waiting contact has anyone who could take it, each agent's
 * skills, languages and current contacts, a ringing contact shown as
 * ringing and to whom, the default service-level target, sign-in hint,
 * "signed in as" and sign-out, and a force sign-out that asks first. Then,
 * in French, an escalation end to end: the team lead's offer and card
 * (labels, badge, transcript speakers) and the escalation queue's service
 * level on the wallboard.
 */
import t from 'tap';
import type { Page } from 'playwright-core';
import { SwitchboardClient } from '../../src/client/client.js';
import { parseConfig } from '../../src/config/schema.js';
import { demoConfigAnyDay as demoConfig } from '../fixtures/demo-any-day.js';
import { createServer } from '../../src/server.js';
import { ensureWebBuilt, launchChromium, watcher } from '../fixtures/browser.js';
import { Recorder } from '../fixtures/recorder.js';

const SECRET = 'browser-test-secret-0123456789';

ensureWebBuilt();
const browser = await launchChromium();
t.teardown(() => browser.close());

const queueCell = (page: Page, queueId: string, testId: string) => page.locator(`[data-testid="queues"] tr[data-queue="${queueId}"] [data-testid="${testId}"]`);

t.test('web wallboard - staffing, skills, languages, contacts, ringing; force sign-out and sign-out', async (t) => {
  const server = await createServer({ config: parseConfig(demoConfig), port: 0, transport: 'uws', tokenSecret: SECRET });
  t.teardown(() => server.close());
  const url = `ws://127.0.0.1:${server.port}`;
  const { problems, watch } = watcher();
  const sup = await browser.context.newPage();
  watch(sup, 'supervisor');
  await sup.goto(`http://127.0.0.1:${server.port}/supervisor`);
  await sup.locator('.lang select').selectOption('en');
  t.match(await sup.locator('[data-testid="token-help"]').textContent(), /the landing page lists them/, 'the sign-in says where tokens come from');
  await sup.locator('[data-testid="token"]').fill(await server.tokens.sign({ role: 'supervisor', id: 'sam' }));
  await sup.locator('[data-testid="sign-in"]').click();
  await sup.locator('[data-testid="queues"]').waitFor();
  t.match(await sup.locator('.whoami').textContent(), /Signed in as sam/);
  t.match(await queueCell(sup, 'support-fr', 'sl').textContent(), /target 80 % in 20 s/, 'a queue without serviceLevel shows the default target');

  // A French email waits and nobody who could take it is signed in: the board says so.
  const ivr = await SwitchboardClient.connect({ url, role: 'integration', token: await server.tokens.sign({ role: 'integration', id: 'mail' }) });
  t.teardown(() => ivr.close());
  const { contact } = await ivr.createContact({ externalId: 'mail-fr-1', queueId: 'support-fr', channel: 'email', language: 'fr-CA', customer: { id: 'c-1' } });
  const row = sup.locator('[data-testid="waiting-contacts"] tr[data-contact="mail-fr-1"]');
  await row.locator('[data-testid="could-take"]', { hasText: /No agent of this queue who speaks .*French is signed in/ }).waitFor();
  t.equal(await queueCell(sup, 'support-fr', 'staffed').textContent(), '0 / 0', 'nobody signed in for the queue');
  t.match(await queueCell(sup, 'support-fr', 'staffed').getAttribute('class'), /warn/, 'flagged while someone waits');

  // bruno signs in: the email rings at him.
  const bruno = await SwitchboardClient.connect({ url, role: 'agent', token: await server.tokens.sign({ role: 'agent', id: 'bruno' }) });
  t.teardown(() => bruno.close());
  const events = new Recorder(bruno);
  await bruno.login({ presence: 'available' });
  await events.next('offer', (o) => o.contact.id === contact.id);
  await row.locator('[data-testid="contact-state"]', { hasText: 'Ringing at bruno' }).waitFor();
  t.equal(await queueCell(sup, 'support-fr', 'ringing').textContent(), '1');
  t.equal(await queueCell(sup, 'support-fr', 'waiting').textContent(), '0');
  t.equal(await queueCell(sup, 'support-fr', 'staffed').textContent(), '0 / 1', 'one signed in, busy with the offer');
  t.match(await row.locator('[data-testid="could-take"]').textContent(), /0 available of 1 signed in/);
  const agentRow = sup.locator('[data-testid="agents"] tr[data-agent="bruno"]');
  t.equal(await agentRow.locator('[data-testid="agent-skills"]').textContent(), 'billing 2');
  t.match(await agentRow.locator('[data-testid="agent-languages"]').textContent(), /French.*English/, 'languages as signed in (fr-CA, en)');
  t.match(await agentRow.locator('[data-testid="agent-contacts"]').textContent(), /mail-fr-1.*ringing/, 'the contact ringing at him');
  await bruno.accept(contact.id);
  // Accepted: no longer ringing; why he got it stays under the contact.
  await agentRow.locator('[data-testid="agent-contacts"]', { hasText: /^mail-fr-1 · Support \(French\)(?! · )/ }).waitFor();
  const whyText = (await agentRow.locator('[data-testid="offer-why"]').textContent()) ?? '';
  t.ok(whyText.length > 0, 'why he got it');
  // A wallboard reloaded (or opened) after the offer still says why: the snapshot carries it.
  await sup.reload();
  await agentRow.locator('[data-testid="offer-why"]').waitFor();
  t.equal(await agentRow.locator('[data-testid="offer-why"]').textContent(), whyText, 'why he got it, after a reload');
  t.equal(await agentRow.locator('[data-testid="agent-state"]').textContent(), 'Busy');
  t.match(await agentRow.locator('[data-testid="agent-since"]').textContent(), /^0:0\d$/, 'time in state');

  // Signing an agent out asks first.
  await agentRow.locator('[data-testid="force-logout"]').click();
  await agentRow.locator('[data-testid="confirm-logout"]', { hasText: 'Sign bruno out?' }).waitFor();
  await agentRow.locator('[data-testid="confirm-no"]').click();
  await agentRow.locator('[data-testid="confirm-logout"]').waitFor({ state: 'detached' });
  t.notOk(events.kinds().includes('agentLoggedOut'), 'cancelled: still signed in');
  await agentRow.locator('[data-testid="force-logout"]').click();
  await agentRow.locator('[data-testid="confirm-yes"]').click();
  await events.next('agentLoggedOut');
  await agentRow.waitFor({ state: 'detached' });
  t.pass('confirmed: signed out, gone from the board');

  // The supervisor signs out: back to the sign-in, without signing in again by itself.
  await sup.locator('[data-testid="sign-out"]').click();
  await sup.locator('[data-testid="sign-in"]').waitFor();
  t.equal(await sup.locator('[data-testid="token"]').inputValue(), '');
  t.equal(await sup.evaluate(() => (globalThis as any).sessionStorage.getItem('switchboard.supervisor.token')), null);
  t.same(problems, [], 'no page error, nothing loaded from elsewhere');
  await sup.close();
});

t.test('web wallboard - in French: an escalation reaches the team lead, labelled, and the escalation queue has a service level', async (t) => {
  const server = await createServer({ config: parseConfig(demoConfig), port: 0, transport: 'ws', tokenSecret: SECRET });
  t.teardown(() => server.close());
  const url = `ws://127.0.0.1:${server.port}`;
  const base = `http://127.0.0.1:${server.port}`;
  const { problems, watch } = watcher();
  const sup = await browser.context.newPage();
  watch(sup, 'supervisor');
  await sup.goto(`${base}/supervisor#token=${await server.tokens.sign({ role: 'supervisor', id: 'sam' })}`);
  await sup.locator('.lang select').selectOption('fr');
  await sup.locator('[data-testid="queues"] tr[data-queue="escalations"] th', { hasText: 'Escalades' }).waitFor();
  t.pass('queue names from the config, in French');

  const dana = await browser.context.newPage();
  watch(dana, 'dana');
  await dana.goto(`${base}/agent#token=${await server.tokens.sign({ role: 'agent', id: 'dana' })}`);
  await dana.locator('[data-testid="go-available"]').click();
  await dana.locator('[data-testid="status"]', { hasText: 'Disponible' }).waitFor();

  // bruno takes a French chat a bot handed over, then escalates it.
  const bruno = await SwitchboardClient.connect({ url, role: 'agent', token: await server.tokens.sign({ role: 'agent', id: 'bruno' }) });
  const ivr = await SwitchboardClient.connect({ url, role: 'integration', token: await server.tokens.sign({ role: 'integration', id: 'bot' }) });
  t.teardown(() => Promise.all([bruno.close(), ivr.close()]));
  const events = new Recorder(bruno);
  await bruno.login({ presence: 'available' });
  const { contact } = await ivr.createContact({
    externalId: 'bot-fr-1',
    queueId: 'support-fr',
    channel: 'chat',
    language: 'fr-CA',
    customer: { id: 'c-fr' },
    handoff: {
      botId: 'bot',
      transcript: [
        { from: 'bot', text: 'Bonjour !' },
        { from: 'customer', text: 'Mon colis est perdu' },
      ],
    },
  });
  await events.next('offer', (o) => o.contact.id === contact.id);
  await bruno.accept(contact.id);
  await bruno.escalate(contact.id, 'complaint', 'Client mécontent');

  const offer = dana.locator('[data-testid="offer"]');
  await offer.waitFor();
  t.match(await offer.textContent(), /Escaladé/, 'the badge says "escalated" (not the verb)');
  t.notMatch(await offer.textContent(), /Escalader/);
  t.match(
    await offer.locator('[data-testid="transferred-by"]').textContent(),
    /Escaladé par bruno : Plainte — Note : Client mécontent/,
    'who, why and the note, before accepting',
  );
  t.match(await offer.textContent(), /File : Escalades/);
  await offer.locator('[data-testid="accept"]').click();
  const card = dana.locator('[data-testid="contact"]');
  await card.waitFor();
  t.match(await card.locator('.transcript').textContent(), /Robot : Bonjour !.*Client : Mon colis est perdu/s, 'transcript speakers in French');

  const esc = sup.locator('[data-testid="queues"] tr[data-queue="escalations"]');
  await esc.locator('[data-testid="answered"]', { hasText: '1' }).waitFor();
  t.match(await esc.locator('[data-testid="sl"]').textContent(), /100 %/, "the escalation queue's service level is measured");
  t.equal(await queueCell(sup, 'support-fr', 'transfers').textContent(), '0 / 1', 'one escalation out of support-fr, no transfer');
  t.same(problems, []);
  await Promise.all([sup.close(), dana.close()]);
});

t.test('web wallboard - the agents\' figures of the day, sortable, and the reasons behind the "no" answers, live', async (t) => {
  const server = await createServer({ config: parseConfig(demoConfig), port: 0, transport: 'uws', tokenSecret: SECRET });
  t.teardown(() => server.close());
  const url = `ws://127.0.0.1:${server.port}`;
  const connect = async (role: 'agent' | 'integration', id: string) => {
    const c = await SwitchboardClient.connect({ url, role, token: await server.tokens.sign({ role, id }) });
    t.teardown(() => c.close());
    return c;
  };
  const ivr = await connect('integration', 'chat');
  const alice = await connect('agent', 'alice');
  const bruno = await connect('agent', 'bruno');
  const offers = { alice: new Recorder(alice), bruno: new Recorder(bruno) };
  /** `agent` takes a chat of support-en and closes it: its id. */
  const handle = async (agent: 'alice' | 'bruno', n: number): Promise<string> => {
    const c = agent === 'alice' ? alice : bruno;
    const { contact } = await ivr.createContact({
      externalId: `chat-${agent}-${n}`,
      queueId: 'support-en',
      channel: 'chat',
      language: 'en',
      customer: { id: `cust-${agent}-${n}` },
    });
    await offers[agent].next('offer', (o) => o.contact.id === contact.id);
    await c.accept(contact.id);
    await c.complete(contact.id);
    await c.finishWrapUp(contact.id, 'resolved');
    return contact.id;
  };
  // Before the board opens: bruno handles one (from the snapshot's figures).
  await bruno.login({ presence: 'available' });
  await handle('bruno', 1);
  await bruno.setPresence('away', 'break');

  const { problems, watch } = watcher();
  const sup = await browser.context.newPage();
  watch(sup, 'supervisor');
  await sup.goto(`http://127.0.0.1:${server.port}/supervisor#token=${await server.tokens.sign({ role: 'supervisor', id: 'sam' })}`);
  await sup.locator('.lang select').selectOption('en');
  const table = sup.locator('[data-testid="agent-figures"]');
  const row = (agent: string) => table.locator(`tr[data-agent="${agent}"]`);
  await row('bruno').locator('[data-testid="fig-handled"]', { hasText: /^1/ }).waitFor();
  t.match(await row('bruno').locator('[data-testid="fig-handled"]').textContent(), /Chat 1/, 'by channel');
  t.match(await row('bruno').locator('[data-testid="fig-aht"]').textContent(), /^\d+:\d\d$/, 'an AHT');
  t.match(await row('bruno').locator('[data-testid="fig-occupancy"]').textContent(), /^\d+ %$/, 'an occupancy');
  t.equal(await row('bruno').locator('[data-testid="fig-fcr"]').textContent(), '100 %');

  // Then, live (agentFiguresChanged): alice handles two; the customers answer the survey.
  await alice.login({ presence: 'available' });
  const a1 = await handle('alice', 1);
  const a2 = await handle('alice', 2);
  await row('alice').locator('[data-testid="fig-handled"]', { hasText: /^2/ }).waitFor();
  t.pass('a row appears for alice as her contacts close');
  await ivr.survey(a1, true);
  await ivr.survey(a2, false, 'too-long');
  await row('alice').locator('[data-testid="fig-no-other"]', { hasText: '1' }).waitFor();
  t.equal(await row('alice').locator('[data-testid="fig-yes"]').textContent(), '1');
  t.equal(await row('alice').locator('[data-testid="fig-no"]').textContent(), '0', 'a "no" about a policy is not held against her');
  t.equal(await row('alice').locator('[data-testid="fig-no-rate"]').textContent(), '0 %');
  const about = sup.locator('[data-testid="no-by-about"] li[data-key="policy"]');
  t.match(await about.textContent(), /A policy.*1 · 100 %/, 'the "no" answers by what they are about');
  t.match(await sup.locator('[data-testid="no-by-reason"] li[data-key="too-long"]').textContent(), /1 · 100 %/, 'and by reason');

  // Sorted by handled, largest first; again for the other way.
  const order = () => table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-agent')));
  t.same(await order(), ['alice', 'bruno'], 'by agent at first');
  await table.locator('button[data-sort="handled"]').click();
  t.same(await order(), ['alice', 'bruno'], 'alice handled more');
  t.equal(await table.locator('th[aria-sort="descending"] button').getAttribute('data-sort'), 'handled');
  await table.locator('button[data-sort="handled"]').click();
  t.same(await order(), ['bruno', 'alice'], 'the other way');

  // In French, the same table.
  await sup.locator('.lang select').selectOption('fr');
  await table.locator('button[data-sort="fcr"]', { hasText: 'Résolution au 1er contact' }).waitFor();
  t.match(await about.textContent(), /Une politique/);
  t.same(problems, []);
  await sup.close();
});
