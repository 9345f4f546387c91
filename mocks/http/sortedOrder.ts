/**
 * Sort orders of a collection kept between list requests (mocks/http/list.ts): every record keyed
 * by one stored field (a dotted path) in the list's order (listQuery's `keyedComparator`: missing
 * keys last, ties by id), cached per collection, field and direction. A write does not throw the
 * order away: the next use replays the collection's writes since (`writesSince`: each one a binary
 * search and an array splice, about 0.1 ms at 100,000 claims) and rebuilds only when too many were
 * made, or when the field mixes numbers with other keys (no consistent order to search). What it answers:
 *
 * - the first records of the whole collection in that order (an unfiltered list page);
 * - the records whose key lies in a range (`receivedDate_gte` …), by binary search: a list's
 *   candidates for a comparison filter, when every key of the field is of one type (all numbers or
 *   all strings), for which that order and the filter's comparison agree.
 */
import type { RecordSource } from '../resources/resource';
import { compareValues, keyedComparator, lowerBound, pathGetter, type Keyed } from './listQuery';

/** The comparison operators a range can be cut on. */
export type RangeOperator = 'gte' | 'gt' | 'lte' | 'lt';

/** A source that keeps a revision and a write log (a Collection). */
type Tracked<T> = RecordSource<T> & Required<Pick<RecordSource<T>, 'values' | 'writesSince'>> & { readonly revision: number };

function isTracked<T>(source: RecordSource<T>): source is Tracked<T> {
  return source.revision !== undefined && source.values !== undefined && source.writesSince !== undefined;
}

/** One cached order: keyed records and how many keys of each type it holds. */
class SortedOrder<T extends { id: string }> {
  private keyed: Keyed<T>[];
  private readonly compare: (a: Keyed<T>, b: Keyed<T>) => number;
  private readonly get: (record: unknown) => unknown;
  private numbers = 0;
  private strings = 0;
  private others = 0;
  private missing = 0;

  constructor(
    records: readonly T[],
    field: string,
    readonly order: 'ASC' | 'DESC',
    public revision: number,
  ) {
    this.get = pathGetter(field);
    this.compare = keyedComparator<T>(order);
    this.keyed = records.map((record) => this.entry(record));
    this.keyed.sort(this.compare);
    for (const { key } of this.keyed) this.count(key, 1);
  }

  private entry(record: T): Keyed<T> {
    return { record, key: this.get(record) };
  }

  private count(key: unknown, delta: number): void {
    if (key === undefined || key === null) this.missing += delta;
    else if (typeof key === 'number') this.numbers += delta;
    else if (typeof key === 'string') this.strings += delta;
    else this.others += delta;
  }

  /** The index of the first entry not before `probe` (binary search). */
  private lowerBound(probe: Keyed<T>): number {
    return lowerBound(this.keyed, probe, this.compare);
  }

  /**
   * Whether the keys compare consistently: the list compares two numbers as numbers and anything
   * else as strings, so numbers mixed with other keys have no consistent order (3 < 10, "10" < "3").
   * Such an order cannot be maintained by binary search: it is rebuilt instead.
   */
  get consistent(): boolean {
    return this.numbers === 0 || (this.strings === 0 && this.others === 0);
  }

  /**
   * Replays one write: the record before leaves its place, the one after takes its own. False when
   * the order cannot be maintained (inconsistent keys, or `before` not where it should be): rebuild.
   */
  apply(before: T | undefined, after: T | undefined): boolean {
    if (before !== undefined) {
      const probe = this.entry(before);
      const at = this.lowerBound(probe);
      if (this.keyed[at]?.record !== before) return false;
      this.keyed.splice(at, 1);
      this.count(probe.key, -1);
    }
    if (after !== undefined) {
      const entry = this.entry(after);
      this.count(entry.key, 1);
      if (!this.consistent) return false;
      this.keyed.splice(this.lowerBound(entry), 0, entry);
    }
    return true;
  }

  get size(): number {
    return this.keyed.length;
  }

  /** The first `count` records (all of them when `count` is infinite). */
  first(count: number): T[] {
    const end = Math.min(count, this.keyed.length);
    const out = new Array<T>(end);
    for (let i = 0; i < end; i++) out[i] = (this.keyed[i] as Keyed<T>).record;
    return out;
  }

  /**
   * The records whose key satisfies every bound (the list's comparison semantics), or undefined
   * when this order cannot answer it exactly: keys of mixed types, an ascending order needed, or a
   * bound the comparison would not treat as a number or string of the field's type.
   */
  inRange(bounds: readonly { op: RangeOperator; value: unknown }[]): T[] | undefined {
    if (this.order !== 'ASC' || this.others > 0 || (this.numbers > 0 && this.strings > 0)) return undefined;
    const numeric = this.numbers > 0;
    const present = this.keyed.length - this.missing; // missing keys are last and never match
    let lo = 0;
    let hi = present;
    for (const { op, value } of bounds) {
      let bound: number | string;
      if (numeric) {
        // listQuery's comparisonMatcher turns a string bound into a number for a number field.
        if (typeof value === 'number') bound = value;
        else if (typeof value === 'string') bound = Number(value);
        else return undefined;
        if (Number.isNaN(bound)) return undefined;
      } else if (typeof value === 'string') {
        bound = value;
      } else {
        return undefined;
      }
      // First index (within the keys present) whose key compares >= bound (or > bound).
      const strict = op === 'gt' || op === 'lte';
      let a = 0;
      let b = present;
      while (a < b) {
        const mid = (a + b) >> 1;
        const c = compareValues((this.keyed[mid] as Keyed<T>).key, bound);
        if (c < 0 || (strict && c === 0)) a = mid + 1;
        else b = mid;
      }
      if (op === 'gte' || op === 'gt') lo = Math.max(lo, a);
      else hi = Math.min(hi, a);
    }
    const out: T[] = [];
    for (let i = lo; i < hi; i++) out.push((this.keyed[i] as Keyed<T>).record);
    return out;
  }
}

/** Cached orders per source: `field\0order` → order, most recently used last. */
const caches = new WeakMap<object, Map<string, SortedOrder<{ id: string }>>>();

/** How many orders are kept per source (the least recently used dropped first). */
export const MAX_CACHED_ORDERS = 8;

/**
 * The order of `source` by `field` in `order`, brought up to date with the writes since it was
 * built (or rebuilt), or undefined when `source` keeps no revision and write log (a fixed list).
 */
export function sortedOrder<T extends { id: string }>(source: RecordSource<T>, field: string, order: 'ASC' | 'DESC'): SortedOrder<T> | undefined {
  if (!isTracked(source)) return undefined;
  let cache = caches.get(source);
  if (!cache) caches.set(source, (cache = new Map()));
  const key = `${field}\u0000${order}`;
  let sorted = cache.get(key) as SortedOrder<T> | undefined;
  const revision = source.revision;
  if (sorted && sorted.revision !== revision) {
    const writes = sorted.consistent ? source.writesSince(sorted.revision) : undefined;
    if (writes !== undefined && writes.every(({ before, after }) => (sorted as SortedOrder<T>).apply(before, after))) sorted.revision = revision;
    else sorted = undefined;
  }
  sorted ??= new SortedOrder<T>(source.values(), field, order, revision);
  cache.delete(key);
  cache.set(key, sorted as unknown as SortedOrder<{ id: string }>);
  if (cache.size > MAX_CACHED_ORDERS) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  return sorted;
}

export type { SortedOrder };
