import { describe, expect, test } from 'vitest';
import { formatJstDate, formatJstInstant, formatYen } from './format';

describe('formatYen', () => {
  test('Japanese writes 円 after the amount, English ¥ before', () => {
    expect(formatYen(96000, 'ja')).toBe('96,000円');
    expect(formatYen(96000, 'en')).toBe('¥96,000');
    expect(formatYen(-3000, 'ja')).toBe('-3,000円');
    expect(formatYen(0, 'en')).toBe('¥0');
  });
});

describe('formatJstDate', () => {
  test('formats the calendar date itself, whatever the machine time zone', () => {
    expect(formatJstDate('2026-01-01', 'ja')).toBe('2026年1月1日');
    expect(formatJstDate('2026-11-29', 'en')).toBe('Nov 29, 2026');
  });
  test('shows an invalid date as it is rather than a wrong one', () => {
    expect(formatJstDate('2026-02-30', 'ja')).toBe('2026-02-30');
  });
});

describe('formatJstInstant', () => {
  test('shows an instant in Japan time, in the dates\' form with a 24-hour time', () => {
    expect(formatJstInstant('2026-01-01T15:30:00Z', 'ja')).toBe('2026年1月2日 00:30');
    expect(formatJstInstant('2026-11-16T05:12:00.000Z', 'ja')).toBe('2026年11月16日 14:12');
    expect(formatJstInstant('2026-11-16T05:12:00.000Z', 'en')).toBe('Nov 16, 2026, 14:12');
  });
  test('an instant reads as the calendar date of the same day', () => {
    expect(formatJstInstant('2026-11-11T15:00:00Z', 'ja').startsWith(formatJstDate('2026-11-12', 'ja'))).toBe(true);
  });
  test('shows an unparsable instant as it is', () => {
    expect(formatJstInstant('yesterday', 'ja')).toBe('yesterday');
  });
});
