/**
 * `gateway.supervisorBatchMs`: how long a batched supervisor's frame gathers
 * events (src/gateway/supervisor-feed.ts). 100 by default, 0 for a batch a
 * loop turn, at most a second; anything else is refused, naming the field.
 */
import t from 'tap';
import { ConfigError, parseConfig } from '../../src/config/schema.js';

const base = { queues: [{ id: 'sales', channels: ['chat'] }] };

t.test('the default is 100 ms; 0 and 1000 are taken', async (t) => {
  t.equal(parseConfig(base).gateway.supervisorBatchMs, 100);
  t.equal(parseConfig({ ...base, gateway: { supervisorBatchMs: 0 } }).gateway.supervisorBatchMs, 0);
  t.equal(parseConfig({ ...base, gateway: { supervisorBatchMs: 1000 } }).gateway.supervisorBatchMs, 1000);
});

t.test('out of range or not a whole number of ms: refused, naming the field', async (t) => {
  for (const bad of [-1, 1001, 2.5, '100', null]) {
    t.throws(() => parseConfig({ ...base, gateway: { supervisorBatchMs: bad } }), ConfigError, `${JSON.stringify(bad)} refused`);
    t.throws(() => parseConfig({ ...base, gateway: { supervisorBatchMs: bad } }), /supervisorBatchMs/, `${JSON.stringify(bad)}: the message names it`);
  }
});
