/**
 * The simulator (`switchboard simulate`): a contact-center day in virtual
 * time on the real routing core. `simulate(config, scenario, options)`
 * returns the figures; `parseScenario` validates a scenario file against a
 * configuration; `searchStaffing` finds the agents needed for a target.
 */
export { simulate, DEFAULT_REPLICATIONS, type SimulateOptions } from './simulate.js';
export { runReplication, CLOCK_EPOCH, type ContactOutcome, type ReplicationOptions, type ReplicationResult } from './simulator.js';
export { parseScenario, ScenarioError, scenarioSchema, type Scenario, type ParseScenarioOptions } from './scenario-schema.js';
export type { SimulationFigures, RowFigures, AgentGroupFigures, IntervalSeries } from './figures.js';
export type { Estimate } from './statistics.js';
export { searchStaffing, parseStaffingTarget, erlangCStaffing, type StaffingResult, type StaffingTarget } from './staffing.js';
export { erlangB, erlangC, erlangCFigures, erlangCAgents, erlangA, erlangAClosedForm } from './erlang.js';
export { renderChart } from './chart-svg.js';
export { renderTables, renderStaffing } from './report-table.js';
export type { WaitAnnouncer } from './announced-wait.js';
