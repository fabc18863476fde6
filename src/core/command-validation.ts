/**
 * Validation of command arguments, before anything changes: a bad command
 * gets a typed error with a stable code and leaves the state as it was.
 */
import { fail } from './errors.js';
import { agentId as toAgentId, contactId as toContactId, isValidId, queueId as toQueueId } from './ids.js';
import { isLanguageTag } from './language.js';
import { CHANNELS, isChannel, type AgentProfile, type ContactOwner, type NewContact, type SkillLevels } from './model.js';
import type { CompiledConfig } from './queue-config.js';
import { validateHandoff } from './bot-handoff.js';

export function validPriority(p: unknown): p is number {
  return typeof p === 'number' && Number.isInteger(p) && p >= 0 && p <= 1000;
}

export function validateSkills(skills: unknown, where: string): SkillLevels {
  if (typeof skills !== 'object' || skills === null || Array.isArray(skills))
    throw fail('FIELD_INVALID', `${where} must be an object of skill -> level`, { field: where });
  const out: Record<string, number> = {};
  for (const [name, level] of Object.entries(skills)) {
    if (!isValidId(name)) throw fail('FIELD_INVALID', `${where}: invalid skill name ${JSON.stringify(name)}`, { field: where });
    // Assigned to a plain object, it would set its prototype: the skill would vanish without a word.
    if (name === '__proto__') throw fail('FIELD_INVALID', `${where}: "__proto__" cannot be a skill name`, { field: where });
    if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > 5) {
      throw fail('NUMBER_OUT_OF_RANGE', `${where}.${name} must be an integer level 1..5`, { field: `${where}.${name}`, min: 1, max: 5 });
    }
    out[name] = level;
  }
  return out;
}

/** Checks an agent profile; queues must be configured. */
export function validateProfile(config: CompiledConfig, p: AgentProfile): AgentProfile {
  if (typeof p !== 'object' || p === null) throw fail('FIELD_REQUIRED', 'profile is required', { field: 'profile' });
  const skills = validateSkills(p.skills, 'skills');
  if (!Array.isArray(p.languages) || p.languages.length === 0)
    throw fail('FIELD_REQUIRED', 'languages must list at least one language tag', { field: 'languages' });
  for (const l of p.languages)
    if (!isLanguageTag(l)) throw fail('FIELD_INVALID', `languages: malformed language tag ${JSON.stringify(l)}`, { field: 'languages' });
  if (typeof p.capacity !== 'object' || p.capacity === null) throw fail('FIELD_REQUIRED', 'capacity is required', { field: 'capacity' });
  const capacity: Partial<Record<string, number>> = {};
  for (const [ch, n] of Object.entries(p.capacity)) {
    if (!isChannel(ch)) throw fail('FIELD_INVALID', `capacity.${ch}: unknown channel (use ${CHANNELS.join(', ')})`, { field: `capacity.${ch}` });
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 100)
      throw fail('NUMBER_OUT_OF_RANGE', `capacity.${ch} must be an integer 0..100`, { field: `capacity.${ch}`, min: 0, max: 100 });
    capacity[ch] = n;
  }
  if (!Array.isArray(p.queues) || p.queues.length === 0) throw fail('FIELD_REQUIRED', 'queues must list at least one queue', { field: 'queues' });
  for (const q of p.queues) {
    if (typeof q !== 'string' || !config.queues.has(toQueueId(q))) throw fail('QUEUE_NOT_FOUND', `queue ${String(q)} does not exist`, { queue: String(q) });
  }
  return { skills, languages: [...p.languages], capacity, queues: [...new Set(p.queues)] };
}

/** Checks a new contact against the configuration (tiers, hand-off rules). */
export function validateContact(config: CompiledConfig, input: NewContact) {
  if (typeof input !== 'object' || input === null) throw fail('FIELD_REQUIRED', 'contact is required', { field: 'contact' });
  if (!isValidId(input.id)) throw fail('FIELD_INVALID', `invalid contact id ${JSON.stringify(input.id)}`, { field: 'id' });
  if (!isValidId(input.queueId)) throw fail('FIELD_INVALID', `invalid queue id ${JSON.stringify(input.queueId)}`, { field: 'queueId' });
  if (!isChannel(input.channel)) throw fail('FIELD_INVALID', `channel must be one of ${CHANNELS.join(', ')}`, { field: 'channel' });
  if (!isLanguageTag(input.language)) throw fail('FIELD_INVALID', `malformed language tag ${JSON.stringify(input.language)}`, { field: 'language' });
  const skills = validateSkills(input.skills ?? {}, 'skills');
  const cust = input.customer;
  if (typeof cust !== 'object' || cust === null || !isValidId(cust.id)) throw fail('FIELD_REQUIRED', 'customer.id is required', { field: 'customer.id' });
  const tier = cust.tier ?? 'standard';
  if (!config.tierBonusMs.has(tier)) throw fail('UNKNOWN_TIER', `unknown customer tier ${JSON.stringify(tier)}`, { tier });
  if (input.priority !== undefined && !validPriority(input.priority))
    throw fail('NUMBER_OUT_OF_RANGE', 'priority must be an integer 0..1000', { field: 'priority', min: 0, max: 1000 });
  if (input.preferredAgentId !== undefined && !isValidId(input.preferredAgentId))
    throw fail('FIELD_INVALID', 'invalid preferredAgentId', { field: 'preferredAgentId' });
  if (input.context !== undefined && (typeof input.context !== 'object' || input.context === null || Array.isArray(input.context))) {
    throw fail('FIELD_INVALID', 'context must be an object', { field: 'context' });
  }
  return {
    id: toContactId(input.id),
    queueId: toQueueId(input.queueId),
    channel: input.channel,
    language: input.language,
    skills,
    customer: { id: cust.id, tier },
    priority: input.priority,
    preferredAgentId: input.preferredAgentId === undefined ? null : toAgentId(input.preferredAgentId),
    context: input.context ?? {},
    handoff: validateHandoff(input.handoff, input.channel),
    owner: validateOwner(input.owner),
  };
}

const OWNER_VIA: readonly string[] = ['socket', 'http', 'inherited'];

function validateOwner(o: NewContact['owner']): ContactOwner | undefined {
  if (o === undefined) return undefined;
  if (typeof o !== 'object' || o === null || typeof o.integration !== 'string' || o.integration === '' || !OWNER_VIA.includes(o.via)) {
    throw fail('FIELD_INVALID', 'owner must name an integration and how the contact came (socket, http, inherited)', { field: 'owner' });
  }
  return { integration: o.integration, via: o.via };
}
