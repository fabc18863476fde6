import t from 'tap';
import { compileConfig } from '../../src/core/index.js';
import { ConfigError, parseConfig } from '../../src/config/schema.js';

const full = {
  queues: [
    {
      id: 'sales',
      channels: ['voice', 'chat'],
      wrapUpMode: 'timed-strict',
      dispositions: ['resolved', 'refund'],
      lastAgentRouting: true,
      transferWindowSeconds: 45,
      escalateTo: 'tier2',
      callbackRetrySeconds: 90,
      callbackMaxAttempts: 4,
      followUpWindowSeconds: 120,
    },
    { id: 'tier2', channels: ['voice', 'chat'] },
  ],
  history: { perCustomer: 5, maxEntries: 1000, fcrWindowSeconds: 3600 },
  botHandoff: { queueId: 'sales', priority: 2, intents: { cancel: { queueId: 'tier2', priority: 1 } } },
  survey: { reasons: ['slow', 'wrong'], keepCompleted: 50 },
};

t.test('config - every workflow setting passes the file schema and reaches the core', async (t) => {
  const c = compileConfig(parseConfig(full).core);
  t.match(c.queues.get('sales' as never), {
    wrapUpMode: 'timed-strict',
    lastAgentRouting: true,
    transferWindowMs: 45_000,
    escalateTo: 'tier2',
    callbackRetryMs: 90_000,
    callbackMaxAttempts: 4,
    followUpWindowMs: 120_000,
  });
  t.same([...c.queues.get('sales' as never)!.dispositions!], ['resolved', 'refund']);
  t.match(c.history, { perCustomer: 5, maxEntries: 1000, fcrWindowMs: 3_600_000, memoryWindowMs: 3_600_000 });
  t.same(c.botHandoff.byDefault, { queueId: 'sales', priority: 2 });
  t.same(c.botHandoff.byIntent.get('cancel'), { queueId: 'tier2', priority: 1 });
  t.same([...c.survey.reasons.keys()], ['slow', 'wrong']);
  t.equal(c.survey.keepCompleted, 50);
});

t.test('config - defaults of the workflows', async (t) => {
  const c = compileConfig(parseConfig({ queues: [{ id: 'q', channels: ['chat'] }] }).core);
  t.match(c.queues.get('q' as never), {
    wrapUpMode: 'timed',
    dispositions: null,
    lastAgentRouting: true,
    transferWindowMs: 60_000,
    escalateTo: null,
    callbackRetryMs: 120_000,
    callbackMaxAttempts: 3,
    followUpWindowMs: 600_000,
  });
  t.same(c.history, {
    perCustomer: 10,
    maxEntries: Infinity,
    fcrWindowMs: 7 * 24 * 3_600_000,
    memoryWindowMs: 7 * 24 * 3_600_000,
    maxBytes: 1.5 * 1024 ** 3,
    notesMaxBytes: 256 * 1024 ** 2,
  });
  t.equal(c.survey.keepCompleted, Infinity, 'surveys are bounded by time (and bytes), not by a count');
  t.equal(c.survey.windowMs, 7 * 24 * 3_600_000);
  t.equal(c.survey.memoryWindowMs, 7 * 24 * 3_600_000, 'the core keeps the whole survey window unless told otherwise');
});

t.test('config - bad workflow settings are refused with the field named', async (t) => {
  const bad = (patch: Record<string, unknown>, field: RegExp) => {
    let caught: unknown;
    try {
      parseConfig({ ...full, ...patch });
    } catch (e) {
      caught = e;
    }
    t.ok(caught instanceof ConfigError && field.test(caught.message), `${JSON.stringify(patch)}: ${String(caught)}`);
  };
  bad({ queues: [{ ...full.queues[0], escalateTo: 'nowhere' }, full.queues[1]] }, /escalateTo/);
  bad({ queues: [{ ...full.queues[0], wrapUpMode: 'never' }, full.queues[1]] }, /wrapUpMode/);
  bad({ queues: [{ ...full.queues[0], callbackMaxAttempts: 0 }, full.queues[1]] }, /callbackMaxAttempts/);
  bad({ botHandoff: { intents: { x: { queueId: 'nowhere' } } } }, /botHandoff/);
  bad({ survey: { reasons: [] } }, /survey/);
  bad({ history: { perCustomer: -1 } }, /history/);
});
