/**
 * `GET /api/<resource>` in ra-data-simple-rest's dialect: filter, full-text `q`, sort, page.
 *
 * Efficient at 100,000 claims, with the answer of a plain filter-sort-slice (mocks/http/listQuery.ts):
 * - Candidates: an exact filter on an indexed field (claims' `policyId`, `status`, `peril`,
 *   `assigneeId`; documents', payments' and surveys' `claimId`…: `Collection.lookup`) or on `id`
 *   (getMany: `Collection.get` per id) narrows the records to look at (the smallest such set); the
 *   compiled filter still runs on each candidate, so narrowing never changes the answer.
 * - Order: only the records up to the range's end are ordered (a bounded heap, `firstSorted`), not
 *   every match. An unfiltered list sorted on a stored field reads a sort order cached per
 *   collection, field and direction, rebuilt after any write to the collection. A filtered list on
 *   stored fields with many candidates keeps its first matches and total per filter and sort
 *   (mocks/http/firstMatches.ts, kept up to date write by write): the queue's page is then 25 reads.
 * - Tests: the filter keys the narrowing lookup answered exactly are not tested again.
 * - Presentation: filters and sorts read the stored (frozen) records in place, no copy, unless they
 *   name a derived field (`adjudication.*`, `flags`, `aggregate.*`), in which case each candidate is
 *   presented (once per request); otherwise only the returned page is presented.
 * `q` builds one matcher per request; a resource with a search index (`searchAll`, the claims)
 * answers it in one pass over the index when no other filter narrows the records.
 * The answers are those of the plain filter-sort-slice (tests/api/listEquivalence.test.ts), given
 * what the zod-typed records guarantee: a field's values are all numbers or all not (numbers mixed
 * with strings have no consistent order; such keys are sorted in full, from insertion order when
 * nothing narrowed them).
 */
import type { MockDb } from '../db';
import type { JsonObject, RecordSource, Resource } from '../resources/resource';
import { FIRST_MATCHES_KEPT, keepFirstMatches, readFirstMatches } from './firstMatches';
import { compileFilter, DEFAULT_SORT, firstKeyed, firstSorted, pageOf, parseListQuery, searchNeedle, sortRecords, type ListPage, type ListQuery } from './listQuery';
import { sortedOrder, type RangeOperator } from './sortedOrder';

/**
 * True when `path` (dotted, maybe with a `_gte`… suffix) is one of the resource's derived fields,
 * lies inside one (`adjudication.payout`), or holds one (`holder` when `holder.phone` is derived).
 */
function isDerived<T extends { id: string }>(resource: Resource<T>, path: string): boolean {
  const plain = path.replace(/_(gte|lte|gt|lt|neq)$/, '');
  return resource.derived?.some((field) => plain === field || plain.startsWith(`${field}.`) || field.startsWith(`${plain}.`)) ?? false;
}

/** Whether the query filters or sorts on a derived field. */
function needsPresentation<T extends { id: string }>(resource: Resource<T>, query: ListQuery): boolean {
  if (query.sort && isDerived(resource, query.sort.field)) return true;
  return Object.keys(query.filter).some((key) => key !== 'q' && isDerived(resource, key));
}

const RANGE = /^(.+)_(gte|gt|lte|lt)$/;

/** Below this many candidates a range cut is not worth looking up. */
const RANGE_WORTH_IT = 2_000;

/** The records a filter narrows a source to, and the filter keys every one of them satisfies. */
interface Narrowed<T> {
  records: readonly T[];
  /** Keys of the filter the lookup answered exactly (their test need not run again). */
  answered: readonly string[];
}

/**
 * The records the filter narrows `source` to (the smallest such set, each record once), or
 * undefined when no filter can be looked up; the compiled filter still runs on each of them.
 * - An exact filter on an indexed field, or on `id` (getMany). Only string values narrow: the
 *   filter compares scalars as strings (`"3"` matches 3) and null matches a missing field, which an
 *   equality index cannot answer.
 * - Comparisons (`_gte` `_gt` `_lte` `_lt`) on one stored field, cut by binary search from the
 *   field's cached ascending order (mocks/http/sortedOrder.ts) when it can answer them exactly.
 * `isDerived` tells the fields the stored records do not hold.
 */
