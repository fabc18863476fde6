import t from 'tap';
import { demoConfig } from '../../src/config/demo.js';
import { parseConfig } from '../../src/config/schema.js';
import { QueueClosedError } from '../../src/core/errors.js';
import { harness } from '../fixtures/router-harness.js';

const at = (iso: string) => Date.parse(iso);
const core = parseConfig(demoConfig).core;

t.test('demo hours - the support queues are open at any hour of a plain day, 3 a.m. included', async (t) => {
  for (const iso of ['2026-12-06T08:00:00Z' /* 03:00 Toronto */, '2026-07-01T16:00:00Z', '2026-03-08T07:30:00Z' /* just after spring-forward */]) {
    const h = harness(core, at(iso));
    for (const q of ['support-en', 'support-fr']) t.equal(h.r.queueHours(q)?.open, true, `${q} at ${iso}`);
    h.create('c1', { queueId: 'support-en', channel: 'chat', language: 'en' });
    t.equal(h.r.contact('c1')?.state, 'waiting');
  }
});

t.test('demo hours - on Christmas Day (Toronto) a call gets a callback at the opening, a chat is refused', async (t) => {
  // 2026-12-25 10:00 in Toronto; opens again 2026-12-26 00:00 EST = 05:00Z.
  const h = harness(core, at('2026-12-25T15:00:00Z'));
  t.same(h.r.queueHours('support-fr'), { open: false, until: at('2026-12-26T05:00:00Z'), reason: 'Christmas Day' });
  t.equal(h.r.queueHours('escalations'), null, 'the escalation queue has no hours');
  h.create('v1', { queueId: 'support-fr', channel: 'voice', language: 'fr-CA' });
  t.match(h.r.contact('v1'), { state: 'scheduled', deadline: at('2026-12-26T05:00:00Z'), callback: { attempts: 0 } });
  t.throws(() => h.create('c1', { queueId: 'support-en', channel: 'chat' }), QueueClosedError);
  // Still 24 December in Toronto at 04:59Z on the 25th: open.
  t.equal(harness(core, at('2026-12-25T04:59:00Z')).r.queueHours('support-en')?.open, true);
});
