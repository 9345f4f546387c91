/**
 * What the generic REST handlers (mocks/rest.ts) need to know about one resource: where its records
 * live, who may read and write them, how a record is answered (with derived fields), how `q`
 * searches, and how a create, update or delete is validated and carried out. A resource without
 * `create` / `update` / `remove` is read-only: those methods answer 405.
 */
import type { z } from 'zod';
import type { Action } from '../../src/domain/permissions';
import type { User } from '../../src/domain/records';
import type { MockDb } from '../db';
import { badRequest, fieldErrors, HttpError } from '../http/errors';

/** A JSON object as the API answers it. */
export type JsonObject = Record<string, unknown>;

/**
 * Read access to stored records: a Collection (mocks/collection.ts, frozen records), or a fixed list.
 * The optional members let a list (mocks/http/list.ts) narrow and order without scanning.
 */
export interface RecordSource<T> {
  /** The records matching `predicate`; callers never change them. */
  filter(predicate: (record: T) => boolean): T[];
  /** The record with `id`, or undefined. */
  get(id: string): T | undefined;
  /** Every record, without a copy (read only). */
  values?(): readonly T[];
  /** The records whose indexed top-level `field` equals `value` (or one of an array), or undefined when `field` is not indexed. */
  lookup?(field: string, value: unknown): T[] | undefined;
  /** Changes on every write (see Collection.revision). */
  readonly revision?: number;
  /** The writes since `revision`, oldest first, or undefined when too many to replay (see Collection.writesSince). */
  writesSince?(revision: number): readonly { before?: T; after?: T }[] | undefined;
}

/** A {@link RecordSource} over a fixed list (e.g. the built-in mock users). */
export function listSource<T extends { id: string }>(records: readonly T[]): RecordSource<T> {
  return {
    filter: (predicate) => records.filter(predicate),
    get: (id) => records.find((r) => r.id === id),
  };
}

/** Whether one record matches the request's `q`. */
export type Searcher<T> = (record: T) => boolean;

/** The permission each operation needs (src/domain/permissions.ts). */
export interface ResourceActions {
  read: Action;
  create?: Action;
  update?: Action;
  delete?: Action;
}

/** One REST resource over records `T`. */
export interface Resource<T extends { id: string }> {
  /** The resource's name in URLs and in `Content-Range` (`audit-events`). */
  name: string;
  actions: ResourceActions;
  source(db: MockDb): RecordSource<T>;
  /** The record as the API answers it: the stored fields plus derived ones. */
  present(db: MockDb, record: T): JsonObject;
  /**
   * Fields `present` adds, recomputes or masks: top-level (`adjudication`, `aggregate`) or dotted
   * paths (`holder.phone`). A filter or sort on one of them (or on a path inside one) presents the
   * records first, so it compares what the API answers (a masked IMEI, never the stored one); any
   * other filter or sort reads the stored records.
   */
  derived?: readonly string[];
  /** The `q` matcher of one list request; `needle` is `q` normalized (listQuery's `normalizeText`). */
  searcher(db: MockDb, needle: string): Searcher<T>;
  /**
   * Optional: every record matching the normalized `needle`, from a search index (the same answer
   * as filtering every record with `searcher`, faster). A list without other narrowing uses it.
   */
  searchAll?(db: MockDb, needle: string): readonly T[];
  /** A record's `version`, for resources with optimistic locking (a stale PUT gets 409). */
  versionOf?(record: T): number;
  /** Validates a POST body and stores the new record; throws HttpError (400, 422) when refused. */
  create?(db: MockDb, body: unknown, user: User): T;
  /** Validates a PUT body over `stored` and stores the result; throws HttpError when refused. */
  update?(db: MockDb, stored: T, body: JsonObject, user: User): T;
  /** Deletes `stored` (and what depends on it); throws HttpError 409 when refused. */
  remove?(db: MockDb, stored: T, user: User): void;
}

/** `body` parsed by `schema`, or a 400 HttpError `{ message: 'Invalid <what>', errors }`. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown, what: string): z.output<S> {
  const result = schema.safeParse(body);
  if (!result.success) throw badRequest(`Invalid ${what}`, fieldErrors(result.error));
  return result.data;
}

/**
 * Optimistic locking: when the client sent a `version` (react-admin's edit form sends the whole
 * record, version included) that differs from the stored one, a 409 HttpError
 * `{ message, code: 'VERSION_CONFLICT', current }` with the current record as answered by the API.
 * Without a version the check is skipped (the decision and deadline endpoints, where it is
 * optional); a PUT of a versioned resource requires it first ({@link requireVersion}).
 * A version that is not a non-negative integer is a 400.
 */
export function checkVersion(storedVersion: number, sent: unknown, current: () => JsonObject): void {
  if (sent === undefined || sent === null) return;
  if (typeof sent !== 'number' || !Number.isInteger(sent) || sent < 0) throw badRequest('Invalid version', { version: 'Expected a non-negative integer' });
  if (sent !== storedVersion) {
    throw new HttpError(409, `The record changed since it was read (version ${sent}, now ${storedVersion}): reload it and try again`, {
      code: 'VERSION_CONFLICT',
      current: current(),
    });
  }
}

/**
 * A 400 `{ message, errors: { version: 'Required…' } }` when a PUT body has no `version`: a write to
 * a claim or policy must say which version it was made from (optimistic locking; react-admin's edit
 * form sends the record's version back with the rest of the record).
 */
export function requireVersion(resource: string, body: JsonObject): void {
  if (body.version === undefined || body.version === null) {
    throw badRequest(`Invalid ${resource} update: version is required`, { version: 'Required: send the version of the record you read (optimistic locking)' });
  }
}

/**
 * The PUT body merged over the stored record. Server-managed fields (`keep`) and `id` keep their
 * stored values; an `id` in the body that differs from the URL's is a 400.
 */
export function mergeUpdate<T extends { id: string }>(stored: T, body: JsonObject, keep: readonly (keyof T)[]): JsonObject {
  if (body.id !== undefined && String(body.id) !== stored.id) {
    throw badRequest('The id cannot change', { id: `Expected ${stored.id}` });
  }
  const merged: JsonObject = { ...stored, ...body, id: stored.id };
  for (const key of keep) merged[key as string] = stored[key];
  return merged;
}
