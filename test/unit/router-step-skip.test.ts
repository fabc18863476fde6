/**
 * Skips (DESIGN §3.3 "skip when nobody can serve it") meeting a queue's
 * maximum wait at one instant (issue 21): the maximum wait's action comes
 * first, and a call it turns into a callback keeps waiting, so the skips
 * then apply to it like to any waiting contact (docs/routing.md, Maximum
 * wait). Found by the property tests (seed -1719723760).
 */
import t from 'tap';
import type { CoreConfig } from '../../src/core/index.js';
import { ofType, T0 } from '../fixtures/router-harness.js';
import { workflowHarness } from '../fixtures/workflow-harness.js';

t.test('step skip - a call turned into a callback at its step’s instant skips the unserved step at once', async (t) => {
  const h = workflowHarness({
    queues: [
      {
        id: 'sales',
        channels: ['voice'],
        maxWait: { afterSeconds: 10, action: 'callback' },
        steps: [
          { afterSeconds: 10, skipIfUnserved: true },
          { afterSeconds: 60, overflowTo: ['general'] },
        ],
      },
      { id: 'general', channels: ['voice'] },
    ],
  } as CoreConfig);
  h.login('gus', { queues: ['general'], capacity: { voice: 1 } });
  h.create('v1', { channel: 'voice' });
  t.equal(h.r.contact('v1')?.step, 0, 'level 0 is not marked: it waits for a sales agent');
  h.events();
  h.tick(10_000);
  const events = h.events();
  t.same(
    events.map((e) => e.type),
    ['contact.step_changed', 'contact.callback_requested', 'contact.step_changed', 'contact.offered'],
    'the step, the maximum wait (armed right after it), the skip, then matching',
  );
  t.same(
    ofType(events, 'contact.step_changed').map((e) => [e.at, e.step, e.skipped]),
    [
      [T0 + 10_000, 1, false],
      [T0 + 10_000, 2, true],
    ],
    'no sales agent is logged in: step 1 is skipped at once',
  );
  t.match(h.r.contact('v1'), { step: 2, state: 'offered', agentId: 'gus', callback: { number: null, requestedAt: T0 + 10_000 } });
  h.checkRebuild(t);
});

t.test('step skip - the property counterexample: the skip is not left for a later logout to find', async (t) => {
  // The shrunk scenario: an away agent who cannot take the call (language, no slots) logs out
  // at the instant of the step and the limit. The contact reaches step 2 when the step fires,
  // so the logout (which re-checks only the classes it empties) has nothing left to skip.
  const h = workflowHarness({
    queues: [
      {
        id: 'q0',
        channels: ['voice', 'chat', 'email', 'social'],
        maxWait: { afterSeconds: 10, action: 'callback' },
        steps: [{ afterSeconds: 10, skipIfUnserved: true }, { afterSeconds: 11 }],
      },
    ],
  } as CoreConfig);
  h.login('a1', { languages: ['fr-ca'], capacity: { voice: 0, chat: 0, email: 0 } }, { presence: 'away' });
  h.create('c1', { channel: 'voice' });
  h.clock.advance(10_000);
  h.events();
  h.r.logoutAgent('a1');
  t.same(
    h.events().map((e) => (e.type === 'contact.step_changed' ? `${e.type}:${e.step}` : e.type)),
    ['contact.step_changed:1', 'contact.callback_requested', 'contact.step_changed:2', 'agent.logged_out'],
    'the deadlines due first, skips included, then the logout',
  );
  t.match(h.r.contact('c1'), { step: 2, state: 'waiting', deadline: null });
  t.equal(h.r.nextDeadline(), undefined, 'the last level, and a callback has no limit');
  h.checkRebuild(t);
});
