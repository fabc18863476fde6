import t from 'tap';
import { ConfigError, parseConfig } from '../../src/config/schema.js';

const base = { queues: [{ id: 'sales', channels: ['chat'] }] };

t.test('config - the store and its replicas', async (t) => {
  const c = parseConfig({ ...base, store: 'redis-sentinel://s1:26379,s2:26379/sb/0', storeReplicas: 1, storeWaitMs: 250 });
  t.equal(c.store, 'redis-sentinel://s1:26379,s2:26379/sb/0');
  t.equal(c.storeReplicas, 1);
  t.equal(c.storeWaitMs, 250);
  const d = parseConfig(base);
  t.equal(d.storeReplicas, 0, 'by default a change is acknowledged once the master has it');
  t.equal(d.storeWaitMs, 1000);
  t.throws(() => parseConfig({ ...base, store: 'sentinel://s1/sb' }), ConfigError);
  t.throws(() => parseConfig({ ...base, storeReplicas: -1 }), /storeReplicas/);
  t.throws(() => parseConfig({ ...base, storeReplicas: 1.5 }), /storeReplicas/);
  t.throws(() => parseConfig({ ...base, storeWaitMs: 0 }), /storeWaitMs/);
});
