/**
 * The configuration of what the web pages offer and count: away and
 * escalation reasons (served in /web/config.json, the current lists by
 * default) and the start of the wallboard's day.
 */
import t from 'tap';
import { DEFAULT_AWAY_REASONS, DEFAULT_ESCALATION_REASONS } from '../../src/config/reason-codes.js';
import { ConfigError, parseConfig } from '../../src/config/schema.js';
import { siteInfoOf } from '../../src/web/site-info.js';
import { testConfig } from '../fixtures/server.js';

t.test('config - reason lists and day start: defaults', async (t) => {
  const c = parseConfig(testConfig());
  t.same(c.awayReasons, DEFAULT_AWAY_REASONS);
  t.same(c.escalationReasons, DEFAULT_ESCALATION_REASONS);
  t.same(c.floorStats, { dayStartsAt: '00:00' }, 'the counts start over at midnight');
  const info = siteInfoOf(c);
  t.same(info.awayReasons, DEFAULT_AWAY_REASONS, 'served to the pages');
  t.same(info.escalationReasons, DEFAULT_ESCALATION_REASONS);
});

t.test('config - reason lists and day start: given', async (t) => {
  const c = parseConfig(testConfig({ awayReasons: ['break', 'jury-duty'], escalationReasons: ['fraud'], floorStats: { dayStartsAt: '06:30' } }));
  t.same(siteInfoOf(c).awayReasons, ['break', 'jury-duty']);
  t.same(siteInfoOf(c).escalationReasons, ['fraud']);
  t.equal(c.floorStats.dayStartsAt, '06:30');
  t.equal(parseConfig(testConfig({ floorStats: { dayStartsAt: null } })).floorStats.dayStartsAt, null, 'null: never start over');
});

t.test('config - reason lists and day start: refused with the field named', async (t) => {
  const bad = (overrides: Record<string, unknown>, field: RegExp) => {
    t.throws(() => parseConfig(testConfig(overrides)), ConfigError);
    try {
      parseConfig(testConfig(overrides));
    } catch (e) {
      t.match((e as ConfigError).message, field);
    }
  };
  bad({ awayReasons: [] }, /awayReasons/);
  bad({ escalationReasons: ['not an id!'] }, /escalationReasons\.0/);
  bad({ floorStats: { dayStartsAt: '24:00' } }, /floorStats\.dayStartsAt: must be a time of day HH:MM/);
  bad({ floorStats: { dayStartsAt: '6:00' } }, /floorStats\.dayStartsAt/);
  bad({ floorStats: { resetAt: '06:00' } }, /floorStats/);
});

t.test('config - labels per UI language for queues and reason codes', async (t) => {
  const base = testConfig() as { queues: Record<string, unknown>[] };
  const c = parseConfig({
    ...base,
    queues: base.queues.map((q) => (q['id'] === 'sales' ? { ...q, name: 'Sales', labels: { fr: 'Ventes', 'fr-CA': 'Ventes (Québec)' } } : q)),
    reasonLabels: { 'jury-duty': { en: 'Jury duty', fr: 'Juré' } },
  });
  t.same(Object.fromEntries(c.queueLabels), { sales: { fr: 'Ventes', 'fr-CA': 'Ventes (Québec)' } });
  t.same(c.reasonLabels, { 'jury-duty': { en: 'Jury duty', fr: 'Juré' } });
  t.notOk(
    c.core.queues.some((q) => 'labels' in q),
    'labels stay out of the routing core',
  );
  t.same(parseConfig(testConfig()).reasonLabels, {}, 'none by default');
  const info = siteInfoOf(c);
  t.same(info.queues.find((q) => q.id === 'sales')?.labels, { fr: 'Ventes', 'fr-CA': 'Ventes (Québec)' }, 'served to the pages');
  t.equal(info.queues.find((q) => q.id === 'billing')?.labels, undefined);
  t.same(info.reasonLabels, { 'jury-duty': { en: 'Jury duty', fr: 'Juré' } });
  t.throws(() => parseConfig({ ...base, queues: [{ ...base.queues[0], labels: { French: 'x' } }] }), /queues\[sales\]\.labels\.French/);
  t.throws(() => parseConfig({ ...base, reasonLabels: { break: { fr: '' } } }), /reasonLabels\.break\.fr/);
});
