/**
 * Where the browser keeps the mock database across reloads: the contract the persistence logic
 * (mocks/persistence.ts) needs, an in-memory implementation for tests, and the list of collections.
 */
import type { DbHighWaterMarks } from '../db';
import type { DbData } from '../dbData';
import type { RecordWrite } from './writeBehind';

/**
 * Bump whenever a stored record's shape changes (src/domain/records.ts, the seed): a browser
 * holding data of another version drops it and re-seeds.
 */
export const MOCK_SCHEMA_VERSION = 2;

/** Every collection of {@link DbData}, each kept in its own store; a collection added there must be added here. */
const COLLECTION_FLAGS = {
  policies: true,
  claims: true,
  documents: true,
  payments: true,
  surveys: true,
  users: true,
  auditEvents: true,
  notes: true,
  files: true,
} as const satisfies Record<keyof DbData, true>;

/** The collections persisted, in load order. */
export const PERSISTED_COLLECTIONS = Object.keys(COLLECTION_FLAGS) as (keyof DbData)[];

/** What is saved beside the records. */
export interface PersistedMeta {
  schemaVersion: number;
  seed: number;
  size: number;
  /** ISO instant the data was generated. */
  generatedAt: string;
  /**
   * The collections' id high-water marks when the data was saved whole (MockDb.highWaterMarks);
   * a store adds those of the records deleted since ({@link withDeletedIds}), so ids are never reused.
   */
  highWater?: DbHighWaterMarks;
}

/**
 * `marks` raised to cover the ids of `deleted` (`c-0042` raises `claims.c` to at least 42): the
 * high-water marks of saved data whose records were deleted after it was saved whole.
 */
export function withDeletedIds(marks: DbHighWaterMarks | undefined, deleted: readonly Pick<RecordWrite, 'collection' | 'id'>[]): DbHighWaterMarks {
  const raised: Record<string, Record<string, number>> = {};
  for (const [collection, prefixes] of Object.entries(marks ?? {})) raised[collection] = { ...prefixes };
  for (const { collection, id } of deleted) {
    const match = /^(.+)-(\d+)$/.exec(id);
    if (!match?.[1] || !match[2]) continue;
    const prefixes = (raised[collection] ??= {});
    prefixes[match[1]] = Math.max(prefixes[match[1]] ?? 0, Number(match[2]));
  }
  return raised as DbHighWaterMarks;
}

/** A saved database. */
export interface PersistedState {
  meta: PersistedMeta;
  data: DbData;
}

/** A saved database as loaded, with the number of record writes kept since its last full save. */
export interface StoredState extends PersistedState {
  changeCount: number;
  /** Where loading spent its time, ms: reading the store, decoding its values (absent when not measured). */
  timings?: { readMs: number; decodeMs: number };
}

/** A place that keeps one database. */
export interface MockStore {
  /** The saved database, or undefined when there is none (or it is of another schema version). */
  load(): Promise<StoredState | undefined>;
  /** Replaces everything saved with `state`, atomically (the writes kept so far are folded in: compaction). */
  replaceAll(state: PersistedState): Promise<void>;
  /** Puts and deletes the records of `batch`, atomically. */
  write(batch: readonly RecordWrite[]): Promise<void>;
  /** Forgets everything saved. */
  clear(): Promise<void>;
}

/** A {@link MockStore} in memory (tests); `writes` counts the records each write touched. */
export class MemoryMockStore implements MockStore {
  private state: PersistedState | undefined;
  /** Number of records in each `write` batch, in order. */
  readonly writes: number[] = [];
  /** Number of `replaceAll` calls. */
  replaceAllCount = 0;

  private changeCount = 0;

  async load(): Promise<StoredState | undefined> {
    return this.state && { ...structuredClone(this.state), changeCount: this.changeCount };
  }

  async replaceAll(state: PersistedState): Promise<void> {
    this.replaceAllCount += 1;
    this.changeCount = 0;
    this.state = structuredClone({ meta: state.meta, data: state.data });
  }

  async write(batch: readonly RecordWrite[]): Promise<void> {
    if (!this.state) throw new Error('write before replaceAll');
    this.state.meta = { ...this.state.meta, highWater: withDeletedIds(this.state.meta.highWater, batch.filter((write) => write.record === null)) };
    this.writes.push(batch.length);
    this.changeCount += batch.length;
    const data = this.state.data as unknown as Record<string, { id: string }[]>;
    for (const { collection, id, record } of batch) {
      const records = data[collection] ?? [];
      const index = records.findIndex((r) => r.id === id);
      if (record === null) {
        if (index >= 0) records.splice(index, 1);
      } else if (index >= 0) records[index] = structuredClone(record);
      else records.push(structuredClone(record));
      data[collection] = records;
    }
  }

  async clear(): Promise<void> {
    this.state = undefined;
  }
}
