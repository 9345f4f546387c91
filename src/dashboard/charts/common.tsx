/**
 * What every chart of the dashboard shares: a responsive container with a fixed first size (so it
 * draws before ResizeObserver reports, and in tests), the locale's formats, and the props each chart
 * receives.
 */
import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { useLocaleState, useNavigate, useTranslate } from 'react-admin';
import type { DashboardData, DateRange } from '../../domain/metrics';
import type { DrillScope } from '../drilldown';
import { formatCount, formatDays, formatMonth, formatPercent, formatYen, formatYenShort } from '../format';

/** Props of every chart: the endpoint's answer and the range it was asked for. */
export interface ChartProps {
  data: DashboardData;
}

/** The range of `data`. */
export function rangeOf(data: DashboardData): DateRange {
  return { from: data.scope.from, to: data.scope.to };
}

/** The range and plan of `data`: what every drill-down keeps. */
export function drillScopeOf(data: DashboardData): DrillScope {
  return { range: rangeOf(data), plan: data.scope.plan };
}

/** A chart `height` px tall, as wide as its card (560 px until measured). */
export function ChartBox({ height = 280, children }: { height?: number; children: ReactElement }) {
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 560, height }}>
      {children}
    </ResponsiveContainer>
  );
}

/** The formats and helpers of the current locale. */
export function useChartKit() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const navigate = useNavigate();
  return {
    translate,
    navigate,
    locale,
    yen: (amount: number) => formatYen(amount, locale),
    yenShort: (amount: number) => formatYenShort(amount, locale),
    month: (month: string) => formatMonth(month, locale),
    percent: (rate: number | null) => formatPercent(rate, locale),
    count: (count: number) => formatCount(count, locale),
    days: (days: number | null) => (days === null ? '—' : translate('app.dashboard.unit.days', { days: formatDays(days, locale) })),
  };
}

/** A tooltip value formatter for numbers (other values shown as they are). */
export function numberFormatter(format: (value: number) => string) {
  return (value: unknown) => (typeof value === 'number' ? format(value) : String(value ?? '—'));
}

/**
 * Legend labels in the text colour (recharts draws them in the series' colour: sky blue, orange or
 * pink text is hard to read on white); the swatch beside each keeps the series' colour.
 */
export function legendText(value: unknown): ReactElement {
  return <span style={{ color: '#333' }}>{String(value)}</span>;
}

/** Axis ticks of month labels: slanted when there are many months. */
export function monthTickProps(months: number): { angle: number; textAnchor: 'end' | 'middle'; height: number; interval: number } {
  return months > 6 ? { angle: -35, textAnchor: 'end', height: 56, interval: 0 } : { angle: 0, textAnchor: 'middle', height: 30, interval: 0 };
}
