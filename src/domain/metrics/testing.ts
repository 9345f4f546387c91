/**
 * The hand-computed example of the metrics tests, shared by the endpoint and dashboard tests (which
 * expand it into full records with mocks/builders.ts). Today is 2026-06-15; the example range is
 * 2026-03-01…2026-05-31: March has one payment and three surveys, April is empty, May has two
 * payments and two surveys nobody answered. Each figure is worked out by hand in metrics.test.ts.
 * No test framework is imported here.
 */
import type { IsoDate } from '../dates';
import type { MetricsInput } from './scope';

/** A claim of the example, with the completion date full records need. */
export type ExampleClaim = MetricsInput['claims'][number] & { completedDate: IsoDate | null };

const decided = (payout: number, date: IsoDate) => ({ decision: 'approve' as const, payout, decidedBy: 'sato', decidedAt: `${date}T15:00:00+09:00` });

/** Today in the example. */
export const EXAMPLE_TODAY = '2026-06-15';
/** The example's range. */
export const EXAMPLE_RANGE = { from: '2026-03-01', to: '2026-05-31' } as const;

/** Policies: p1, p2 standard active (p2 from 2026-04-20); p3 light active; p4 light cancelled; p5 standard lapsed. */
export const EXAMPLE_POLICIES: MetricsInput['policies'] = [
  { id: 'p1', plan: 'standard', status: 'active', inceptionDate: '2025-01-10' },
  { id: 'p2', plan: 'standard', status: 'active', inceptionDate: '2026-04-20' },
  { id: 'p3', plan: 'light', status: 'active', inceptionDate: '2026-02-01' },
  { id: 'p4', plan: 'light', status: 'cancelled', inceptionDate: '2025-06-01' },
  { id: 'p5', plan: 'standard', status: 'lapsed', inceptionDate: '2025-03-01' },
];

const base = { deadlineExtension: null, recommendation: null, investigationCost: undefined } as const;

/** Claims c1…c8 (see metrics.test.ts for what each one is there for). */
export const EXAMPLE_CLAIMS: ExampleClaim[] = [
  // Paid 2026-03-10, on time (due 03-27), 18 days after receipt.
  { ...base, id: 'c1', policyId: 'p1', peril: 'damage', status: 'paid', incidentDate: '2026-02-18', receivedDate: '2026-02-20', completedDate: '2026-02-25', dueDate: '2026-03-27', repairCost: 33_000, decision: decided(30_000, '2026-03-08') },
  // Light plan, paid 2026-05-06, late (due 04-04), 66 days.
  { ...base, id: 'c2', policyId: 'p3', peril: 'damage', status: 'paid', incidentDate: '2026-02-27', receivedDate: '2026-03-01', completedDate: '2026-03-05', dueDate: '2026-04-04', repairCost: 23_000, decision: decided(20_000, '2026-05-04') },
  // Paid 2026-05-20, after the due date but within its extension (until 05-31), 78 days.
  {
    ...base, id: 'c3', policyId: 'p1', peril: 'water', status: 'paid', incidentDate: '2026-03-01', receivedDate: '2026-03-03', completedDate: '2026-03-04', dueDate: '2026-04-03', repairCost: 53_000, decision: decided(50_000, '2026-05-18'),
    deadlineExtension: { until: '2026-05-31', reason: 'expert_inquiry', note: '水濡れの鑑定', extendedBy: 'sato', extendedAt: '2026-04-01T10:00:00+09:00' },
  },
  // Open, overdue today (due 06-04).
  { ...base, id: 'c4', policyId: 'p2', peril: 'failure', status: 'in_review', incidentDate: '2026-04-30', receivedDate: '2026-05-02', completedDate: '2026-05-05', dueDate: '2026-06-04', repairCost: 40_000, decision: null },
  // Open, incomplete (no due date), received after the range.
  { ...base, id: 'c5', policyId: 'p1', peril: 'damage', status: 'received', incidentDate: '2026-06-08', receivedDate: '2026-06-10', completedDate: null, dueDate: null, repairCost: 18_000, decision: null },
  // Denied.
  { ...base, id: 'c6', policyId: 'p3', peril: 'damage', status: 'denied', incidentDate: '2026-03-12', receivedDate: '2026-03-15', completedDate: '2026-03-16', dueDate: '2026-04-15', repairCost: 10_000, decision: { ...decided(0, '2026-03-20'), decision: 'deny' } },
  // Approved, payment scheduled (not paid).
  { ...base, id: 'c7', policyId: 'p1', peril: 'theft_loss', status: 'approved', incidentDate: '2026-05-20', receivedDate: '2026-05-25', completedDate: '2026-05-27', dueDate: '2026-06-26', repairCost: 48_000, decision: decided(45_000, '2026-06-01') },
  // Received in the range, paid this month (2026-06-05), after the range.
  { ...base, id: 'c8', policyId: 'p1', peril: 'damage', status: 'paid', incidentDate: '2026-05-26', receivedDate: '2026-05-28', completedDate: '2026-05-29', dueDate: '2026-06-28', repairCost: 15_000, decision: decided(12_000, '2026-06-03') },
];

/** Payments: four paid (03-10, 05-06, 05-20, 06-05) and one scheduled. */
export const EXAMPLE_PAYMENTS: MetricsInput['payments'] = [
  { claimId: 'c1', policyId: 'p1', amount: 30_000, status: 'paid', paidDate: '2026-03-10' },
  { claimId: 'c2', policyId: 'p3', amount: 20_000, status: 'paid', paidDate: '2026-05-06' },
  { claimId: 'c3', policyId: 'p1', amount: 50_000, status: 'paid', paidDate: '2026-05-20' },
  { claimId: 'c7', policyId: 'p1', amount: 45_000, status: 'scheduled', paidDate: null },
  { claimId: 'c8', policyId: 'p1', amount: 12_000, status: 'paid', paidDate: '2026-06-05' },
];

/** A survey of the example, with the claim it follows. */
export type ExampleSurvey = MetricsInput['surveys'][number] & { claimId: string };

/** Surveys: March 3 sent (満足, どちらともいえない, no answer), May 2 sent and unanswered, June 1 (after the range). */
export const EXAMPLE_SURVEYS: ExampleSurvey[] = [
  { claimId: 'c1', policyId: 'p1', peril: 'damage', adjusterId: 'sato', sentDate: '2026-03-10', answer: 'satisfied' },
  { claimId: 'c3', policyId: 'p1', peril: 'water', adjusterId: 'tanaka', sentDate: '2026-03-20', answer: 'neutral' },
  { claimId: 'c6', policyId: 'p3', peril: 'damage', adjusterId: 'sato', sentDate: '2026-03-25', answer: null },
  { claimId: 'c2', policyId: 'p3', peril: 'damage', adjusterId: 'sato', sentDate: '2026-05-06', answer: null },
  { claimId: 'c3', policyId: 'p1', peril: 'water', adjusterId: 'tanaka', sentDate: '2026-05-20', answer: null },
  { claimId: 'c8', policyId: 'p1', peril: 'damage', adjusterId: 'sato', sentDate: '2026-06-05', answer: 'satisfied' },
];

/** The whole example as the metrics' input. */
export const EXAMPLE_INPUT: MetricsInput = {
  policies: EXAMPLE_POLICIES,
  claims: EXAMPLE_CLAIMS,
  payments: EXAMPLE_PAYMENTS,
  surveys: EXAMPLE_SURVEYS,
  users: [
    { id: 'sato', name: '佐藤 美咲' },
    { id: 'tanaka', name: '田中 健一' },
  ],
  today: EXAMPLE_TODAY,
};
