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
  applyMetricsChanges,
  buildLiveMetrics,
  dashboardFromIndex,
  dashboardDataSchema,
  dashboardQuerySchema,
  filterSurveys,
  satisfactionFigureSchema,
  satisfactionOf,
  satisfactionQuerySchema,
  type DashboardData,
  type LiveMetrics,
  type LiveMetricsInput,
  type MetricsIndex,
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
 * policies by id (the collection's own map, always current: the live index reads it on every update).
 */
export function metricsInputOf(db: MockDb): LiveMetricsInput {
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

/** The collections the figures read, and the revision of each the index is up to date with. */
interface Revisions {
  policies: number;
  claims: number;
  payments: number;
  surveys: number;
  users: number;
}

function revisionsOf(db: MockDb): Revisions {
  return { policies: db.policies.revision, claims: db.claims.revision, payments: db.payments.revision, surveys: db.surveys.revision, users: db.users.revision };
}

/** The live index of one database, as of its collections' `revisions` and `today`. */
interface Indexed {
  db: MockDb;
  today: string;
  revisions: Revisions;
  live: LiveMetrics;
}

/** How many dashboards are kept for the current data (the ranges and plans recently asked for). */
const CACHE_SIZE = 16;
let indexed: Indexed | undefined;
const cache = new Map<string, DashboardData>();
/** How the index was last brought up to date, for tests: built from every record, or updated from the writes. */
const counts = { builds: 0, updates: 0 };

/** How many times the index was built from every record and updated from the write logs (tests read it; never reset). */
export function metricsIndexCounts(): Readonly<{ builds: number; updates: number }> {
  return { ...counts };
}

function build(db: MockDb): Indexed {
  counts.builds += 1;
  return { db, today: db.clock.today(), revisions: revisionsOf(db), live: buildLiveMetrics(metricsInputOf(db)) };
}

/**
 * Brings `current` up to date from the collections' write logs (mocks/collection.ts's
 * `writesSince`): true when done, false when a log no longer reaches back to its revision (more
 * than MAX_WRITE_LOG writes since): the caller rebuilds.
 */
function update(current: Indexed, db: MockDb): boolean {
  const { revisions } = current;
  const policies = db.policies.writesSince(revisions.policies);
  const claims = db.claims.writesSince(revisions.claims);
  const payments = db.payments.writesSince(revisions.payments);
  const surveys = db.surveys.writesSince(revisions.surveys);
  if (!policies || !claims || !payments || !surveys) return false;
  applyMetricsChanges(current.live, { policies, claims, payments, surveys });
  if (db.users.revision !== revisions.users) current.live.setUsers(db.users.size > 0 ? db.users.values() : MOCK_USERS);
  current.revisions = revisionsOf(db);
  counts.updates += 1;
  return true;
}

/**
 * The metrics index of the database (src/domain/metrics/liveIndex.ts), kept up to date: built from
 * every record for a new database (a reset, a re-seed, a restore) or a new day, then updated from
 * the records written since (their before and after) on the first dashboard after a write: a few
 * records and at most one pass over the paid payments instead of every record again. Falls back to
 * a build when a collection's write log no longer covers the gap (more than MAX_WRITE_LOG writes)
 * or when applying the writes throws (the half-updated index is dropped).
 */
export function metricsIndexOf(db: MockDb): MetricsIndex {
  const today = db.clock.today();
  if (indexed === undefined || indexed.db !== db || indexed.today !== today) {
    cache.clear();
    indexed = build(db);
  } else {
    const now = revisionsOf(db);
    const { revisions } = indexed;
    const changed = (Object.keys(now) as (keyof Revisions)[]).some((name) => now[name] !== revisions[name]);
    if (changed) {
      cache.clear();
      let updated = false;
      try {
        updated = update(indexed, db);
      } catch (error) {
        // A write the live index cannot account for (e.g. a record it never counted) leaves it half
        // updated: never serve that, rebuild from every record instead.
        console.warn('[mock aggregates] could not update the metrics index from the write logs; rebuilding it:', error);
      }
      if (!updated) indexed = build(db);
    }
  }
  return indexed.live.index;
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
  if (index) indexed = undefined;
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
