/**
 * Benchmark of the mocked API at 100,000 claims (issue 3, "Done when"): seeds the database, then
 * times requests through the real MSW handlers (`getResponse(handlers, request)`, signed in as a
 * supervisor) and, beside them, a bare filter-and-sort over the same stored records as a reference.
 *
 * Run: `npx tsx bench/api.bench.ts` (add `--expose-gc` to node, e.g. `node --expose-gc --import tsx
 * bench/api.bench.ts`, for a heap figure after a full collection). Options: `SIZE=<claims>`
 * (default 100,000), `ITERATIONS=<n>` (default 200; a tenth of them, at least 10, warm up first).
 * Prints a table of median and p95 in milliseconds. Not a test: nothing fails on a slow machine.
 * Targets (issue 3): a filtered, sorted list page ≤ 15 ms median, p95 ≤ 40 ms.
 */
import { getResponse } from 'msw';
import { createDb, setMockDb } from '../mocks/db';
import { handlers } from '../mocks/handlers';
import { createSeedData } from '../mocks/seed';
import { DEMO_PASSWORD } from '../mocks/users';
import { OPEN_CLAIM_STATUSES, type Claim } from '../src/domain/records';

const SIZE = Number(process.env.SIZE ?? 100_000);
const ITERATIONS = Number(process.env.ITERATIONS ?? 200);
const REFERENCE_DATE = '2026-06-15';
const API = 'http://localhost/api';

const mb = (bytes: number) => `${Math.round(bytes / 1_048_576)} MB`;
const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

/** Median and 95th percentile of `samples` (ms). */
function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95) };
}

/** Times `run` `ITERATIONS` times after a warm-up; `check` validates the first result. */
async function measure<T>(run: () => Promise<T> | T, check: (result: T) => string): Promise<{ median: number; p95: number; note: string }> {
  const note = check(await run());
  for (let i = 0; i < Math.max(10, Math.floor(ITERATIONS / 10)); i += 1) await run();
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS; i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return { ...stats(samples), note };
}

async function call(path: string, token?: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const response = await getResponse(handlers, new Request(`${API}${path}`, { ...init, headers }));
  if (!response) throw new Error(`No handler answered ${path}`);
  return response;
}

const list = (params: Record<string, unknown>) =>
  `/claims?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, JSON.stringify(v)])).toString()}`;

