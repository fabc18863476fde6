/**
 * What a routing leader logs when it takes up the routing: the fencing token
 * of its lease in plain figures (an operator matches it against the store's
 * and the other processes' lines), through the server's own redacting logger.
 */
import { Writable } from 'node:stream';
import t from 'tap';
import { createLogger } from '../../src/logging/logger.js';
import { MemoryBackend, MemoryRoutingStore } from '../../src/store/index.js';
import { startServer } from '../fixtures/server.js';

t.test('leader logs - the recovered fencing token is logged as a number, not redacted', async (t) => {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const l of chunk.toString().split('\n')) if (l !== '') lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  const backend = new MemoryBackend();
  // A first leader takes the lease (token 1) and stops; the second recovers under token 2.
  for (const expected of [1, 2]) {
    const store = new MemoryRoutingStore({ backend });
    const s = await startServer('ws', 'json', undefined, { store, logger: createLogger({ level: 'info', destination }) });
    const recovered = lines.filter((l) => l['msg'] === 'routing leader: state recovered from the store');
    t.equal(recovered.length, expected, 'one line per term');
    t.equal(recovered.at(-1)?.['fencingToken'], expected, `token ${expected}, readable`);
    await s.close();
    await store.close();
  }
  t.notOk(
    lines.some((l) => Object.values(l).includes('[Redacted]')),
    'nothing an operator needs is redacted',
  );
});
