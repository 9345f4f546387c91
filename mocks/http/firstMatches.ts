/**
 * The first records of a filtered, sorted list kept between requests (mocks/http/list.ts): for one
 * collection, filter and sort, the first matching records in the list's order (listQuery's
 * `keyedComparator`: missing keys last, ties by id) and how many records match in all. What a
 * composite index (status, due date) is to a database: the queue's first page at 100,000 claims
 * reads 25 records instead of filtering and ordering 8,000 on every request.
 *
 * Built from a plain filter-and-order pass (the list's own), then kept up to date by replaying the
 * collection's writes (`writesSince`): a write whose record matched before leaves the total (and the
 * kept records, when it was among them); one that matches after joins the total, and the kept
 * records when it sorts before their last one. The kept records stay exactly the first that many
 * matches: a record sorting after the last kept one is never needed until the kept ones run out,
 * then the list builds the entry again. Rebuilt too when more writes were made than the log keeps,
 * when the match's outside inputs changed (`stamp`: e.g. the policies a claim's `q` reads), or
 * when the matches' sort keys mix numbers with other values (no consistent order to keep).
 */
import type { RecordSource } from '../resources/resource';
import { keyedComparator, lowerBound, pathGetter, type Keyed } from './listQuery';

/** How many first matches an entry keeps at least (page 1 to 8 of 25 rows). */
export const FIRST_MATCHES_KEPT = 200;

/** Requests reading more records than this (an export) are answered without a cache entry. */
export const MAX_FIRST_MATCHES = 1_000;

/** How many entries are kept per collection (the least recently used dropped first). */
export const MAX_CACHED_MATCHES = 32;

/** What a build gives: the first matches in order (keyed), the number of matches, their key types. */
export interface MatchesBuild<T> {
  first: Keyed<T>[];
  total: number;
  /** Matches whose sort key is a number, and whose key is another non-missing value. */
  numbers: number;
  others: number;
}

/** One cached entry: a filter and sort on one collection. */
class FirstMatches<T extends { id: string }> {
  private readonly compare: (a: Keyed<T>, b: Keyed<T>) => number;
  private readonly get: (record: unknown) => unknown;
  private entries: Keyed<T>[];
  private total: number;
  private numbers: number;
  private others: number;
  /** Whether `entries` holds every match (then any new match is kept). */
  private complete: boolean;

  constructor(
    build: MatchesBuild<T>,
    field: string,
    order: 'ASC' | 'DESC',
    private readonly includes: (record: T) => boolean,
    public revision: number,
    readonly stamp: string,
  ) {
    this.get = pathGetter(field);
    this.compare = keyedComparator<T>(order);
    this.entries = build.first;
    this.total = build.total;
    this.numbers = build.numbers;
    this.others = build.others;
    this.complete = build.first.length === build.total;
  }

  /** Whether the matches' keys compare consistently (not numbers mixed with other values). */
  get consistent(): boolean {
    return this.numbers === 0 || this.others === 0;
  }

  private count(key: unknown, delta: number): void {
    if (typeof key === 'number') this.numbers += delta;
    else if (key !== undefined && key !== null) this.others += delta;
  }

  /** The index of the first kept entry not before `probe` (binary search). */
  private lowerBound(probe: Keyed<T>): number {
    return lowerBound(this.entries, probe, this.compare);
  }

  /** Replays one write; false when the entry cannot follow it (then it is built again). */
  apply(before: T | undefined, after: T | undefined): boolean {
    if (before !== undefined && this.includes(before)) {
      const probe = { record: before, key: this.get(before) };
      this.total -= 1;
      this.count(probe.key, -1);
      const at = this.lowerBound(probe);
      if (this.entries[at]?.record === before) this.entries.splice(at, 1);
      else if (this.complete || at < this.entries.length) return false; // it should have been kept
    }
    if (after !== undefined && this.includes(after)) {
      const entry = { record: after, key: this.get(after) };
      this.total += 1;
      this.count(entry.key, 1);
      if (!this.consistent) return false;
      const last = this.entries[this.entries.length - 1];
      if (this.complete) {
        this.entries.splice(this.lowerBound(entry), 0, entry);
      } else if (last !== undefined && this.compare(entry, last) < 0) {
        this.entries.splice(this.lowerBound(entry), 0, entry);
        this.entries.pop();
      }
    }
    if (this.complete && this.entries.length > 2 * FIRST_MATCHES_KEPT) {
      this.entries.length = FIRST_MATCHES_KEPT;
      this.complete = false;
    }
    return true;
  }

