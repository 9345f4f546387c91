/**
 * Benchmark of the aggregates endpoint at 100,000 claims (issue 5, "Done when"): seeds the mock
 * database with the large size, then times `GET /api/dashboard` through the real MSW handlers
 * (`getResponse(handlers, request)`, signed in as the manager takahashi), JSON serialisation
 * included, for a 12-month range:
 * - after a write (the metrics index rebuilt from every record, then the figures): what the first
 *   manager to open the dashboard after adjusters' decisions waits for;
 * - a new range or plan on unchanged data (the index kept, the figures computed from it);
 * - the same query again (answered from the endpoint's cache);
 * and the survey list's figure; beside them, the domain functions alone (`indexMetrics`,
 * `dashboardFromIndex`, `computeDashboard` = both). Prints the median and p95 in milliseconds of
 * ITERATIONS runs after a few warm-up runs.
 *
 * Run: `npx tsx bench/aggregates.bench.ts`. Options: `SIZE=<claims>` (default 100,000),
 * `ITERATIONS=<n>` (default 15). Not a test: nothing fails on a slow machine.
 */
import { getResponse } from 'msw';
import { clearDashboardCache, metricsInputOf } from '../mocks/aggregates';
import { createDb, setMockDb } from '../mocks/db';
import { handlers } from '../mocks/handlers';
import { createSeedData } from '../mocks/seed';
import { DEMO_PASSWORD } from '../mocks/users';
import { computeDashboard, dashboardFromIndex, indexMetrics, type DashboardData } from '../src/domain/metrics';

const SIZE = Number(process.env.SIZE ?? 100_000);
const ITERATIONS = Number(process.env.ITERATIONS ?? 15);
const REFERENCE_DATE = '2026-06-15';
const API = 'http://localhost/api';
const RANGE = 'from=2025-07-01&to=2026-06-15';

/** Median and 95th percentile of `samples` (ms). */
function stats(samples: readonly number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95) };
}

async function measure(run: () => Promise<unknown> | unknown): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < 3; i += 1) await run();
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS; i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return stats(samples);
}

async function call(path: string, init: RequestInit = {}, token?: string): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const response = await getResponse(handlers, new Request(`${API}${path}`, { ...init, headers }));
  if (!response) throw new Error(`No handler answered ${path}`);
  return response;
}

async function main(): Promise<void> {
  let started = performance.now();
  const data = createSeedData({ seed: 1, referenceDate: REFERENCE_DATE, size: SIZE });
  const db = createDb(data, { today: () => REFERENCE_DATE, now: () => new Date() }, { validate: false });
  setMockDb(db);
  console.log(
    `Seed ${SIZE.toLocaleString('en')} claims in ${(performance.now() - started).toFixed(0)} ms: ${db.policies.size.toLocaleString('en')} policies, ${db.payments.size.toLocaleString('en')} payments, ${db.surveys.size.toLocaleString('en')} surveys`,
  );
  const login = await call('/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'takahashi', password: DEMO_PASSWORD }) });
  const { token } = (await login.json()) as { token: string };
  const get = async (path: string) => {
    const response = await call(path, {}, token);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    return response.text();
  };

  clearDashboardCache({ index: true });
  started = performance.now();
  const first = await get(`/dashboard?${RANGE}`);
  const firstMs = performance.now() - started;
  const body = JSON.parse(first) as DashboardData;
  console.log(`First GET /api/dashboard: ${firstMs.toFixed(0)} ms, ${(first.length / 1024).toFixed(1)} KiB; ${body.kpis.openClaims} open claims, loss ratio ${body.kpis.lossRatio.rate?.toFixed(3)}`);

  const afterWrite = (path: string) => () => {
    clearDashboardCache({ index: true });
    return get(path);
  };
  const newQuery = (path: string) => () => {
    clearDashboardCache();
    return get(path);
  };
  const input = metricsInputOf(db);
  const index = indexMetrics(input);
  const twelveMonths = { from: '2025-07-01', to: '2026-06-15' };
  const rows: [string, { median: number; p95: number }][] = [
    [`GET /api/dashboard?${RANGE} (after a write: index rebuilt)`, await measure(afterWrite(`/dashboard?${RANGE}`))],
    [`GET /api/dashboard?${RANGE} (new query, data unchanged)`, await measure(newQuery(`/dashboard?${RANGE}`))],
    [`GET /api/dashboard?${RANGE}&plan=light (new query, data unchanged)`, await measure(newQuery(`/dashboard?${RANGE}&plan=light`))],
    [`GET /api/dashboard?${RANGE} (same query again: cached)`, await measure(() => get(`/dashboard?${RANGE}`))],
    ['GET /api/dashboard/satisfaction?from=2026-01-01&peril=water&plan=light', await measure(() => get('/dashboard/satisfaction?from=2026-01-01&peril=water&plan=light'))],
    ['indexMetrics alone (every record read once)', await measure(() => indexMetrics(input))],
    ['dashboardFromIndex alone (12 months, both plans)', await measure(() => dashboardFromIndex(index, twelveMonths))],
    ['computeDashboard alone (index + figures)', await measure(() => computeDashboard(input, twelveMonths))],
  ];
  console.log(`\n${ITERATIONS} runs each after 3 warm-up runs (ms):`);
  console.table(rows.map(([what, { median, p95 }]) => ({ what, median: Number(median.toFixed(1)), p95: Number(p95.toFixed(1)) })));
}

await main();
