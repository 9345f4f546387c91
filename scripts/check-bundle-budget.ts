/**
 * Budget check (issue 6, item 3): builds the app for a real API into a temporary directory and
 * fails when the claims list's initial JS (entry chunk + its static imports, from Vite's manifest)
 * passes INITIAL_JS_BUDGET (350 kB gzip), or when an initial chunk carries MSW or recharts code.
 * Prints the initial chunks and the packages that weigh most in them.
 *
 * Run: `npm run check:bundle` (CI runs it after the build). Exits 1 on a failure.
 * `BUNDLE_BUDGET_KB` overrides the budget (a ratchet, should the 350 kB target be missed again; CI runs
 * the check without it since the target holds).
 */
import { z } from 'zod';
import { INITIAL_JS_BUDGET as TARGET, measureBundle, topOrigins } from '../bench/bundle';

const override = z.coerce.number().int().positive().optional().parse(process.env.BUNDLE_BUDGET_KB || undefined);
const INITIAL_JS_BUDGET = override === undefined ? TARGET : override * 1_000;

const kB = (bytes: number) => `${(bytes / 1_000).toFixed(1)} kB`;

async function main(): Promise<void> {
  const report = await measureBundle();
  console.log(`initial JS of the claims list: ${kB(report.initialGzip)} gzip (budget ${kB(INITIAL_JS_BUDGET)}), ${report.initial.length} chunks:`);
  for (const chunk of report.initial) console.log(`  ${chunk.file.padEnd(44)} ${kB(chunk.gzip).padStart(9)} gzip  ${kB(chunk.bytes).padStart(9)} min`);
  console.log('heaviest origins in them (bytes before minification; gzip estimated from each chunk):');
  for (const [origin, bytes, gzip] of topOrigins(report.initial, 20)) console.log(`  ${origin.padEnd(44)} ${kB(bytes).padStart(9)} ~${kB(gzip).padStart(8)} gzip`);
  const failures = [
    ...(report.initialGzip > INITIAL_JS_BUDGET ? [`the initial JS is ${kB(report.initialGzip)} gzip, ${kB(report.initialGzip - INITIAL_JS_BUDGET)} over the ${kB(INITIAL_JS_BUDGET)} budget`] : []),
    ...report.forbidden.map((found) => `mock or chart code in an initial chunk: ${found}`),
  ];
  for (const failure of failures) console.error(`FAIL ${failure}`);
  if (failures.length > 0) process.exitCode = 1;
  else console.log('bundle budget: ok');
}

await main();
