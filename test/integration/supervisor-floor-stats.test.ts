/**
 * The supervisor snapshot carries the day's counts: a supervisor who
 * connects after some activity (answers, an abandon, a transfer, an
 * escalation, a callback, a survey "no") finds them in its snapshot, over
 * real sockets with the SDK, on both transports and in both encodings
 * (protobuf leaves zeros out: absent means 0).
 */
import t from 'tap';
import type { QueueCountersMsg } from '../../src/protocol/messages.js';
import { Recorder } from '../fixtures/recorder.js';
import { ENCODINGS, startServer, testConfig, TRANSPORTS } from '../fixtures/server.js';

/** Counts with absent fields as 0, without the queue id. */
const counts = (q: QueueCountersMsg | undefined) => ({
  answered: q?.answered ?? 0,
  answeredInSl: q?.answeredInSl ?? 0,
  abandoned: q?.abandoned ?? 0,
  transfers: q?.transfers ?? 0,
  escalations: q?.escalations ?? 0,
  callbacksScheduled: q?.callbacksScheduled ?? 0,
  followUpsScheduled: q?.followUpsScheduled ?? 0,
});

const config = testConfig({
  queues: [
    {
      id: 'sales',
      channels: ['voice', 'chat', 'email'],
      offerTimeoutSeconds: 30,
      wrapUpSeconds: 5,
      serviceLevel: { thresholdSeconds: 20, target: 0.8 },
      escalateTo: 'billing',
    },
    { id: 'billing', channels: ['voice', 'chat'], offerTimeoutSeconds: 30, wrapUpSeconds: 0 },
  ],
  survey: { reasons: ['too-long', 'other'] },
});

for (const transport of TRANSPORTS) {
  for (const encoding of ENCODINGS) {
    t.test(`${transport}/${encoding} - supervisor snapshot: the counts of the day, for a supervisor who connects late`, async (t) => {
      const s = await startServer(transport, encoding, config);
      t.teardown(() => s.close());
      const startedAt = Date.now();
      const alice = await s.client('agent', 'alice');
      const offers = new Recorder(alice);
      await alice.login({ presence: 'available' });
      const ivr = await s.client('integration', 'ivr');
      const chat = (externalId: string) =>
        ivr.createContact({ externalId, queueId: 'sales', channel: 'chat', language: 'en', customer: { id: `cust-${externalId}` } });

      // Two chats answered (alice takes two at a time), a third abandoned while it waits.
      const c1 = (await chat('c1')).contact.id;
      const c2 = (await chat('c2')).contact.id;
      const c3 = (await chat('c3')).contact.id;
      await offers.next('offer', (p) => p.contact.id === c1);
      await offers.next('offer', (p) => p.contact.id === c2);
      await alice.accept(c1);
      await alice.accept(c2);
      await ivr.abandon(c3);
      // One transferred to billing, one escalated; a billing caller (nobody serves billing) asks for a callback.
      await alice.transfer(c1, { queueId: 'billing', notes: 'billing question' });
      await alice.escalate(c2, 'complaint');
      const v1 = (await ivr.createContact({ externalId: 'v1', queueId: 'billing', channel: 'voice', language: 'en', customer: { id: 'cust-v1' } })).contact.id;
      await ivr.requestCallback(v1);
      // A chat answered, completed, then surveyed "no".
      const c4 = (await chat('c4')).contact.id;
      await offers.next('offer', (p) => p.contact.id === c4);
      await alice.accept(c4);
      await alice.complete(c4);
      await alice.finishWrapUp(c4);
      await ivr.survey(c4, false, 'too-long');

      const sup = await s.client('supervisor', 'sam');
      const snap = await sup.subscribe();
      const f = snap.floorStats;
      t.ok(f !== undefined, 'the snapshot carries the counts');
      t.ok(f!.since >= startedAt - 1000 && f!.since <= Date.now(), 'since the server started (mid-day)');
      t.ok(f!.resetsAt !== undefined && f!.resetsAt > f!.since && f!.resetsAt <= f!.since + 25 * 3600_000, 'starting over at the next midnight');
      t.same(
        f!.queues?.map((q) => q.queueId),
        ['sales', 'billing'],
        'every queue',
      );
      const sales = f!.queues?.find((q) => q.queueId === 'sales');
      t.same(counts(sales), { answered: 3, answeredInSl: 3, abandoned: 1, transfers: 1, escalations: 1, callbacksScheduled: 0, followUpsScheduled: 0 });
      t.ok((sales?.answerWaitMs ?? 0) >= 0 && (sales?.answerWaitMs ?? 0) < 3 * 20_000, 'the total answer wait, for the ASA');
      t.same(
        counts(f!.queues?.find((q) => q.queueId === 'billing')),
        { ...counts(undefined), callbacksScheduled: 1 },
        'nothing answered in billing yet; one callback',
      );
      t.same(
        snap.surveyCounters?.map((a) => ({ agentId: a.agentId, yes: a.yes ?? 0, no: a.no ?? 0, noReasons: a.noReasons ?? {} })),
        [{ agentId: 'alice', yes: 0, no: 1, noReasons: { 'too-long': 1 } }],
        'survey answers per agent, with the reasons of each "no" (in the pages)',
      );
      t.same(
        snap.agentSurveys?.map((a) => [a.agentId, a.yes ?? 0, a.no ?? 0]),
        [['alice', 0, 1]],
        'the totals as before',
      );

      // The live stream goes on from there: a second supervisor sees the next answer counted.
      const c5 = (await chat('c5')).contact.id;
      await offers.next('offer', (p) => p.contact.id === c5);
      await alice.accept(c5);
      const later = await (await s.client('supervisor', 'sue')).subscribe();
      t.equal(later.floorStats?.queues?.find((q) => q.queueId === 'sales')?.answered, 4, 'and the server keeps counting');
    });
  }
}
