/**
 * ra-data-simple-rest's list query (`GET /api/<resource>?sort=["field","ASC"]&range=[0,24]&filter={...}`)
 * parsed with zod and applied to records.
 *
 * Filters: `q` is a full-text search, each resource's own (case, width, spaces and hyphens ignored); an array value
 * means IN (`{"id":["c-0001","c-0002"]}` is getMany); nested objects are dotted paths
 * (`{"device":{"carrier":"docomo"}}` = `device.carrier`); keys ending in `_gte`, `_lte`, `_gt`, `_lt`,
 * `_neq` compare; any other key is an exact match (a string "3" matches the number 3; an array
 * field such as `flags` matches when it contains the value). Sort fields may be dotted paths.
 */
import { z } from 'zod';
import { badRequest, fieldErrors } from './errors';
import { jsonDepth, MAX_JSON_DEPTH } from './limits';

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
      if (jsonDepth(raw) > MAX_JSON_DEPTH) {
        ctx.addIssue({ code: 'custom', message: `Nested too deeply: at most ${MAX_JSON_DEPTH} levels` });
        return z.NEVER;
      }
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

/** Text as compared by `q`: NFKC, lower case, without spaces and hyphens. */
export function normalizeText(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/[\s\-‐―]/g, '');
}

type Comparison = 'gte' | 'lte' | 'gt' | 'lt' | 'neq';
const COMPARISON = /^(.+)_(gte|lte|gt|lt|neq)$/;

/** The list's comparison of two values: numbers as numbers, anything else as strings. */
export function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

const isScalar = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/**
 * Equality with one value or, for an array, IN: scalars compare as strings (`"3"` matches 3), null
 * matches a missing or null field, and an array field matches when one of its items does.
 */
function valueMatcher(expected: unknown): (actual: unknown) => boolean {
  const strings = new Set<string>();
  let nullish = false;
  for (const value of Array.isArray(expected) ? expected : [expected]) {
    if (value === null) nullish = true;
    else if (isScalar(value)) strings.add(String(value));
  }
  const one = (actual: unknown) => (actual === null || actual === undefined ? nullish : isScalar(actual) && strings.has(String(actual)));
  return (actual) => (Array.isArray(actual) ? actual.some(one) : one(actual));
}

/** A getter of the dotted `path`, split once. */
export function pathGetter(path: string): (record: unknown) => unknown {
  const keys = path.split('.');
  const [only] = keys;
  if (keys.length === 1 && only !== undefined) {
    return (record) => (typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[only] : undefined);
  }
  return (record) => {
    let value: unknown = record;
    for (const key of keys) {
      if (typeof value !== 'object' || value === null) return undefined;
      value = (value as Record<string, unknown>)[key];
    }
    return value;
  };
}

function comparisonMatcher(op: Comparison, expected: unknown): (actual: unknown) => boolean {
  if (op === 'neq') {
    const equal = valueMatcher(expected);
    return (actual) => !equal(actual);
  }
  return (actual) => {
    if (actual === undefined || actual === null) return false;
    const c = compareValues(actual, typeof actual === 'number' && typeof expected === 'string' ? Number(expected) : expected);
    return op === 'gte' ? c >= 0 : op === 'lte' ? c <= 0 : op === 'gt' ? c > 0 : c < 0;
  };
}

/**
 * The predicate of every filter except `q` (full-text search is the resource's own matcher, see
 * mocks/http/list.ts), compiled once per request: paths split and IN lists hashed up front.
 * An array value means IN; `_gte` `_lte` `_gt` `_lt` compare, `_neq` is NOT (IN).
 */
export function compileFilter(filter: Record<string, unknown>): (record: unknown) => boolean {
  const tests = Object.entries(filter)
    .filter(([key]) => key !== 'q')
    .map(([key, expected]) => {
      const comparison = COMPARISON.exec(key);
      if (comparison && comparison[1] !== undefined) {
        const get = pathGetter(comparison[1]);
        const matches = comparisonMatcher(comparison[2] as Comparison, expected);
        return (record: unknown) => matches(get(record));
      }
      const get = pathGetter(key);
      const matches = valueMatcher(expected);
      return (record: unknown) => matches(get(record));
    });
  const [first, second] = tests;
  if (first === undefined) return () => true;
  if (second === undefined) return first;
  return (record) => tests.every((test) => test(record));
}

/** The filter's normalized `q`, or null when there is none (absent, null or blank). */
export function searchNeedle(filter: Record<string, unknown>): string | null {
  const q = filter.q;
  if (q === undefined || q === null) return null;
  const needle = normalizeText(String(q));
  return needle === '' ? null : needle;
}

/** A record with its sort key, read once. */
export interface Keyed<T> {
  record: T;
  key: unknown;
}

/**
 * The index of the first of `sorted` (ascending by `compare`) not before `probe`, by binary search:
 * where `probe` would be inserted to keep the order; `sorted.length` when every entry is before it.
 */
