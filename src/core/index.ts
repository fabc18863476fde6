export * from './errors.js';
export * from './events.js';
export * from './ids.js';
export * from './model.js';
export { coreConfigSchema, describeIssues, type CoreConfig, type QueueConfig, type RelaxationStep } from './config-schema.js';
export { compileConfig, ConfigProblems, type CompiledConfig, type CompiledQueue, type Level } from './queue-config.js';
export { Router, type Clock, type LoginOptions, type WaitingStats } from './router.js';
export type { TransferTarget } from './transfer-commands.js';
export type { CoreSnapshot } from './core-snapshot.js';
