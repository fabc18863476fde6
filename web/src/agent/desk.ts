/**
 * The agent desktop's state, kept from the SDK's events: the agent's
 * presence, pending offers, and the contacts in progress (active or in
 * wrap-up). UI-free, so the components only render it and call its actions.
 */
import { SwitchboardClient, type EventMeta } from '../../../src/client/client.js';
import { StateClock, stateKey } from '../../../src/insights/state-clock.js';
import type { AgentMsg, ContactMsg, EventKind, EventPayloads, HistoryEntryMsg, LoginResultMsg, TransferRecordMsg } from '../../../src/protocol/messages.js';
import { checkToken } from '../shared/session.js';

export interface Offer {
  readonly contact: ContactMsg;
  readonly expiresAt: number | undefined;
  readonly receivedAt: number;
  /** The customer's recent contacts, sent with the offer. */
  readonly history: readonly HistoryEntryMsg[];
}

export interface HeldContact {
  readonly contact: ContactMsg;
  readonly phase: 'active' | 'wrap_up';
  readonly acceptedAt: number;
  readonly wrapUpUntil: number | undefined;
  readonly onHold: boolean;
  readonly connected: boolean;
  readonly history: readonly HistoryEntryMsg[];
  /** A consultative transfer under way: the agent keeps the contact until it is taken over or cancelled. */
  readonly transferPending: TransferRecordMsg | undefined;
  /** A callback being dialled: its attempt number. */
  readonly dialing?: number;
}

/** Where a transfer goes: a queue, a named agent, or both; blind or consultative. */
export interface TransferTarget {
  readonly queueId?: string;
  readonly agentId?: string;
  readonly consult: boolean;
  readonly notes?: string;
}

export type LinkState = 'connected' | 'reconnecting' | 'restored' | 'failed';

export interface DeskState {
  readonly agentId: string;
  readonly presence: string;
  readonly awayReason: string | undefined;
  /** Since when the agent is in its state (the server's at login, then the events' times). */
  readonly stateSince: number;
  readonly offers: readonly Offer[];
  readonly contacts: readonly HeldContact[];
  readonly link: LinkState;
  /**
   * Why the session ended, when it did: replaced by another desktop, logged
   * out by a supervisor, the server shutting down, or the token refused on a
   * reconnect (expired, or the server restarted with another secret).
   */
  readonly ended: 'replaced' | 'loggedOut' | 'shutdown' | 'refused' | undefined;
}

/** Something the desk tells the agent: a new offer, an offer gone (`missedInRow` when it rang out). */
export type DeskNotice =
  | { readonly kind: 'offer'; readonly offer: Offer }
  | { readonly kind: 'offerGone'; readonly contactId: string; readonly queueId: string; readonly expired: boolean; readonly missedInRow?: number };

export class AgentDesk {
  readonly client: SwitchboardClient;
  readonly #token: string;
  #state: DeskState;
  readonly #listeners = new Set<(s: DeskState) => void>();
  readonly #notices = new Set<(n: DeskNotice) => void>();
  #restoredTimer: ReturnType<typeof setTimeout> | undefined;
  /** The time in state, by the server's rule (state-clock.ts). */
  #clock: StateClock;
  /** The server's time of the event being handled (`Date.now()` outside events). */
  #at: number | undefined;

