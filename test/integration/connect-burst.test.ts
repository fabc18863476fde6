/**
 * Many SDK clients connecting to a real server at once, each sending a
 * request as soon as `connect()` resolved: every one gets its reply, on
 * every transport and encoding (the first requests after a connection
 * storm were where sockets closed right after their upgrade).
 */
import t from 'tap';
import { SwitchboardClient } from '../../src/client/client.js';
import { ENCODINGS, startServer, TRANSPORTS } from '../fixtures/server.js';

const CLIENTS = 200;

for (const transport of TRANSPORTS) {
  for (const encoding of ENCODINGS) {
    t.test(`${transport}/${encoding} - ${CLIENTS} clients connecting at once each get their first reply`, async (t) => {
      const s = await startServer(transport, encoding);
      t.teardown(() => s.close());
      const tokens = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => s.token('integration', `ivr-${i}`)));
      const results = await Promise.allSettled(
        tokens.map(async (token) => {
          const c = await SwitchboardClient.connect({ url: s.url, role: 'integration', token, encoding, reconnect: false, requestTimeoutMs: 20_000 });
          try {
            await c.request('ping', {});
          } finally {
            await c.close();
          }
        }),
      );
      const failures = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
      t.same(failures, [], 'no failure');
    });
  }
}
