/**
 * Property tests of the router against the reference model
 * (test/harness/reference-model.ts): random configurations and random
 * command sequences run on both; after every command they must have made the
 * same offers and ended the same contacts, fail with the same error codes and
 * hold the same state, and the router's own events and state must keep the
 * invariants of DESIGN.md §3 (capacity, eligibility, work conservation, one
 * owner, order of service, no starvation by a higher tier).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import t from 'tap';
import { compileConfig, Router, type CoreConfig, type CoreEvent } from '../../src/core/index.js';
import type { AgentProfile, Channel, SkillLevels } from '../../src/core/model.js';
import type { CompiledConfig } from '../../src/core/queue-config.js';
import { ManualClock } from '../fixtures/manual-clock.js';
import { ReferenceModel } from '../harness/reference-model.js';
import { compareKeys, hasRoomFor, isEligible, levelOf, passesLevel, queueOf, type ModelOffer } from '../harness/reference-rules.js';
import { assertCounts } from '../fixtures/queue-counts.js';
import { agentCount, commandsArb, configArb, Driver, hasHours, perform, startArb, type Command, type Shape } from '../fixtures/routing-scenarios.js';

// ---- what is compared ----------------------------------------------------------

interface ContactLike {
  id: string;
  seq: number;
  queueId: string;
  channel: Channel;
  state: string;
  agentId: string | null;
  step: number;
  priority: number;
  firstArrival: number;
  virtualArrival: number;
  preferUntil: number | null;
  declinedBy: readonly string[];
  deadline: number | null;
  consultBy: string | null;
}
interface AgentLike {
  id: string;
  presence: string;
  awayReason: string | null;
  loginSeq: number;
  missedInRow: number;
  idleSince: number;
  contacts: readonly string[];
}

const contactState = (c: ContactLike) => ({
  id: c.id,
  seq: c.seq,
  queueId: c.queueId,
  channel: c.channel,
  state: c.state,
  agentId: c.agentId,
  step: c.step,
  priority: c.priority,
  firstArrival: c.firstArrival,
  virtualArrival: c.virtualArrival,
  preferUntil: c.preferUntil,
  declinedBy: [...c.declinedBy],
  deadline: c.deadline,
  consultBy: c.consultBy,
});

/** `idleSince` only matters (and is only pinned down) while the agent is available. */
const agentState = (a: AgentLike) => ({
  id: a.id,
  presence: a.presence,
  awayReason: a.awayReason,
  loginSeq: a.loginSeq,
  missedInRow: a.missedInRow,
  idleSince: a.presence === 'available' ? a.idleSince : null,
  contacts: [...a.contacts],
});

function stateOf(contacts: Iterable<ContactLike>, agents: Iterable<AgentLike>) {
  return {
    contacts: [...contacts].sort((x, y) => x.seq - y.seq).map(contactState),
    agents: [...agents].sort((x, y) => (x.id < y.id ? -1 : 1)).map(agentState),
  };
}

// ---- invariants read from the router's event feed alone ---------------------------------

interface AuditContact {
  state: string;
  agent: string | null;
  queueId: string;
  channel: Channel;
  language: string;
  skills: SkillLevels;
  tier: string;
  priority: number;
  firstArrival: number;
  virtualArrival: number;
  seq: number;
  step: number;
  declinedBy: string[];
  preferredAgentId: string | null;
  preferUntil: number | null;
  /** During a consultative transfer: the agent whose slot it holds. */
  consultBy: string | null;
  callback: boolean;
}
interface AuditAgent {
  id: string;
  profile: AgentProfile;
  presence: string;
  held: string[];
  /** Contacts of its consultative transfers in progress (a slot held). */
  consulting: string[];
}

/**
 * Follows the router's events with nothing but the events: checks each
 * transition is legal (one owner, ends exactly once), each offer eligible
 * (presence, capacity incl. exclusivity, pools/language/skills of the step
 * in force, no decline, reservation) and, within one matching round, made in
 * key order.
 */
class EventAudit {
  readonly contacts = new Map<string, AuditContact>();
  readonly agents = new Map<string, AuditAgent>();
  readonly ended: { contactId: string; how: 'closed' | 'abandoned' | 'given_up' | 'cancelled' }[] = [];
  #lastOffer: AuditContact | null = null;

