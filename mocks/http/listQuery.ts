/**
 * ra-data-simple-rest's list query (`GET /api/<resource>?sort=["field","ASC"]&range=[0,24]&filter={...}`)
 * parsed with zod and applied to records.
 *
 * Filters: `q` searches a few text fields (case, width, spaces and hyphens ignored); an array value
 * means IN (`{"id":["c-0001","c-0002"]}` is getMany); nested objects are dotted paths
 * (`{"device":{"carrier":"docomo"}}` = `device.carrier`); keys ending in `_gte`, `_lte`, `_gt`, `_lt`,
 * `_neq` compare; any other key is an exact match (a string "3" matches the number 3; an array
 * field such as `flags` matches when it contains the value). Sort fields may be dotted paths.
 */
import { z } from 'zod';
import { badRequest, fieldErrors } from './errors';

/** A parsed list query: sort and range are absent when the request has none. */
export interface ListQuery {
  sort?: { field: string; order: 'ASC' | 'DESC' };
  range?: { start: number; end: number };
  filter: Record<string, unknown>;
}

const jsonParam = <T extends z.ZodType>(schema: T, expected: string) =>
  z
    .string()
    .transform((raw, ctx): unknown => {
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: `Not valid JSON: expected ${expected}` });
        return z.NEVER;
      }
    })
    .pipe(schema);

const sortSchema = jsonParam(
  z.tuple([z.string().min(1, 'Sort field is empty'), z.string().transform((s) => s.toUpperCase()).pipe(z.enum(['ASC', 'DESC']))], {
    error: 'Expected ["field","ASC"|"DESC"]',
  }),
  '["field","ASC"|"DESC"]',
);
const rangeSchema = jsonParam(
  z
    .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()], { error: 'Expected [start,end], integers from 0' })
    .refine(([start, end]) => start <= end, 'Range start is after its end'),
  '[start,end]',
);
const filterSchema = jsonParam(
  z.custom<Record<string, unknown>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'Expected a JSON object'),
  'a JSON object',
);

/** Parses `sort`, `range` and `filter` from `url`. Throws a 400 HttpError naming each bad parameter. */
export function parseListQuery(url: URL): ListQuery {
  const errors: Record<string, string> = {};
  const parse = <T>(name: string, schema: z.ZodType<T>): T | undefined => {
    const raw = url.searchParams.get(name);
    if (raw === null) return undefined;
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    errors[name] = Object.values(fieldErrors(result.error))[0] ?? 'Invalid';
    return undefined;
  };
  const sort = parse('sort', sortSchema);
  const range = parse('range', rangeSchema);
  const filter = parse('filter', filterSchema);
  if (Object.keys(errors).length > 0) throw badRequest('Invalid list query', errors);
  return {
    sort: sort && { field: sort[0], order: sort[1] },
    range: range && { start: range[0], end: range[1] },
    filter: flattenFilter(filter ?? {}),
  };
}

/** `{ device: { carrier: 'x' } }` → `{ 'device.carrier': 'x' }` (arrays and null stay values). */
function flattenFilter(filter: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) Object.assign(flat, flattenFilter(value as Record<string, unknown>, path));
    else flat[path] = value;
  }
  return flat;
}

/** The value at dotted `path` in `record` (`device.model`), or undefined. */
export function getPath(record: unknown, path: string): unknown {
  let value: unknown = record;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Text as compared by `q`: NFKC, lower case, without spaces and hyphens. */
export function normalizeText(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/[\s\-‐―]/g, '');
}

function scalarEquals(actual: unknown, expected: unknown): boolean {
  if (actual === expected) return true;
  if (actual === undefined && expected === null) return true;
  const scalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  return scalar(actual) && scalar(expected) && String(actual) === String(expected);
}

function equals(actual: unknown, expected: unknown): boolean {
  return Array.isArray(actual) ? actual.some((item) => scalarEquals(item, expected)) : scalarEquals(actual, expected);
}

type Comparison = 'gte' | 'lte' | 'gt' | 'lt' | 'neq';
const COMPARISON = /^(.+)_(gte|lte|gt|lt|neq)$/;

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

function matchesComparison(actual: unknown, op: Comparison, expected: unknown): boolean {
  if (op === 'neq') return !equals(actual, expected);
  if (actual === undefined || actual === null) return false;
  const c = compareValues(actual, typeof actual === 'number' && typeof expected === 'string' ? Number(expected) : expected);
  return op === 'gte' ? c >= 0 : op === 'lte' ? c <= 0 : op === 'gt' ? c > 0 : c < 0;
}

/** True when `record` passes every filter; `searchText` gives the fields `q` looks in. */
export function matchesFilter(record: unknown, filter: Record<string, unknown>, searchText: () => string[]): boolean {
  return Object.entries(filter).every(([key, expected]) => {
    if (key === 'q') {
      if (expected === undefined || expected === null || expected === '') return true;
      const needle = normalizeText(String(expected));
      return searchText().some((text) => normalizeText(text).includes(needle));
    }
    const comparison = COMPARISON.exec(key);
    if (comparison && comparison[1] !== undefined) {
      return matchesComparison(getPath(record, comparison[1]), comparison[2] as Comparison, expected);
    }
    const actual = getPath(record, key);
    return Array.isArray(expected) ? expected.some((e) => equals(actual, e)) : equals(actual, expected);
  });
}

/** Sorts by `sort` (default `id` ascending); missing values last, ties by id. Returns a new array. */
export function sortRecords<T extends { id: string }>(records: readonly T[], sort: ListQuery['sort']): T[] {
  const { field, order } = sort ?? { field: 'id', order: 'ASC' as const };
  const direction = order === 'ASC' ? 1 : -1;
  return [...records].sort((a, b) => {
    const va = getPath(a, field);
    const vb = getPath(b, field);
    const missingA = va === undefined || va === null;
    const missingB = vb === undefined || vb === null;
    if (missingA || missingB) return missingA === missingB ? compareValues(a.id, b.id) : missingA ? 1 : -1;
    return direction * compareValues(va, vb) || compareValues(a.id, b.id);
  });
}

/** One page of a list, the total before paging, and its `Content-Range` value. */
export interface ListPage<T> {
  items: T[];
  total: number;
  contentRange: string;
}

/**
 * Cuts `records` (already filtered and sorted) to `range` (both ends included). A range past the end
 * gives no items and `Content-Range: <resource> *\/<total>`.
 */
export function pageOf<T>(resource: string, records: readonly T[], range: ListQuery['range']): ListPage<T> {
  const total = records.length;
  const start = range?.start ?? 0;
  const end = range?.end ?? Math.max(total - 1, 0);
  const items = records.slice(start, end + 1);
  const contentRange = items.length === 0 ? `${resource} */${total}` : `${resource} ${start}-${start + items.length - 1}/${total}`;
  return { items, total, contentRange };
}