export function candidates<T extends { id: string }>(source: RecordSource<T>, filter: Record<string, unknown>, isDerived: (path: string) => boolean = () => false): readonly T[] | undefined {
  return narrow(source, filter, isDerived)?.records;
}

/**
 * {@link candidates}, with the filter keys the chosen lookup answers exactly: every record an
 * index gives for string values holds one of them (the filter's string comparison agrees), every
 * record a range cut gives satisfies its bounds, every record got by id has that id.
 */
function narrow<T extends { id: string }>(source: RecordSource<T>, filter: Record<string, unknown>, isDerived: (path: string) => boolean): Narrowed<T> | undefined {
  let best: Narrowed<T> | undefined;
  const consider = (found: readonly T[] | undefined, answered: readonly string[]) => {
    if (found && (best === undefined || found.length < best.records.length)) best = { records: found, answered };
  };
  const ranges = new Map<string, { key: string; op: RangeOperator; value: unknown }[]>();
  for (const [key, value] of Object.entries(filter)) {
    if (key === 'q' || isDerived(key)) continue;
    const range = RANGE.exec(key);
    if (range?.[1] !== undefined) {
      const bounds = ranges.get(range[1]) ?? [];
      bounds.push({ key, op: range[2] as RangeOperator, value });
      ranges.set(range[1], bounds);
      continue;
    }
    const values = Array.isArray(value) ? value : [value];
    if (!values.every((v): v is string => typeof v === 'string')) continue;
    if (key === 'id') consider([...new Set(values)].map((id) => source.get(id)).filter((record): record is T => record !== undefined), [key]);
    else consider(source.lookup?.(key, values), [key]);
    if (best?.records.length === 0) return best;
  }
  for (const [field, bounds] of ranges) {
    if (best !== undefined && best.records.length < RANGE_WORTH_IT) break;
    consider(
      sortedOrder(source, field, 'ASC')?.inRange(bounds),
      bounds.map(({ key }) => key),
    );
  }
  return best;
}

/** `filter` without `keys`. */
function without(filter: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  if (keys.length === 0) return filter;
  const rest = { ...filter };
  for (const key of keys) delete rest[key];
  return rest;
}

const presentedCaches = new WeakMap<object, { stamp: string; records: readonly JsonObject[] }>();

/**
 * What every record of `source` presents as, in `source.values()` order, cached until anything in
 * the database changes (its collections' revisions) or the day does: a filter or sort on a derived
 * field reads an array instead of presenting 100,000 claims one by one. Undefined for a fixed list.
 */
function presentedAll<T extends { id: string }>(resource: Resource<T>, db: MockDb, source: RecordSource<T>): readonly JsonObject[] | undefined {
  if (source.revision === undefined || source.values === undefined) return undefined;
  const revisions = [db.policies, db.claims, db.documents, db.payments, db.surveys, db.users, db.auditEvents].map((c) => c.revision);
  const stamp = `${revisions.join(':')}:${source.revision}:${db.clock.today()}`;
  const hit = presentedCaches.get(source);
  if (hit && hit.stamp === stamp) return hit.records;
  const records = source.values().map((record) => resource.present(db, record));
  presentedCaches.set(source, { stamp, records });
  return records;
}

/** Below this many candidates a filtered list is answered without keeping its first matches. */
const KEEP_WORTH_IT = 1_000;

/** The revisions of the database's collections (what a `q` search may read besides its own records). */
function databaseStamp(db: MockDb): string {
  return [db.policies, db.claims, db.documents, db.payments, db.surveys, db.users, db.auditEvents].map((c) => c.revision).join(':');
}

/**
 * The page of `resource` the list query of `url` asks for, each record presented.
 * Throws a 400 HttpError for a malformed query.
 */
