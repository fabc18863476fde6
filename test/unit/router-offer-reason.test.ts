/**
 * Issue 21: every offer says why its agent got it: the preferred agent (and
 * why preferred), or the queue's strategy and the figure that decided; the
 * level in force; the overflow queue. On the wire (JSON and protobuf) and in
 * the debug log line.
 */
import t from 'tap';
import type { CoreConfig, CoreEvent } from '../../src/core/index.js';
import { eventFields } from '../../src/logging/event-log.js';
import { EventFrame, decodeServerMessage } from '../../src/protocol/codec.js';
import { eventPayload } from '../../src/protocol/convert.js';
import { harness, ofType, T0 } from '../fixtures/router-harness.js';
import { workflowHarness } from '../fixtures/workflow-harness.js';

const whyOf = (events: CoreEvent[], contactId: string) => ofType(events, 'contact.offered').find((e) => e.contactId === contactId)?.why;

t.test('offer reason - longest idle: the time the agent has been idle since', async (t) => {
  const h = harness({ queues: [{ id: 'q', channels: ['chat'] }] });
  h.login('a1', {});
  h.tick(5_000);
  h.login('a2', {});
  h.create('c1');
  t.same(whyOf(h.events(), 'c1'), { by: 'longest-idle', preferred: null, value: T0, step: 0, overflow: null });
});

t.test('offer reason - most skilled, least occupied, round robin: the figure that decided', async (t) => {
  const ms = harness({ queues: [{ id: 'q', channels: ['chat'], strategy: 'most-skilled', skills: { tech: 1 } }] });
  ms.login('a1', { skills: { tech: 2, billing: 4 } });
  ms.login('a2', { skills: { tech: 5 } });
  ms.create('c1', { skills: { billing: 1 } });
  t.match(whyOf(ms.events(), 'c1'), { by: 'most-skilled', value: 6 }, 'billing 4 + tech 2');

  const lo = harness({ queues: [{ id: 'q', channels: ['chat'], strategy: 'least-occupied' }] });
  lo.login('a1', { capacity: { chat: 4 } });
  lo.create('c1');
  lo.create('c2');
  t.match(whyOf(lo.events(), 'c2'), { by: 'least-occupied', value: 0.25 }, 'one of four slots in use before the offer');

  const rr = harness({ queues: [{ id: 'q', channels: ['chat'], strategy: 'round-robin' }] });
  rr.login('a1', {});
  rr.login('a2', {});
  rr.create('c1');
  rr.create('c2');
  const events = rr.events();
  t.match(whyOf(events, 'c1'), { by: 'round-robin', value: 1 });
  t.match(whyOf(events, 'c2'), { by: 'round-robin', value: 2 });
});

t.test('offer reason - the preferred agent and why preferred', async (t) => {
  const config: CoreConfig = { queues: [{ id: 'q', channels: ['chat'], wrapUpSeconds: 0 }] };
  const h = workflowHarness(config);
  h.login('a1', {});
  h.login('a2', {}, { presence: 'away' });
  h.create('c1', { preferredAgentId: 'a1', customer: { id: 'alice', tier: 'standard' } });
  t.same(whyOf(h.events(), 'c1'), { by: 'preferred', preferred: 'integration', value: null, step: 0, overflow: null });
  h.r.acceptOffer('a1', 'c1');
  h.r.endContact('c1', 'agent');
  h.create('c2', { customer: { id: 'alice', tier: 'standard' } });
  t.match(whyOf(h.events(), 'c2'), { by: 'preferred', preferred: 'last-agent' });
  h.r.acceptOffer('a1', 'c2');
  h.r.setPresence('a2', 'available');
  h.r.transferContact('a1', 'c2', { agentId: 'a2' });
  t.match(whyOf(h.events(), 'c2'), { by: 'preferred', preferred: 'transfer' });
  h.r.acceptOffer('a2', 'c2');
  h.r.scheduleFollowUp('a2', 'c2', { id: 'f1', dueAt: T0 + 60_000, note: 'check' });
  h.r.endContact('c2', 'agent');
  h.tick(60_000);
  t.match(whyOf(h.events(), 'f1'), { by: 'preferred', preferred: 'follow-up' });
  h.checkRebuild(t);
});

t.test('offer reason - the step in force and the overflow queue', async (t) => {
  const h = harness({
    queues: [
      { id: 'billing', channels: ['chat'], skills: { billing: 3 }, steps: [{ afterSeconds: 60, overflowTo: ['general'] }] },
      { id: 'general', channels: ['chat'] },
    ],
  });
  h.login('g', { queues: ['general'] });
  h.create('c1', { queueId: 'billing' });
  h.tick(60_000);
  t.same(whyOf(h.events(), 'c1'), { by: 'longest-idle', preferred: null, value: T0, step: 1, overflow: 'general' });
  h.login('b', { queues: ['billing', 'general'], skills: { billing: 3 } });
  h.create('c2', { queueId: 'billing' });
  t.match(whyOf(h.events(), 'c2'), { step: 0, overflow: null }, 'an agent of the queue itself takes it there');
});

t.test('offer reason - on the wire (JSON, protobuf) and in the debug log line', async (t) => {
  const h = harness({ queues: [{ id: 'q', channels: ['chat'] }] });
  h.login('a1', {});
  h.create('c1');
  const offered = ofType(h.events(), 'contact.offered')[0]!;
  const { kind, payload } = eventPayload(offered);
  t.same(payload, { contactId: 'c1', agentId: 'a1', expiresAt: T0 + 20_000, why: { by: 'longest-idle', value: T0, step: 0 } }, 'nulls left out');
  const frame = new EventFrame(offered.at, kind, payload);
  const decoded = decodeServerMessage(frame.encode(1, 'proto') as Uint8Array, true) as { event: { contactOffered: unknown } };
  t.match(decoded.event.contactOffered, { contactId: 'c1', why: { by: 'longest-idle', value: T0 } });
  t.match(JSON.parse(frame.encode(1, 'json') as string), { event: { contactOffered: { why: { by: 'longest-idle' } } } });
  t.match(eventFields(offered), { event: 'contact.offered', why: { by: 'longest-idle', value: T0, step: 0 } });
});
