/**
 * `npm run bench`: every figure of issue 6 in one table, each with its reference measured in the
 * same run and its target. Sections run one after another (never in parallel: they would disturb
 * each other), then the table is printed on stdout (progress goes to stderr).
 *
 * Options (environment): BENCH_ONLY=adjudication,api,bundle,browser (default all);
 * BENCH_OUT=<file> also writes the table and the machine lines there; SIZE=<claims> (default
 * 100,000); BENCH_SEED_CACHE=0 / BENCH_BROWSER_CACHE=0 regenerate the cached 100,000-claim data
 * (bench/seedCache.ts, bench/browser.ts); BENCH_PORT (default 4186). Nothing here fails on a slow
 * figure (scripts/check-bundle-budget.ts is the budget check); it exits 1 when a measurement fails.
 */
import { writeFileSync } from 'node:fs';
import { measureAdjudication } from './adjudication';
import { measureApi } from './api';
import { measureBrowser } from './browser';
import { INITIAL_JS_BUDGET, measureBundle } from './bundle';
import { describeMachine, loadAverage } from './machine';
import { adjudicationRows, apiRows, browserRows, bundleRows } from './rows';
import { renderTable, type Row } from './table';

const SIZE = Number(process.env.SIZE ?? 100_000);
const DEFAULT_SIZE = 1_500;
const only = new Set((process.env.BENCH_ONLY ?? 'adjudication,api,bundle,browser').split(','));
const step = (message: string) => process.stderr.write(`== ${message} (load ${loadAverage()})\n`);

async function main(): Promise<void> {
  const startedAt = performance.now();
  const machine = describeMachine();
  const rows: Row[] = [];
  if (only.has('adjudication')) {
    step('adjudication');
    rows.push(...adjudicationRows(measureAdjudication()));
  }
  if (only.has('api')) {
    step(`mocked API at ${SIZE.toLocaleString('en')} claims`);
    rows.push(...apiRows(await measureApi(SIZE)));
  }
  if (only.has('bundle')) {
    step('bundle (build for a real API)');
    rows.push(...bundleRows(await measureBundle(), INITIAL_JS_BUDGET));
  }
  let chromium = '';
  if (only.has('browser')) {
    step('headless Chromium (build in mock mode)');
    const report = await measureBrowser([DEFAULT_SIZE, SIZE], { navigations: 5, filters: 6, languages: 2 });
    chromium = report.chromium;
    rows.push(...browserRows(report));
  }
  const lines = [
    ...machine,
    ...(chromium ? [`Chromium: ${chromium}`] : []),
    `load average at the end: ${loadAverage()}; the whole run took ${((performance.now() - startedAt) / 1_000).toFixed(0)} s`,
    '',
    renderTable(rows),
  ];
  console.log(lines.join('\n'));
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, `${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
