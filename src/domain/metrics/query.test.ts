/** The aggregates endpoints' queries and the month helpers. */
import { describe, expect, test } from 'vitest';
import { dashboardQuerySchema, satisfactionQuerySchema } from './query';
import { dayNumber, daysOfMonthIn, monthEnd, monthNumber, monthsOf, ratio } from './months';
import { daysBetween } from '../dates';

describe('dashboardQuerySchema', () => {
  test('a range of real JST dates in order, at most about five years, and an optional plan', () => {
    expect(dashboardQuerySchema.parse({ from: '2026-03-01', to: '2026-05-31', plan: 'light' })).toEqual({ from: '2026-03-01', to: '2026-05-31', plan: 'light' });
    expect(dashboardQuerySchema.safeParse({ from: '2026-03-01', to: '2026-03-01' }).success).toBe(true);
    for (const bad of [{ from: '2026-03-01' }, { from: '2026-02-30', to: '2026-03-01' }, { from: '2026-03-02', to: '2026-03-01' }, { from: '2020-01-01', to: '2026-01-01' }, { from: '2026-03-01', to: '2026-03-02', plan: 'gold' }, { from: '2026-03-01', to: '2026-03-02', extra: '1' }]) {
      expect(dashboardQuerySchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  test('the satisfaction query: every field optional', () => {
    expect(satisfactionQuerySchema.parse({})).toEqual({});
    expect(satisfactionQuerySchema.safeParse({ from: '2026-04-01', to: '2026-03-01' }).success).toBe(false);
    expect(satisfactionQuerySchema.safeParse({ peril: 'fire' }).success).toBe(false);
  });
});

describe('months', () => {
  test('months of a range, month ends (leap years), days of a month inside a range, rates without a denominator', () => {
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-01' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthEnd('2028-02')).toBe('2028-02-29');
    expect(daysOfMonthIn('2026-03', { from: '2026-03-16', to: '2026-04-15' })).toBe(16);
    expect(daysOfMonthIn('2026-05', { from: '2026-03-16', to: '2026-04-15' })).toBe(0);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(0, 4)).toBe(0);
  });
});

describe('day and month numbers', () => {
  test('day numbers differ as daysBetween says, across leap days and centuries; months count on by one', () => {
    const dates = ['1970-01-01', '1999-12-31', '2000-02-29', '2000-03-01', '2024-02-28', '2024-02-29', '2024-03-01', '2026-06-15', '2100-03-01'];
    expect(dayNumber('1970-01-01')).toBe(0);
    for (const date of dates) expect(dayNumber(date) - dayNumber('1970-01-01'), date).toBe(daysBetween('1970-01-01', date));
    expect(monthNumber('2026-01-31') - monthNumber('2025-12-01')).toBe(1);
  });
});