  /** The first `count` matches and the total, or undefined when fewer are kept than asked for. */
  first(count: number): { records: T[]; total: number } | undefined {
    const end = Math.min(count, this.total);
    if (end > this.entries.length) return undefined;
    const records = new Array<T>(end);
    for (let i = 0; i < end; i++) records[i] = (this.entries[i] as Keyed<T>).record;
    return { records, total: this.total };
  }
}

/** Cached entries per source: key → entry, most recently used last. */
const caches = new WeakMap<object, Map<string, FirstMatches<{ id: string }>>>();

/** A source that keeps a revision and a write log (a Collection). */
type Tracked<T> = RecordSource<T> & Required<Pick<RecordSource<T>, 'writesSince'>> & { readonly revision: number };

function isTracked<T>(source: RecordSource<T>): source is Tracked<T> {
  return source.revision !== undefined && source.writesSince !== undefined;
}

/** Which cached entry: a filter (and search) of one source, a sort, and what else the match reads. */
export interface FirstMatchesKey {
  /** Identifies the filter (and search) within the source, e.g. its JSON. */
  filter: string;
  sort: { field: string; order: 'ASC' | 'DESC' };
  /** What else the match reads (e.g. other collections' revisions); a change rebuilds the entry. */
  stamp: string;
}

const cacheKey = ({ filter, sort }: FirstMatchesKey) => `${sort.field}\u0000${sort.order}\u0000${filter}`;

function touch<T extends { id: string }>(cache: Map<string, FirstMatches<{ id: string }>>, key: string, entry: FirstMatches<T>): void {
  cache.delete(key);
  cache.set(key, entry as unknown as FirstMatches<{ id: string }>);
  if (cache.size > MAX_CACHED_MATCHES) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
}

/**
 * The first `count` records of `source` matching the cached entry `key` in its sort's order, and how
 * many match in all, brought up to date with the writes since; undefined when no entry can answer
 * (none cached, outside inputs changed, fewer kept than asked for, or `source` keeps no write log).
 */
export function readFirstMatches<T extends { id: string }>(source: RecordSource<T>, key: FirstMatchesKey, count: number): { records: T[]; total: number } | undefined {
  if (!isTracked(source) || count > MAX_FIRST_MATCHES) return undefined;
  const cache = caches.get(source);
  const k = cacheKey(key);
  const entry = cache?.get(k) as FirstMatches<T> | undefined;
  if (!cache || !entry) return undefined;
  if (entry.stamp !== key.stamp || !catchUp(entry, source, source.revision)) {
    cache.delete(k);
    return undefined;
  }
  const answer = entry.first(count);
  if (answer) touch(cache, k, entry);
  return answer;
}

/**
 * Caches `build` (at least the first {@link FIRST_MATCHES_KEPT} matches of the list pass, in order)
 * as the entry `key` of `source` as it is now; `includes` tells whether a stored record matches (a
 * pure function of the record, given `key.stamp`). Keeps nothing for a source without a write log
 * or matches whose keys mix numbers with other values.
 */
export function keepFirstMatches<T extends { id: string }>(source: RecordSource<T>, key: FirstMatchesKey, includes: (record: T) => boolean, build: MatchesBuild<T>): void {
  if (!isTracked(source)) return;
  const entry = new FirstMatches<T>(build, key.sort.field, key.sort.order, includes, source.revision, key.stamp);
  if (!entry.consistent) return;
  let cache = caches.get(source);
  if (!cache) caches.set(source, (cache = new Map()));
  touch(cache, cacheKey(key), entry);
}

/** Replays the writes since the entry's revision; false when it must be built again. */
function catchUp<T extends { id: string }>(entry: FirstMatches<T>, source: Tracked<T>, revision: number): boolean {
  if (entry.revision === revision) return true;
  const writes = source.writesSince(entry.revision);
  if (writes === undefined || !writes.every(({ before, after }) => entry.apply(before, after))) return false;
  entry.revision = revision;
  return true;
}
