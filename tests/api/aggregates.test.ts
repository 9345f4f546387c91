/**
 * The aggregates endpoints (mocks/aggregates.ts): `GET /api/dashboard` answers the figures of
 * src/domain/metrics over the whole database, checked on the hand-computed example of
 * src/domain/metrics/testing.ts and, for consistency with the list API, on a generated seed;
 * `GET /api/dashboard/satisfaction` answers the survey list's figure. Roles, 401 and 400 as the API's
 * conventions say.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { AGGREGATE_ROUTES } from '../../mocks/aggregates';
import { resetMockDb } from '../../mocks/db';
import { buildOpenApiDocument } from '../../mocks/devtools/openapiBuilder';
import { API_ROUTES } from '../../mocks/openapi';
import { computeDashboard, dashboardDataSchema, satisfactionFigureSchema, type DashboardData, type SatisfactionFigure } from '../../src/domain/metrics';
import { exampleRecords } from '../../src/domain/metrics/exampleRecords';
import { EXAMPLE_INPUT, EXAMPLE_RANGE, EXAMPLE_TODAY } from '../../src/domain/metrics/testing';
import { call, listQuery, sendIdempotent, setupMockApi, USERS } from './helpers';

setupMockApi();

function loadExample(): void {
  resetMockDb({ data: { ...exampleRecords(), documents: [], auditEvents: [] }, referenceDate: EXAMPLE_TODAY });
}

const dashboard = (query: string, as: string | null = USERS.manager) => call<DashboardData & { message?: string; errors?: Record<string, string> }>(`/dashboard?${query}`, { as });
const satisfaction = (query: string, as: string | null = USERS.manager) => call<SatisfactionFigure & { errors?: Record<string, string> }>(`/dashboard/satisfaction${query ? `?${query}` : ''}`, { as });

describe('GET /api/dashboard on the hand-computed example', () => {
  beforeEach(loadExample);

  it('answers every figure of src/domain/metrics for the range', async () => {
    const { status, body } = await dashboard('from=2026-03-01&to=2026-05-31');
    expect(status).toBe(200);
    expect(dashboardDataSchema.parse(body)).toEqual(computeDashboard(EXAMPLE_INPUT, EXAMPLE_RANGE));
    expect(body.kpis).toMatchObject({ openClaims: 2, overdueClaims: 1, paidThisMonth: { amount: 12_000 }, lossRatio: { earnedPremium: 2_950, payouts: 100_000 } });
    expect(body.payoutsByPeril.map((row) => row.total)).toEqual([30_000, 0, 70_000]);
    expect(body.satisfaction.byMonth.map((row) => [row.rate, row.responseRate])).toEqual([[0.5, 2 / 3], [null, null], [null, 0]]);
  });

  it('narrows every figure to one plan', async () => {
    const { status, body } = await dashboard('from=2026-03-01&to=2026-05-31&plan=light');
    expect(status).toBe(200);
    expect(body.scope.plan).toBe('light');
    expect(body).toEqual(computeDashboard(EXAMPLE_INPUT, { ...EXAMPLE_RANGE, plan: 'light' }));
    expect(body.kpis.openClaims).toBe(0);
  });

  it('follows the data: after a payment run the figures include the new payment', async () => {
    expect((await dashboard('from=2026-03-01&to=2026-06-15')).body.kpis.paidThisMonth).toEqual({ month: '2026-06', amount: 12_000, payments: 1 });
    const run = await sendIdempotent('/payments/run', { claimIds: ['c7'] }, { as: USERS.supervisor });
    expect(run.status).toBe(200);
    const { body } = await dashboard('from=2026-03-01&to=2026-06-15');
    expect(body.kpis.paidThisMonth).toEqual({ month: '2026-06', amount: 57_000, payments: 2 });
    expect(body.payoutsByPeril.at(-1)?.amounts.theft_loss).toBe(45_000);
  });

  it('serves managers and supervisors; adjusters get 403, the anonymous 401', async () => {
    expect((await dashboard('from=2026-03-01&to=2026-05-31', USERS.supervisor)).status).toBe(200);
    const adjuster = await dashboard('from=2026-03-01&to=2026-05-31', USERS.adjuster);
    expect(adjuster.status).toBe(403);
    expect(adjuster.body).toMatchObject({ code: 'FORBIDDEN' });
    expect((await dashboard('from=2026-03-01&to=2026-05-31', null)).status).toBe(401);
  });

  it.each([
    ['', ['from', 'to']],
    ['from=2026-03-01', ['to']],
    ['from=2026-02-30&to=2026-05-31', ['from']],
    ['from=2026/03/01&to=2026-05-31', ['from']],
    ['from=2026-06-01&to=2026-05-31', ['to']],
    ['from=2010-01-01&to=2026-05-31', ['to']],
    ['from=2026-03-01&to=2026-05-31&plan=gold', ['plan']],
    ['from=2026-03-01&to=2026-05-31&peril=water', ['body']],
    ['from=2026-03-01&from=2026-04-01&to=2026-05-31', ['from']],
  ])('answers 400 naming the bad parameters: ?%s', async (query, fields) => {
    const { status, body } = await dashboard(query);
    expect(status).toBe(400);
    expect(body.message).toEqual(expect.any(String));
    for (const field of fields) expect(Object.keys(body.errors ?? {})).toContain(field);
  });
});

describe('GET /api/dashboard/satisfaction', () => {
  beforeEach(loadExample);

  it('without a filter: every survey (6 sent, 3 answered, 2 satisfied)', async () => {
    const { status, body } = await satisfaction('');
    expect(status).toBe(200);
    expect(satisfactionFigureSchema.parse(body)).toMatchObject({ sent: 6, answers: 3, satisfied: 2, rate: 2 / 3, responseRate: 0.5 });
  });

  it('with the survey list filter: sent dates, peril, adjuster, plan', async () => {
    expect((await satisfaction('from=2026-03-01&to=2026-05-31&peril=water')).body).toMatchObject({ sent: 2, answers: 1, satisfied: 0, rate: 0, responseRate: 0.5 });
    expect((await satisfaction('adjusterId=sato&from=2026-05-01')).body).toMatchObject({ sent: 2, answers: 1, rate: 1 });
    expect((await satisfaction('plan=light')).body).toMatchObject({ sent: 2, answers: 0, rate: null, responseRate: 0 });
    expect((await satisfaction('from=2027-01-01')).body).toMatchObject({ sent: 0, answers: 0, rate: null, responseRate: null });
  });

  it('serves every role that reads surveys (adjusters too); 400 on a bad filter; 401 anonymous', async () => {
    expect((await satisfaction('', USERS.adjuster)).status).toBe(200);
    const bad = await satisfaction('peril=fire&to=2026-13-01');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors ?? {})).toEqual(expect.arrayContaining(['peril', 'to']));
    expect((await satisfaction('', null)).status).toBe(401);
  });
});

describe('GET /api/dashboard on a generated seed agrees with the list API', () => {
  beforeEach(() => {
    resetMockDb({ seed: 1, referenceDate: '2026-06-15', size: 400 });
  });

  it('claims by status count the claims the list finds received in the range; payouts add up', async () => {
    const { status, body } = await dashboard('from=2025-07-01&to=2026-06-15');
    expect(status).toBe(200);
    const listed = await call<unknown[]>(`/claims${listQuery({ range: [0, 0], filter: { receivedDate_gte: '2025-07-01', receivedDate_lte: '2026-06-15' } })}`, { as: USERS.manager });
    const total = Number(listed.headers.get('Content-Range')?.split('/')[1]);
    expect(body.claimsByStatus.reduce((sum, row) => sum + row.count, 0)).toBe(total);
    expect(total).toBeGreaterThan(100);
    const paid = await call<unknown[]>(`/claims${listQuery({ range: [0, 0], filter: { status: 'paid', receivedDate_gte: '2025-07-01', receivedDate_lte: '2026-06-15' } })}`, { as: USERS.manager });
    expect(body.claimsByStatus.find((row) => row.status === 'paid')?.count).toBe(Number(paid.headers.get('Content-Range')?.split('/')[1]));
    const payouts = body.payoutsByPeril.reduce((sum, row) => sum + row.total, 0);
    expect(payouts).toBe(body.kpis.lossRatio.payouts);
    expect(payouts).toBeGreaterThan(0);
    expect(body.kpis.satisfaction.answers).toBeGreaterThan(0);
    expect(body.consumption.policies).toBeGreaterThan(0);
  });

  it('with a plan, each status bar counts what its drill-down (the claims list filtered on plan) finds', async () => {
    const counts = { standard: 0, light: 0 };
    for (const plan of ['standard', 'light'] as const) {
      const { status, body } = await dashboard(`from=2025-07-01&to=2026-06-15&plan=${plan}`);
      expect(status).toBe(200);
      for (const row of body.claimsByStatus) {
        const filter = { status: [row.status], plan, receivedDate_gte: '2025-07-01', receivedDate_lte: '2026-06-15' };
        const listed = await call<unknown[]>(`/claims${listQuery({ range: [0, 0], filter })}`, { as: USERS.manager });
        expect(Number(listed.headers.get('Content-Range')?.split('/')[1]), `${plan} ${row.status}`).toBe(row.count);
        counts[plan] += row.count;
      }
    }
    // Both plans have claims in the range, and together they are every claim of the range.
    expect(counts.standard).toBeGreaterThan(0);
    expect(counts.light).toBeGreaterThan(0);
    const { body } = await dashboard('from=2025-07-01&to=2026-06-15');
    expect(body.claimsByStatus.reduce((sum, row) => sum + row.count, 0)).toBe(counts.standard + counts.light);
  });
});

describe('OpenAPI entries of the aggregates endpoints', () => {
  it('build with the other routes (mocks/openapi.ts adds `...AGGREGATE_ROUTES` to API_ROUTES)', () => {
    const routes = API_ROUTES.some((route) => route.path === '/api/dashboard') ? API_ROUTES : [...API_ROUTES, ...AGGREGATE_ROUTES];
    const document = buildOpenApiDocument(routes, { title: 't', version: '1', description: 'd' });
    expect(document.paths['/api/dashboard']?.get).toMatchObject({ operationId: 'getApiDashboard', tags: ['reports'] });
    expect(document.paths['/api/dashboard/satisfaction']?.get).toBeDefined();
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(['Dashboard', 'Satisfaction']));
  });
});
