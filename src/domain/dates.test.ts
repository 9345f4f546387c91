import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  isIsoDate,
  parseIsoDate,
  todayInJapan,
} from './dates';
import { isoDateSchema } from './dateSchema';

const isoDateArbitrary = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('parseIsoDate / isIsoDate / isoDateSchema', () => {
  it('parses a calendar date', () => {
    expect(parseIsoDate('2026-02-28')).toEqual({ year: 2026, month: 2, day: 28 });
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('0001-01-01')).toEqual({ year: 1, month: 1, day: 1 });
  });

  it.each([
    '2026-02-30',
    '2026-02-29',
    '2100-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-01',
    '2026-01-00',
    '0000-01-01',
    '2026-1-01',
    '2026-01-1',
    '26-01-01',
    '2026/01/01',
    '2026-01-01T00:00:00Z',
    ' 2026-01-01',
    '２０２６-01-01',
    '',
  ])('rejects %j', (value) => {
    expect(parseIsoDate(value)).toBeNull();
    expect(isIsoDate(value)).toBe(false);
    expect(isoDateSchema.safeParse(value).success).toBe(false);
  });

  it('accepts 2000-02-29 (divisible by 400) and 0004-02-29', () => {
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('0004-02-29')).toBe(true);
  });

  it('round-trips with formatIsoDate', () => {
    fc.assert(
      fc.property(isoDateArbitrary, (date) => {
        const parts = parseIsoDate(date);
        expect(parts).not.toBeNull();
        if (parts) expect(formatIsoDate(parts)).toBe(date);
      }),
    );
  });
});

describe('daysInMonth', () => {
  it.each([
    [2026, 1, 31],
    [2026, 2, 28],
    [2024, 2, 29],
    [2100, 2, 28],
    [2000, 2, 29],
    [2026, 4, 30],
    [2026, 12, 31],
    [50, 2, 28],
    [52, 2, 29],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', 0, '2026-01-01'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
    ['0050-12-31', 1, '0051-01-01'],
  ] as const)('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('throws RangeError on an invalid date, a fractional number of days or a result before year 1', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
    expect(() => addDays('0001-01-01', -1)).toThrow(RangeError);
  });

  it('agrees with daysBetween', () => {
    fc.assert(
      fc.property(isoDateArbitrary, fc.integer({ min: -5_000, max: 5_000 }), (date, days) => {
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });
});

describe('addMonths (clamped to the end of the month)', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-02-28', 12, '2026-02-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-05-15', 12, '2027-05-15'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -13, '2024-12-15'],
    ['2026-01-15', 0, '2026-01-15'],
    ['0001-03-15', -2, '0001-01-15'],
  ] as const)('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('throws RangeError on an invalid date, a fractional number of months or a result before year 1', () => {
    expect(() => addMonths('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addMonths('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addMonths('0001-01-15', -1)).toThrow(RangeError);
  });

  it('keeps the day when it exists, clamps it otherwise, and always returns a calendar date', () => {
    fc.assert(
      fc.property(isoDateArbitrary, fc.integer({ min: -600, max: 600 }), (date, months) => {
        const result = addMonths(date, months);
        const from = parseIsoDate(date);
        const to = parseIsoDate(result);
        expect(from && to).toBeTruthy();
        if (!from || !to) return;
        expect((to.year - from.year) * 12 + (to.month - from.month)).toBe(months);
        expect(to.day).toBe(Math.min(from.day, daysInMonth(to.year, to.month)));
      }),
    );
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-01-01', '2026-01-31', 30],
    ['2026-01-31', '2026-01-01', -30],
    ['2024-02-28', '2024-03-01', 2],
    ['2026-03-28', '2026-03-30', 2],
    ['0050-01-01', '0051-01-01', 365],
  ] as const)('from %s to %s: %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('throws RangeError on an invalid date', () => {
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(RangeError);
  });
});

describe('todayInJapan (Asia/Tokyo, UTC+9, no DST)', () => {
  it.each([
    ['2026-01-01T15:30:00Z', '2026-01-02'],
    ['2026-01-01T14:59:59.999Z', '2026-01-01'],
    ['2026-01-01T15:00:00Z', '2026-01-02'],
    ['2025-12-31T23:00:00-05:00', '2026-01-01'],
    ['2024-02-28T20:00:00Z', '2024-02-29'],
  ])('at %s it is %s in Japan', (instant, date) => {
    expect(todayInJapan(new Date(instant))).toBe(date);
  });

  it('defaults to now and returns a calendar date', () => {
    expect(isIsoDate(todayInJapan())).toBe(true);
  });
});
