export { createLogger, isLogLevel, LOG_LEVELS, REDACT_PATHS, type LoggerOptions, type LogLevel } from './logger.js';
export { configSummary, type ConfigSummary, type QueueSummary } from './config-summary.js';
export { eventFields, eventLogObserver } from './event-log.js';
