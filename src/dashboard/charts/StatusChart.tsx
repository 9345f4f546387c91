/** Claim counts and amounts by status (product.md, "Figures managers read"): claims received in the range. */
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { StatusFigure } from '../../domain/metrics';
import { ChartCard } from '../ChartCard';
import { claimsReceivedWithStatus } from '../drilldown';
import { SERIES } from '../palette';
import type { Column } from '../table';
import { ChartBox, drillScopeOf, legendText, useChartKit, type ChartProps } from './common';

/** Horizontal bars per status: number of claims (top axis) and yen claimed (bottom axis); a bar opens its claims. */
export function StatusChart({ data }: ChartProps) {
  const kit = useChartKit();
  const { translate } = kit;
  const rows = data.claimsByStatus;
  const statusName = (row: StatusFigure) => translate(`app.claim_status.${row.status}`);
  const points = rows.map((row) => ({ label: statusName(row), count: row.count, claimed: row.claimedAmount }));
  const countLabel = translate('app.dashboard.status.count');
  const claimedLabel = translate('app.dashboard.status.claimed');
  const columns: Column<StatusFigure>[] = [
    { key: 'status', label: translate('app.dashboard.status.status'), value: (row) => row.status, display: statusName },
    { key: 'count', label: countLabel, value: (row) => row.count, display: (row) => kit.count(row.count), numeric: true },
    { key: 'claimed', label: claimedLabel, value: (row) => row.claimedAmount, display: (row) => kit.yen(row.claimedAmount), numeric: true },
    { key: 'decided', label: translate('app.dashboard.status.decided'), value: (row) => row.decidedPayout, display: (row) => kit.yen(row.decidedPayout), numeric: true },
  ];
  const open = (index: number) => {
    const row = rows[index];
    if (row) kit.navigate(claimsReceivedWithStatus(drillScopeOf(data), row.status));
  };
  return (
    <ChartCard
      testId="chart-status"
      title={translate('app.dashboard.status.title')}
      subtitle={translate('app.dashboard.status.subtitle')}
      table={{ columns, rows, linkOf: (row) => claimsReceivedWithStatus(drillScopeOf(data), row.status) }}
      legend={[
        { label: countLabel, color: SERIES.primary },
        { label: claimedLabel, color: SERIES.secondary },
      ]}
      clickHint={translate('app.dashboard.chart.click_hint')}
    >
      <ChartBox height={320}>
        <BarChart data={points} layout="vertical" margin={{ top: 8, right: 16, left: 8, bottom: 0 }} barGap={1}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <YAxis type="category" dataKey="label" width={112} tick={{ fontSize: 11 }} interval={0} />
          <XAxis xAxisId="count" type="number" orientation="top" allowDecimals={false} tick={{ fontSize: 11 }} tickFormatter={kit.count} />
          <XAxis xAxisId="yen" type="number" orientation="bottom" tick={{ fontSize: 11 }} tickFormatter={kit.yenShort} />
          <Tooltip formatter={(value, name) => (typeof value === 'number' ? (name === claimedLabel ? kit.yenShort(value) : kit.count(value)) : String(value ?? '—'))} />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} formatter={legendText} />
          <Bar isAnimationActive={false} xAxisId="count" dataKey="count" name={countLabel} fill={SERIES.primary} cursor="pointer" onClick={(_bar, index) => open(index)} />
          <Bar isAnimationActive={false} xAxisId="yen" dataKey="claimed" name={claimedLabel} fill={SERIES.secondary} cursor="pointer" onClick={(_bar, index) => open(index)} />
        </BarChart>
      </ChartBox>
    </ChartCard>
  );
}