  constructor(readonly config: CompiledConfig) {}

  follow(events: readonly CoreEvent[], where: string): void {
    for (const e of events) {
      if (e.type !== 'contact.offered' && !(e.type === 'contact.accepted' && e.auto)) this.#lastOffer = null;
      this.#apply(e, `${where}, event ${JSON.stringify(e)}`);
    }
  }

  #contact(id: string, where: string, ...states: string[]): AuditContact {
    const c = this.contacts.get(id);
    assert.ok(c !== undefined, `${where}: event for a contact that is not live`);
    assert.ok(states.includes(c.state), `${where}: contact is ${c.state}, expected ${states.join('|')}`);
    return c;
  }

  #agent(id: string, where: string): AuditAgent {
    const a = this.agents.get(id);
    assert.ok(a !== undefined, `${where}: unknown agent`);
    return a;
  }

  #releaseFrom(c: AuditContact, id: string, agentId: string, where: string): void {
    assert.equal(c.agent, agentId, `${where}: wrong holder`);
    const a = this.#agent(agentId, where);
    assert.ok(a.held.includes(id), `${where}: agent does not hold the contact`);
    a.held = a.held.filter((h) => h !== id);
    c.agent = null;
    this.#dropIfGone(a);
  }

  #dropIfGone(a: AuditAgent): void {
    if (a.presence === 'offline' && a.held.length === 0 && a.consulting.length === 0) this.agents.delete(a.id);
  }

  #endConsult(c: AuditContact, id: string, agentId: string, where: string): void {
    assert.equal(c.consultBy, agentId, `${where}: consultation of another agent`);
    const a = this.#agent(agentId, where);
    assert.ok(a.consulting.includes(id), `${where}: agent holds no slot for the consultation`);
    a.consulting = a.consulting.filter((h) => h !== id);
    c.consultBy = null;
    this.#dropIfGone(a);
  }

  /** A level in force raises the priority to its own, never lowers it (DESIGN §3.1). */
  #setStep(c: AuditContact, step: number): void {
    c.step = step;
    c.priority = Math.min(c.priority, levelOf(this.config, c).priority);
  }

  #end(id: string, how: 'closed' | 'abandoned' | 'given_up' | 'cancelled'): void {
    this.contacts.delete(id);
    this.ended.push({ contactId: id, how });
  }

  #apply(e: CoreEvent, where: string): void {
    switch (e.type) {
      case 'agent.logged_in': {
        const old = this.agents.get(e.agentId);
        assert.ok(old === undefined || old.presence === 'offline', `${where}: agent logged in twice`);
        this.agents.set(e.agentId, { id: e.agentId, profile: e.profile, presence: e.presence, held: old?.held ?? [], consulting: old?.consulting ?? [] });
        return;
      }
      case 'agent.presence_changed':
        this.#agent(e.agentId, where).presence = e.presence;
        return;
      case 'agent.logged_out': {
        const a = this.#agent(e.agentId, where);
        a.presence = 'offline';
        for (const id of a.held) {
          const c = this.contacts.get(id)!;
          assert.ok(c.state === 'active' && this.config.exclusive.has(c.channel), `${where}: logged out holding a ${c.state} ${c.channel}`);
        }
        assert.equal(a.consulting.length, 0, `${where}: logged out with a consultation holding a slot`);
        this.#dropIfGone(a);
        return;
      }
      case 'contact.created': {
        assert.ok(!this.contacts.has(e.contact.id), `${where}: contact created twice`);
        const r = e.contact;
        this.contacts.set(r.id, {
          // A call to a closed queue may be created a callback at the opening.
          state: r.state === 'scheduled' ? 'scheduled' : 'waiting',
          agent: null,
          queueId: r.queueId,
          channel: r.channel,
          language: r.language,
          skills: r.skills,
          tier: r.customer.tier,
          priority: r.priority,
          firstArrival: r.firstArrival,
          virtualArrival: r.virtualArrival,
          seq: r.seq,
          step: r.step,
          declinedBy: [],
          preferredAgentId: r.preferredAgentId,
          preferUntil: r.preferUntil,
          consultBy: null,
          callback: r.callback !== null,
        });
        return;
      }
      case 'contact.step_changed': {
        const c = this.#contact(e.contactId, where, 'waiting');
        assert.ok(e.step > c.step, `${where}: a step went back`);
        this.#setStep(c, e.step);
        return;
      }
      case 'contact.preference_ended':
        this.#contact(e.contactId, where, 'waiting').preferUntil = null;
        return;
      case 'contact.offered': {
        const c = this.#contact(e.contactId, where, 'waiting');
        const a = this.#agent(e.agentId, where);
        const held = [...a.held, ...a.consulting].map((id) => this.contacts.get(id)!.channel);
        const agent = { id: a.id, presence: a.presence, ...a.profile, languages: a.profile.languages };
        assert.ok(a.presence === 'available', `${where}: offer to an agent who is ${a.presence}`);
        assert.ok(hasRoomFor(this.config, a.profile.capacity, held, c.channel), `${where}: offer over capacity (holding ${held.join(',')})`);
        assert.ok(isEligible(this.config, agent, held, { ...c, preferredAgentId: c.preferredAgentId }), `${where}: ineligible offer`);
        if (this.#lastOffer !== null) {
          assert.ok(compareKeys(this.#lastOffer, c) < 0, `${where}: offers of one matching round out of key order`);
        }
        this.#lastOffer = c;
        // Why (issue 21): the level in force; the preferred agent exactly when it was chosen, else the queue's strategy;
        // an overflow queue exactly when the agent may not take the contact in its own queue.
        const why = e.why;
        assert.ok(why !== undefined, `${where}: offer without a reason`);
        assert.equal(why.step, c.step, `${where}: reason names another step`);
        const queue = this.config.queues.get(c.queueId as never)!;
        assert.equal(why.by, c.preferredAgentId === e.agentId ? 'preferred' : queue.strategy, `${where}: reason names another rule`);
        const level = levelOf(this.config, c);
        const home = { ...level, pools: [level.pools[0]!], poolSkills: [level.poolSkills[0]!] };
        const inHome = passesLevel(agent, c, home);
        assert.equal(why.overflow === null, inHome, `${where}: overflow ${why.overflow} but the agent ${inHome ? 'may' : 'may not'} take it at home`);
        if (why.overflow !== null)
          assert.ok(level.pools.includes(why.overflow) && agent.queues.includes(why.overflow), `${where}: overflow through a queue not open`);
        c.state = 'offered';
        c.agent = a.id;
        c.preferUntil = null;
        a.held.push(e.contactId);
        return;
      }
      case 'contact.accepted': {
        const c = this.#contact(e.contactId, where, 'offered');
        assert.equal(c.agent, e.agentId, `${where}: accepted by another agent`);
        c.state = 'active';
        return;
      }
      case 'contact.offer_rejected':
      case 'contact.offer_expired':
      case 'contact.offer_revoked': {
        const c = this.#contact(e.contactId, where, 'offered');
        this.#releaseFrom(c, e.contactId, e.agentId, where);
        if (e.type !== 'contact.offer_revoked' && !c.declinedBy.includes(e.agentId)) c.declinedBy.push(e.agentId);
        c.state = 'waiting';
        return;
      }
      case 'contact.requeued': {
        const c = this.#contact(e.contactId, where, 'active');
        this.#releaseFrom(c, e.contactId, e.agentId, where);
        c.state = 'waiting';
        return;
      }
      case 'contact.ended': {
        const c = this.#contact(e.contactId, where, 'active');
        assert.equal(c.agent, e.agentId, `${where}: ended by another agent`);
        c.state = 'wrap_up';
        return;
      }
      case 'contact.closed': {
        const c = this.#contact(e.contactId, where, 'wrap_up');
        this.#releaseFrom(c, e.contactId, e.agentId, where);
        this.#end(e.contactId, 'closed');
        return;
      }
      case 'contact.abandoned': {
        const c = this.#contact(e.contactId, where, 'waiting', 'offered', 'scheduled');
        assert.equal(c.consultBy, null, `${where}: abandoned while a consultation still holds a slot`);
        assert.equal(c.agent, e.offeredTo, `${where}: abandoned with the wrong offer holder`);
        if (c.agent !== null) this.#releaseFrom(c, e.contactId, c.agent, where);
        this.#end(e.contactId, 'abandoned');
        return;
      }
      case 'contact.updated': {
        const c = this.#contact(e.contactId, where, 'waiting');
        c.priority = e.priority;
        c.queueId = e.queueId;
        this.#setStep(c, e.step);
        c.preferUntil = e.preferUntil;
        return;
      }
      case 'contact.transferred': {
        const c = this.#contact(e.contactId, where, 'active');
        const a = this.#agent(e.agentId, where);
        if (e.transfer.mode === 'consult') {
          a.consulting.push(e.contactId);
          c.consultBy = e.agentId;
        }
        this.#releaseFrom(c, e.contactId, e.agentId, where);
        c.state = 'waiting';
        c.queueId = e.queueId;
        this.#setStep(c, e.step);
        c.declinedBy = [e.agentId];
        c.preferredAgentId = e.preferredAgentId === undefined ? e.transfer.toAgentId : e.preferredAgentId;
        c.preferUntil = e.preferUntil;
        return;
      }
      case 'contact.transfer_completed': {
        const c = this.#contact(e.contactId, where, e.reason === 'accepted' ? 'active' : 'waiting', 'offered');
        this.#endConsult(c, e.contactId, e.agentId, where);
        return;
      }
      case 'contact.transfer_cancelled': {
        const c = this.#contact(e.contactId, where, 'waiting', 'offered');
        if (c.state === 'offered') {
          assert.equal(c.agent, e.offeredTo, `${where}: cancelled with the wrong offer holder`);
          this.#releaseFrom(c, e.contactId, c.agent!, where);
        }
        // Back in the agent's hands before its consultation slot goes (an agent
        // logged out while on a call must not be dropped in between).
        this.#agent(e.agentId, where).held.push(e.contactId);
        this.#endConsult(c, e.contactId, e.agentId, where);
        c.state = 'active';
        c.agent = e.agentId;
        c.queueId = e.queueId;
        this.#setStep(c, e.step);
        c.preferredAgentId = null;
        c.preferUntil = null;
        return;
      }
      case 'contact.callback_requested': {
        const c = this.#contact(e.contactId, where, 'waiting');
        assert.ok(c.channel === 'voice' && !c.callback, `${where}: callback for a ${c.channel} or twice`);
        c.callback = true;
        return;
      }
      case 'contact.callback_dialing': {
        const c = this.#contact(e.contactId, where, 'active');
        assert.ok(c.callback && c.agent === e.agentId, `${where}: dialing a contact that is no callback or for another agent`);
        return;
      }
      case 'contact.callback_failed': {
        const c = this.#contact(e.contactId, where, 'active');
        assert.ok(c.callback, `${where}: failure of a contact that is no callback`);
        this.#releaseFrom(c, e.contactId, e.agentId, where);
        if (e.retryAt === null) this.#end(e.contactId, 'given_up');
        else c.state = 'scheduled';
        return;
      }
      case 'contact.follow_up_scheduled': {
        assert.ok(!this.contacts.has(e.contact.id), `${where}: follow-up with the id of a live contact`);
        const r = e.contact;
        assert.ok(r.deadline !== null && r.deadline > e.at, `${where}: follow-up not in the future`);
        this.contacts.set(r.id, {
          state: 'scheduled',
          agent: null,
          queueId: r.queueId,
          channel: r.channel,
          language: r.language,
          skills: r.skills,
          tier: r.customer.tier,
          priority: r.priority,
          firstArrival: r.firstArrival,
          virtualArrival: r.virtualArrival,
          seq: r.seq,
          step: r.step,
          declinedBy: [],
          preferredAgentId: r.preferredAgentId,
          preferUntil: null,
          consultBy: null,
          // A voice follow-up is a call out: it carries a callback (the dial once accepted).
          callback: r.callback !== null,
        });
        return;
      }
      case 'contact.follow_up_cancelled':
        this.#contact(e.contactId, where, 'scheduled');
        this.#end(e.contactId, 'cancelled');
        return;
      case 'contact.follow_up_rescheduled': {
        const c = this.#contact(e.contactId, where, 'scheduled');
        assert.ok(e.dueAt > e.at, `${where}: rescheduled into the past`);
        c.firstArrival = e.dueAt;
        c.virtualArrival = e.virtualArrival;
        return;
      }
      case 'contact.due': {
        const c = this.#contact(e.contactId, where, 'scheduled');
        assert.ok(e.step >= c.step, `${where}: a step went back`);
        c.state = 'waiting';
        this.#setStep(c, e.step);
        c.preferUntil = e.preferUntil;
        return;
      }
      case 'contact.connected':
      case 'contact.hold_changed':
      case 'contact.wrap_up_recorded':
      case 'contact.survey_answered':
        return;
    }
  }
}

