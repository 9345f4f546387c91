/**
 * Calendar months and date ranges for the figures managers read (product.md, "Figures managers
 * read"): a month is written `YYYY-MM` and means that JST calendar month; a range is two JST dates
 * `YYYY-MM-DD`, both ends inclusive. Pure string arithmetic on src/domain/dates.ts.
 */
import { daysBetween, daysInMonth, formatIsoDate, parseIsoDate, type IsoDate } from '../dates';

/** A JST calendar month `YYYY-MM`. */
export type Month = string;

/** A range of JST calendar dates, `from` and `to` both inclusive (`from` ≤ `to`). */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

function parts(date: IsoDate): { year: number; month: number } {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return parsed;
}

/**
 * The month of a JST date: `2026-11-29` → `2026-11`. The date is assumed valid (records are
 * validated when stored): this runs once per record at 100,000 claims, so it only slices.
 */
export function monthOf(date: IsoDate): Month {
  return date.slice(0, 7);
}

/**
 * Days since 1970-01-01 of a valid JST date `YYYY-MM-DD`: the difference of two is
 * `daysBetween` (src/domain/dates.ts) without parsing, for loops over every record. Integer
 * arithmetic on the proleptic Gregorian calendar (no Date object: it runs 400,000 times per index).
 */
export function dayNumber(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The month of a valid JST date as a number, `year × 12 + month − 1` (consecutive months differ by 1). */
export function monthNumber(date: IsoDate): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** First day of `month`: `2026-11` → `2026-11-01`. */
export function monthStart(month: Month): IsoDate {
  return `${month}-01`;
}

/** Last day of `month`: `2026-02` → `2026-02-28`. */
export function monthEnd(month: Month): IsoDate {
  const { year, month: m } = parts(monthStart(month));
  return formatIsoDate({ year, month: m, day: daysInMonth(year, m) });
}

/** Number of days of `month`. */
export function daysOfMonth(month: Month): number {
  const { year, month: m } = parts(monthStart(month));
  return daysInMonth(year, m);
}

/** Every month the range touches, oldest first: 2026-01-15…2026-03-02 → `2026-01`, `2026-02`, `2026-03`. */
export function monthsOf(range: DateRange): Month[] {
  const start = parts(range.from);
  const end = parts(range.to);
  const months: Month[] = [];
  for (let index = start.year * 12 + start.month - 1; index <= end.year * 12 + end.month - 1; index += 1) {
    const year = Math.floor(index / 12);
    months.push(`${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`);
  }
  return months;
}

/** True when the JST date `date` lies in `range` (both ends inclusive). */
export function inRange(date: IsoDate | null | undefined, range: DateRange): date is IsoDate {
  return date !== null && date !== undefined && range.from <= date && date <= range.to;
}

/** Days of `month` that lie inside `range` (0 when they do not meet). */
export function daysOfMonthIn(month: Month, range: DateRange): number {
  const from = range.from > monthStart(month) ? range.from : monthStart(month);
  const to = range.to < monthEnd(month) ? range.to : monthEnd(month);
  return from > to ? 0 : daysBetween(from, to) + 1;
}

/** `numerator ÷ denominator`, or null when there is no denominator (0): a rate of nothing is not 0 %. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
