/**
 * The open sockets, by who is on the other end: every connection, the
 * supervisors (the live stream's audience) and each integration's sockets
 * (an integration may hold several).
 */
import type { Session } from './session.js';

const NONE: ReadonlySet<Session> = new Set();

export class Connections {
  readonly #all = new Set<Session>();
  readonly #supervisors = new Set<Session>();
  readonly #integrations = new Map<string, Set<Session>>();
  /** Open sockets per `role:principal`. */
  readonly #perPrincipal = new Map<string, number>();

  get size(): number {
    return this.#all.size;
  }

  all(): Iterable<Session> {
    return this.#all;
  }

  supervisors(): Iterable<Session> {
    return this.#supervisors;
  }

  /** Open sockets of one principal of a role. */
  countOf(role: string, principal: string): number {
    return this.#perPrincipal.get(`${role}:${principal}`) ?? 0;
  }

  /** The sockets of one integration principal. */
  integration(principal: string): Iterable<Session> {
    return this.#integrations.get(principal) ?? NONE;
  }

  add(s: Session): void {
    this.#all.add(s);
    const key = `${s.role}:${s.principal}`;
    this.#perPrincipal.set(key, (this.#perPrincipal.get(key) ?? 0) + 1);
    if (s.role === 'supervisor') this.#supervisors.add(s);
    if (s.role === 'integration') {
      let set = this.#integrations.get(s.principal);
      if (set === undefined) this.#integrations.set(s.principal, (set = new Set()));
      set.add(s);
    }
  }

  /** False when `s` was not (or no longer) here. */
  remove(s: Session): boolean {
    if (!this.#all.delete(s)) return false;
    const key = `${s.role}:${s.principal}`;
    const n = (this.#perPrincipal.get(key) ?? 1) - 1;
    if (n === 0) this.#perPrincipal.delete(key);
    else this.#perPrincipal.set(key, n);
    this.#supervisors.delete(s);
    const set = this.#integrations.get(s.principal);
    if (set !== undefined) {
      set.delete(s);
      if (set.size === 0) this.#integrations.delete(s.principal);
    }
    return true;
  }
}