// ---- invariants of the router's state ------------------------------------------------

function checkState(router: Router, audit: EventAudit, where: string): void {
  const config = router.config;
  const contacts = new Map([...router.contacts()].map((c) => [c.id as string, c]));
  const agents = [...router.agents()];
  // The event feed and the state agree: nothing ended twice, nothing lost.
  assert.deepEqual(
    [...contacts.values()].map((c) => [c.id, c.state, c.agentId, c.step]).sort(),
    [...audit.contacts].map(([id, c]) => [id, c.state, c.agent, c.step]).sort(),
    `${where}: router state and its events disagree on contacts`,
  );
  // One owner: every held contact is held by exactly the agent it names.
  const owner = new Map<string, string>();
  for (const a of agents) {
    for (const id of a.contacts) {
      const c = contacts.get(id);
      assert.ok(c !== undefined && c.agentId === a.id && c.state !== 'waiting', `${where}: ${a.id} holds ${id} wrongly`);
      assert.ok(!owner.has(id), `${where}: ${id} held twice`);
      owner.set(id, a.id);
    }
    const held = heldChannels(a.id, a.contacts, contacts);
    const exclusive = held.filter((ch) => config.exclusive.has(ch));
    assert.ok(
      exclusive.length === 0 || (exclusive.length === 1 && held.every((ch) => config.exclusive.has(ch) || config.interruptible.has(ch))),
      `${where}: ${a.id} holds ${held.join(',')} beside an exclusive contact`,
    );
  }
  for (const c of contacts.values()) {
    assert.equal(c.state === 'waiting' || c.state === 'scheduled', c.agentId === null, `${where}: ${c.id} is ${c.state} with holder ${c.agentId}`);
    if (c.consultBy !== null) {
      assert.ok(c.state === 'waiting' || c.state === 'offered', `${where}: ${c.id} is ${c.state} during a consultation`);
      assert.ok(
        agents.some((a) => a.id === c.consultBy),
        `${where}: ${c.id} holds a slot of an agent that is gone`,
      );
    }
    if (c.agentId !== null) assert.equal(owner.get(c.id), c.agentId, `${where}: ${c.id} not in its holder's list`);
    assert.doesNotThrow(() => levelOf(config, c), `${where}: ${c.id} is past its queue's last level`);
  }
  // The wallboard's and the metrics' counts (kept as the state changes) agree with a pass over the contacts.
  assertCounts(router, where);
  // Work conservation (rule 7): no waiting contact beside an available agent who may take it.
  for (const c of contacts.values()) {
    if (c.state !== 'waiting') continue;
    for (const a of agents) {
      const held = heldChannels(a.id, a.contacts, contacts);
      assert.ok(!isEligible(config, a, held, c), `${where}: ${c.id} waits beside eligible agent ${a.id}`);
    }
  }
  // Skips (DESIGN §3.3): no waiting contact stays at a level marked to skip when unserved (not the last)
  // that no logged-in agent passes. Checked here, on the router alone, as both sides could miss one alike.
  for (const c of contacts.values()) {
    if (c.state !== 'waiting') continue;
    const level = levelOf(config, c);
    if (!level.skipIfUnserved || c.step === queueOf(config, c.queueId).levels.length - 1) continue;
    assert.ok(
      agents.some((a) => a.presence !== 'offline' && passesLevel(a, c, level)),
      `${where}: ${c.id} waits at step ${c.step}, marked to skip, that no logged-in agent could serve`,
    );
  }
}

