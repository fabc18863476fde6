/**
 * Where the pages connect and with which token: the server's own origin, and
 * a token from the URL fragment (`#token=...`, the landing page's links:
 * fragments never reach the server or its logs) or the one saved for this tab.
 */
import type { SiteInfo } from '../../../src/web/site-info.js';

/** `ws://host:port` (or `wss://`) of the server that served the page. */
export function serverUrl(): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}`;
}

/** Takes a token from the fragment (and clears it from the address bar), else the tab's saved one. */
export function initialToken(storageKey: string): string {
  const m = /(?:^|[#&])token=([^&]+)/.exec(location.hash);
  if (m?.[1] !== undefined) {
    const token = decodeURIComponent(m[1]);
    sessionStorage.setItem(storageKey, token);
    history.replaceState(null, '', location.pathname + location.search);
    return token;
  }
  return sessionStorage.getItem(storageKey) ?? '';
}

/** The server's queue settings (names, service levels, dispositions). */
export async function loadSiteInfo(): Promise<SiteInfo> {
  const r = await fetch('/web/config.json', { cache: 'no-cache' });
  if (!r.ok) throw new Error(`GET /web/config.json: HTTP ${r.status}`);
  return (await r.json()) as SiteInfo;
}

/** What `GET /web/session` says of a token: its principal, `refused` (401), or undefined when the server cannot be asked. */
export async function checkToken(token: string): Promise<{ readonly role: string; readonly id: string } | 'refused' | undefined> {
  try {
    const r = await fetch('/web/session', { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' });
    if (r.status === 401) return 'refused';
    if (!r.ok) return undefined;
    return (await r.json()) as { role: string; id: string };
  } catch {
    return undefined;
  }
}

/** The subject (`sub`: the signed-in id) a token carries, read without checking it (the server does), or '' when unreadable. */
export function tokenSubject(token: string): string {
  try {
    const part = token.split('.')[1] ?? '';
    const json = atob(
      part
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(part.length / 4) * 4, '='),
    );
    const sub = (JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (ch) => ch.charCodeAt(0)))) as { sub?: unknown }).sub;
    return typeof sub === 'string' ? sub : '';
  } catch {
    return '';
  }
}
