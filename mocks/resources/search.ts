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

/** How many trailing IMEI digits `q` may search by: the four a masked IMEI shows (`***********7518`). */
export const IMEI_TAIL_DIGITS = 4;

/**
 * The IMEI matcher of `needle` (normalized): true for an IMEI whose last four digits are `needle`
 * (4 digits: what the masked IMEI shows), or that is `needle` in full (15 digits, spaces and hyphens
 * ignored); never true otherwise. Other lengths match nothing, so `q` cannot be used to find the
 * hidden digits of an IMEI one by one (APPI: product.md, "Personal data").
 */
export function imeiMatcher(needle: string): (imei: string | undefined) => boolean {
  if (new RegExp(`^\\d{${IMEI_TAIL_DIGITS}}$`).test(needle)) return (imei) => imei !== undefined && imei.length > IMEI_TAIL_DIGITS && imei.endsWith(needle);
  if (/^\d{15}$/.test(needle)) return (imei) => imei !== undefined && normalizeText(imei) === needle;
  return () => false;
}
