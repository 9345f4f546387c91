/**
 * The aggregates endpoints: the figures managers read (product.md, "Figures managers read"),
 * computed on the server by src/domain/metrics from the whole mock database, so the browser never
 * downloads every claim to draw a chart.
 *
 * - `GET /api/dashboard?from=YYYY-MM-DD&to=YYYY-MM-DD[&plan=standard|light]` (JST dates, both
 *   inclusive, at most MAX_RANGE_DAYS apart; permission `reports.read`: managers and supervisors)
 *   → 200 DashboardData (src/domain/metrics/schema.ts): KPI cards, payouts per month by peril,
 *   claims by status, share paid within the deadline per month, cycle-time distribution, loss ratio
 *   by plan per month, per-policy aggregate consumption, satisfaction by month, peril and adjuster.
 *   400 `{ message, errors }` on a missing, malformed or unknown parameter; 401; 403 an adjuster.
 * - `GET /api/dashboard/satisfaction[?from&to&peril&adjusterId&plan]` (permission `surveys.read`:
 *   every role, like the survey list) → 200 SatisfactionFigure of the surveys sent `from`…`to` of
 *   that peril, adjuster and plan: the survey list's rate, answers and response rate. 400; 401.
 *
 * Money in integer yen, rates 0..1 (a loss ratio may exceed 1) or null without a denominator.
 */
import { HttpResponse, type HttpHandler } from 'msw';
import type { z } from 'zod';
import {
  dashboardFromIndex,
  indexMetrics,
  dashboardDataSchema,
  dashboardQuerySchema,
  filterSurveys,
  satisfactionFigureSchema,
  satisfactionOf,
  satisfactionQuerySchema,
  type DashboardData,
  type MetricsIndex,
  type MetricsInput,
  type MetricsQuery,
} from '../src/domain/metrics';
import type { MockDb } from './db';
import type { ApiRoute } from './devtools/openapiBuilder';
import { COMPONENT_IDS, apiComponents, errorBodySchema } from './devtools/openapiSchemas';
import { badRequest, fieldErrors } from './http/errors';
import { API_PREFIX } from './http/prefix';
import { route } from './http/route';
import { MOCK_USERS } from './users';

/** The query parameters of `url` parsed with `schema` (a repeated parameter is refused); 400 `{ message, errors }` otherwise. */
export function parseQuery<S extends z.ZodType>(schema: S, url: URL, what: string): z.output<S> {
  const params: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    if (name in params) errors[name] = 'Given more than once';
    params[name] = value;
  }
  const result = schema.safeParse(params);
  if (!result.success) Object.assign(errors, fieldErrors(result.error));
  if (Object.keys(errors).length > 0 || !result.success) throw badRequest(`Invalid ${what} query`, errors);
  return result.data;
}

/**
 * The metrics' input over the database's records (stored, frozen; no copy), its today, and its
 * policies by id (the collection's own map: the index builds none).
 */
export function metricsInputOf(db: MockDb): MetricsInput {
  return {
    policies: db.policies.values(),
    claims: db.claims.values(),
    payments: db.payments.values(),
    surveys: db.surveys.values(),
    users: db.users.size > 0 ? db.users.values() : MOCK_USERS,
    today: db.clock.today(),
    policyById: (id) => db.policies.get(id),
  };
}

/**
 * What the figures were computed over: the database, each collection's revision (mocks/collection.ts
 * changes it on every write) and today. Equal versions mean equal figures.
 */
function dataVersion(db: MockDb): readonly unknown[] {
  return [db, db.policies.revision, db.claims.revision, db.payments.revision, db.surveys.revision, db.users.revision, db.clock.today()];
}

/** How many dashboards are kept for the current data (the ranges and plans recently asked for). */
const CACHE_SIZE = 16;
let cachedVersion: readonly unknown[] = [];
let cachedIndex: MetricsIndex | undefined;
const cache = new Map<string, DashboardData>();

/**
 * The metrics index of the database (src/domain/metrics/scope.ts), built once per data version:
 * every record is read once when the data have changed since the last dashboard, then each range and
 * plan asked for is a scan of the index's typed columns (a few milliseconds at 100,000 claims).
 */
