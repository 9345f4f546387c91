/**
 * Mocked API figures at 100,000 claims (issue 6, item 2), in Node, through the real MSW handlers
 * (`getResponse(handlers, request)`, JSON serialisation included), each beside a bare computation
 * over the same stored array in the same run:
 * - the claims list's default page (open claims by due date, 25 rows) and two more filtered,
 *   sorted pages; reference: filter + sort of the claims array;
 * - getMany of 25 ids (ra-data-simple-rest sends `filter={"id":[…]}`); reference: the same filter
 *   over the array;
 * - the dashboard aggregates, 12 months: a new query on unchanged data, and the first query after a
 *   write (each run another kind: a decision, a payment made, a survey answered, a policy's plan
 *   changed, a claim edited); reference: one pass over the claims grouping payouts by month.
 */
import { getResponse } from 'msw';
import { clearDashboardCache } from '../mocks/aggregates';
import { createDb, setMockDb, type MockDb } from '../mocks/db';
import { handlers } from '../mocks/handlers';
import { DEMO_PASSWORD } from '../mocks/users';
import { OPEN_CLAIM_STATUSES, type Claim } from '../src/domain/records';
import { cachedSeedData } from './seedCache';
import { time, type Timing } from './stats';

const API = 'http://localhost/api';
/** The reference date of the seed (a fixed JST date, so every run holds the same data). */
export const REFERENCE_DATE = '2026-06-15';
const RANGE = { from: '2025-07-01', to: REFERENCE_DATE };

/** One measured case and its reference. */
export interface ApiCase {
  what: string;
  timing: Timing;
  reference: { what: string; timing: Timing };
  /** What the first answer held, e.g. "25 rows of 8,272". */
  note: string;
}

/** The outcome of {@link measureApi}. */
export interface ApiReport {
  size: number;
  seedMs: number;
  seedCached: boolean;
  loadMs: number;
  list: ApiCase[];
  getMany: ApiCase;
  aggregates: { newQuery: ApiCase; afterWrite: ApiCase };
}

async function call(path: string, token?: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const response = await getResponse(handlers, new Request(`${API}${path}`, { ...init, headers }));
  if (!response) throw new Error(`No handler answered ${path}`);
  return response;
}

