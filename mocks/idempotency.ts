/**
 * Idempotency of money-moving requests (decisions, payment runs): the request carries an
 * `Idempotency-Key` header (1–255 visible ASCII characters; 400 `{ message, errors }` without one).
 *
 * - First request with a key: the step runs and its outcome (status and JSON body, errors included,
 *   never a 500) is stored under (user, key) with a fingerprint of method, path and body.
 * - Same user, same key, same fingerprint: the stored outcome is answered again, with
 *   `Idempotency-Replayed: true`, and nothing is done again.
 * - Same user, same key, another fingerprint: 422 `{ message, code: 'IDEMPOTENCY_KEY_REUSED' }`.
 *
 * Keys are scoped per user (another user's identical key is another key), kept in memory per
 * database (a reset starts afresh), at most {@link MAX_IDEMPOTENCY_KEYS}, the oldest dropped first.
 * Lookup, step and store run without an await in between, so two simultaneous requests with one
 * key still do the step once.
 */
import type { User } from '../src/domain/records';
import type { MockDb } from './db';
import { badRequest, resultOf, type ApiResult, HttpError } from './http/errors';

/** How many keys are remembered per database. */
export const MAX_IDEMPOTENCY_KEYS = 5_000;

/** The header's name. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

interface Entry {
  fingerprint: string;
  result: ApiResult;
}

const stores = new WeakMap<MockDb, Map<string, Entry>>();

function storeOf(db: MockDb): Map<string, Entry> {
  let store = stores.get(db);
  if (!store) {
    store = new Map();
    stores.set(db, store);
  }
  return store;
}

/** The request's Idempotency-Key, or a 400 HttpError when it is missing or malformed. */
export function idempotencyKeyOf(request: Request): string {
  const key = request.headers.get(IDEMPOTENCY_HEADER)?.trim() ?? '';
  if (key === '') throw badRequest(`This request needs an ${IDEMPOTENCY_HEADER} header`, { [IDEMPOTENCY_HEADER]: 'Required: a unique key per request, e.g. a UUID' });
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) throw badRequest(`Malformed ${IDEMPOTENCY_HEADER}`, { [IDEMPOTENCY_HEADER]: 'Expected 1 to 255 visible ASCII characters' });
  return key;
}

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` are the same body. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The outcome of an idempotent step: its result, and whether it was a replay. */
export interface IdempotentOutcome {
  result: ApiResult;
  replayed: boolean;
}

/**
 * Runs the synchronous `step` once per (`user`, `key`, request): see the module comment.
 * `request` gives the method and path; `body` is the parsed JSON body (or undefined).
 */
export function idempotent(db: MockDb, user: Pick<User, 'id'>, key: string, request: Request, body: unknown, step: () => ApiResult): IdempotentOutcome {
  const store = storeOf(db);
  const scoped = `${user.id}\n${key}`;
  const fingerprint = `${request.method} ${new URL(request.url).pathname}\n${canonicalJson(body)}`;
  const stored = store.get(scoped);
  if (stored) {
    if (stored.fingerprint !== fingerprint) {
      throw new HttpError(422, `${IDEMPOTENCY_HEADER} ${key} was already used for another request`, { code: 'IDEMPOTENCY_KEY_REUSED' });
    }
    return { result: stored.result, replayed: true };
  }
  const result = resultOf(step);
  store.set(scoped, { fingerprint, result });
  if (store.size > MAX_IDEMPOTENCY_KEYS) {
    const oldest = store.keys().next();
    if (!oldest.done) store.delete(oldest.value);
  }
  return { result, replayed: false };
}
