/**
 * How fast claims are paid (product.md, "Figures managers read"): the share paid within the 30-day
 * deadline per month of payment, and the distribution of days from receipt to payment.
 */
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { CycleBucket, DeadlineFigure } from '../../domain/metrics';
import { ChartCard } from '../ChartCard';
import { claimsPaidInMonth, claimsPaidInRange } from '../drilldown';
import { SERIES } from '../palette';
import type { Column } from '../table';
import { ChartBox, drillScopeOf, monthTickProps, numberFormatter, useChartKit, type ChartProps } from './common';

/** Bars of the share paid on time per month (no bar for a month nothing was paid); a bar opens that month's paid claims. */
export function DeadlineChart({ data }: ChartProps) {
  const kit = useChartKit();
  const { translate } = kit;
  const rows = data.deadlineByMonth;
  const scope = drillScopeOf(data);
  const rateLabel = translate('app.dashboard.deadline.rate');
  const points = rows.map((row) => ({ label: kit.month(row.month), rate: row.rate }));
  const columns: Column<DeadlineFigure>[] = [
    { key: 'month', label: translate('app.dashboard.deadline.month'), value: (row) => row.month, display: (row) => kit.month(row.month) },
    { key: 'paid', label: translate('app.dashboard.deadline.paid'), value: (row) => row.paid, display: (row) => kit.count(row.paid), numeric: true },
    { key: 'within', label: translate('app.dashboard.deadline.within'), value: (row) => row.within, display: (row) => kit.count(row.within), numeric: true },
    { key: 'rate', label: rateLabel, value: (row) => row.rate, display: (row) => kit.percent(row.rate), numeric: true },
  ];
  return (
    <ChartCard
      testId="chart-deadline"
      title={translate('app.dashboard.deadline.title')}
      table={{ columns, rows, linkOf: (row) => claimsPaidInMonth(scope, row.month) }}
      legend={[{ label: rateLabel, color: SERIES.good }]}
      clickHint={translate('app.dashboard.chart.click_hint_approx')}
    >
      <ChartBox>
        <BarChart data={points} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} {...monthTickProps(points.length)} />
          <YAxis domain={[0, 1]} tickFormatter={kit.percent} width={48} tick={{ fontSize: 11 }} />
          <ReferenceLine y={1} stroke={SERIES.neutral} strokeDasharray="4 4" />
          <Tooltip formatter={numberFormatter(kit.percent)} />
          <Bar
            isAnimationActive={false}
            dataKey="rate"
            name={rateLabel}
            fill={SERIES.good}
            cursor="pointer"
            onClick={(_bar, index) => {
              const row = rows[index];
              if (row) kit.navigate(claimsPaidInMonth(scope, row.month));
            }}
          />
        </BarChart>
      </ChartBox>
    </ChartCard>
  );
}

/** Bars of the number of claims paid in the range per bucket of days from receipt to payment. */
export function CycleTimeChart({ data }: ChartProps) {
  const kit = useChartKit();
  const { translate } = kit;
  const { buckets } = data.cycleTime;
  const bucketName = (bucket: CycleBucket) =>
    bucket.to === null ? translate('app.dashboard.cycle.bucket_open', { from: bucket.from }) : translate('app.dashboard.cycle.bucket_range', { from: bucket.from, to: bucket.to });
  const countLabel = translate('app.dashboard.cycle.count');
  const points = buckets.map((bucket) => ({ label: bucketName(bucket), count: bucket.count }));
  const columns: Column<CycleBucket>[] = [
    { key: 'bucket', label: translate('app.dashboard.cycle.bucket'), value: bucketName },
    { key: 'count', label: countLabel, value: (row) => row.count, display: (row) => kit.count(row.count), numeric: true },
    { key: 'share', label: translate('app.dashboard.cycle.share'), value: (row) => row.share, display: (row) => kit.percent(row.share), numeric: true },
  ];
  const subtitle = translate('app.dashboard.kpi.cycle_time_caption', { median: kit.days(data.cycleTime.medianDays), count: kit.count(data.cycleTime.claims) });
  const paidInRange = claimsPaidInRange(drillScopeOf(data));
  return (
    <ChartCard
      testId="chart-cycle"
      title={translate('app.dashboard.cycle.title')}
      subtitle={subtitle}
      table={{ columns, rows: buckets, linkOf: () => paidInRange }}
      legend={[{ label: countLabel, color: SERIES.primary }]}
      clickHint={translate('app.dashboard.chart.click_hint_cycle')}
    >
      <ChartBox>
        <BarChart data={points} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
          <YAxis allowDecimals={false} tickFormatter={kit.count} width={48} tick={{ fontSize: 11 }} />
          <Tooltip formatter={numberFormatter(kit.count)} />
          <Bar isAnimationActive={false} dataKey="count" name={countLabel} fill={SERIES.primary} cursor="pointer" onClick={() => kit.navigate(paidInRange)} />
        </BarChart>
      </ChartBox>
    </ChartCard>
  );
}