export function lowerBound<K>(sorted: readonly K[], probe: K, compare: (a: K, b: K) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(sorted[mid] as K, probe) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The list order on keyed records: by key in `order` (numbers as numbers, anything else as
 * strings), missing keys (undefined, null) last whatever the order, ties by id ascending. A total
 * order when ids are unique.
 */
export function keyedComparator<T extends { id: string }>(order: 'ASC' | 'DESC'): (a: Keyed<T>, b: Keyed<T>) => number {
  const direction = order === 'ASC' ? 1 : -1;
  return (a, b) => {
    const missingA = a.key === undefined || a.key === null;
    const missingB = b.key === undefined || b.key === null;
    if (missingA || missingB) return missingA === missingB ? compareValues(a.record.id, b.record.id) : missingA ? 1 : -1;
    return direction * compareValues(a.key, b.key) || compareValues(a.record.id, b.record.id);
  };
}

function keyedRecords<T extends { id: string }>(records: readonly T[], field: string, view: (record: T) => unknown): Keyed<T>[] {
  const get = pathGetter(field);
  return records.map((record) => ({ record, key: get(view(record)) }));
}

/**
 * Sorts by `sort` (default `id` ascending) on the value at the sort path of `view(record)` (the
 * stored record unless derived fields are sorted on); missing values last, ties by id. Each
 * record's key is read once. Returns a new array.
 */
export function sortRecords<T extends { id: string }>(records: readonly T[], sort: ListQuery['sort'], view: (record: T) => unknown = (r) => r): T[] {
  const { field, order } = sort ?? DEFAULT_SORT;
  const keyed = keyedRecords(records, field, view);
  keyed.sort(keyedComparator(order));
  return keyed.map(({ record }) => record);
}

/** The order of a list without `sort`: by id, ascending. */
export const DEFAULT_SORT: NonNullable<ListQuery['sort']> = { field: 'id', order: 'ASC' };

/** The first records in the list's order, keyed, and how many of all the keys were numbers or other values. */
export interface FirstKeyed<T> {
  first: Keyed<T>[];
  /** Records whose sort key is a number / another value (missing keys count in neither). */
  numbers: number;
  others: number;
}

/**
 * The first `count` of `records` in {@link sortRecords}' order, keyed, without sorting them all (a
 * bounded heap: O(n log count), one object per record kept, none per record passed over), with
 * the key types seen. When numbers mix with other keys the order is not consistent: the caller
 * sorts in full then (see {@link firstSorted}).
 */
export function firstKeyed<T extends { id: string }>(records: readonly T[], sort: ListQuery['sort'], count: number, view: (record: T) => unknown = (r) => r): FirstKeyed<T> {
  const { field, order } = sort ?? DEFAULT_SORT;
  const compare = keyedComparator<T>(order);
  const get = pathGetter(field);
  let numbers = 0;
  let others = 0;
  const kind = (key: unknown) => {
    if (typeof key === 'number') numbers += 1;
    else if (key !== undefined && key !== null) others += 1;
  };
  if (count >= records.length) {
    const keyed = keyedRecords(records, field, view);
    for (const { key } of keyed) kind(key);
    keyed.sort(compare);
    return { first: keyed, numbers, others };
  }
  // A max-heap of the `count` smallest seen so far: heap[0] is the largest of them.
  const heap: Keyed<T>[] = [];
  const siftUp = (at: number) => {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (compare(heap[parent] as Keyed<T>, heap[at] as Keyed<T>) >= 0) return;
      [heap[parent], heap[at]] = [heap[at] as Keyed<T>, heap[parent] as Keyed<T>];
      at = parent;
    }
  };
  const siftDown = (at: number) => {
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let largest = at;
      if (left < heap.length && compare(heap[left] as Keyed<T>, heap[largest] as Keyed<T>) > 0) largest = left;
      if (right < heap.length && compare(heap[right] as Keyed<T>, heap[largest] as Keyed<T>) > 0) largest = right;
      if (largest === at) return;
      [heap[largest], heap[at]] = [heap[at] as Keyed<T>, heap[largest] as Keyed<T>];
      at = largest;
    }
  };
  // One probe compared with the heap's top: a record passed over allocates nothing.
  const probe: Keyed<T> = { record: records[0] as T, key: undefined };
  if (count > 0) {
    for (const record of records) {
      const key = get(view(record));
      kind(key);
      if (heap.length < count) {
        heap.push({ record, key });
        siftUp(heap.length - 1);
        continue;
      }
      probe.record = record;
      probe.key = key;
      if (compare(probe, heap[0] as Keyed<T>) < 0) {
        heap[0] = { record, key };
        siftDown(0);
      }
    }
  } else {
    for (const record of records) kind(get(view(record)));
  }
  heap.sort(compare);
  return { first: heap, numbers, others };
}

/**
 * The first `count` records of `records` in {@link sortRecords}' order, without sorting them all
 * (a bounded heap: O(n log count)); the same answer as `sortRecords(records, sort, view).slice(0, count)`
 * (keys that mix numbers with other values, which have no consistent order, are fully sorted).
 */
export function firstSorted<T extends { id: string }>(records: readonly T[], sort: ListQuery['sort'], count: number, view: (record: T) => unknown = (r) => r): T[] {
  if (count <= 0) return [];
  if (count >= records.length) return sortRecords(records, sort, view);
  const { first, numbers, others } = firstKeyed(records, sort, count, view);
  // Numbers mixed with other keys have no consistent order (3 < 10 but "10" < "3"): only a full
  // sort gives sortRecords' answer then.
  if (numbers > 0 && others > 0) return sortRecords(records, sort, view).slice(0, count);
  return first.map(({ record }) => record);
}

/** One page of a list, the total before paging, and its `Content-Range` value. */
export interface ListPage<T> {
  items: T[];
  total: number;
  contentRange: string;
}

/**
 * Cuts `records` (already filtered and sorted) to `range` (both ends included). A range past the end
 * gives no items and `Content-Range: <resource> *\/<total>`. `total` is the number of matching
 * records when `records` holds only the first of them (at least up to the range's end).
 */
export function pageOf<T>(resource: string, records: readonly T[], range: ListQuery['range'], total: number = records.length): ListPage<T> {
  const start = range?.start ?? 0;
  const end = range?.end ?? Math.max(total - 1, 0);
  const items = records.slice(start, end + 1);
  const contentRange = items.length === 0 ? `${resource} */${total}` : `${resource} ${start}-${start + items.length - 1}/${total}`;
  return { items, total, contentRange };
}
