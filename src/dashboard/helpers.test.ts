/**
 * The dashboard's pure helpers: short yen and month formats (what Intl gives in ja-JP and en-US),
 * the drill-down routes, the CSV, the period presets.
 */
import { describe, expect, test } from 'vitest';
import { listPath, policiesInConsumptionBucket } from './drilldown';
import { fileNameOf, layOutLegend, toCsv } from './exporters';
import { defaultFilter, isValidRange, presetOf, presetRange } from './filters';
import { formatMonth, formatPercent, formatYenShort } from './format';

const filterOf = (path: string) => JSON.parse(new URLSearchParams(path.split('?')[1]).get('filter') ?? 'null') as unknown;

describe('formats', () => {
  test('yen in Japanese short forms (万, 億) and English compact', () => {
    expect([0, 9_800, 12_000, 120_000, 123_456, 1_234_567, 123_456_789].map((n) => formatYenShort(n, 'ja'))).toEqual([
      '0円',
      '9,800円',
      '1.2万円',
      '12万円',
      '12.3万円',
      '123万円',
      '1.23億円',
    ]);
    expect([9_800, 120_000, 1_234_567].map((n) => formatYenShort(n, 'en'))).toEqual(['¥9.8K', '¥120K', '¥1.23M']);
  });

  test('months in Japanese and English; rates in percent, null as a dash', () => {
    expect(formatMonth('2026-11', 'ja')).toBe('2026年11月');
    expect(formatMonth('2026-11', 'en')).toBe('Nov 2026');
    expect(formatMonth('2026-1', 'ja')).toBe('2026-1');
    expect(formatPercent(0.8765, 'ja')).toBe('87.7%');
    expect(formatPercent(33.898, 'en')).toBe('3,389.8%');
    expect(formatPercent(null, 'ja')).toBe('—');
  });
});

describe('drill-down routes', () => {
  test('react-admin list routes with the filter JSON', () => {
    expect(listPath('claims', { peril: ['water'] })).toBe('/claims?filter=%7B%22peril%22%3A%5B%22water%22%5D%7D');
  });

  test('consumption buckets as yen bounds on the policies’ aggregate, per plan limit', () => {
    expect(filterOf(policiesInConsumptionBucket('standard', 'none'))).toEqual({ plan: 'standard', status: 'active', aggregate: { used: 0 } });
    expect(filterOf(policiesInConsumptionBucket('standard', 'to25'))).toEqual({ plan: 'standard', status: 'active', aggregate: { used_gt: 0, used_lte: 50_000 } });
    expect(filterOf(policiesInConsumptionBucket('light', 'below100'))).toEqual({ plan: 'light', status: 'active', aggregate: { used_gt: 75_000, used_lt: 100_000 } });
    expect(filterOf(policiesInConsumptionBucket('light', 'exhausted'))).toEqual({ plan: 'light', status: 'active', aggregate: { used_gte: 100_000 } });
  });
});

describe('CSV and file names', () => {
  test('RFC 4180 with CRLF; quotes where needed; null empty', () => {
    expect(toCsv(['月', '支払額'], [['2026-03', 30_000], ['a,"b"', null]])).toBe('月,支払額\r\n2026-03,30000\r\n"a,""b""",\r\n');
    expect(fileNameOf('事故の種類別 月別支払額', 'csv')).toBe('事故の種類別-月別支払額.csv');
  });
});

describe('PNG legend', () => {
  test('items left to right, wrapping at the width', () => {
    const rows = layOutLegend(
      ['a', 'b', 'c'].map((label) => ({ label, color: '#000' })),
      110,
      () => 20,
    );
    // Each item is 16 + 20 + 16 = 52 px wide: two fit in 110 px.
    expect(rows.map((row) => row.map((item) => [item.label, item.x]))).toEqual([[['a', 0], ['b', 52]], [['c', 0]]]);
  });
});

describe('period presets', () => {
  test('whole months back from today’s month, ending today', () => {
    expect(presetRange(12, '2026-06-15')).toEqual({ from: '2025-07-01', to: '2026-06-15' });
    expect(presetRange(3, '2026-01-31')).toEqual({ from: '2025-11-01', to: '2026-01-31' });
    expect(defaultFilter('2026-06-15')).toEqual({ from: '2025-07-01', to: '2026-06-15', plan: 'all' });
    expect(presetOf({ from: '2026-01-01', to: '2026-06-15' }, '2026-06-15')).toBe(6);
    expect(presetOf({ from: '2026-01-02', to: '2026-06-15' }, '2026-06-15')).toBeNull();
  });

  test('a range is valid with two real dates in order', () => {
    expect(isValidRange({ from: '2026-03-01', to: '2026-03-01' })).toBe(true);
    expect(isValidRange({ from: '2026-03-02', to: '2026-03-01' })).toBe(false);
    expect(isValidRange({ from: '', to: '2026-03-01' })).toBe(false);
  });
});
