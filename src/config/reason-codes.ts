/**
 * The reason codes the agent desktop offers when the configuration names
 * none (`awayReasons`, `escalationReasons`). Here, without any dependency,
 * so that the config schema and the browser pages share them.
 */

/** Away reasons an agent picks from (the server sets others itself: `disconnected`, `missed-offers`, `supervisor`...). */
export const DEFAULT_AWAY_REASONS: readonly string[] = ['break', 'lunch', 'meeting', 'training', 'coaching', 'other'];

/** Reason codes of an escalation to the supervisor tier. */
export const DEFAULT_ESCALATION_REASONS: readonly string[] = ['complaint', 'technical', 'billing-dispute', 'legal', 'other'];
