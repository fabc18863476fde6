/**
 * Hours of operation of the support queues: open around the clock, so that
 * the demo works whenever someone tries it, except on two named holidays
 * (Toronto time), when a call is offered a callback at the next opening and
 * a chat or an email is refused with the opening time.
 */
const supportHours = {
  timeZone: 'America/Toronto',
  weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, ['00:00-24:00']])),
  holidays: [
    { date: '12-25', name: 'Christmas Day' },
    { date: '01-01', name: "New Year's Day" },
  ],
  whenClosed: { action: 'callback' },
} as const;

/**
 * The embedded demo configuration served when no config file is given:
 * English and French queues over voice, chat and email, an escalation queue
 * served by a team lead, a Prime tier, and a few agent profiles. Agents may also bring their own profile at login.
 */
export const demoConfig = {
  queues: [
    {
      id: 'support-en',
      name: 'Support (English)',
      labels: { fr: 'Soutien (anglais)' },
      channels: ['voice', 'chat', 'email'],
      offerTimeoutSeconds: 20,
      wrapUpSeconds: 30,
      serviceLevel: { thresholdSeconds: 20, target: 0.8 },
      dispositions: ['resolved', 'refund', 'replacement', 'follow-up', 'escalated'],
      lastAgentRouting: true,
      preferenceWindowSeconds: 30,
      escalateTo: 'escalations',
      // Bot hand-offs (3) and cancellations (1) share these agents with
      // standard contacts (5): waiting raises everyone's priority, keeping
      // their place by arrival, so nobody waits behind a stream of others.
      steps: [
        { afterSeconds: 120, priority: 3 },
        { afterSeconds: 600, priority: 1 },
      ],
      hours: supportHours,
    },
    {
      id: 'support-fr',
      name: 'Support (français)',
      labels: { en: 'Support (French)', fr: 'Soutien (français)' },
      channels: ['voice', 'chat', 'email'],
      languageMatch: 'exact',
      offerTimeoutSeconds: 20,
      wrapUpSeconds: 30,
      wrapUpMode: 'mandatory',
      dispositions: ['resolu', 'remboursement', 'remplacement', 'suivi', 'escalade'],
      lastAgentRouting: true,
      preferenceWindowSeconds: 30,
      escalateTo: 'escalations',
      steps: [
        { afterSeconds: 30, languageMatch: 'primary' },
        { afterSeconds: 120, overflowTo: ['support-en'], priority: 3 },
        { afterSeconds: 600, priority: 1 },
      ],
      hours: supportHours,
    },
    {
      // The supervisor tier: escalated contacts, served by team leads, first in line.
      id: 'escalations',
      name: 'Escalations',
      labels: { fr: 'Escalades' },
      channels: ['voice', 'chat', 'email'],
      defaultPriority: 2,
      offerTimeoutSeconds: 30,
      wrapUpSeconds: 60,
      serviceLevel: { thresholdSeconds: 30, target: 0.9 },
      dispositions: ['resolved', 'refund', 'replacement', 'follow-up'],
    },
  ],
  tiers: { prime: { bonusSeconds: 60 } },
  // Chats a bot could not finish come first; cancellations before anything else.
  botHandoff: { priority: 3, intents: { 'cancel-subscription': { priority: 1 } } },
  // A "no" counts against the agent only when it is about them; a problem not solved reopens the case with them.
  survey: {
    reasons: [
      { id: 'not-resolved', about: 'agent', reopens: true },
      { id: 'wrong-information', about: 'agent', reopens: true },
      { id: 'too-long', about: 'policy' },
      { id: 'agent-attitude', about: 'agent' },
      { id: 'other', about: 'product' },
    ],
  },
  agents: {
    alice: { skills: { billing: 3 }, languages: ['en'], capacity: { voice: 1, chat: 3, email: 2 }, queues: ['support-en'] },
    bruno: { skills: { billing: 2 }, languages: ['fr-CA', 'en'], capacity: { voice: 1, chat: 3, email: 2 }, queues: ['support-fr', 'support-en'] },
    chloe: { skills: { tech: 4 }, languages: ['fr'], capacity: { voice: 1, chat: 2 }, queues: ['support-fr'] },
    dana: { skills: { billing: 5, tech: 3 }, languages: ['en', 'fr'], capacity: { voice: 1, chat: 2, email: 2 }, queues: ['escalations'] },
  },
  allowProfileAtLogin: true,
} as const;
