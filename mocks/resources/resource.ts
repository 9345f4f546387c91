/**
 * What the generic REST handlers (mocks/rest.ts) need to know about one resource: where its records
 * live, how a record is answered (with derived fields), which text `q` searches, and how a create,
 * update or delete is validated and carried out.
 */
import type { z } from 'zod';
import type { Collection, CollectionName } from '../collection';
import type { MockDb } from '../db';
import { badRequest, fieldErrors } from '../http/errors';

/** A JSON object as the API answers it. */
export type JsonObject = Record<string, unknown>;

/** One REST resource over a collection of records `T`. */
export interface Resource<T extends { id: string }> {
  /** The resource's name in URLs and in `Content-Range`. */
  name: CollectionName;
  collection(db: MockDb): Collection<T>;
  /** The record as the API answers it: the stored fields plus derived ones. */
  present(db: MockDb, record: T): JsonObject;
  /** The texts `q` searches in. */
  searchText(db: MockDb, record: T): string[];
  /** Validates a POST body and stores the new record; throws HttpError (400, 422) when refused. */
  create(db: MockDb, body: unknown): T;
  /** Validates a PUT body over `stored` and stores the result; throws HttpError when refused. */
  update(db: MockDb, stored: T, body: JsonObject): T;
  /** Deletes `stored` (and what depends on it); throws HttpError 409 when refused. */
  remove(db: MockDb, stored: T): void;
}

/** `body` parsed by `schema`, or a 400 HttpError `{ message: 'Invalid <what>', errors }`. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown, what: string): z.output<S> {
  const result = schema.safeParse(body);
  if (!result.success) throw badRequest(`Invalid ${what}`, fieldErrors(result.error));
  return result.data;
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
