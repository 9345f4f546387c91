/**
 * Display formats shared by every screen: integer yen and JST calendar dates, per UI locale, by Intl.
 */
import { parseIsoDate } from '../domain/dates';

const yenFormats = {
  ja: new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-US', { style: 'currency', currency: 'JPY', maximumFractionDigits: 0 }),
};

/** Integer yen for people: `96,000円` in Japanese, `¥96,000` in English. */
export function formatYen(amount: number, locale: string): string {
  return locale === 'en' ? yenFormats.en.format(amount) : `${yenFormats.ja.format(amount)}円`;
}

const dateFormats = {
  ja: new Intl.DateTimeFormat('ja-JP', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
};

/**
 * A JST calendar date `YYYY-MM-DD` for people: `2026年11月29日` / `Nov 29, 2026`. The date is
 * formatted from its own parts (at UTC midnight, read back in UTC), so no time zone can shift it.
 * An invalid date is shown as it is.
 */
export function formatJstDate(date: string, locale: string): string {
  const parts = parseIsoDate(date);
  if (!parts) return date;
  const utc = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  return (locale === 'en' ? dateFormats.en : dateFormats.ja).format(utc);
}

const instantFormats = {
  ja: new Intl.DateTimeFormat('ja-JP', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' }),
  en: new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' }),
};

/** An instant (ISO 8601) in Japan time: `2026/11/29 19:00`. */
export function formatJstInstant(instant: string, locale: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return (locale === 'en' ? instantFormats.en : instantFormats.ja).format(date);
}
