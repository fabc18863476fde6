/**
 * DESIGN §3.4: the preferred agent is the one named by the integration, else
 * the agent who last served the customer, in whichever queue; on by
 * default, window 0 by default (preferred only when free now); never waited
 * for when they could not take the contact at all; a transfer to a queue
 * keeps the preference, a transfer to an agent replaces it.
 */
import t from 'tap';
import type { CoreConfig } from '../../src/core/index.js';
import { workflowHarness } from '../fixtures/workflow-harness.js';
import { T0 } from '../fixtures/router-harness.js';

const alice = { id: 'alice', tier: 'standard' };

/** Queues without any last-agent setting: the defaults apply. */
const config: CoreConfig = {
  queues: [
    { id: 'sales', channels: ['chat', 'voice'], wrapUpSeconds: 0 },
    { id: 'care', channels: ['chat', 'voice'], wrapUpSeconds: 0 },
    { id: 'waits', channels: ['chat', 'voice'], wrapUpSeconds: 0, preferenceWindowSeconds: 60 },
  ],
};

t.test('last agent - on by default, across queues: the agent who last served the customer takes a new contact when free', async (t) => {
  const h = workflowHarness(config);
  h.login('a1', { queues: ['sales', 'care'] });
  h.login('a2', { queues: ['sales', 'care'] });
  h.create('c1', { queueId: 'sales', customer: alice });
  t.equal(h.holder('c1'), 'a1', 'longest idle');
  h.r.acceptOffer('a1', 'c1');
  h.r.endContact('c1', 'agent');
  h.tick(1_000);
  // a2 is now the longest idle, yet alice's new contact in another queue goes to a1.
  h.create('c2', { queueId: 'care', customer: alice });
  t.match(h.r.contact('c2'), { preferredAgentId: 'a1', preferUntil: null, agentId: 'a1' });
  h.checkRebuild(t);
});

t.test('last agent - window 0 by default: a busy last agent is not waited for', async (t) => {
  const h = workflowHarness(config);
  h.login('a1', { queues: ['sales'] });
  h.login('a2', { queues: ['sales'] }, { presence: 'away' });
  h.create('c1', { queueId: 'sales', customer: alice });
  h.r.acceptOffer('a1', 'c1');
  h.r.endContact('c1', 'agent');
  h.create('busy', { queueId: 'sales' });
  t.equal(h.holder('busy'), 'a1');
  h.r.setPresence('a2', 'available');
  h.create('c2', { queueId: 'sales', customer: alice });
  t.match(h.r.contact('c2'), { preferredAgentId: 'a1', preferUntil: null, agentId: 'a2' });
});

t.test('last agent - with a window, waited for only when they could take the contact at all', async (t) => {
  const h = workflowHarness(config);
  h.login('a1', { queues: ['sales', 'waits'], languages: ['en'] });
  h.login('a2', { queues: ['waits'], languages: ['en', 'fr'] }, { presence: 'away' });
  h.create('c1', { queueId: 'sales', customer: alice });
  h.r.acceptOffer('a1', 'c1');
  h.r.endContact('c1', 'agent');
  h.create('busy', { queueId: 'sales' });
  t.equal(h.holder('busy'), 'a1');
  h.r.setPresence('a2', 'available');
  h.create('c2', { queueId: 'waits', customer: alice });
  t.match(h.r.contact('c2'), { preferredAgentId: 'a1', preferUntil: T0 + 60_000, state: 'waiting' }, 'a1 serves waits: reserved');
  // a1 speaks no French: a French contact of alice is not held for a1.
  h.create('c3', { queueId: 'waits', customer: alice, language: 'fr' });
  t.match(h.r.contact('c3'), { preferredAgentId: 'a1', preferUntil: null, agentId: 'a2' });
  // Nor is a call, for which a1 has no slot.
  h.login('a3', { queues: ['waits'], capacity: { voice: 1 } });
  h.create('c4', { queueId: 'waits', customer: alice, channel: 'voice' });
  t.match(h.r.contact('c4'), { preferUntil: null, agentId: 'a3' });
  h.checkRebuild(t);
});

t.test('last agent - lastAgentRouting: false turns it off', async (t) => {
  const h = workflowHarness({ queues: [{ id: 'q', channels: ['chat'], wrapUpSeconds: 0, lastAgentRouting: false }] });
  h.login('a1', {});
  h.create('c1', { customer: alice });
  h.r.acceptOffer('a1', 'c1');
  h.r.endContact('c1', 'agent');
  h.create('c2', { customer: alice });
  t.match(h.r.contact('c2'), { preferredAgentId: null });
});

t.test('last agent - a transfer to a queue keeps the preference; a transfer to an agent replaces it', async (t) => {
  const h = workflowHarness(config);
  h.login('last', { queues: ['sales', 'care', 'waits'] });
  h.login('a1', { queues: ['sales', 'care', 'waits'] }, { presence: 'away' });
  h.login('a2', { queues: ['sales', 'care', 'waits'] }, { presence: 'away' });
  h.create('c0', { queueId: 'sales', customer: alice });
  h.r.acceptOffer('last', 'c0');
  h.r.endContact('c0', 'agent');
  h.r.setPresence('last', 'away');
  h.r.setPresence('a1', 'available');
  h.create('c1', { queueId: 'sales', customer: alice });
  t.match(h.r.contact('c1'), { preferredAgentId: 'last', agentId: 'a1' });
  h.r.acceptOffer('a1', 'c1');
  // To a queue with a window: still prefers 'last', and waits for them.
  h.r.transferContact('a1', 'c1', { queueId: 'waits' });
  t.match(h.r.contact('c1'), { preferredAgentId: 'last', preferUntil: T0 + 60_000, state: 'waiting' });
  h.r.setPresence('last', 'available');
  t.equal(h.holder('c1'), 'last');
  h.r.acceptOffer('last', 'c1');
  // To a named agent: the preference is theirs now.
  h.r.transferContact('last', 'c1', { queueId: 'care', agentId: 'a2' });
  t.match(h.r.contact('c1'), { preferredAgentId: 'a2', preferUntil: T0 + 60_000 });
  h.checkRebuild(t);
});

t.test('last agent - never waited for when it is the agent handing the contact on', async (t) => {
  const h = workflowHarness(config);
  h.login('a1', { queues: ['sales', 'waits'] });
  h.create('c0', { queueId: 'sales', customer: alice });
  h.r.acceptOffer('a1', 'c0');
  h.r.endContact('c0', 'agent');
  h.create('c1', { queueId: 'sales', customer: alice });
  h.r.acceptOffer('a1', 'c1');
  h.login('a2', { queues: ['waits'] });
  h.r.transferContact('a1', 'c1', { queueId: 'waits' });
  t.match(h.r.contact('c1'), { preferredAgentId: 'a1', preferUntil: null, agentId: 'a2' });
});
