/**
 * The calendar arithmetic of ./dates.ts (leap-year formula and day numbers, no `Date`) agrees with
 * the proleptic Gregorian calendar of `Date` over the whole range years 0001–9999, at its bounds,
 * on leap days and at month ends; and keeps its errors outside that range.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, daysInMonth, formatIsoDate, isIsoDate, parseIsoDate } from './dates';

/** `Date` at 00:00 UTC of year-month-day (years 0–99 kept as such), the reference calendar. */
function referenceDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}
const referenceDaysInMonth = (year: number, month: number) => referenceDate(year, month + 1, 0).getUTCDate();
const referenceFormat = (d: Date) =>
  `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;

/** Any calendar date of years 0001–9999, as a string. */
const anyDate = fc
  .record({ year: fc.integer({ min: 1, max: 9_999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => formatIsoDate({ year, month, day: Math.min(day, referenceDaysInMonth(year, month)) }));

describe('daysInMonth (leap-year formula)', () => {
  it('agrees with Date for every month of years -500 to 10,500', () => {
    for (let year = -500; year <= 10_500; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        if (daysInMonth(year, month) !== referenceDaysInMonth(year, month)) {
          expect(`${year}-${month}: ${daysInMonth(year, month)}`).toBe(`${year}-${month}: ${referenceDaysInMonth(year, month)}`);
        }
      }
    }
  });

  it.each([
    [1, 2, 28],
    [4, 2, 29],
    [1600, 2, 29],
    [1700, 2, 28],
    [1900, 2, 28],
    [9996, 2, 29],
    [9999, 2, 28],
    [9999, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it('keeps Date’s rolling-over answer outside months 1–12 (month 13 is January of the next year)', () => {
    expect(daysInMonth(2026, 13)).toBe(31);
    expect(daysInMonth(2026, 0)).toBe(31);
    expect(daysInMonth(2026, 14)).toBe(28);
  });
});

describe('parseIsoDate / isIsoDate at the bounds of the calendar', () => {
  it.each(['0001-01-01', '9999-12-31', '0004-02-29', '2400-02-29'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
    expect(formatIsoDate(parseIsoDate(value) ?? { year: 0, month: 0, day: 0 })).toBe(value);
  });

  it.each(['0000-12-31', '1900-02-29', '2100-02-29', '9999-13-01', '2026-06-31', '2026-0a-01', '2026-01-0/', '2026-01-01\n', '-026-01-01'])(
    'rejects %j',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
      expect(parseIsoDate(value)).toBeNull();
    },
  );

  it('accepts exactly the strings the regex and Date accept', () => {
    fc.assert(
      fc.property(fc.oneof(anyDate, fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/), fc.string({ maxLength: 11 })), (value) => {
        const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
        const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
        const real = match !== null && year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= referenceDaysInMonth(year, month);
        expect(isIsoDate(value)).toBe(real);
        expect(parseIsoDate(value)).toEqual(real ? { year, month, day } : null);
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('addDays / daysBetween (day numbers)', () => {
  it('agree with Date over years 0001–9999', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -4_000_000, max: 4_000_000 }), (date, days) => {
        const parts = parseIsoDate(date);
        if (!parts) throw new Error(`not a date: ${date}`);
        const reference = referenceDate(parts.year, parts.month, parts.day + days);
        const year = reference.getUTCFullYear();
        if (year < 1 || year > 9_999) {
          expect(() => addDays(date, days)).toThrow(RangeError);
          return;
        }
        const expected = referenceFormat(reference);
        expect(addDays(date, days)).toBe(expected);
        expect(daysBetween(date, expected)).toBe(days);
      }),
      { numRuns: 5_000 },
    );
  });

  it.each([
    ['9999-12-30', 1, '9999-12-31'],
    ['0001-01-02', -1, '0001-01-01'],
    ['0001-01-01', 3_652_058, '9999-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
  ] as const)('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('throws the RangeError it always threw past year 9999 or before year 1, however far', () => {
    expect(() => addDays('9999-12-31', 1)).toThrow('Date out of range (years 0001–9999): 10000-01-01');
    expect(() => addDays('0001-01-01', -1)).toThrow('Date out of range (years 0001–9999): 0000-12-31');
    expect(() => addDays('2026-01-01', Number.MAX_SAFE_INTEGER)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', -Number.MAX_SAFE_INTEGER)).toThrow(RangeError);
  });

  it('daysBetween spans the whole calendar exactly', () => {
    expect(daysBetween('0001-01-01', '9999-12-31')).toBe(3_652_058);
    expect(daysBetween('9999-12-31', '0001-01-01')).toBe(-3_652_058);
  });
});

describe('addMonths (month-end clamping)', () => {
  it.each([
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', -12, '2023-02-28'],
    ['2000-02-29', 1_200, '2100-02-28'],
    ['2000-02-29', 4_800, '2400-02-29'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-10-31', -1, '2026-09-30'],
    ['9999-11-30', 1, '9999-12-30'],
    ['0001-02-28', -1, '0001-01-28'],
  ] as const)('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('throws RangeError past the calendar, however far', () => {
    expect(() => addMonths('9999-12-15', 1)).toThrow('Date out of range (years 0001–9999): 10000-01-15');
    expect(() => addMonths('2026-01-15', 1e15)).toThrow(RangeError);
    expect(() => addMonths('2026-01-15', -1e15)).toThrow(RangeError);
  });

  it('agrees with a Date-based clamp over years 0001–9999', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -130_000, max: 130_000 }), (date, months) => {
        const parts = parseIsoDate(date);
        if (!parts) throw new Error(`not a date: ${date}`);
        const first = referenceDate(parts.year, parts.month + months, 1);
        const year = first.getUTCFullYear();
        if (year < 1 || year > 9_999) {
          expect(() => addMonths(date, months)).toThrow(RangeError);
          return;
        }
        const month = first.getUTCMonth() + 1;
        expect(addMonths(date, months)).toBe(referenceFormat(referenceDate(year, month, Math.min(parts.day, referenceDaysInMonth(year, month)))));
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('formatIsoDate', () => {
  it('pads short years and keeps odd parts as they always were written', () => {
    expect(formatIsoDate({ year: 50, month: 1, day: 2 })).toBe('0050-01-02');
    expect(formatIsoDate({ year: 2026, month: 12, day: 31 })).toBe('2026-12-31');
    expect(formatIsoDate({ year: 10_000, month: 1, day: 1 })).toBe('10000-01-01');
    expect(formatIsoDate({ year: 2026, month: -1, day: 5 })).toBe('2026--1-05');
    expect(formatIsoDate({ year: 2026.5, month: 1, day: 5 })).toBe('2026.5-01-05');
  });
});
