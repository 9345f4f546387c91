/**
 * The figures managers read (shared/spec/product.md, "Figures managers read"): pure functions from
 * records to figures, their zod schemas and the aggregates endpoint's query. No UI, no backend.
 */
export * from './schema';
export * from './query';
export * from './months';
export { scopeOf, type MetricsInput, type Scope, type ClaimPayment } from './scope';
export { payoutsByPeril, claimsByStatus } from './payouts';
export { CYCLE_TIME_BUCKETS, cycleTime, deadlineByMonth, deadlineShare, paidWithinDeadline, cycleDays, median } from './timeliness';
export { lossRatioByPlan, inForceInMonth } from './lossRatio';
export { consumption, consumptionBucketOf, consumptionBoundsYen, usageOnDate } from './consumption';
export { SATISFIED_ANSWERS, satisfactionOf, satisfactionBreakdown, filterSurveys } from './satisfaction';
export { computeDashboard, kpis, type MetricsSettings, type RangeFigures } from './dashboard';
