/**
 * Full-text search (`filter.q`) helpers: texts are compared normalized (NFKC, lower case, without
 * spaces and hyphens: see listQuery's `normalizeText`), so `ヤマダタロウ` finds `ヤマダ タロウ` and
 * `090 1234` finds `090-1234-5678`.
 *
 * Stored records are immutable (a write stores a new object), so each record's normalized text is
 * computed once and cached by object identity: at 100,000 claims a search normalizes the texts on
 * its first run only.
 */
import { normalizeText } from '../http/listQuery';

/** Searches the texts `textsOf` gives for a record, with each record's normalized text cached. */
export function textSearch<T extends object>(textsOf: (record: T) => readonly (string | undefined)[]): (record: T, needle: string) => boolean {
  const cache = new WeakMap<T, string>();
  return (record, needle) => {
    let haystack = cache.get(record);
    if (haystack === undefined) {
      haystack = textsOf(record)
        .filter((text): text is string => text !== undefined && text !== '')
        .map(normalizeText)
        .join('\u0001');
      cache.set(record, haystack);
    }
    return haystack.includes(needle);
  };
}

/**
 * The IMEI matcher of `needle`: true for an IMEI that ends with it, when it is 3 or more digits (an
 * adjuster types the last digits of an IMEI, or the whole of it); never true otherwise.
 */
export function imeiSuffix(needle: string): (imei: string | undefined) => boolean {
  if (!/^\d{3,}$/.test(needle)) return () => false;
  return (imei) => imei !== undefined && imei.endsWith(needle);
}
