/**
 * A table of the metrics index kept up to date write by write (liveIndex.ts): typed columns holding
 * `count` dense slots, grown by half when full, a slot removed by moving the last one into it (so a
 * figure's scan of slots 0 … count − 1 never meets a hole). Slots carry no order.
 */

/** A typed column of the index. */
export type Column = Int8Array | Uint8Array | Int32Array | Float64Array;

/** A copy of `column` with room for at least `length` values (its values kept). */
function grown<C extends Column>(column: C, length: number): C {
  const next = new (column.constructor as new (length: number) => C)(Math.max(length, Math.ceil(column.length * 1.5), 64));
  next.set(column);
  return next;
}

/**
 * The slots of one kind of record in `columns` (one of scope.ts's column sets, changed in place):
 * `keys` are its typed columns; `onMove(from, to)` lets the owner move what it keeps beside the
 * columns (ids, records, links) when a removal moves slot `from` into `to`.
 */
export class SlotTable<K extends string, C extends { count: number } & Record<K, Column>> {
  constructor(
    readonly columns: C,
    private readonly keys: readonly K[],
    private readonly onMove: (from: number, to: number) => void,
  ) {}

  /** A new slot at the end (its values are whatever the columns hold there: set every one). */
  add(): number {
    const slot = this.columns.count;
    for (const key of this.keys) {
      const column: Column = this.columns[key];
      if (slot >= column.length) this.columns[key] = grown(column, slot + 1) as C[K];
    }
    this.columns.count = slot + 1;
    return slot;
  }

  /** Frees `slot` (0 ≤ slot < count): the last slot moves into it. Throws RangeError on a slot not in use. */
  remove(slot: number): void {
    const last = this.columns.count - 1;
    if (!Number.isInteger(slot) || slot < 0 || slot > last) throw new RangeError(`No slot ${slot} in use (count ${this.columns.count})`);
    if (slot !== last) {
      for (const key of this.keys) {
        const column: Column = this.columns[key];
        column[slot] = column[last] ?? 0;
      }
      this.onMove(last, slot);
    }
    this.columns.count = last;
  }
}

/** `values` (ascending) with `value` inserted in order, in a buffer grown when full; returns the buffer (a new one when it was full); the length is one more. */
export function insertSorted(buffer: Int32Array, length: number, value: number): Int32Array {
  const next = length >= buffer.length ? grown(buffer, length + 1) : buffer;
  const at = lowerBound(next, length, value);
  next.copyWithin(at + 1, at, length);
  next[at] = value;
  return next;
}

/** Removes one `value` from the first `length` (ascending) values of `buffer`; false when absent. */
export function removeSorted(buffer: Int32Array, length: number, value: number): boolean {
  const at = lowerBound(buffer, length, value);
  if (at >= length || buffer[at] !== value) return false;
  buffer.copyWithin(at, at + 1, length);
  return true;
}

/** The first index among the first `length` ascending values of `buffer` whose value is ≥ `value`. */
function lowerBound(buffer: Int32Array, length: number, value: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((buffer[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The records a table's slots were derived from, and the slot of each record's id. */
export class Keys<R extends { id: string }> {
  readonly records: R[] = [];
  readonly slotOf = new Map<string, number>();

  set(slot: number, record: R): void {
    this.records[slot] = record;
    this.slotOf.set(record.id, slot);
  }

  move(from: number, to: number): void {
    const record = this.records[from] as R;
    this.records[to] = record;
    this.slotOf.set(record.id, to);
  }

  /** Forgets `id` once its slot is freed (the table moved its last slot into it already) and `count` slots are left. */
  drop(id: string, count: number): void {
    this.slotOf.delete(id);
    this.records.length = count;
  }
}
