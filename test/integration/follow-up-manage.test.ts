/**
 * Follow-ups over real sockets with the real client (both encodings): the
 * agent who scheduled one, a supervisor and the integration of the customer
 * list, cancel and reschedule it, with events that name who did it; anyone
 * else is refused and nothing changes. A voice follow-up that comes due is
 * offered to its agent and the integration is told to dial.
 */
import t from 'tap';
import type { SwitchboardClient } from '../../src/client/index.js';
import type { EventKind, EventPayloads } from '../../src/protocol/messages.js';
import { Recorder } from '../fixtures/recorder.js';
import { refused } from '../fixtures/refused.js';
import { ENCODINGS, startServer } from '../fixtures/server.js';

const DAY = 24 * 3600_000;

const contact = (externalId: string, channel: 'chat' | 'voice', customer: string) => ({
  externalId,
  queueId: 'sales',
  channel,
  language: 'en',
  customer: { id: customer, tier: 'standard' },
});

/** The actor of the next event of `kind` matching `match` (events carry it on the envelope). */
function actorOf<K extends EventKind>(c: SwitchboardClient, kind: K, match: (p: EventPayloads[K]) => boolean): Promise<string | undefined> {
  return new Promise((resolve) => {
    const off = c.on(kind, (p, meta) => {
      if (!match(p)) return;
      off();
      resolve(meta.actor);
    });
  });
}

