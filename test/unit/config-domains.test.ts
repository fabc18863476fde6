import t from 'tap';
import { domainConfig, routingDomains } from '../../src/config/domain-config.js';
import { ConfigError, parseConfig } from '../../src/config/schema.js';
import { demoConfig } from '../../src/config/demo.js';

const agent = (...queues: string[]) => ({ languages: ['en'], capacity: { chat: 1 }, queues });
const q = (id: string, extra: Record<string, unknown> = {}) => ({ id, channels: ['chat'], ...extra });

t.test('domains - one group is the domain default, and its configuration is unchanged', async (t) => {
  const c = parseConfig({ queues: [q('sales'), q('support')], agents: { ann: agent('sales', 'support') } });
  t.same(routingDomains(c), [{ id: 'default', queues: ['sales', 'support'], agents: ['ann'] }]);
  t.equal(domainConfig(c, 'default'), c, 'the same object: nothing changes for a single domain');
  const demo = parseConfig(demoConfig);
  t.same(
    routingDomains(demo).map((d) => d.id),
    ['default'],
    'the demo is one domain',
  );
  const lone = parseConfig({ queues: [q('sales')] });
  t.same(routingDomains(lone), [{ id: 'default', queues: ['sales'], agents: [] }]);
});

t.test('domains - queues linked by agents and overflows form one group; groups are named by their lowest queue', async (t) => {
  const c = parseConfig({
    queues: [
      q('sales'),
      q('sales-vip', { whenFullOverflowTo: 'sales' }),
      q('support', { steps: [{ afterSeconds: 30, overflowTo: ['support-2'] }] }),
      q('support-2'),
      q('tier2', { channels: ['chat'] }),
      q('billing', { escalateTo: 'tier2' }),
      q('lonely'),
    ],
    agents: { ann: agent('sales'), bob: agent('support'), cid: agent('support-2', 'sales-vip'), dee: agent('tier2') },
  });
  t.same(routingDomains(c), [
    { id: 'billing', queues: ['tier2', 'billing'], agents: ['dee'] },
    { id: 'lonely', queues: ['lonely'], agents: [] },
    { id: 'sales', queues: ['sales', 'sales-vip', 'support', 'support-2'], agents: ['ann', 'bob', 'cid'] },
  ]);
  const billing = domainConfig(c, 'billing');
  t.same(
    billing.core.queues.map((x) => x.id),
    ['tier2', 'billing'],
  );
  t.same([...billing.agents.keys()], ['dee']);
  t.throws(() => domainConfig(c, 'nowhere'), /no routing domain "nowhere" \(the domains are billing, lonely, sales\)/);
});

t.test('domains - redirects and voicemails link queues too', async (t) => {
  const c = parseConfig({
    queues: [
      q('day', { channels: ['voice'], hours: { timeZone: 'UTC', weekly: { mon: ['09:00-17:00'] }, whenClosed: { action: 'redirect', queueId: 'night' } } }),
      q('night', { channels: ['voice'] }),
      q('line', { channels: ['voice'], maxWait: { afterSeconds: 60, action: 'voicemail', queueId: 'mail' } }),
      q('mail', { channels: ['email'] }),
    ],
  });
  t.same(
    routingDomains(c).map((d) => d.queues),
    [
      ['day', 'night'],
      ['line', 'mail'],
    ],
  );
});

t.test('domains - named domains split the floor; a bot hand-off rule stays in its domain', async (t) => {
  const c = parseConfig({
    queues: [q('sales'), q('support'), q('bots')],
    agents: { ann: agent('sales'), bob: agent('support') },
    domains: { east: { queues: ['sales', 'bots'] }, west: { queues: ['support'] } },
    botHandoff: { queueId: 'sales', intents: { help: { queueId: 'support', priority: 1 } } },
  });
  t.same(routingDomains(c), [
    { id: 'east', queues: ['sales', 'bots'], agents: ['ann'] },
    { id: 'west', queues: ['support'], agents: ['bob'] },
  ]);
  const west = domainConfig(c, 'west');
  t.same(west.core.botHandoff, { intents: { help: { queueId: 'support', priority: 1 } } }, 'the default rule named a queue of east');
  const east = domainConfig(c, 'east');
  t.same(east.core.botHandoff, { queueId: 'sales', intents: { help: { priority: 1 } } });
  t.same(
    parseConfig({ queues: [q('a'), q('b')], agents: { ann: agent('a', 'b') }, domains: { one: { queues: ['a', 'b'] } } }).core.queues.length,
    2,
    'one named domain may hold linked queues',
  );
});

t.test('domains - an agent serving two named domains is refused, naming the agent and both domains', async (t) => {
  const input = {
    queues: [q('sales'), q('support')],
    agents: { ann: agent('sales'), bob: agent('sales', 'support') },
    domains: { east: { queues: ['sales'] }, west: { queues: ['support'] } },
  };
  const e = t.throws(() => parseConfig(input)) as ConfigError;
  t.type(e, ConfigError);
  t.match(e.problems, [
    /agents\.bob\.queues: agent bob serves queues of domains east \(queue sales\) and west \(queue support\); an agent serves one routing domain/,
  ]);
  t.equal(e.problems.length, 1, 'ann is fine');
});

t.test('domains - named domains must cover every queue once and keep contacts inside', async (t) => {
  const problems = (input: unknown) => {
    try {
      parseConfig(input);
    } catch (e) {
      return (e as ConfigError).problems;
    }
    return [];
  };
  t.match(problems({ queues: [q('a'), q('b')], domains: { one: { queues: ['a'] } } }), [/queues\[b\]\.id: queue b is in none of the named domains \(one\)/]);
  t.match(problems({ queues: [q('a')], domains: { one: { queues: ['a', 'zz'] } } }), [/domains\.one\.queues\.1: unknown queue "zz"/]);
  t.match(problems({ queues: [q('a')], domains: { one: { queues: ['a'] }, two: { queues: ['a'] } } }), [
    /domains\.two\.queues\.0: queue a is already in domain one/,
  ]);
  t.match(problems({ queues: [q('a')], domains: { one: { queues: [] } } }), [/domains\.one\.queues/]);
  t.match(problems({ queues: [q('a')], domains: { 'not{ok}': { queues: ['a'] } } }), [/domains/], 'a name that would break the hash tag');
  t.match(
    problems({
      queues: [q('a', { steps: [{ afterSeconds: 10, overflowTo: ['b'] }], escalateTo: 'b' }), q('b')],
      domains: { one: { queues: ['a'] }, two: { queues: ['b'] } },
    }),
    [
      /queues\[a\]\.steps\.0\.overflowTo\.0: queue a \(domain one\) overflows to queue b of domain two; a contact stays in its routing domain/,
      /queues\[a\]\.escalateTo: queue a \(domain one\) escalates to queue b of domain two/,
    ],
  );
});
