/**
 * Why a transport could not listen, said the same way by both: a port
 * another process holds is refused (never shared), with a clear message.
 */
import { createServer } from 'node:net';

/** The port could not be bound: `reason` says why (`in-use`, `not-allowed`, `other`). */
export class ListenError extends Error {
  override readonly name = 'ListenError';

  constructor(
    readonly host: string,
    readonly port: number,
    readonly reason: 'in-use' | 'not-allowed' | 'other',
    detail?: string,
  ) {
    super(
      reason === 'in-use'
        ? `cannot listen on ${host}:${port}: the port is in use by another process (stop it, or choose another port)`
        : reason === 'not-allowed'
          ? `cannot listen on ${host}:${port}: not allowed (ports below 1024 need privileges)`
          : `cannot listen on ${host}:${port}${detail === undefined ? '' : `: ${detail}`}`,
    );
  }
}

/** The `ListenError` of a `node:net` / `node:http` listen error. */
export function listenErrorOf(host: string, port: number, err: NodeJS.ErrnoException): ListenError {
  if (err.code === 'EADDRINUSE') return new ListenError(host, port, 'in-use');
  if (err.code === 'EACCES') return new ListenError(host, port, 'not-allowed');
  return new ListenError(host, port, 'other', err.message);
}

/**
 * Why a listen that only said "no" (uWebSockets.js) failed: tries the same
 * bind with `node:net`, whose error names the reason.
 */
export function probeListenError(host: string, port: number): Promise<ListenError> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => resolve(listenErrorOf(host, port, err)));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(new ListenError(host, port, 'other'))));
  });
}