export function listPage<T extends { id: string }>(resource: Resource<T>, db: MockDb, url: URL): ListPage<JsonObject> {
  const query = parseListQuery(url);
  const source = resource.source(db);
  const derived = needsPresentation(resource, query);
  const needle = searchNeedle(query.filter);
  const filtered = needle !== null || Object.keys(query.filter).some((key) => key !== 'q');
  const sort = query.sort ?? DEFAULT_SORT;
  const until = query.range ? query.range.end + 1 : Number.POSITIVE_INFINITY;
  /** The presented record of each matching record, when the query reads derived fields. */
  const views = new Map<T, JsonObject>();

  let ordered: readonly T[];
  let total: number;
  const wholeOrder = !filtered && !derived ? sortedOrder(source, sort.field, sort.order) : undefined;
  // A filtered list on stored fields: its first matches are kept between requests (mocks/http/firstMatches.ts).
  const keep = filtered && !derived && Number.isFinite(until) ? { filter: JSON.stringify(query.filter), sort, stamp: needle === null ? '' : databaseStamp(db) } : undefined;
  const kept = keep && readFirstMatches(source, keep, until);
  if (wholeOrder) {
    total = wholeOrder.size;
    ordered = wholeOrder.first(until);
  } else if (kept) {
    total = kept.total;
    ordered = kept.records;
  } else {
    let search = needle === null ? undefined : resource.searcher(db, needle);
    const narrowed = narrow(source, query.filter, (path) => isDerived(resource, path));
    let pool = narrowed?.records;
    if (pool === undefined && needle !== null && resource.searchAll) {
      // Nothing else narrows: the search index gives the matches in one pass (they need no other test).
      pool = resource.searchAll(db, needle);
      search = undefined;
    }
    // Every record (nothing narrowed): a derived filter reads them presented, from a cache.
    const every = pool === undefined;
    pool ??= source.values?.() ?? source.filter(() => true);
    // The keys the lookup answered need no test: the rest of the filter runs on each candidate.
    const matches = compileFilter(without(query.filter, narrowed?.answered ?? []));
    const cached = derived && every ? presentedAll(resource, db, source) : undefined;
    const presented = derived ? (cached ?? pool.map((record) => resource.present(db, record))) : undefined;
    const matching: T[] = [];
    for (let i = 0; i < pool.length; i++) {
      const record = pool[i] as T;
      if (search !== undefined && !search(record)) continue;
      const view = presented ? (presented[i] as JsonObject) : record;
      if (!matches(view)) continue;
      matching.push(record);
      if (presented) views.set(record, view as JsonObject);
    }
    const view = derived ? (record: T): unknown => views.get(record) : (record: T): unknown => record;
    total = matching.length;
    if (keep && pool.length >= KEEP_WORTH_IT) {
      const build = firstKeyed(matching, sort, Math.max(until, FIRST_MATCHES_KEPT), view);
      keepFirstMatches(source, keep, matcherOf(resource, db, query.filter, needle), { ...build, total });
      ordered = build.numbers > 0 && build.others > 0 ? sortRecords(matching, sort, view).slice(0, until) : build.first.slice(0, until).map(({ record }) => record);
    } else {
      ordered = until < matching.length ? firstSorted(matching, sort, until, view) : sortRecords(matching, sort, view);
    }
  }
  const page = pageOf(resource.name, ordered, query.range, total);
  return { ...page, items: page.items.map((record) => views.get(record) ?? resource.present(db, record)) };
}

/** Whether a stored record matches the whole filter and `q` (what a kept entry replays writes with). */
function matcherOf<T extends { id: string }>(resource: Resource<T>, db: MockDb, filter: Record<string, unknown>, needle: string | null): (record: T) => boolean {
  const matches = compileFilter(filter);
  const search = needle === null ? undefined : resource.searcher(db, needle);
  return (record) => (search === undefined || search(record)) && matches(record);
}