/** The channels of what an agent holds: its contacts, and the slots its consultative transfers keep. */
function heldChannels(agentId: string, held: readonly string[], contacts: ReadonlyMap<string, { channel: Channel; consultBy: string | null }>): Channel[] {
  const out = held.map((id) => contacts.get(id)!.channel);
  for (const c of contacts.values()) if (c.consultBy === agentId) out.push(c.channel);
  return out;
}

/** Rule 1 at every offer: the agent took the best-key contact it could take; no higher tier overtook a standard contact. */
function checkOrderOfService(offers: readonly ModelOffer[], config: CompiledConfig, where: string): void {
  for (const o of offers) {
    const bonus = config.tierBonusMs.get(o.contact.tier) ?? 0;
    for (const r of o.rivals) {
      assert.ok(compareKeys(o.contact, r) < 0, `${where}: ${o.agentId} took ${o.contactId} before better-keyed ${r.id}`);
      if (r.tier === 'standard' && r.priority === o.contact.priority) {
        assert.ok(
          r.firstArrival >= o.contact.firstArrival - bonus,
          `${where}: standard ${r.id} overtaken by ${o.contact.tier} ${o.contactId}, which arrived more than the bonus later`,
        );
      }
    }
  }
}

// ---- one scenario --------------------------------------------------------------------

