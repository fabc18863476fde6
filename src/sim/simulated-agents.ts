/**
 * Simulated agents: who logs in when (shifts, breaks), how they answer an
 * offer (after a ring time: accept, reject, or let it ring out), and how
 * their time is spent (for occupancy). What they do with a contact once
 * they hold it (handle time, wrap-up) belongs to the contact's draw; the
 * router decides everything else.
 *
 * A break starts on time: the agent goes `away` (no new offers) and
 * finishes what they hold; the break ends at its planned time. At the end
 * of a shift the agent goes `away`, finishes what they hold and logs out.
 * An agent the router sets away for missed offers (`missed-offers`) comes
 * back after `awayAfterMissedSeconds`.
 */
import { CHANNELS, type AgentProfile, type Channel } from '../core/model.js';
import { compileDistribution, type Sampler } from './distributions.js';
import type { Random } from './random.js';
import type { AgentGroupSpec } from './scenario-schema.js';

export const CHANNEL_INDEX: Readonly<Record<Channel, number>> = Object.fromEntries(CHANNELS.map((c, i) => [c, i])) as Record<Channel, number>;

/** What an agent does with an offer. */
export const OfferResponse = { accept: 0, reject: 1, miss: 2 } as const;
export type OfferResponse = (typeof OfferResponse)[keyof typeof OfferResponse];

export class SimAgent {
  readonly id: string;
  /** Index of the agent's group in the scenario. */
  readonly group: number;
  readonly profile: AgentProfile;
  readonly startMs: number;
  readonly endMs: number;
  /** [start, end] ms of each break, spread over the group as the scenario says. */
  readonly breaks: readonly (readonly [number, number])[];
  readonly awayAfterMissedMs: number;
  readonly #r: Random;
  readonly #ring: Sampler | null;
  readonly #pReject: number;
  readonly #pMiss: number;

  loggedIn = false;
  presence: 'available' | 'away' = 'away';
  onBreak = false;
  /** Past the end of the shift: finishing what they hold, then logging out. */
  leaving = false;
  /** Contacts offered to or held by the agent, in all and per channel. */
  holding = 0;
  readonly holdingBy = new Int32Array(CHANNELS.length);

  // Time accounting (ms): staffed = logged in and available or holding something.
  #last = 0;
  staffedMs = 0;
  busyMs = 0;
  readonly busyByChannelMs = new Float64Array(CHANNELS.length);
  handled = 0;

  constructor(spec: AgentGroupSpec, group: number, index: number, r: Random) {
    this.id = `${spec.group}-${index + 1}`;
    this.group = group;
    this.profile = spec.profile;
    this.startMs = spec.startMs;
    this.endMs = spec.endMs;
    this.breaks = spec.breaks.map((b) => {
      const at = b.atMs + (spec.count > 1 ? (b.spreadMs * index) / spec.count : 0);
      return [at, at + b.durationMs] as const;
    });
    this.awayAfterMissedMs = spec.awayAfterMissedMs;
    this.#r = r;
    this.#ring = spec.ring === null ? null : compileDistribution(spec.ring);
    this.#pReject = spec.rejectProbability;
    this.#pMiss = spec.missProbability;
  }

  /** Serves the queue, by its profile. */
  serves(queue: string): boolean {
    return this.profile.queues.includes(queue);
  }

  capacityOn(channel: Channel): number {
    return this.profile.capacity[channel] ?? 0;
  }

  /** The answer `respond` drew last. */
  response: OfferResponse = OfferResponse.accept;

  /** Draws how this agent answers an offer (into `response`); returns after how long (ms). */
  respond(): number {
    const afterMs = this.#ring === null ? 0 : this.#ring.sample(this.#r) * 1000;
    if (this.#pReject === 0 && this.#pMiss === 0) this.response = OfferResponse.accept;
    else {
      const u = this.#r.next();
      this.response = u < this.#pReject ? OfferResponse.reject : u < this.#pReject + this.#pMiss ? OfferResponse.miss : OfferResponse.accept;
    }
    return afterMs;
  }

  /** Adds the time since the last change to the agent's accounts; call before every change. */
  touch(now: number): void {
    const dt = now - this.#last;
    this.#last = now;
    if (dt <= 0 || !this.loggedIn) return;
    if (this.holding > 0) {
      this.busyMs += dt;
      this.staffedMs += dt;
      for (let c = 0; c < this.holdingBy.length; c++) if (this.holdingBy[c]! > 0) this.busyByChannelMs[c]! += dt;
    } else if (this.presence === 'available') this.staffedMs += dt;
  }

  hold(now: number, channel: Channel): void {
    this.touch(now);
    this.holding++;
    this.holdingBy[CHANNEL_INDEX[channel]]!++;
  }

  release(now: number, channel: Channel): void {
    this.touch(now);
    this.holding--;
    this.holdingBy[CHANNEL_INDEX[channel]]!--;
  }
}

/** The scenario's agents, one per head of each group. */
export function createAgents(groups: readonly AgentGroupSpec[], r: Random): SimAgent[] {
  const out: SimAgent[] = [];
  groups.forEach((g, gi) => {
    for (let i = 0; i < g.count; i++) out.push(new SimAgent(g, gi, i, r.fork(`agent:${g.group}:${i}`)));
  });
  return out;
}
