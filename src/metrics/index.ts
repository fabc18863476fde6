export { Metrics, type MetricsOptions, type RouterView } from './metrics.js';
export type { ContactLabels } from './families.js';
export * as buckets from './buckets.js';
