/**
 * Calendar dates as `YYYY-MM-DD` strings in Japan time (Asia/Tokyo).
 *
 * A calendar date never travels as a `Date` through `toISOString` (that would shift it to UTC and
 * lose a day before 09:00 JST). Arithmetic here works on the year/month/day numbers only (a leap-year
 * formula and day numbers, no `Date` on the way), so the machine's own time zone never matters; `Date`
 * is used only to reproduce the old results on inputs outside the calendar (errors, absurd months).
 */
/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

/** The parts of a calendar date: month 1–12, day 1–31. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/**
 * The UTC instant of `year`-`monthIndex + 1`-`day` at 00:00, overflow rolling over as in `Date.UTC`.
 * Unlike `Date.UTC`, years 0–99 stay years 0–99 (Date.UTC maps them to 1900–1999).
 */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

/** Gregorian leap year (proleptic): divisible by 4, except centuries not divisible by 400. */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days before the 1st of each month (index 0 = January) in a common year. */
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

/** Days of the common year before the 1st of `month` (1–13), plus the leap day when it lies before. */
function daysBeforeMonth(year: number, month: number): number {
  return (DAYS_BEFORE_MONTH[month - 1] ?? 0) + (month > 2 && isLeapYear(year) ? 1 : 0);
}

/**
 * Number of days in `month` (1–12) of `year`, leap years included, by the Gregorian leap-year rule.
 * Other arguments (month 13, fractions, years beyond `Date`'s range) keep `Date.UTC`'s rolling-over
 * answer they always had.
 */
export function daysInMonth(year: number, month: number): number {
  if (Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(year) && Math.abs(year) <= 270_000) {
    return daysBeforeMonth(year, month + 1) - daysBeforeMonth(year, month);
  }
  return utcDate(year, month, 0).getUTCDate();
}

/** Day number of a calendar date: days since 0001-01-01 (day 0), proleptic Gregorian. */
function dayNumber(year: number, month: number, day: number): number {
  const y = year - 1;
  return 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + daysBeforeMonth(year, month) + day - 1;
}

/** Day number of 10000-01-01: day numbers 0 up to this one, excluded, are the years 0001–9999. */
const END_OF_CALENDAR = dayNumber(10_000, 1, 1);

/** The date of day number `n`, or `null` outside years 0001–9999. */
function dateOfDayNumber(n: number): DateParts | null {
  if (!(n >= 0 && n < END_OF_CALENDAR)) return null;
  // 365.2425 days is the mean Gregorian year: the estimate is at most a year off either way.
  let year = Math.floor(n / 365.2425) + 1;
  while (year > 1 && dayNumber(year, 1, 1) > n) year -= 1;
  while (year < 9999 && dayNumber(year + 1, 1, 1) <= n) year += 1;
  const dayOfYear = n - dayNumber(year, 1, 1);
  let month = 1;
  while (month < 12 && dayOfYear >= daysBeforeMonth(year, month + 1)) month += 1;
  return { year, month, day: dayOfYear - daysBeforeMonth(year, month) + 1 };
}

/** The ASCII digit at `index` of `text` as 0–9, or -1 for any other character. */
function digitAt(text: string, index: number): number {
  const digit = text.charCodeAt(index) - 48;
  return digit >= 0 && digit <= 9 ? digit : -1;
}

/**
 * A calendar date `YYYY-MM-DD` as the number YYYYMMDD (`2026-02-28` → 20260228), or -1 when `value`
 * is not a real calendar date (same rule as `isIsoDate`). Two dates' numbers order as the dates do
 * (and as their strings do), so a rule can compare numbers. Reads the characters once: no regex, no
 * `Date`, no allocation.
 */
export function isoDateNumber(value: string): number {
  const text = typeof value === 'string' ? value : String(value);
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  const y0 = digitAt(text, 0);
  const y1 = digitAt(text, 1);
  const y2 = digitAt(text, 2);
  const y3 = digitAt(text, 3);
  const m0 = digitAt(text, 5);
  const m1 = digitAt(text, 6);
  const d0 = digitAt(text, 8);
  const d1 = digitAt(text, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return -1;
  const year = y0 * 1_000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  // Days 1–28 exist in every month: the month's length is looked up only past them.
  if (year < 1 || month < 1 || month > 12 || day < 1 || (day > 28 && day > daysInMonth(year, month))) return -1;
  return year * 10_000 + month * 100 + day;
}

/**
 * Splits a `YYYY-MM-DD` string into its parts, or returns `null` when it is not a real calendar
 * date (wrong shape, month 13, 2026-02-30, …).
 */
export function parseIsoDate(value: string): DateParts | null {
  const packed = isoDateNumber(value);
  if (packed < 0) return null;
  return { year: Math.floor(packed / 10_000), month: Math.floor(packed / 100) % 100, day: packed % 100 };
}

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  return isoDateNumber(value) >= 0;
}

/** Writes parts as `YYYY-MM-DD`. */
export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  // The usual case (a year of four digits, a real month and day) without padStart's temporaries.
  if (year >= 1_000 && year <= 9_999 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)) {
    return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function mustParse(date: IsoDate): DateParts {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return parts;
}

function mustBeInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a whole number: ${value}`);
}

/** Formats a computed date, refusing one outside years 0001–9999 (it would not parse back). */
function mustFormat(parts: DateParts): IsoDate {
  const formatted = formatIsoDate(parts);
  if (!isIsoDate(formatted)) throw new RangeError(`Date out of range (years 0001–9999): ${formatted}`);
  return formatted;
}

/** `date` plus `days` (may be negative). Throws RangeError on an invalid date or a fractional `days`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = mustParse(date);
  mustBeInteger(days, 'days');
  const target = dateOfDayNumber(dayNumber(year, month, day) + days);
  if (target) return formatIsoDate(target);
  // Outside years 0001–9999: the Date computation only to throw the RangeError it always threw.
  const shifted = utcDate(year, month - 1, day + days);
  return mustFormat({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() });
}

/**
 * `date` plus `months` (may be negative), clamped to the last day of the target month
 * (2024-02-29 + 12 months = 2025-02-28; 2026-01-31 + 1 month = 2026-02-28).
 * Throws RangeError on an invalid date or a fractional `months`.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = mustParse(date);
  mustBeInteger(months, 'months');
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return mustFormat({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/** Whole days from `from` to `to` (positive when `to` is later). Throws RangeError on an invalid date. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = mustParse(from);
  const b = mustParse(to);
  return dayNumber(b.year, b.month, b.day) - dayNumber(a.year, a.month, a.day);
}

const japanDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Japan at instant `now` (default: the current instant). */
export function todayInJapan(now: Date = new Date()): IsoDate {
  const parts = Object.fromEntries(japanDateFormat.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * decision: the business dates this product handles (purchases, inceptions, incidents, payments)
 * lie between these bounds; anything outside is a typing mistake, and keeping dates within them
 * lets every rule add a year or a warranty period without leaving the calendar (years 0001–9999).
 */
export const EARLIEST_BUSINESS_DATE = '1900-01-01';
export const LATEST_BUSINESS_DATE = '2999-12-31';

