/**
 * Validation of command arguments, before anything changes: a bad command
 * gets a typed error with a stable code and leaves the state as it was.
 */
import { invalid, notFound } from './errors.js';
import { agentId as toAgentId, contactId as toContactId, isValidId, queueId as toQueueId } from './ids.js';
import { isLanguageTag } from './language.js';
import { CHANNELS, isChannel, type AgentProfile, type ContactOwner, type NewContact, type SkillLevels } from './model.js';
import type { CompiledConfig } from './queue-config.js';
import { validateHandoff } from './bot-handoff.js';

export function validPriority(p: unknown): p is number {
  return typeof p === 'number' && Number.isInteger(p) && p >= 0 && p <= 1000;
}

export function validateSkills(skills: unknown, where: string): SkillLevels {
  if (typeof skills !== 'object' || skills === null || Array.isArray(skills)) throw invalid(`${where} must be an object of skill -> level`);
  const out: Record<string, number> = {};
  for (const [name, level] of Object.entries(skills)) {
    if (!isValidId(name)) throw invalid(`${where}: invalid skill name ${JSON.stringify(name)}`);
    // Assigned to a plain object, it would set its prototype: the skill would vanish without a word.
    if (name === '__proto__') throw invalid(`${where}: "__proto__" cannot be a skill name`);
    if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > 5) {
      throw invalid(`${where}.${name} must be an integer level 1..5`);
    }
    out[name] = level;
  }
  return out;
}

/** Checks an agent profile; queues must be configured. */
export function validateProfile(config: CompiledConfig, p: AgentProfile): AgentProfile {
  if (typeof p !== 'object' || p === null) throw invalid('profile is required');
  const skills = validateSkills(p.skills, 'skills');
  if (!Array.isArray(p.languages) || p.languages.length === 0) throw invalid('languages must list at least one language tag');
  for (const l of p.languages) if (!isLanguageTag(l)) throw invalid(`languages: malformed language tag ${JSON.stringify(l)}`);
  if (typeof p.capacity !== 'object' || p.capacity === null) throw invalid('capacity is required');
  const capacity: Partial<Record<string, number>> = {};
  for (const [ch, n] of Object.entries(p.capacity)) {
    if (!isChannel(ch)) throw invalid(`capacity.${ch}: unknown channel (use ${CHANNELS.join(', ')})`);
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 100) throw invalid(`capacity.${ch} must be an integer 0..100`);
    capacity[ch] = n;
  }
  if (!Array.isArray(p.queues) || p.queues.length === 0) throw invalid('queues must list at least one queue');
  for (const q of p.queues) {
    if (typeof q !== 'string' || !config.queues.has(toQueueId(q))) throw notFound(`queue ${String(q)} does not exist`);
  }
  return { skills, languages: [...p.languages], capacity, queues: [...new Set(p.queues)] };
}

/** Checks a new contact against the configuration (tiers, hand-off rules). */
export function validateContact(config: CompiledConfig, input: NewContact) {
  if (typeof input !== 'object' || input === null) throw invalid('contact is required');
  if (!isValidId(input.id)) throw invalid(`invalid contact id ${JSON.stringify(input.id)}`);
  if (!isValidId(input.queueId)) throw invalid(`invalid queue id ${JSON.stringify(input.queueId)}`);
  if (!isChannel(input.channel)) throw invalid(`channel must be one of ${CHANNELS.join(', ')}`);
  if (!isLanguageTag(input.language)) throw invalid(`malformed language tag ${JSON.stringify(input.language)}`);
  const skills = validateSkills(input.skills ?? {}, 'skills');
  const cust = input.customer;
  if (typeof cust !== 'object' || cust === null || !isValidId(cust.id)) throw invalid('customer.id is required');
  const tier = cust.tier ?? 'standard';
  if (!config.tierBonusMs.has(tier)) throw invalid(`unknown customer tier ${JSON.stringify(tier)}`);
  if (input.priority !== undefined && !validPriority(input.priority)) throw invalid('priority must be an integer 0..1000');
  if (input.preferredAgentId !== undefined && !isValidId(input.preferredAgentId)) throw invalid('invalid preferredAgentId');
  if (input.context !== undefined && (typeof input.context !== 'object' || input.context === null || Array.isArray(input.context))) {
    throw invalid('context must be an object');
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
    throw invalid('owner must name an integration and how the contact came (socket, http, inherited)');
  }
  return { integration: o.integration, via: o.via };
}
