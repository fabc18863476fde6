/**
 * The logging module on its own: redaction, the debug event lines, the
 * configuration summary, and the observer fan-out that adds the event log.
 */
import { Writable } from 'node:stream';
import t from 'tap';
import { parseConfig } from '../../src/config/schema.js';
import type { CoreEvent } from '../../src/core/events.js';
import { compileConfig } from '../../src/core/queue-config.js';
import { combineObservers } from '../../src/gateway/observer.js';
import { configSummary, createLogger, eventFields, eventLogObserver } from '../../src/logging/index.js';
import { CountingObserver, testConfig } from '../fixtures/server.js';

function capture(level: 'info' | 'debug' = 'info') {
  let out = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      out += chunk.toString();
      done();
    },
  });
  const log = createLogger({ level, destination: sink });
  return {
    log,
    text: () => out,
    lines: () =>
      out
        .trim()
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as Record<string, any>),
  };
}

t.test('logging - redaction covers every place a token can travel', async (t) => {
  const { log, text, lines: read } = capture();
  const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJl';
  log.info({ req: { headers: { authorization: `Bearer ${jwt}`, 'sec-websocket-protocol': `bearer.${jwt}` }, query: { access_token: jwt } } }, 'request');
  log.info({ headers: { authorization: `Bearer ${jwt}` }, protocols: [`bearer.${jwt}`], token: jwt }, 'upgrade');
  log.info({ config: { tokenSecret: jwt }, tokenSecret: jwt, secret: jwt, client: { token: jwt, accessToken: jwt } }, 'config');
  t.notOk(text().includes(jwt), 'the token is never written');
  const lines = read();
  t.equal(lines[0]!['req'].headers.authorization, '[Redacted]');
  t.equal(lines[0]!['req'].headers['sec-websocket-protocol'], '[Redacted]');
  t.equal(lines[0]!['req'].query.access_token, '[Redacted]');
  t.equal(lines[1]!['protocols'], '[Redacted]');
  t.equal(lines[2]!['config'].tokenSecret, '[Redacted]');
  t.equal(lines[2]!['client'].accessToken, '[Redacted]');
});

t.test('logging - core events at debug: ids and outcomes, no context or notes', async (t) => {
  const created = {
    type: 'contact.created',
    at: 1000,
    redirectedFrom: null,
    contact: { id: 'c-1', queueId: 'sales', channel: 'chat', customer: { id: 'cust-1', tier: 'prime' }, priority: 5, context: { card: '4242' } },
  } as unknown as CoreEvent;
  t.same(eventFields(created), {
    event: 'contact.created',
    contactId: 'c-1',
    queueId: 'sales',
    channel: 'chat',
    tier: 'prime',
    priority: 5,
    redirectedFrom: null,
  });
  const closed = {
    type: 'contact.closed',
    at: 2000,
    contactId: 'c-1',
    agentId: 'alice',
    disposition: 'ok',
    notes: 'card 4242',
    by: 'agent',
  } as unknown as CoreEvent;
  t.same(eventFields(closed), { event: 'contact.closed', contactId: 'c-1', agentId: 'alice', disposition: 'ok', by: 'agent', hasNotes: true });

  const debug = capture('debug');
  eventLogObserver(debug.log).coreEvent(closed);
  t.match(debug.lines(), [{ level: 20, msg: 'contact.closed', contactId: 'c-1' }]);
  t.notOk(debug.text().includes('4242'));
  const info = capture('info');
  eventLogObserver(info.log).coreEvent(closed);
  t.equal(info.text(), '', 'nothing at info');
});

t.test('logging - combined observers each hear everything, in order', async (t) => {
  const a = new CountingObserver();
  const b = new CountingObserver();
  const both = combineObservers(a, b);
  both.connectionOpened('agent');
  both.messageReceived('agent');
  both.messageSent('supervisor');
  both.connectionClosed('agent');
  both.routingDecision(0.0001);
  both.coreEvent({ type: 'agent.logged_out', at: 1, agentId: 'alice' } as unknown as CoreEvent);
  for (const o of [a, b]) {
    t.same([o.count('opened:agent'), o.count('received:agent'), o.count('sent:supervisor'), o.count('closed:agent'), o.decisions], [1, 1, 1, 1, 1]);
    t.same(o.events, ['agent.logged_out']);
  }
  t.equal(combineObservers(a), a, 'one observer is used as is');
});

t.test('logging - the configuration summary shows defaults and no secret', async (t) => {
  const config = parseConfig(testConfig({ tokenSecret: 'do-not-log-this-secret-123' }));
  const summary = configSummary(config, compileConfig(config.core));
  t.match(summary, {
    queues: [
      {
        id: 'sales',
        channels: ['voice', 'chat', 'email'],
        offerTimeoutSeconds: 2,
        wrapUpSeconds: 5,
        serviceLevel: { thresholdSeconds: 20, target: 0.8 },
        levels: 1,
      },
      { id: 'billing', wrapUpSeconds: 0 },
    ],
    tiers: { standard: 0, prime: 60 },
    missedOffersLimit: 3,
    agents: 2,
    allowProfileAtLogin: false,
    gateway: { reconnectGraceSeconds: 1 },
  });
  t.notOk(JSON.stringify(summary).includes('do-not-log-this-secret-123'));
});