const FLUSH: Command = { kind: 'advance', ms: 3_600_000, fire: true };

interface ScenarioStats {
  commands: number;
  offers: number;
  errors: number;
  events: Map<string, number>;
  /** Sequences with hours of operation; openings and closings they crossed; those that crossed a daylight-saving change. */
  withHours: number;
  changes: number;
  dst: number;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
/** The zone's offset from UTC at t, e.g. `GMT-05:00`. */
function offsetAt(zone: string, t: number): string {
  let f = offsetFormats.get(zone);
  if (f === undefined) offsetFormats.set(zone, (f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })));
  return f.formatToParts(t).find((p) => p.type === 'timeZoneName')!.value;
}

/** `start`: where the clock starts when a queue has hours of operation (else at its default). */
function runScenario(config: CoreConfig, start: number, shape: Shape, commands: readonly Command[], stats?: ScenarioStats): void {
  const clock = hasHours(config) ? new ManualClock(start) : new ManualClock();
  const withHours = config.queues.filter((q) => q.hours !== undefined).map((q) => q.id);
  const zones = [...new Set(config.queues.flatMap((q) => (q.hours === undefined ? [] : [q.hours.timeZone])))];
  // Folded once (zod, time zones), for both: the model reads only the folding of steps and the queues' plain fields.
  const compiled = compileConfig(config);
  const router = new Router(compiled, clock);
  const model = new ReferenceModel(config, clock, compiled);
  const driver = new Driver(config, agentCount(shape));
  const audit = new EventAudit(router.config);
  let open = withHours.map((q) => router.queueHours(q)!.open);
  [...commands, FLUSH].forEach((cmd, i) => {
    const action = driver.resolve(cmd, model.contacts, model.agents, clock.now());
    const where = `command #${i} ${JSON.stringify(action)} at ${clock.now()}`;
    if (action.op === 'advance') clock.advance(action.ms);
    const routerError = perform(router, action);
    const modelError = perform(model, action);
    assert.equal(routerError, modelError, `${where}: router and model disagree on the error`);

    const events = router.drainEvents();
    audit.follow(events, where);
    const offers = model.offers.splice(0);
    assert.deepEqual(
      events.flatMap((e) => (e.type === 'contact.offered' ? [[e.at, e.contactId, e.agentId]] : [])),
      offers.map((o) => [o.at, o.contactId, o.agentId]),
      `${where}: router and model made different offers`,
    );
    assert.deepEqual(
      audit.ended.splice(0),
      model.ends.splice(0).map(({ contactId, how }) => ({ contactId, how })),
      `${where}: different ends`,
    );
    assert.deepEqual(stateOf(router.contacts(), router.agents()), stateOf(model.contacts, model.agents), `${where}: router and model hold different states`);
    assert.equal(router.nextDeadline(), model.nextDeadline(), `${where}: next deadline differs`);
    for (const q of withHours) assert.deepEqual(router.queueHours(q), model.queueHours(q), `${where}: hours of ${q} differ`);
    const nowOpen = withHours.map((q) => router.queueHours(q)!.open);
    if (stats !== undefined) stats.changes += nowOpen.filter((o, k) => o !== open[k]).length;
    open = nowOpen;
    checkState(router, audit, where);
    checkOrderOfService(offers, router.config, where);
    if (stats !== undefined) {
      stats.commands++;
      stats.offers += offers.length;
      if (routerError !== null) {
        stats.errors++;
        const key = routerError.includes('opensAt') ? 'closed-refused' : routerError;
        stats.events.set(key, (stats.events.get(key) ?? 0) + 1);
      }
      for (const e of events) {
        const key =
          e.type === 'contact.created' && e.redirectedFrom !== null
            ? router.queueHours(e.redirectedFrom)?.open === false
              ? 'created-by-closed-redirect'
              : 'created-by-overflow'
            : e.type === 'contact.created' && e.contact.state === 'scheduled'
              ? 'created-callback-at-opening'
              : e.type === 'contact.updated' && action.op !== 'updateContact'
                ? 'moved-at-closing'
                : e.type === 'contact.accepted' && e.auto
                  ? 'auto-accepted'
                  : e.type;
        stats.events.set(key, (stats.events.get(key) ?? 0) + 1);
      }
    }
  });
  if (stats !== undefined && withHours.length > 0) {
    stats.withHours++;
    if (zones.some((z) => offsetAt(z, start) !== offsetAt(z, clock.now()))) stats.dst++;
  }
  assert.deepEqual(
    [...model.roundRobin].sort(),
    router
      .snapshot()
      .roundRobin.map(([q, n]) => [q, n])
      .sort(),
    'round-robin pointers differ',
  );
}

