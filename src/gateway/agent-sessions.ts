/**
 * Agent sessions outlive their sockets. When an agent's socket drops, its
 * pending offers go back at once (presence `away`, reason `disconnected`)
 * and the session waits out the reconnect grace; a socket that logs in as
 * the same agent in time takes it over (presence restored), otherwise the
 * agent is logged out. A second live socket replaces the first (4001).
 */
import type { Logger } from 'pino';
import { CloseCode } from '../protocol/close-codes.js';
import type { RouterAccess } from './router-host.js';
import type { AgentSession, Session } from './session.js';

export class AgentSessions {
  readonly #host: RouterAccess;
  readonly #graceMs: number;
  readonly #log: Logger;
  readonly #byAgent = new Map<string, AgentSession>();
  #stopped = false;

  constructor(deps: { readonly host: RouterAccess; readonly graceMs: number; readonly log: Logger }) {
    this.#host = deps.host;
    this.#graceMs = deps.graceMs;
    this.#log = deps.log;
  }

  get(agentId: string): AgentSession | undefined {
    return this.#byAgent.get(agentId);
  }

  /** The socket an agent is reachable on now, if any. */
  socketOf(agentId: string): Session | null {
    return this.#byAgent.get(agentId)?.socket ?? null;
  }

  /**
   * Makes `s` the socket of the agent's session, creating it or taking it
   * over (from a socket in grace, or a live one which is then closed).
   * Returns whether an existing session was resumed.
   */
  bind(s: Session, agentId: string): boolean {
    let a = this.#byAgent.get(agentId);
    const resumed = a !== undefined;
    if (a === undefined) {
      a = { agentId, socket: null, grace: undefined, before: undefined };
      this.#byAgent.set(agentId, a);
    }
    if (a.grace !== undefined) clearTimeout(a.grace);
    a.grace = undefined;
    const old = a.socket;
    if (old !== null && old !== s) {
      old.agent = null;
      old.conn.close(CloseCode.sessionReplaced, 'session taken over by another connection');
      old.open = false;
    }
    a.socket = s;
    s.agent = a;
    return resumed;
  }

  /** The agent logged out: the session ends. */
  unbind(agentId: string): void {
    const a = this.#byAgent.get(agentId);
    if (a === undefined) return;
    if (a.grace !== undefined) clearTimeout(a.grace);
    if (a.socket !== null) a.socket.agent = null;
    this.#byAgent.delete(agentId);
  }

  /** The agent's socket is gone: offers go back now, the session waits out the grace period. */
  dropped(a: AgentSession): void {
    a.socket = null;
    if (this.#stopped) return;
    const rec = this.#host.router.agent(a.agentId);
    if (rec === undefined || rec.presence === 'offline') {
      this.#byAgent.delete(a.agentId);
      return;
    }
    a.before ??= { presence: rec.presence, reason: rec.awayReason };
    try {
      this.#host.exec((r) => r.setPresence(a.agentId, 'away', 'disconnected'));
    } catch (err) {
      this.#log.warn({ err, agentId: a.agentId }, 'cannot set a dropped agent away');
    }
    a.grace = setTimeout(() => {
      a.grace = undefined;
      if (a.socket !== null || this.#byAgent.get(a.agentId) !== a) return;
      try {
        this.#host.exec((r) => r.logoutAgent(a.agentId, { force: true }));
      } catch (err) {
        this.#log.warn({ err, agentId: a.agentId }, 'cannot log out a dropped agent');
      }
      this.#byAgent.delete(a.agentId);
      this.#host.flush();
    }, this.#graceMs);
    this.#host.flush();
  }

  /**
   * After a recovery: the agents the stored state has logged in have no
   * socket here yet. Each gets a session in its grace period, as if its
   * socket had just dropped: its offers go back, and it resumes (presence
   * restored) if it reconnects in time, or is logged out.
   */
  adoptRecovered(): void {
    for (const rec of this.#host.router.agents()) {
      if (rec.presence === 'offline' || this.#byAgent.has(rec.id)) continue;
      const a: AgentSession = { agentId: rec.id, socket: null, grace: undefined, before: undefined };
      // Away because of an earlier drop: what it was before is not known; it stays away on resume.
      if (rec.presence === 'away' && rec.awayReason === 'disconnected') a.before = { presence: 'away', reason: 'disconnected' };
      this.#byAgent.set(rec.id, a);
      this.dropped(a);
    }
  }

  /** Shutting down: no grace period ends in a logout any more. */
  stop(): void {
    this.#stopped = true;
    for (const a of this.#byAgent.values()) if (a.grace !== undefined) clearTimeout(a.grace);
  }
}
