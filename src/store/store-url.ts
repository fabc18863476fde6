/**
 * A store's address for logs and messages: host, port and database of a
 * `redis://` URL, never its user or password.
 */
export function redactStoreUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}:${u.port || '6379'}${u.pathname && u.pathname !== '/' ? u.pathname : ''}`;
  } catch {
    return 'the configured address';
  }
}