export function metricsIndexOf(db: MockDb): MetricsIndex {
  const version = dataVersion(db);
  if (cachedIndex === undefined || version.length !== cachedVersion.length || version.some((value, index) => value !== cachedVersion[index])) {
    cache.clear();
    cachedIndex = indexMetrics(metricsInputOf(db));
    cachedVersion = version;
  }
  return cachedIndex;
}

/**
 * `computeDashboard` over the database: from the index of the current data version
 * ({@link metricsIndexOf}), each query's answer cached until anything is written or the day changes.
 */
export function dashboardOf(db: MockDb, query: MetricsQuery): DashboardData {
  const index = metricsIndexOf(db);
  const key = `${query.from}|${query.to}|${query.plan ?? ''}`;
  let data = cache.get(key);
  if (data === undefined) {
    data = dashboardFromIndex(index, query);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
    cache.set(key, data);
  }
  return data;
}

/** Forgets the cached dashboards (the benchmark's fresh queries); with `index`, the index as well (its cold runs). */
export function clearDashboardCache({ index = false }: { index?: boolean } = {}): void {
  cache.clear();
  if (index) {
    cachedIndex = undefined;
    cachedVersion = [];
  }
}

/** The aggregates handlers (one line in mocks/handlers.ts, before the catch-all). */
export const aggregateHandlers: HttpHandler[] = [
  route('get', `${API_PREFIX}/dashboard`, { action: 'reports.read' }, ({ url, db }) => {
    const query = parseQuery(dashboardQuerySchema, url, 'dashboard');
    return HttpResponse.json(dashboardOf(db, query));
  }),
  route('get', `${API_PREFIX}/dashboard/satisfaction`, { action: 'surveys.read' }, ({ url, db }) => {
    const query = parseQuery(satisfactionQuerySchema, url, 'satisfaction');
    return HttpResponse.json(satisfactionOf(filterSurveys(db.surveys.values(), query, (policyId) => db.policies.get(policyId)?.plan)));
  }),
];

function register<S extends z.ZodType>(schema: S, id: string, description: string): S {
  if (!apiComponents.has(schema)) {
    COMPONENT_IDS.push(id);
    apiComponents.add(schema, { id, description });
  }
  return schema;
}

const dashboardComponent = register(dashboardDataSchema, 'Dashboard', 'Every figure of the manager dashboard (integer yen; rates 0..1 or null)');
const satisfactionComponent = register(satisfactionFigureSchema, 'Satisfaction', 'Satisfaction rate, answers and response rate of a set of surveys');
const error = (description: string) => ({ description, schema: errorBodySchema });

/** OpenAPI entries of the aggregates endpoints, for mocks/openapi.ts's API_ROUTES (`...AGGREGATE_ROUTES`). */
export const AGGREGATE_ROUTES: readonly ApiRoute[] = [
  {
    method: 'get',
    path: '/api/dashboard',
    summary: 'Every figure of the manager dashboard for a range of JST dates and a plan',
    tag: 'reports',
    query: [
      { name: 'from', required: true, description: 'First JST date of the range, YYYY-MM-DD', example: '2025-07-01' },
      { name: 'to', required: true, description: 'Last JST date of the range (inclusive), YYYY-MM-DD', example: '2026-06-30' },
      { name: 'plan', description: 'standard | light (absent: both plans)' },
    ],
    responses: { 200: { description: 'The figures', schema: dashboardComponent }, 400: error('Missing, malformed or unknown parameter'), 403: error('An adjuster') },
  },
  {
    method: 'get',
    path: '/api/dashboard/satisfaction',
    summary: 'Satisfaction rate, answers and response rate of the surveys matching the survey list filter',
    tag: 'reports',
    query: [
      { name: 'from', description: 'Surveys sent on or after this JST date' },
      { name: 'to', description: 'Surveys sent on or before this JST date' },
      { name: 'peril', description: 'One peril' },
      { name: 'adjusterId', description: 'The adjuster who decided the claim' },
      { name: 'plan', description: 'standard | light' },
    ],
    responses: { 200: { description: 'The figure', schema: satisfactionComponent }, 400: error('Malformed or unknown parameter') },
  },
];
