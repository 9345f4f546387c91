/**
 * One collection of the in-memory mock database: records by id, validated with a zod schema on
 * every write, copied in and out so no caller can change stored data behind the database's back.
 * Every write is reported to a listener with the record before and after: the hook that
 * persistence (IndexedDB) and audit events can use later.
 */
import type { z } from 'zod';

/** The collections of the mock database. */
export type CollectionName = 'policies' | 'claims' | 'documents' | 'payments' | 'surveys' | 'users' | 'auditEvents';

/** One write to a collection: `before` is undefined for an insert, `after` undefined for a removal. */
export interface Change<T = unknown> {
  collection: CollectionName;
  op: 'insert' | 'replace' | 'remove';
  id: string;
  before?: T;
  after?: T;
}

/** Thrown by `insert` when the id is taken, by `replace` when it is absent. */
export class CollectionError extends Error {
  constructor(
    message: string,
    readonly code: 'duplicate_id' | 'not_found',
  ) {
    super(message);
    this.name = 'CollectionError';
  }
}

/** A collection of records with a string `id`, kept in insertion order. */
export class Collection<T extends { id: string }> {
  private readonly records = new Map<string, T>();

  /**
   * @param name the collection's name (reported in changes)
   * @param schema validates every record written; a failing write throws ZodError and changes nothing
   * @param onChange called after each write
   * @param initial records to load (validated, not reported as changes)
   */
  constructor(
    readonly name: CollectionName,
    private readonly schema: z.ZodType<T>,
    private readonly onChange: (change: Change<T>) => void,
    initial: readonly T[] = [],
  ) {
    for (const record of initial) {
      if (this.records.has(record.id)) throw new CollectionError(`${name}: duplicate id ${record.id}`, 'duplicate_id');
      this.records.set(record.id, this.schema.parse(record));
    }
  }

  /** Number of records. */
  get size(): number {
    return this.records.size;
  }

  /** Copies of every record, in insertion order. */
  all(): T[] {
    return [...this.records.values()].map((r) => structuredClone(r));
  }

  /** Copies of the records matching `predicate`. */
  filter(predicate: (record: T) => boolean): T[] {
    return [...this.records.values()].filter(predicate).map((r) => structuredClone(r));
  }

  /** A copy of the record with `id`, or undefined. */
  get(id: string): T | undefined {
    const record = this.records.get(id);
    return record === undefined ? undefined : structuredClone(record);
  }

  /** True when a record with `id` exists. */
  has(id: string): boolean {
    return this.records.has(id);
  }

  /** Adds a new record. Throws CollectionError('duplicate_id') or ZodError. Returns a copy as stored. */
  insert(record: T): T {
    if (this.records.has(record.id)) throw new CollectionError(`${this.name}: duplicate id ${record.id}`, 'duplicate_id');
    const stored = this.schema.parse(structuredClone(record));
    this.records.set(stored.id, stored);
    this.onChange({ collection: this.name, op: 'insert', id: stored.id, after: structuredClone(stored) });
    return structuredClone(stored);
  }

  /** Replaces an existing record. Throws CollectionError('not_found') or ZodError. Returns a copy as stored. */
  replace(record: T): T {
    const before = this.records.get(record.id);
    if (before === undefined) throw new CollectionError(`${this.name}: no record ${record.id}`, 'not_found');
    const stored = this.schema.parse(structuredClone(record));
    this.records.set(stored.id, stored);
    this.onChange({ collection: this.name, op: 'replace', id: stored.id, before: structuredClone(before), after: structuredClone(stored) });
    return structuredClone(stored);
  }

  /** Removes the record with `id`; returns it, or undefined when there was none. */
  remove(id: string): T | undefined {
    const before = this.records.get(id);
    if (before === undefined) return undefined;
    this.records.delete(id);
    this.onChange({ collection: this.name, op: 'remove', id, before: structuredClone(before) });
    return before;
  }

  /**
   * The next free id `<prefix>-NNNN`: one more than the highest numeric suffix among ids of that
   * shape (`c-0023` → `c-0024`), zero-padded to `width` digits.
   */
  nextId(prefix: string, width = 4): string {
    const pattern = new RegExp(`^${prefix}-(\\d+)$`);
    let max = 0;
    for (const id of this.records.keys()) {
      const match = pattern.exec(id);
      if (match) max = Math.max(max, Number(match[1]));
    }
    return `${prefix}-${String(max + 1).padStart(width, '0')}`;
  }
}