async function signIn(username: string): Promise<string> {
  const response = await call('/auth/login', undefined, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  return ((await response.json()) as { token: string }).token;
}

/** `/claims?filter=…&sort=…&range=…` as ra-data-simple-rest writes it. */
const listPath = (params: Record<string, unknown>) =>
  `/claims?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, JSON.stringify(v)])).toString()}`;

const byKey = <T>(key: (c: Claim) => T, order: 1 | -1) => (a: Claim, b: Claim) => {
  const x = key(a);
  const y = key(b);
  return x < y ? -order : x > y ? order : a.id < b.id ? -1 : 1;
};

/** Runs counts per case: list pages are cheap (many runs), aggregates after a write are not. */
export interface ApiRuns {
  list: number;
  aggregates: number;
  aggregatesAfterWrite: number;
}

/**
 * Seeds (or reads the cached seed of) `size` claims, then times each case. Throws when a request is
 * not answered 200.
 */
export async function measureApi(size = 100_000, runs: ApiRuns = { list: 200, aggregates: 10, aggregatesAfterWrite: 10 }): Promise<ApiReport> {
  const seed = cachedSeedData({ seed: 1, referenceDate: REFERENCE_DATE, size });
  let started = performance.now();
  const db: MockDb = createDb(seed.data, { today: () => REFERENCE_DATE, now: () => new Date(`${REFERENCE_DATE}T10:00:00+09:00`) }, { validate: false });
  setMockDb(db);
  const loadMs = performance.now() - started;

  const adjuster = await signIn('sato');
  const manager = await signIn('takahashi');
  const get = async (path: string, token: string) => {
    const response = await call(path, token);
    const text = await response.text();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${text.slice(0, 300)}`);
    return { text, range: response.headers.get('Content-Range') ?? '' };
  };
  const rowsNote = async (path: string) => {
    const { text, range } = await get(path, adjuster);
    return `${(JSON.parse(text) as unknown[]).length} rows, ${range.replace(/^claims /, '')}`;
  };
  const claims = () => db.claims.values();

  const open = new Set<string>(OPEN_CLAIM_STATUSES);
  const listCases: { what: string; params: Record<string, unknown>; refWhat: string; reference: () => unknown }[] = [
    {
      what: 'list: open claims by due date, page 1 (the queue)',
      params: { filter: { status: OPEN_CLAIM_STATUSES }, sort: ['dueDate', 'ASC'], range: [0, 24] },
      refWhat: 'bare filter + sort of the array',
      reference: () => claims().filter((c) => open.has(c.status)).sort(byKey((c) => c.dueDate ?? '9999', 1)).slice(0, 25),
    },
    {
      what: 'list: water claims by repair cost, page 1',
      params: { filter: { peril: 'water' }, sort: ['repairCost', 'DESC'], range: [0, 24] },
      refWhat: 'bare filter + sort of the array',
      reference: () => claims().filter((c) => c.peril === 'water').sort(byKey((c) => c.repairCost ?? -1, -1)).slice(0, 25),
    },
    {
      what: 'list: q "iphone 13", open, by due date',
      params: { filter: { q: 'iphone 13', status: OPEN_CLAIM_STATUSES }, sort: ['dueDate', 'ASC'], range: [0, 24] },
      refWhat: 'bare scan (description) + sort',
      reference: () =>
        claims()
          .filter((c) => open.has(c.status) && JSON.stringify(c).toLowerCase().includes('iphone 13'))
          .sort(byKey((c) => c.dueDate ?? '9999', 1))
          .slice(0, 25),
    },
  ];
  const list: ApiCase[] = [];
  for (const c of listCases) {
    const path = listPath(c.params);
    const note = await rowsNote(path);
    list.push({ what: c.what, note, timing: await time(() => get(path, adjuster), runs.list), reference: { what: c.refWhat, timing: await time(c.reference, Math.min(runs.list, 30)) } });
  }

  const ids = claims()
    .filter((_, i) => i % 3_989 === 0)
    .slice(0, 25)
    .map((c) => c.id);
  const idSet = new Set(ids);
  const manyPath = listPath({ filter: { id: ids } });
  const getMany: ApiCase = {
    what: 'getMany: 25 claims by id',
    note: await rowsNote(manyPath),
    timing: await time(() => get(manyPath, adjuster), runs.list),
    reference: { what: 'bare filter of the array by id', timing: await time(() => claims().filter((c) => idSet.has(c.id)), 30) },
  };

  const dashboard = `/dashboard?from=${RANGE.from}&to=${RANGE.to}`;
  const bareAggregate = () => {
    const byMonth = new Map<string, number>();
    for (const c of claims()) {
      if (c.receivedDate < RANGE.from || c.receivedDate > RANGE.to) continue;
      const month = c.receivedDate.slice(0, 7);
      byMonth.set(month, (byMonth.get(month) ?? 0) + (c.repairCost ?? 0));
    }
    return byMonth;
  };
  const reference = { what: 'bare pass: claims by month', timing: await time(bareAggregate, 10) };
  started = performance.now();
  clearDashboardCache({ index: true });
  const first = await get(dashboard, manager);
  const firstNote = `${(first.text.length / 1024).toFixed(0)} KiB JSON; first call ${(performance.now() - started).toFixed(0)} ms`;
  const afterWrite = writesInTurn(db);
  const aggregates = {
    newQuery: {
      what: 'aggregates: GET /dashboard, 12 months (new query)',
      note: firstNote,
      timing: await time(() => {
        clearDashboardCache();
        return get(dashboard, manager);
      }, runs.aggregates, 2),
      reference,
    },
    afterWrite: {
      what: 'aggregates: the same after a write (in turn: decision, payment, survey answer, policy plan, claim edit)',
      note: 'what the first manager after a decision waits for',
      timing: await time(async () => {
        afterWrite();
        clearDashboardCache();
        return get(dashboard, manager);
      }, runs.aggregatesAfterWrite, 1),
      reference,
    },
  };
  return { size, seedMs: seed.ms, seedCached: seed.cached, loadMs, list, getMany, aggregates };
}

/**
 * A function that makes one write to `db` per call, each call the next kind in turn: a decision
 * (an open claim approved like an approved one), a scheduled payment paid, an unanswered survey
 * answered, an active policy's plan switched, a claim's description edited. Each write is to
 * another record. Throws when the seed lacks a record of a kind.
 */
function writesInTurn(db: MockDb): () => void {
  const claims = db.claims.values();
  const approved = claims.find((c) => c.status === 'approved' && c.decision?.decision === 'approve');
  const paid = db.payments.values().find((p) => p.status === 'paid' && p.paidDate !== null);
  if (!approved || !paid) throw new Error('The seed has no approved claim or paid payment to copy');
  const open = claims.filter((c) => c.status === 'in_review').map((c) => c.id);
  const scheduled = db.payments.values().filter((p) => p.status === 'scheduled').map((p) => p.id);
  const unanswered = db.surveys.values().filter((s) => s.answer === null).map((s) => s.id);
  const policies = db.policies.values().filter((p) => p.status === 'active').map((p) => p.id);
  const edited = claims.map((c) => c.id);
  let turn = 0;
  const next = (ids: readonly string[]) => {
    const id = ids[Math.floor(turn / 5) % ids.length];
    if (id === undefined) throw new Error('The seed has no record for a write of this kind');
    return id;
  };
  const writes: (() => void)[] = [
    () => {
      const claim = db.claims.get(next(open));
      if (claim) db.claims.replace({ ...claim, status: 'approved', decision: approved.decision, recommendation: approved.recommendation });
    },
    () => {
      const payment = db.payments.get(next(scheduled));
      if (payment) db.payments.replace({ ...payment, status: 'paid', paidDate: paid.paidDate });
    },
    () => {
      const survey = db.surveys.get(next(unanswered));
      if (survey) db.surveys.replace({ ...survey, answer: 'satisfied', answeredDate: REFERENCE_DATE });
    },
    () => {
      const policy = db.policies.get(next(policies));
      if (policy) db.policies.replace({ ...policy, plan: policy.plan === 'standard' ? 'light' : 'standard' });
    },
    () => {
      const claim = db.claims.get(next(edited));
      if (claim) db.claims.replace({ ...claim, description: `bench ${turn}` });
    },
  ];
  return () => {
    writes[turn % writes.length]?.();
    turn += 1;
  };
}