async function main(): Promise<void> {
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  let started = performance.now();
  const data = createSeedData({ seed: 1, referenceDate: REFERENCE_DATE, size: SIZE });
  const seedMs = performance.now() - started;
  started = performance.now();
  const db = createDb(data, { today: () => REFERENCE_DATE, now: () => new Date() }, { validate: false });
  setMockDb(db);
  const loadMs = performance.now() - started;
  collect();
  const heapAfter = process.memoryUsage().heapUsed;
  console.log(`Seed ${SIZE.toLocaleString('en')} claims: ${db.policies.size.toLocaleString('en')} policies, ${db.documents.size.toLocaleString('en')} documents, ${db.payments.size.toLocaleString('en')} payments, ${db.surveys.size.toLocaleString('en')} surveys`);
  console.log(`  createSeedData ${seedMs.toFixed(0)} ms, createDb (freeze + index) ${loadMs.toFixed(0)} ms, heap used ${mb(heapAfter)} (+${mb(heapAfter - heapBefore)} for the data)`);

  const login = await call('/auth/login', undefined, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'suzuki', password: DEMO_PASSWORD }) });
  const { token } = (await login.json()) as { token: string };
  const page = async (path: string) => {
    const response = await call(path, token);
    const body = (await response.json()) as Claim[];
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(body)}`);
    return { body, range: response.headers.get('Content-Range') ?? '' };
  };
  const rows: [string, { median: number; p95: number; note: string }][] = [];
  const describe = (r: { body: Claim[]; range: string }) => `${r.body.length} rows, ${r.range}`;

  rows.push(['list: open claims by due date (triage)', await measure(() => page(list({ filter: { status: OPEN_CLAIM_STATUSES }, sort: ['dueDate', 'ASC'], range: [0, 24] })), describe)]);
  rows.push(['list: water claims by repair cost', await measure(() => page(list({ filter: { peril: 'water' }, sort: ['repairCost', 'DESC'], range: [0, 24] })), describe)]);
  rows.push(['list: paid since 2026-05-01 by received', await measure(() => page(list({ filter: { status: 'paid', receivedDate_gte: '2026-05-01' }, sort: ['receivedDate', 'DESC'], range: [0, 24] })), describe)]);
  rows.push(['list: all claims by received, page 40', await measure(() => page(list({ sort: ['receivedDate', 'DESC'], range: [975, 999] })), describe)]);
  rows.push(['list: flagged IMEI_MISMATCH by due date', await measure(() => page(list({ filter: { flags: 'IMEI_MISMATCH' }, sort: ['dueDate', 'ASC'], range: [0, 24] })), describe)]);
  const ids = db.claims.values().filter((_, i) => i % 4_001 === 0).slice(0, 25).map((c) => c.id);
  rows.push(['list: q "iphone 13" (full-text, search index)', await measure(() => page(list({ filter: { q: 'iphone 13' }, range: [0, 24] })), describe)]);
  const holder = db.policies.values()[500]?.holder.kana ?? 'ヤマダ';
  rows.push([`list: q holder kana, by due date`, await measure(() => page(list({ filter: { q: holder }, sort: ['dueDate', 'ASC'], range: [0, 24] })), describe)]);
  rows.push(['list: q IMEI last 4 digits "1234"', await measure(() => page(list({ filter: { q: '1234' }, range: [0, 24] })), describe)]);
  rows.push(['list: q "iphone" + status in_review', await measure(() => page(list({ filter: { q: 'iphone', status: 'in_review' }, range: [0, 24] })), describe)]);
  let edits = 0;
  const searchAfterWrite = async () => {
    const claim = db.claims.get('c-0005');
    if (claim) db.claims.replace({ ...claim, description: `bench ${(edits += 1)}` });
    return page(list({ filter: { q: 'iphone 13' }, range: [0, 24] }));
  };
  rows.push(['list: q "iphone 13" after a write', await measure(searchAfterWrite, describe)]);
  rows.push(['getMany: 25 ids', await measure(() => page(list({ filter: { id: ids } })), describe)]);
  rows.push(['getOne: c-0001', await measure(() => page('/claims/c-0001').then((r) => ({ body: [r.body].flat(), range: '' })), (r) => `${r.body.length} record`)]);

  const open = new Set<string>(OPEN_CLAIM_STATUSES);
  const bare = () =>
    db.claims
      .values()
      .filter((c) => open.has(c.status))
      .sort((a, b) => ((a.dueDate ?? '9999') < (b.dueDate ?? '9999') ? -1 : (a.dueDate ?? '9999') > (b.dueDate ?? '9999') ? 1 : a.id < b.id ? -1 : 1))
      .slice(0, 25);
  rows.push(['reference: bare filter + sort (open by due date)', await measure(bare, (r) => `${r.length} rows`)]);
  const indexed = () =>
    (db.claims.lookup('status', OPEN_CLAIM_STATUSES) ?? [])
      .sort((a, b) => ((a.dueDate ?? '9999') < (b.dueDate ?? '9999') ? -1 : (a.dueDate ?? '9999') > (b.dueDate ?? '9999') ? 1 : a.id < b.id ? -1 : 1))
      .slice(0, 25);
  rows.push(['reference: index lookup + sort (open by due date)', await measure(indexed, (r) => `${r.length} rows`)]);
  rows.push(['reference: getMany by id (25 × get)', await measure(() => ids.map((id) => db.claims.get(id)), (r) => `${r.length} rows`)]);
  // A write between requests: the next unfiltered sorted list replays it into its cached order (mocks/http/sortedOrder.ts).
  let bump = 0;
  const afterWrite = async () => {
    const claim = db.claims.get('c-0004');
    if (claim) db.claims.replace({ ...claim, description: `bench ${(bump += 1)}` });
    return page(list({ sort: ['receivedDate', 'DESC'], range: [975, 999] }));
  };
  rows.push(['list: all by received, page 40, after a write', await measure(afterWrite, describe)]);

  console.log(`\n${ITERATIONS} iterations each after a warm-up; milliseconds`);
  console.log(`${'case'.padEnd(50)} ${'median'.padStart(8)} ${'p95'.padStart(8)}  result`);
  for (const [name, { median, p95, note }] of rows) console.log(`${name.padEnd(50)} ${median.toFixed(2).padStart(8)} ${p95.toFixed(2).padStart(8)}  ${note}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
