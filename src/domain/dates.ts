/**
 * Calendar dates as `YYYY-MM-DD` strings in Japan time (Asia/Tokyo).
 *
 * A calendar date never travels as a `Date` through `toISOString` (that would shift it to UTC and
 * lose a day before 09:00 JST). Arithmetic here works on the year/month/day numbers only, through
 * `Date.UTC`, so the machine's own time zone never matters.
 */
import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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

/** Number of days in `month` (1–12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return utcDate(year, month, 0).getUTCDate();
}

/**
 * Splits a `YYYY-MM-DD` string into its parts, or returns `null` when it is not a real calendar
 * date (wrong shape, month 13, 2026-02-30, …).
 */
export function parseIsoDate(value: string): DateParts | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** Writes parts as `YYYY-MM-DD`. */
export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
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
  return Math.round((utcDate(b.year, b.month - 1, b.day).getTime() - utcDate(a.year, a.month - 1, a.day).getTime()) / 86_400_000);
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

/** zod schema of a real calendar date `YYYY-MM-DD` (rejects 2026-02-30). */
export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'Expected a calendar date YYYY-MM-DD' })
  .refine((date) => date >= EARLIEST_BUSINESS_DATE && date <= LATEST_BUSINESS_DATE, {
    message: `Expected a date between ${EARLIEST_BUSINESS_DATE} and ${LATEST_BUSINESS_DATE}`,
  });

