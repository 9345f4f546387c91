/**
 * The figures managers read (shared/spec/product.md, "Figures managers read"): pure functions from
 * records to figures, their zod schemas and the aggregates endpoint's query. No UI, no backend.
 */
export * from './schema';
export * from './query';
export * from './months';
export { scopeIn, type MetricsIndex, type MetricsInput, type Scope } from './scope';
export { indexMetrics, scopeOf } from './metricsIndex';
export { LiveMetrics, type LivePayment, type LiveSurvey } from './liveIndex';
export { buildLiveMetrics, type LiveMetricsInput } from './liveBuild';
export { applyMetricsChanges, type MetricsChanges, type RecordWrite } from './liveChanges';
export { payoutsByPeril, claimsByStatus } from './payouts';
export { CYCLE_TIME_BUCKETS, cycleTime, deadlineByMonth, deadlineShare, paidWithinDeadline, paidWithinDeadlineIn, median } from './timeliness';
export { lossRatioByPlan, inForceInMonth } from './lossRatio';
export { consumption, consumptionBucketOf, consumptionBoundsYen } from './consumption';
export { SATISFIED_ANSWERS, satisfactionOf, satisfactionIn, satisfactionBreakdown, filterSurveys } from './satisfaction';
export { computeDashboard, dashboardFromIndex, kpis, type MetricsSettings, type RangeFigures } from './dashboard';