for (const encoding of ENCODINGS) {
  t.test(`ws/${encoding} - follow-ups: listed, cancelled and rescheduled by who may; refused to others`, async (t) => {
    const s = await startServer('ws', encoding);
    t.teardown(() => s.close());
    const alice = await s.client('agent', 'alice');
    const bob = await s.client('agent', 'bob');
    const ivr = await s.client('integration', 'ivr');
    const other = await s.client('integration', 'crm');
    const sue = await s.client('supervisor', 'sue');
    const aliceEvents = new Recorder(alice);
    const supEvents = new Recorder(sue);
    const ivrEvents = new Recorder(ivr);
    await sue.subscribe();
    await alice.login({ presence: 'available' });
    await bob.login({ presence: 'away' });

    const { contact: c1 } = await ivr.createContact(contact('x-1', 'chat', 'cust-1'));
    await aliceEvents.next('offer', (o) => o.contact.id === c1.id);
    await alice.accept(c1.id);
    const now = Date.now();
    const { contact: f1 } = await alice.scheduleFollowUp(c1.id, now + DAY, 'check the refund');
    const { contact: f2 } = await alice.scheduleFollowUp(c1.id, now + 2 * DAY, 'second look');
    await ivrEvents.next('contactFollowUpScheduled', (p) => p.contact.id === f2.id);

    // listFollowUps: each caller sees what is theirs.
    t.same(
      (await alice.listFollowUps()).map((c) => c.id),
      [f1.id, f2.id],
      'the agent sees hers, soonest first',
    );
    t.match(await alice.listFollowUps({ customerId: 'cust-1' }), [
      { id: f1.id, followUp: { of: c1.id, byAgentId: 'alice', note: 'check the refund' } },
      { id: f2.id },
    ]);
    t.same(await bob.listFollowUps(), [], 'another agent sees none of them');
    await refused(t, 'PERMISSION_DENIED', "an agent listing another's", () => bob.listFollowUps({ agentId: 'alice' }));
    t.same(
      (await ivr.listFollowUps({ customerId: 'cust-1' })).map((c) => c.id),
      [f1.id, f2.id],
      "the customer's integration sees them",
    );
    t.same(await other.listFollowUps(), [], 'another integration sees none');
    t.same(
      (await sue.listFollowUps({ agentId: 'alice' })).map((c) => c.id),
      [f1.id, f2.id],
      'a supervisor sees any',
    );

    // Refusals change nothing.
    await refused(t, 'PERMISSION_DENIED', 'another agent cancels', () => bob.cancelFollowUp(f1.id));
    await refused(t, 'PERMISSION_DENIED', 'another integration reschedules', () => other.rescheduleFollowUp(f1.id, now + 3 * DAY));
    await refused(t, 'INVALID_ARGUMENT', 'a past dueAt', () => alice.rescheduleFollowUp(f1.id, now - 1000));
    await refused(t, 'NOT_FOUND', 'an unknown contact', () => sue.cancelFollowUp('nope'));
    await refused(t, 'FAILED_PRECONDITION', 'a contact that is not a follow-up', () => alice.cancelFollowUp(c1.id));
    t.match(await sue.listFollowUps(), [{ id: f1.id, deadline: now + DAY }, { id: f2.id }], 'both still scheduled as they were');

    // rescheduleFollowUp by the integration, then by the agent.
    const ivrActor = actorOf(sue, 'contactFollowUpRescheduled', (p) => p.contactId === f1.id);
    await ivr.rescheduleFollowUp(f1.id, now + 3 * DAY);
    t.match(await supEvents.next('contactFollowUpRescheduled', (p) => p.contactId === f1.id), { byAgentId: 'alice', dueAt: now + 3 * DAY });
    t.equal(await ivrActor, 'integration:ivr', 'the event names the integration');
    t.match(
      await aliceEvents.next('contactFollowUpRescheduled', (p) => p.contactId === f1.id),
      { dueAt: now + 3 * DAY },
      'the agent who scheduled it hears of it',
    );
    t.match(await ivrEvents.next('contactFollowUpRescheduled', (p) => p.contactId === f1.id), { dueAt: now + 3 * DAY }, 'the integration hears of it');
    await alice.rescheduleFollowUp(f2.id, now + 4 * DAY);
    t.match(await supEvents.next('contactFollowUpRescheduled', (p) => p.contactId === f2.id), { dueAt: now + 4 * DAY });
    t.same(
      (await sue.listFollowUps()).map((c) => [c.id, c.deadline]),
      [
        [f1.id, now + 3 * DAY],
        [f2.id, now + 4 * DAY],
      ],
    );

    // cancelFollowUp by a supervisor, then by the agent.
    const supActor = actorOf(sue, 'contactFollowUpCancelled', (p) => p.contactId === f1.id);
    await sue.cancelFollowUp(f1.id, 'customer called in');
    t.match(await supEvents.next('contactFollowUpCancelled', (p) => p.contactId === f1.id), { byAgentId: 'alice', reason: 'customer called in' });
    t.equal(await supActor, 'supervisor:sue', 'the event names the supervisor');
    await alice.cancelFollowUp(f2.id);
    await ivrEvents.next('contactFollowUpCancelled', (p) => p.contactId === f2.id);
    t.same(await sue.listFollowUps(), [], 'none left');
    await refused(t, 'NOT_FOUND', 'cancelling it again', () => alice.cancelFollowUp(f2.id));
  });

  t.test(`ws/${encoding} - a voice follow-up that comes due is offered to its agent and the integration dials`, async (t) => {
    const s = await startServer('ws', encoding);
    t.teardown(() => s.close());
    const alice = await s.client('agent', 'alice');
    const bob = await s.client('agent', 'bob');
    const ivr = await s.client('integration', 'ivr');
    const aliceEvents = new Recorder(alice);
    const bobEvents = new Recorder(bob);
    const ivrEvents = new Recorder(ivr);
    await alice.login({ presence: 'available' });
    const { contact: call } = await ivr.createContact(contact('call-1', 'voice', 'cust-2'));
    await aliceEvents.next('offer', (o) => o.contact.id === call.id);
    await alice.accept(call.id);
    const { contact: f } = await alice.scheduleFollowUp(call.id, Date.now() + 1500, 'confirm the delivery');
    // bob is idle before alice is free again: without the follow-up's preference he would get it.
    await bob.login({ presence: 'available' });
    await alice.complete(call.id);
    await alice.finishWrapUp(call.id);
    const offer = await aliceEvents.next('offer', (o) => o.contact.id === f.id, 15_000);
    t.match(offer.why, { by: 'preferred', preferred: 'follow-up' });
    t.match(offer.contact, { channel: 'voice', followUp: { of: call.id, byAgentId: 'alice' } }, 'offered to the agent who scheduled it, though bob is free');
    t.notOk(bobEvents.kinds().includes('offer'), 'bob was not offered it');
    await alice.accept(f.id);
    t.match(await ivrEvents.next('contactCallbackDialing', (p) => p.contactId === f.id), { agentId: 'alice', attempt: 1 }, 'the integration is told to dial');
    await ivr.markConnected(f.id);
    await ivr.end(f.id);
    await ivrEvents.next('contactEnded', (p) => p.contactId === f.id);
  });
}
