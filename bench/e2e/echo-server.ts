/**
 * A bare uWebSockets.js echo server: the ceiling of messages per second on
 * this machine, driven by the same clients and frames as the gateway.
 * Prints `{"port":N}` once listening; stops on SIGTERM (or by `lifetime.ts`).
 *
 * `node dist/bench/e2e/echo-server.js [port]` (default 0: a free port), on 127.0.0.1.
 */
import './lifetime.js';
import { loadUws } from '../../src/gateway/uws/uws-transport.js';

const { uws } = loadUws();
const app = uws.App();
app.ws('/*', {
  maxPayloadLength: 1 << 20,
  maxBackpressure: 16 << 20,
  idleTimeout: 0,
  compression: uws.DISABLED,
  message: (ws, message, isBinary) => {
    ws.send(message, isBinary);
  },
});
app.listen('127.0.0.1', Number(process.argv[2] ?? 0), (socket) => {
  if (socket === false) {
    process.stderr.write('echo server: cannot listen\n');
    process.exit(1);
  }
  process.stdout.write(`${JSON.stringify({ port: uws.us_socket_local_port(socket as never) })}\n`);
  process.once('SIGTERM', () => {
    uws.us_listen_socket_close(socket);
    process.exit(0);
  });
});
