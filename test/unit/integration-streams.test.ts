import t from 'tap';
import { IntegrationStreams } from '../../src/gateway/integration-streams.js';
import { EventFrame } from '../../src/protocol/codec.js';

const frame = (at: number, contactId = 'c') => new EventFrame(at, 'contactAbandoned', { contactId });

t.test('integration streams - each integration numbers its own events from 1', async (t) => {
  const s = new IntegrationStreams({ maxEvents: 100, maxAgeMs: 60_000 }, () => 0);
  t.equal(s.record('ivr', frame(0)), 1);
  t.equal(s.record('mailer', frame(0)), 1);
  t.equal(s.record('ivr', frame(0)), 2);
  const r = s.since('ivr', 0);
  t.ok(r.ok);
  if (r.ok)
    t.same(
      r.events.map((e) => e.seq),
      [1, 2],
    );
  const none = s.since('ivr', 2);
  t.same(none.ok && none.events, [], 'nothing missed');
});

t.test('integration streams - past the count or the age a resume is refused, never partial', async (t) => {
  let now = 0;
  const s = new IntegrationStreams({ maxEvents: 3, maxAgeMs: 1000 }, () => now);
  for (let i = 0; i < 4; i++) s.record('ivr', frame(now));
  t.equal(s.size, 3, 'the count bounds what is kept');
  t.notOk(s.since('ivr', 0).ok, 'event 1 is gone: refused');
  const ok = s.since('ivr', 1);
  t.ok(ok.ok && ok.events.length === 3, 'from 1 on all is there');
  now = 1500;
  s.record('ivr', frame(now));
  const old = s.since('ivr', 3);
  t.notOk(old.ok, 'events older than the age are gone');
  t.match(old.ok ? '' : old.reason, /no longer kept/);
  t.ok(s.since('ivr', 4).ok, 'the newest is still there');
  const ahead = s.since('ivr', 9);
  t.match(ahead.ok ? '' : ahead.reason, /ahead of this stream/);
  t.notOk(s.since('nobody', 3).ok);
  t.ok(s.since('nobody', 0).ok, 'an integration never sent anything has nothing to miss');
});

t.test('integration streams - restore continues the numbering; a hole ends what can be replayed', async (t) => {
  const s = new IntegrationStreams({ maxEvents: 100, maxAgeMs: 60_000 }, () => 0);
  const d = (principal: string, seq: number) => ({ principal, seq, at: 0, kind: 'contactAbandoned', payload: { contactId: `c${seq}` } });
  s.restore({ last: { ivr: 5, mailer: 3, quiet: 7 }, entries: [d('ivr', 2), d('mailer', 1), d('ivr', 4), d('ivr', 5), d('mailer', 2)] });
  t.equal(s.lastOf('ivr'), 5);
  t.equal(s.record('quiet', frame(0)), 8, 'numbering goes on after the stored last');
  t.notOk(s.since('ivr', 2).ok, 'event 3 was lost: no replay across the hole');
  const r = s.since('ivr', 3);
  t.ok(r.ok && r.events.map((e) => e.seq).join() === '4,5', 'after the hole it replays');
  t.notOk(s.since('mailer', 1).ok, 'mailer lost its last event (3): nothing before it can be replayed');
  t.ok(s.since('mailer', 3).ok);
  const payload = r.ok ? r.events[0]!.frame.payload : undefined;
  t.same(payload, { contactId: 'c4' }, 'the stored payload is sent as it was');
});

t.test('integration streams - a replay is the frame as sent, in JSON byte for byte, in protobuf re-encoded the same', async (t) => {
  const s = new IntegrationStreams({ maxEvents: 100, maxAgeMs: 60_000 }, () => 0);
  const live = [
    new EventFrame(1_765_000_000_123, 'contactAccepted', { contactId: 'c-é', agentId: 'alice' }, 'supervisor:bob'),
    new EventFrame(1_765_000_000_456, 'contactAbandoned', { contactId: 'c2' }),
    new EventFrame(7, 'streamOpened', { lastSeq: '12', resumedAfter: '3', replayed: 2 }),
  ];
  for (const f of live) s.record('ivr', f);
  const r = s.since('ivr', 0);
  t.ok(r.ok);
  if (!r.ok) return;
  r.events.forEach((e, i) => {
    const f = live[i]!;
    t.equal(e.frame.numbered(e.seq, 'json').join(), f.numbered(e.seq, 'json').join(), `event ${i + 1}: JSON as sent`);
    t.same(e.frame.numbered(e.seq, 'proto').join(), f.numbered(e.seq, 'proto').join(), `event ${i + 1}: protobuf as a live socket gets it`);
    t.equal(e.frame.kind, f.kind);
  });
});