  private constructor(client: SwitchboardClient, token: string, login: LoginResultMsg) {
    this.client = client;
    this.#token = token;
    this.#clock = new StateClock('', 0);
    this.#state = {
      agentId: login.agent.id,
      presence: login.agent.presence,
      awayReason: login.agent.awayReason,
      stateSince: 0,
      offers: [],
      contacts: [],
      link: 'connected',
      ended: undefined,
    };
    this.#resume(login);
    this.#wire();
  }

  /** Connects with `token` and logs in (resuming a session in grace). */
  static async open(url: string, token: string): Promise<AgentDesk> {
    const client = await SwitchboardClient.connect({
      url,
      role: 'agent',
      token,
      reconnect: { initialDelayMs: 250, maxDelayMs: 5000 },
      heartbeatIntervalMs: 10_000,
    });
    try {
      const login = await client.login({});
      return new AgentDesk(client, token, login);
    } catch (e) {
      await client.close();
      throw e;
    }
  }

  get state(): DeskState {
    return this.#state;
  }

  subscribe(fn: (s: DeskState) => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  onNotice(fn: (n: DeskNotice) => void): () => void {
    this.#notices.add(fn);
    return () => this.#notices.delete(fn);
  }

  #set(change: Partial<DeskState>): void {
    const next = { ...this.#state, ...change };
    this.#clock.set(stateKey(statusOf(next), next.awayReason), this.#at ?? Date.now());
    this.#state = { ...next, stateSince: this.#clock.since };
    for (const fn of this.#listeners) fn(this.#state);
  }

  #notify(n: DeskNotice): void {
    for (const fn of this.#notices) fn(n);
  }

  /** Contacts in progress from a login result (first login or resume after a reconnect). */
  #resume(login: LoginResultMsg): void {
    const now = Date.now();
    const contacts: HeldContact[] = [];
    const offers: Offer[] = [];
    // The customers' histories come with the login (a reload or a resume keeps them).
    const histories = new Map((login.histories ?? []).map((h) => [h.customerId, h.entries ?? []]));
    for (const c of login.contacts ?? []) {
      const known = this.#state.contacts.find((h) => h.contact.id === c.id);
      const history =
        (c.customer?.id === undefined ? undefined : histories.get(c.customer.id)) ??
        known?.history ??
        this.#state.offers.find((o) => o.contact.id === c.id)?.history ??
        [];
      // During a consultative transfer the contact waits (or rings) elsewhere while this agent keeps it.
      const consulting = c.consultBy === this.#state.agentId;
      if (c.state === 'offered' && !consulting) offers.push({ contact: c, expiresAt: c.deadline, receivedAt: now, history });
      else if (consulting || c.state === 'active' || c.state === 'wrap_up') {
        contacts.push({
          contact: c,
          phase: c.state === 'wrap_up' ? 'wrap_up' : 'active',
          acceptedAt: known?.acceptedAt ?? c.connectedAt ?? now,
          wrapUpUntil: c.state === 'wrap_up' ? c.deadline : undefined,
          onHold: c.onHold ?? false,
          connected: c.connectedAt !== undefined,
          history,
          transferPending: consulting ? c.transfers?.[c.transfers.length - 1] : undefined,
        });
      }
    }
    // The server's clock of the state (it survives a reload and a resumed session).
    const status = statusOf({ ...this.#state, contacts, offers, presence: login.agent.presence });
    this.#clock = new StateClock(stateKey(status, login.agent.awayReason), login.agent.stateSince ?? login.agent.presenceSince ?? now);
    this.#set({ contacts, offers, presence: login.agent.presence, awayReason: login.agent.awayReason });
  }

  #wire(): void {
    const client = this.client;
    // Every handler runs with the server's time of its event, for the time in state.
    const c = {
      on: <K extends EventKind>(kind: K, fn: (p: EventPayloads[K]) => void) =>
        client.on(kind, (p: EventPayloads[K], meta: EventMeta) => {
          this.#at = meta.at || undefined;
          try {
            fn(p);
          } finally {
            this.#at = undefined;
          }
        }),
    };
    const me = () => this.#state.agentId;
    c.on('offer', ({ contact, expiresAt, history }) => {
      const offer: Offer = { contact, expiresAt, receivedAt: Date.now(), history: history ?? [] };
      this.#set({ offers: [...this.#state.offers.filter((o) => o.contact.id !== contact.id), offer] });
      this.#notify({ kind: 'offer', offer });
    });
    const dropOffer = (contactId: string, expired: boolean, missedInRow?: number) => {
      const offer = this.#state.offers.find((o) => o.contact.id === contactId);
      if (offer === undefined) return;
      this.#set({ offers: this.#state.offers.filter((o) => o.contact.id !== contactId) });
      this.#notify({ kind: 'offerGone', contactId, queueId: offer.contact.queueId, expired, ...(missedInRow === undefined ? {} : { missedInRow }) });
    };
    c.on('contactOfferExpired', (e) => e.agentId === me() && dropOffer(e.contactId, true, e.missedInRow ?? 1));
    c.on('contactOfferRevoked', (e) => e.agentId === me() && dropOffer(e.contactId, false));
    c.on('contactOfferRejected', (e) => e.agentId === me() && dropOffer(e.contactId, false));
    c.on('contactAccepted', (e) => {
      if (e.agentId !== me()) return;
      const offer = this.#state.offers.find((o) => o.contact.id === e.contactId);
      const contact = offer?.contact;
      if (contact === undefined) return;
      const held: HeldContact = {
        contact: { ...contact, state: 'active', agentId: e.agentId },
        phase: 'active',
        acceptedAt: Date.now(),
        wrapUpUntil: undefined,
        onHold: false,
        connected: false,
        history: offer?.history ?? [],
        transferPending: undefined,
      };
      this.#set({ offers: this.#state.offers.filter((o) => o.contact.id !== e.contactId), contacts: [...this.#state.contacts, held] });
    });
    c.on('contactEnded', (e) => this.#update(e.contactId, { phase: 'wrap_up', wrapUpUntil: e.wrapUpUntil, onHold: false }));
    c.on('contactConnected', (e) => this.#update(e.contactId, { connected: true }));
    c.on('contactHoldChanged', (e: EventPayloads['contactHoldChanged']) => this.#update(e.contactId, { onHold: e.onHold === true }));
    const remove = (contactId: string) => {
      dropOffer(contactId, false);
      if (this.#state.contacts.some((h) => h.contact.id === contactId)) this.#set({ contacts: this.#state.contacts.filter((h) => h.contact.id !== contactId) });
    };
    c.on('contactClosed', (e) => remove(e.contactId));
    c.on('contactWrapUpRecorded', (e) => {
      const h = this.#state.contacts.find((x) => x.contact.id === e.contactId);
      if (h === undefined) return;
      const contact: ContactMsg = { ...h.contact };
      if (e.disposition === undefined) delete contact.disposition;
      else contact.disposition = e.disposition;
      if (e.notes === undefined) delete contact.notes;
      else contact.notes = e.notes;
      this.#update(e.contactId, { contact });
    });
    // Blind transfers and escalations leave at once; a consultative one when taken over.
    c.on('contactTransferred', (e) => {
      if (e.agentId !== me()) return;
      if (e.transfer.mode === 'consult') this.#update(e.contactId, { transferPending: e.transfer });
      else remove(e.contactId);
    });
    c.on('contactTransferCompleted', (e) => e.agentId === me() && remove(e.contactId));
    c.on('contactCallbackDialing', (e) => e.agentId === me() && this.#update(e.contactId, { dialing: e.attempt ?? 1 }));
    // An unanswered callback releases the agent (the contact is retried later or given up).
    c.on('contactCallbackFailed', (e) => e.agentId === me() && remove(e.contactId));
    // Taken back: the first agent has it again; the agent it was ringing with loses the offer.
    c.on('contactTransferCancelled', (e) => {
      if (e.agentId === me()) this.#update(e.contactId, { transferPending: undefined });
      if (e.offeredTo === me()) dropOffer(e.contactId, false);
    });
    c.on('contactAbandoned', (e) => remove(e.contactId));
    c.on('contactRequeued', (e) => e.agentId === me() && remove(e.contactId));
    c.on('agentPresenceChanged', (e) => {
      if (e.agentId === me()) this.#set({ presence: e.presence, awayReason: e.reason });
    });
    c.on('agentLoggedOut', (e) => {
      if (e.agentId === me()) this.#set({ presence: 'offline', offers: [], contacts: [], ended: 'loggedOut' });
    });
    c.on('shutdown', () => this.#set({ ended: 'shutdown' }));
    // A reconnect refused: browsers hide the status, so the server is asked about the token.
    client.onLifecycle('error', ({ error }) => {
      if (error.name !== 'ConnectError' || this.#state.ended === 'refused') return;
      const status = (error as { status?: number }).status;
      const refused =
        status === 401 ? Promise.resolve(true) : status === undefined ? checkToken(this.#token).then((r) => r === 'refused') : Promise.resolve(false);
      void refused.then((yes) => {
        if (!yes || this.#state.ended === 'refused') return;
        this.#set({ link: 'failed', ended: 'refused', offers: [] });
        void this.client.close();
      });
    });
    client.onLifecycle('disconnected', (e) => {
      if (!e.willReconnect) {
        if (this.#state.ended === undefined) this.#set({ link: 'failed', ended: e.code === 4001 ? 'replaced' : undefined });
        return;
      }
      // Pending offers went back to their queue the moment the socket dropped.
      this.#set({ link: 'reconnecting', offers: [] });
    });
    client.onLifecycle('reconnected', (e) => {
      if (e.login !== undefined) this.#resume(e.login);
      this.#set({ link: 'restored', ended: undefined });
      if (this.#restoredTimer !== undefined) clearTimeout(this.#restoredTimer);
      this.#restoredTimer = setTimeout(() => this.#state.link === 'restored' && this.#set({ link: 'connected' }), 4000);
    });
  }

  #update(contactId: string, change: Partial<HeldContact>): void {
    if (!this.#state.contacts.some((h) => h.contact.id === contactId)) return;
    this.#set({ contacts: this.#state.contacts.map((h) => (h.contact.id === contactId ? { ...h, ...change } : h)) });
  }

  // ---- actions (each rejects with the server's SwitchboardError) ----------------------

  setPresence(presence: 'available' | 'away', reason?: string): Promise<void> {
    return this.client.setPresence(presence, reason);
  }
  accept(contactId: string): Promise<void> {
    return this.client.accept(contactId);
  }
  reject(contactId: string): Promise<void> {
    return this.client.reject(contactId);
  }
  complete(contactId: string): Promise<void> {
    return this.client.complete(contactId);
  }
  finishWrapUp(contactId: string, disposition: string | undefined, notes: string | undefined): Promise<void> {
    return this.client.finishWrapUp(contactId, disposition, notes);
  }
  /** Saves a disposition and notes during wrap-up without finishing it. */
  recordWrapUp(contactId: string, disposition: string | undefined, notes: string | undefined): Promise<void> {
    return this.client.recordWrapUp(contactId, disposition, notes);
  }
  transfer(contactId: string, target: TransferTarget): Promise<void> {
    const t: { queueId?: string; agentId?: string; consult?: boolean; notes?: string } = { consult: target.consult };
    if (target.queueId !== undefined) t.queueId = target.queueId;
    if (target.agentId !== undefined) t.agentId = target.agentId;
    if (target.notes !== undefined) t.notes = target.notes;
    return this.client.transfer(contactId, t);
  }
  cancelTransfer(contactId: string): Promise<void> {
    return this.client.cancelTransfer(contactId);
  }
  escalate(contactId: string, reason: string, notes: string | undefined): Promise<void> {
    return this.client.escalate(contactId, reason, notes);
  }
  /** Schedules a follow-up contact, routed preferably back to this agent when due. */
  async scheduleFollowUp(contactId: string, dueAt: number, note: string, queueId?: string): Promise<ContactMsg> {
    return (await this.client.scheduleFollowUp(contactId, dueAt, note, queueId)).contact;
  }
  async logout(): Promise<void> {
    try {
      await this.client.logout();
    } finally {
      await this.client.close();
    }
  }
  close(): Promise<void> {
    return this.client.close();
  }
}

/**
 * The agent's status as the server derives it (`Router.agentStatus`, what
 * the wallboard and Prometheus show): wrap-up when everything held is in
 * wrap-up; busy when available with anything offered or held, or handling
 * an active contact; else the presence.
 */
export function statusOf(s: Pick<DeskState, 'presence' | 'offers' | 'contacts'>): AgentMsg['status'] {
  if (s.presence === 'offline') return 'offline';
  if (s.offers.length + s.contacts.length > 0) {
    if (s.offers.length === 0 && s.contacts.every((h) => h.phase === 'wrap_up')) return 'wrap_up';
    if (s.presence === 'available' || s.contacts.some((h) => h.phase === 'active')) return 'busy';
  }
  return s.presence;
}
