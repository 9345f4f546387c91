/**
 * Number formats of the dashboard's charts (issue 5: yen in Japanese short forms, months in
 * Japanese), by Intl: `12万円` / `¥120K` on axes and tooltips, `2026年11月` / `Nov 2026`, rates in
 * percent. Exact yen and dates come from src/ui/format.ts. A null rate (no denominator) is `—`.
 */
import { formatYen } from '../ui/format';

const isEnglish = (locale: string) => locale === 'en';

const compactYen = {
  ja: new Intl.NumberFormat('ja-JP', { notation: 'compact', maximumSignificantDigits: 3 }),
  en: new Intl.NumberFormat('en-US', { notation: 'compact', style: 'currency', currency: 'JPY', maximumSignificantDigits: 3 }),
};

/**
 * Yen in a short form: `12万円`, `1.23億円`, `9,800円` in Japanese (Intl's compact notation in ja-JP
 * counts in 万 and 億; below 万 it gives the number itself), `¥120K`, `¥1.23M` in English.
 * Three significant digits at most.
 */
export function formatYenShort(amount: number, locale: string): string {
  if (isEnglish(locale)) return compactYen.en.format(amount);
  return Math.abs(amount) < 10_000 ? formatYen(amount, 'ja') : `${compactYen.ja.format(amount)}円`;
}

/** Exact yen (src/ui/format.ts): `96,000円` / `¥96,000`. */
export { formatYen };

const monthFormats = {
  ja: new Intl.DateTimeFormat('ja-JP', { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', timeZone: 'UTC' }),
};

/** A month `YYYY-MM` for people: `2026年11月` / `Nov 2026` (shown as it is when malformed). */
export function formatMonth(month: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return (isEnglish(locale) ? monthFormats.en : monthFormats.ja).format(date);
}

const percentFormats = {
  ja: new Intl.NumberFormat('ja-JP', { style: 'percent', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }),
};

/** A rate (0..1, a loss ratio may exceed 1) in percent, one decimal at most: `87.7%`; null → `—`. */
export function formatPercent(rate: number | null, locale: string): string {
  if (rate === null) return '—';
  return (isEnglish(locale) ? percentFormats.en : percentFormats.ja).format(rate);
}

const countFormats = { ja: new Intl.NumberFormat('ja-JP'), en: new Intl.NumberFormat('en-US') };

/** A whole number with separators: `1,234`. */
export function formatCount(count: number, locale: string): string {
  return (isEnglish(locale) ? countFormats.en : countFormats.ja).format(count);
}

const dayFormats = {
  ja: new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }),
};

/** A number of days, one decimal at most (`21.4`); null → `—`. The unit is the caller's message. */
export function formatDays(days: number | null, locale: string): string {
  if (days === null) return '—';
  return (isEnglish(locale) ? dayFormats.en : dayFormats.ja).format(days);
}
