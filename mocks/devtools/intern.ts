/**
 * Sharing repeated strings between loaded records. Every string read back from IndexedDB is a
 * separate heap string: at 100,000 claims the 360,000 documents each carry their own copy of
 * `image/svg+xml`, of their kind and of their repair shop's name, the policies of their phone model
 * and holder's name. `JSON.parse` shares strings of up to ten characters (dates, ids, short codes)
 * by itself; {@link StringPool} shares the longer ones of the fields listed in {@link INTERNED_FIELDS},
 * those with few distinct values (a field of mostly unique values, e.g. an e-mail address, would
 * only cost time). The values are unchanged: only their copies go.
 */
import type { DbData } from '../dbData';

/** A top-level field (`mimeType`) or a field of a nested object (`device.model`). */
export type FieldPath = string;

/** Per collection, the string fields with few distinct values (measured on the 100,000-claim seed). */
export const INTERNED_FIELDS: Partial<Record<keyof DbData, readonly FieldPath[]>> = {
  policies: ['plan', 'status', 'paymentMethod', 'holder.name', 'holder.kana', 'device.model', 'device.carrier'],
  claims: ['peril', 'status', 'cause', 'description', 'repairShop'],
  documents: ['kind', 'mimeType', 'figures.shop'],
  payments: ['status', 'idempotencyKey'],
  surveys: ['peril', 'answer', 'comment'],
};

/** One pool of strings per field; {@link StringPool.intern} swaps each listed field's value for the pooled copy. */
export class StringPool {
  private readonly paths: readonly (readonly [string, string | undefined])[];
  private readonly pools: Map<string, string>[];

  constructor(paths: readonly FieldPath[]) {
    this.paths = paths.map((path) => {
      const [first = '', second] = path.split('.');
      return [first, second] as const;
    });
    this.pools = paths.map(() => new Map());
  }

  /** Replaces, in place, each listed string field of `records` by the first equal string seen; returns `records`. */
  intern<R extends object>(records: R[]): R[] {
    for (let p = 0; p < this.paths.length; p += 1) {
      const [first, second] = this.paths[p] as readonly [string, string | undefined];
      const pool = this.pools[p] as Map<string, string>;
      for (const record of records) {
        const owner = (second === undefined ? record : (record as Record<string, unknown>)[first]) as Record<string, unknown> | null | undefined;
        if (typeof owner !== 'object' || owner === null) continue;
        const key = second ?? first;
        const value = owner[key];
        if (typeof value !== 'string') continue;
        const shared = pool.get(value);
        if (shared === undefined) pool.set(value, value);
        else owner[key] = shared;
      }
    }
    return records;
  }
}
