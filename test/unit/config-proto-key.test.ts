/**
 * A skill named `__proto__` in the config is refused with its field named,
 * never silently dropped (assigned to a plain object it would set the
 * object's prototype).
 */
import t from 'tap';
import { ConfigError, parseConfig } from '../../src/config/schema.js';

t.test('config - a skill named __proto__ is refused, not dropped', async (t) => {
  const json = JSON.parse(
    '{"queues":[{"id":"q","channels":["chat"]}],"agents":{"a":{"skills":{"__proto__":3,"x":2},"languages":["en"],"capacity":{"chat":1},"queues":["q"]}}}',
  ) as unknown;
  t.throws(() => parseConfig(json), ConfigError);
  t.throws(() => parseConfig(json), /__proto__/);
});
