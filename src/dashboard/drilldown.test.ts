/**
 * Where each chart's click leads: the list and its filter, with the dashboard's date range and plan
 * (claims carry their policy's plan; surveys carry none).
 */
import { describe, expect, test } from 'vitest';
import { claimsPaidInMonth, claimsPaidInRange, claimsReceivedWithStatus, monthInRange, openClaims, overdueClaims, surveysSent, type DrillScope } from './drilldown';

const routeOf = (path: string) => {
  const [resource, query] = path.split('?');
  return { resource, filter: JSON.parse(new URLSearchParams(query).get('filter') ?? 'null') as unknown };
};
const range = { from: '2026-03-16', to: '2026-05-31' };
const both: DrillScope = { range, plan: null };
const standard: DrillScope = { range, plan: 'standard' };

describe('payouts by peril and the deadline chart: paid claims decided in the month clicked', () => {
  test('a segment: its peril, the month’s days inside the range, the plan', () => {
    expect(routeOf(claimsPaidInMonth(standard, '2026-03', 'water'))).toEqual({
      resource: '/claims',
      filter: { status: ['paid'], peril: ['water'], plan: 'standard', 'decision.decidedAt_gte': '2026-03-16T00:00:00+09:00', 'decision.decidedAt_lte': '2026-03-31T23:59:59+09:00' },
    });
  });

  test('a whole month of both plans: every peril, no plan filter', () => {
    expect(routeOf(claimsPaidInMonth(both, '2026-04'))).toEqual({
      resource: '/claims',
      filter: { status: ['paid'], 'decision.decidedAt_gte': '2026-04-01T00:00:00+09:00', 'decision.decidedAt_lte': '2026-04-30T23:59:59+09:00' },
    });
  });
});

test('a cycle-time bucket: the claims paid (decided) in the range, of the plan', () => {
  expect(routeOf(claimsPaidInRange({ range, plan: 'light' })).filter).toEqual({
    status: ['paid'],
    plan: 'light',
    'decision.decidedAt_gte': '2026-03-16T00:00:00+09:00',
    'decision.decidedAt_lte': '2026-05-31T23:59:59+09:00',
  });
});

test('a status bar: claims received in the range now in that status, of the plan', () => {
  expect(routeOf(claimsReceivedWithStatus(standard, 'denied'))).toEqual({
    resource: '/claims',
    filter: { status: ['denied'], plan: 'standard', receivedDate_gte: '2026-03-16', receivedDate_lte: '2026-05-31' },
  });
  expect(routeOf(claimsReceivedWithStatus(both, 'paid')).filter).toEqual({ status: ['paid'], receivedDate_gte: '2026-03-16', receivedDate_lte: '2026-05-31' });
});

test('the open and overdue KPI cards keep the plan', () => {
  expect(routeOf(openClaims('light')).filter).toEqual({ status: ['received', 'awaiting_documents', 'in_review', 'pending_approval'], plan: 'light' });
  expect(routeOf(overdueClaims('2026-06-15')).filter).toEqual({ status: ['received', 'awaiting_documents', 'in_review', 'pending_approval'], dueDate_lt: '2026-06-15' });
  expect(routeOf(overdueClaims('2026-06-15', 'standard')).filter).toMatchObject({ plan: 'standard', dueDate_lt: '2026-06-15' });
});

describe('satisfaction charts: the surveys list', () => {
  test('a month bar: the surveys sent that month inside the range', () => {
    expect(monthInRange('2026-05', range)).toEqual({ from: '2026-05-01', to: '2026-05-31' });
    expect(monthInRange('2026-03', range)).toEqual({ from: '2026-03-16', to: '2026-03-31' });
    expect(routeOf(surveysSent(monthInRange('2026-03', range)))).toEqual({ resource: '/surveys', filter: { sentDate_gte: '2026-03-16', sentDate_lte: '2026-03-31' } });
  });

  test('a peril or adjuster bar: the range and that group', () => {
    expect(routeOf(surveysSent(range, { peril: 'water' })).filter).toEqual({ sentDate_gte: '2026-03-16', sentDate_lte: '2026-05-31', peril: 'water' });
    expect(routeOf(surveysSent(range, { adjusterId: 'sato' })).filter).toEqual({ sentDate_gte: '2026-03-16', sentDate_lte: '2026-05-31', adjusterId: 'sato' });
  });
});
