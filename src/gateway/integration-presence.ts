/**
 * Ties an integration's contacts to the integration: when its last socket
 * closes, a grace period starts (`gateway.integrationGraceSeconds`); a
 * socket of it that opens meanwhile (a resume) stops it. Past the grace,
 * its contacts that no agent took yet (waiting, offered, scheduled) end
 * with reason `integration-gone` rather than reach an agent with nobody on
 * the line (DESIGN.md §4: a contact never waits for ever). Accepted
 * contacts stay with their agents. Contacts created over HTTP are exempt
 * (their integration holds no socket by design), and so are follow-ups and
 * voicemails (nobody on the line). Each contact keeps how it was created
 * (`ContactRecord.owner`), so the same holds after a restart or a leader
 * change: there the grace of an integration with such contacts starts with
 * the new term (`Gateway.adoptRecovered`), as if its socket had just closed;
 * only contacts stored before the owner was kept are exempt (unknown).
 */
import type { Logger } from 'pino';
import type { ContactRegistry } from './contact-registry.js';
import type { RouterAccess } from './router-host.js';

export const INTEGRATION_GONE = 'integration-gone';

export class IntegrationPresence {
  readonly #host: RouterAccess;
  readonly #registry: ContactRegistry;
  readonly #graceMs: number | null;
  readonly #log: Logger;
  readonly #timers = new Map<string, NodeJS.Timeout>();
  #stopped = false;

  constructor(deps: { readonly host: RouterAccess; readonly registry: ContactRegistry; readonly graceMs: number | null; readonly log: Logger }) {
    this.#host = deps.host;
    this.#registry = deps.registry;
    this.#graceMs = deps.graceMs;
    this.#log = deps.log;
  }

  /** Integrations waiting out their grace now. */
  get away(): number {
    return this.#timers.size;
  }

  /** A socket of `principal` opened: it is back. */
  back(principal: string): void {
    const t = this.#timers.get(principal);
    if (t === undefined) return;
    clearTimeout(t);
    this.#timers.delete(principal);
    this.#log.info({ integration: principal }, 'integration back within its grace');
  }

  /** The last socket of `principal` closed: its grace starts. */
  gone(principal: string): void {
    if (this.#stopped || this.#graceMs === null || this.#timers.has(principal)) return;
    const t = setTimeout(() => {
      this.#timers.delete(principal);
      this.#expire(principal);
    }, this.#graceMs);
    t.unref();
    this.#timers.set(principal, t);
  }

  stop(): void {
    this.#stopped = true;
    for (const t of this.#timers.values()) clearTimeout(t);
    this.#timers.clear();
  }

  #expire(principal: string): void {
    if (this.#stopped) return;
    const ids: string[] = [];
    for (const { contactId, via } of this.#registry.liveOf(principal)) {
      if (via !== 'socket') continue;
      const state = this.#host.router.contact(contactId)?.state;
      if (state === 'waiting' || state === 'offered' || state === 'scheduled') ids.push(contactId);
    }
    if (ids.length === 0) return;
    let ended = 0;
    for (const id of ids) {
      try {
        this.#host.exec((r) => r.removeContact(id, INTEGRATION_GONE));
        ended++;
      } catch (err) {
        this.#log.error({ err, contactId: id }, 'could not end a contact of a gone integration');
      }
    }
    this.#log.warn(
      { integration: principal, ended, graceSeconds: (this.#graceMs ?? 0) / 1000 },
      'integration gone past its grace: its contacts not yet taken ended',
    );
    this.#host.flush();
  }
}
