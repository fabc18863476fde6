/**
 * Development tokens of the embedded demo, listed on the web app's landing
 * page: the demo's agents, a supervisor and an integration.
 */
import type { TokenAuthority } from '../gateway/auth.js';
import type { DemoToken } from './site-info.js';

const DEMO_PRINCIPALS: readonly Omit<DemoToken, 'token'>[] = [
  { role: 'agent', id: 'alice' },
  { role: 'agent', id: 'bruno' },
  { role: 'agent', id: 'chloe' },
  { role: 'agent', id: 'dana' },
  { role: 'supervisor', id: 'sam' },
  { role: 'integration', id: 'demo-ivr' },
];

/** Signs one token (default lifetime) for each demo principal. */
export async function mintDemoTokens(tokens: TokenAuthority): Promise<DemoToken[]> {
  return Promise.all(DEMO_PRINCIPALS.map(async (p) => ({ ...p, token: await tokens.sign({ role: p.role, id: p.id }) })));
}
