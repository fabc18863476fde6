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
  survey: { reasons: ['not-resolved', 'wrong-information', 'too-long', 'agent-attitude', 'other'] },
  agents: {
    alice: { skills: { billing: 3 }, languages: ['en'], capacity: { voice: 1, chat: 3, email: 2 }, queues: ['support-en'] },
    bruno: { skills: { billing: 2 }, languages: ['fr-CA', 'en'], capacity: { voice: 1, chat: 3, email: 2 }, queues: ['support-fr', 'support-en'] },
    chloe: { skills: { tech: 4 }, languages: ['fr'], capacity: { voice: 1, chat: 2 }, queues: ['support-fr'] },
    dana: { skills: { billing: 5, tech: 3 }, languages: ['en', 'fr'], capacity: { voice: 1, chat: 2, email: 2 }, queues: ['escalations'] },
  },
  allowProfileAtLogin: true,
} as const;
