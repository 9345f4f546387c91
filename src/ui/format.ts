/**
 * Display formats shared by every screen: integer yen, JST calendar dates and instants in Japan
 * time, per UI locale, by Intl.
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

const instantOptions = { year: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Tokyo' } as const;
const instantFormats = {
  ja: new Intl.DateTimeFormat('ja-JP', { ...instantOptions, month: 'long' }),
  en: new Intl.DateTimeFormat('en-US', { ...instantOptions, month: 'short' }),
};

/**
 * An instant (ISO 8601) in Japan time, in the same form as {@link formatJstDate} plus the 24-hour
 * time: `2026年11月16日 14:12` / `Nov 16, 2026, 14:12`. The one formatter of instants on every
 * screen (decisions, locks, notes, timeline, documents). An unparsable instant is shown as it is.
 */
export function formatJstInstant(instant: string, locale: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return (locale === 'en' ? instantFormats.en : instantFormats.ja).format(date);
}