// ---- the properties --------------------------------------------------------------------

/** PROPERTY_RUNS=10 multiplies the number of sequences (for a long soak); the default keeps the file well under a minute. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 1);
/**
 * The suite runs fixed seeds, so that a run fails for a change, not for a
 * draw (two draws of 2026-12-06 found router/model disagreements, one fixed
 * in 90fb55c, one, seed -1719723760, by test/unit/router-step-skip.test.ts;
 * with hours of operation, this seed found the router's open state in the
 * hour a daylight-saving change skips or repeats: test/unit/opening-hours.test.ts).
 * PROPERTY_SEED=random draws new sequences (a soak: fast-check prints the
 * seed and path of a failure, which PROPERTY_SEED / PROPERTY_PATH replay).
 */
const SEED = process.env.PROPERTY_SEED === 'random' ? undefined : Number(process.env.PROPERTY_SEED ?? 20261206);

function agreeOn(shape: Shape, numRuns: number, maxLength: number): string[] {
  const stats: ScenarioStats = { commands: 0, offers: 0, errors: 0, events: new Map(), withHours: 0, changes: 0, dst: 0 };
  fc.assert(
    fc.property(configArb, startArb, commandsArb(shape, maxLength), (config, start, commands) => {
      runScenario(config, start, shape, commands, stats);
    }),
    // PROPERTY_SEED (and PROPERTY_PATH) replay a failure fast-check reported.
    {
      numRuns: Math.round(numRuns * RUNS),
      ...(SEED === undefined ? {} : { seed: SEED }),
      ...(process.env.PROPERTY_PATH === undefined ? {} : { path: process.env.PROPERTY_PATH }),
    },
  );
  return [
    `${Math.round(numRuns * RUNS)} sequences, ${stats.commands} commands (${stats.errors} refused), ${stats.offers} offers`,
    `${stats.withHours} sequences with hours of operation: ${stats.changes} openings and closings crossed, ${stats.dst} across a daylight-saving change`,
    JSON.stringify(Object.fromEntries(stats.events)),
  ];
}

t.test('router - agrees with the reference model on random command sequences', async (t) => {
  for (const line of agreeOn('mixed', 3000, 60)) t.comment(line);
  t.pass('router and model agree after every command');
});

t.test('router - agrees with the reference model when many agents compete for many contacts', async (t) => {
  for (const line of agreeOn('busy', 1500, 80)) t.comment(line);
  t.pass('router and model agree after every command');
});

t.test('router - agrees with the reference model with some seventy agents', async (t) => {
  for (const line of agreeOn('crowd', 25, 150)) t.comment(line);
  t.pass('router and model agree after every command');
});
