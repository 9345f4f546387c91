/**
 * The fuzz suites' harness: a baseline database restored cheaply between runs, a snapshot of every
 * collection (audit log included) compared by record identity (stored records are frozen and
 * replaced on every write, mocks/collection.ts, so `===` per record is an exact "unchanged"), one
 * request sent raw through MSW, and the three checks every answer must pass:
 *
 * 1. a status of 2xx or 4xx (never 5xx, never a rejected fetch);
 * 2. a 4xx body in the error shape `{ message: string, errors?: Record<string, string> }`;
 * 3. a refused request (4xx) leaves every collection as it was.
 *
 * A fast-check seed is fixed per run (`FUZZ_SEED=<n>` replays one) and printed with every failure.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect } from 'vitest';
import { Collection } from '../../mocks/collection';
import { createDb, fixedDateClock, getMockDb, resetMockDb, setMockDb, type DbData, type MockDb } from '../../mocks/db';
import { server } from '../../mocks/node';
import { API, REFERENCE_DATE } from '../api/helpers';

/** How many requests the suites of this worker sent, by suite. */
const counts = new Map<string, number>();

/** The seed of this run's properties: `FUZZ_SEED` or a fresh one (printed on failure by fast-check and in the summary). */
export const FUZZ_SEED = process.env.FUZZ_SEED === undefined ? Date.now() % 2_147_483_647 : Number(process.env.FUZZ_SEED);

/** fast-check parameters of a property with `numRuns` runs. */
export function fuzzParams(numRuns: number): fc.Parameters<unknown> {
  return { numRuns, seed: FUZZ_SEED, endOnFailure: true };
}

let baseline: DbData | undefined;

/** The collections of `db`: every Collection-valued member (new collections included automatically). */
export function collectionsOf(db: MockDb): Map<string, Collection<{ id: string }>> {
  const out = new Map<string, Collection<{ id: string }>>();
  for (const [name, value] of Object.entries(db)) if (value instanceof Collection) out.set(name, value as Collection<{ id: string }>);
  return out;
}

/** Every stored record of every collection, by collection (frozen records, no copies). */
export type DbSnapshot = Map<string, readonly { id: string }[]>;

/** A snapshot of `db` (default the current database). */
export function snapshotDb(db: MockDb = getMockDb()): DbSnapshot {
  const out: DbSnapshot = new Map();
  for (const [name, collection] of collectionsOf(db)) out.set(name, collection.all());
  return out;
}

/** The collections whose records differ between `a` and `b` (by identity), with the first differing id. */
export function diffSnapshots(a: DbSnapshot, b: DbSnapshot): string[] {
  const diffs: string[] = [];
  for (const name of new Set([...a.keys(), ...b.keys()])) {
    const left = a.get(name) ?? [];
    const right = b.get(name) ?? [];
    if (left.length !== right.length) {
      diffs.push(`${name}: ${left.length} → ${right.length} records`);
      continue;
    }
    const byId = new Map(left.map((record) => [record.id, record]));
    const changed = right.find((record) => byId.get(record.id) !== record);
    if (changed) diffs.push(`${name}: ${changed.id} changed`);
  }
  return diffs;
}

/** Starts MSW, seeds once (seed 1, scenarios only) and keeps that data as the baseline. */
export function setupFuzzApi(suite: string): void {
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
    resetMockDb({ seed: 1, referenceDate: REFERENCE_DATE });
    baseline = getMockDb().snapshot();
  });
  afterAll(() => {
    server.close();
    console.info(`[fuzz] ${suite}: ${counts.get(suite) ?? 0} requests fuzzed (seed ${FUZZ_SEED}; replay with FUZZ_SEED=${FUZZ_SEED})`);
  });
}

/** Makes the baseline the current database again (fresh idempotency keys too); cheap: the records are shared, frozen. */
export function restoreBaseline(): void {
  if (!baseline) throw new Error('setupFuzzApi first');
  restoreData(baseline);
}

/**
 * Makes a database holding `data` (a snapshot) the current one, its clock on the tests' reference
 * date: cheap, since the frozen records are shared and never changed in place.
 */
export function restoreData(data: DbData): void {
  const copy: Record<string, unknown> = {};
  for (const [name, records] of Object.entries(data)) copy[name] = Array.isArray(records) ? [...(records as unknown[])] : records;
  setMockDb(createDb(copy as unknown as DbData, fixedDateClock(REFERENCE_DATE), { validate: false }));
}

/** One fuzzed request. `headers` are set leniently: a value no client could send is dropped. */
export interface FuzzRequest {
  method: string;
  path: string;
  headers?: readonly (readonly [string, string])[];
  body?: BodyInit;
}

/** What a fuzzed request answered. */
export interface FuzzAnswer {
  status: number;
  body: unknown;
  text: string;
}

function headersOf(pairs: readonly (readonly [string, string])[]): Headers {
  const headers = new Headers();
  for (const [name, value] of pairs) {
    try {
      headers.set(name, value);
    } catch {
      // Not a legal header value: no client can send it.
    }
  }
  return headers;
}

/** Sends `request` and counts it under `suite`. */
export async function send(suite: string, request: FuzzRequest): Promise<FuzzAnswer> {
  counts.set(suite, (counts.get(suite) ?? 0) + 1);
  const method = request.method;
  const body = method === 'GET' || method === 'HEAD' ? undefined : request.body;
  const response = await fetch(`${API}${request.path}`, { method, headers: headersOf(request.headers ?? []), body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    // Not JSON (e.g. an SVG file): kept as text.
  }
  return { status: response.status, body: parsed, text };
}

function isErrorShape(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const { message, errors } = body as { message?: unknown; errors?: unknown };
  if (typeof message !== 'string' || message === '') return false;
  if (errors === undefined) return true;
  if (typeof errors !== 'object' || errors === null || Array.isArray(errors)) return false;
  return Object.values(errors).every((value) => typeof value === 'string');
}

/** A short description of a request for failure messages. */
export function describeRequest(request: FuzzRequest): string {
  const body = typeof request.body === 'string' ? request.body.slice(0, 300) : request.body === undefined ? '' : `<${request.body.constructor.name}>`;
  const headers = (request.headers ?? []).map(([n, v]) => `${n}: ${v.slice(0, 80)}`).join('; ');
  return `${request.method} ${request.path.slice(0, 300)} [${headers}] ${body}`;
}

/**
 * Sends `request` on the current database and checks the three rules of the module comment.
 * Returns the answer (for further checks).
 */
export async function fuzzOnce(suite: string, request: FuzzRequest): Promise<FuzzAnswer> {
  const before = snapshotDb();
  const answer = await send(suite, request);
  const what = `${describeRequest(request)} → ${answer.status} ${answer.text.slice(0, 300)}`;
  expect(answer.status, what).toBeGreaterThanOrEqual(200);
  expect(answer.status, what).toBeLessThan(500);
  expect(answer.status >= 300 && answer.status < 400, what).toBe(false);
  if (answer.status >= 400) {
    expect(isErrorShape(answer.body), `error shape: ${what}`).toBe(true);
    expect(diffSnapshots(before, snapshotDb()), `refused but changed: ${what}`).toEqual([]);
  }
  expect(Object.prototype, `prototype polluted by ${what}`).not.toHaveProperty('polluted');
  return answer;
}
