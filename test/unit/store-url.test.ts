import t from 'tap';
import { SwitchboardError } from '../../src/core/index.js';
import { isStoreSpec, parseClusterUrl, parseSentinelUrl, redactStoreUrl } from '../../src/store/store-url.js';

t.test('store url - a Sentinel URL names the Sentinels, the master group, the database and credentials', async (t) => {
  t.same(parseSentinelUrl('redis-sentinel://10.0.0.1:26379,10.0.0.2:26380,[::1]:26381/mymaster/2'), {
    sentinels: [
      { host: '10.0.0.1', port: 26379 },
      { host: '10.0.0.2', port: 26380 },
      { host: '::1', port: 26381 },
    ],
    name: 'mymaster',
    db: 2,
  });
  t.same(parseSentinelUrl('redis-sentinel://s1/sb'), { sentinels: [{ host: 's1', port: 26379 }], name: 'sb', db: 0 }, 'default port and database');
  t.same(parseSentinelUrl('redis-sentinel://app:p%40ss@s1:1,s2:2/sb/0?sentinelPassword=x&sentinelUsername=sen'), {
    sentinels: [
      { host: 's1', port: 1 },
      { host: 's2', port: 2 },
    ],
    name: 'sb',
    db: 0,
    username: 'app',
    password: 'p@ss',
    sentinelUsername: 'sen',
    sentinelPassword: 'x',
  });
  t.same(parseSentinelUrl('redis-sentinel://:secret@s1:1/sb').password, 'secret');
});

t.test('store url - a bad Sentinel URL is refused, saying the form, without its password', async (t) => {
  for (const bad of [
    'redis-sentinel://s1:26379',
    'redis-sentinel://s1:26379/',
    'redis-sentinel://s1:99999/sb',
    'redis-sentinel://s1:1/sb/x',
    'redis-sentinel://:hunter2@s1:1/sb?tls=1',
    'redis-sentinel://s1:1,,s2:2/sb',
  ]) {
    let err: unknown = null;
    try {
      parseSentinelUrl(bad);
    } catch (e) {
      err = e;
    }
    t.ok(err instanceof SwitchboardError && err.code === 'INVALID_ARGUMENT', `${bad}: ${(err as Error | null)?.message}`);
    t.notMatch((err as Error | null)?.message ?? '', /hunter2/);
  }
  t.throws(() => parseSentinelUrl('redis-sentinel://s1:1'), /redis-sentinel:\/\/host:port,host:port\/master\/db/);
});

t.test('store url - redaction keeps where, never who', async (t) => {
  t.equal(redactStoreUrl('redis://user:pw@127.0.0.1:6380/3'), 'redis://127.0.0.1:6380/3');
  t.equal(redactStoreUrl('rediss://:pw@h'), 'rediss://h:6379');
  t.equal(redactStoreUrl('redis-sentinel://:pw@s1:1,s2:2/sb/1?sentinelPassword=x'), 'redis-sentinel://s1:1,s2:2/sb/1');
  t.equal(redactStoreUrl('redis-sentinel://s1:1/sb/'), 'redis-sentinel://s1:1/sb');
});

t.test('store url - store specs', async (t) => {
  for (const ok of ['memory', 'redis://h:1/0', 'rediss://h', 'redis-sentinel://h:1/sb']) t.ok(isStoreSpec(ok), ok);
  for (const bad of ['postgres://h', 'redis:/h', 'Memory', '']) t.notOk(isStoreSpec(bad), bad);
});

t.test('store url - a Redis Cluster URL names some of its nodes and the credentials', async (t) => {
  t.same(parseClusterUrl('redis-cluster://10.0.0.1:7000,10.0.0.2,[::1]:7002'), {
    nodes: [
      { host: '10.0.0.1', port: 7000 },
      { host: '10.0.0.2', port: 6379 },
      { host: '::1', port: 7002 },
    ],
  });
  t.same(parseClusterUrl('redis-cluster://app:p%40ss@n1:7000/'), { nodes: [{ host: 'n1', port: 7000 }], username: 'app', password: 'p@ss' });
  t.ok(isStoreSpec('redis-cluster://n1:7000'));
  t.equal(redactStoreUrl('redis-cluster://app:secret@n1:7000,n2:7001'), 'redis-cluster://n1:7000,n2:7001', 'no credentials in logs');
  t.throws(() => parseClusterUrl('redis-cluster://n1:7000/3'), /redis-cluster:\/\/host:port,host:port/, 'a cluster has database 0 only');
  t.throws(() => parseClusterUrl('redis-cluster://n1:99999'), /bad Redis Cluster node address "n1:99999"/);
});
