/** Payouts per month by peril (product.md, "Figures managers read"): stacked bars, yen. */
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { PERILS, type Peril } from '../../domain/adjudication';
import type { MonthPayouts } from '../../domain/metrics';
import { ChartCard } from '../ChartCard';
import { claimsPaidInMonth } from '../drilldown';
import { PERIL_COLORS } from '../palette';
import type { Column } from '../table';
import { ChartBox, drillScopeOf, legendText, monthTickProps, numberFormatter, useChartKit, type ChartProps } from './common';

/** Stacked bars of the yen paid each month, one colour per peril; a segment opens its claims. */
export function PayoutsByPerilChart({ data }: ChartProps) {
  const kit = useChartKit();
  const { translate } = kit;
  const rows = data.payoutsByPeril;
  const scope = drillScopeOf(data);
  const points = rows.map((row) => ({ label: kit.month(row.month), ...row.amounts }));
  const perilName = (peril: Peril) => translate(`app.peril.${peril}`);
  const columns: Column<MonthPayouts>[] = [
    { key: 'month', label: translate('app.dashboard.payouts.month'), value: (row) => row.month, display: (row) => kit.month(row.month) },
    ...PERILS.map((peril): Column<MonthPayouts> => ({ key: peril, label: perilName(peril), value: (row) => row.amounts[peril], display: (row) => kit.yen(row.amounts[peril]), numeric: true, link: (row) => claimsPaidInMonth(scope, row.month, peril) })),
    { key: 'total', label: translate('app.dashboard.payouts.total'), value: (row) => row.total, display: (row) => kit.yen(row.total), numeric: true },
    { key: 'count', label: translate('app.dashboard.payouts.count'), value: (row) => row.count, display: (row) => kit.count(row.count), numeric: true },
  ];
  return (
    <ChartCard
      testId="chart-payouts"
      title={translate('app.dashboard.payouts.title')}
      table={{ columns, rows, linkOf: (row) => claimsPaidInMonth(scope, row.month) }}
      legend={PERILS.map((peril) => ({ label: perilName(peril), color: PERIL_COLORS[peril] }))}
      clickHint={translate('app.dashboard.chart.click_hint_approx')}
    >
      <ChartBox>
        <BarChart data={points} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} {...monthTickProps(points.length)} />
          <YAxis tickFormatter={kit.yenShort} width={64} tick={{ fontSize: 11 }} />
          <Tooltip formatter={numberFormatter(kit.yenShort)} itemSorter={(item) => -PERILS.findIndex((peril) => peril === item.dataKey)} />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} formatter={legendText} />
          {PERILS.map((peril) => (
            <Bar
              isAnimationActive={false}
              key={peril}
              dataKey={peril}
              name={perilName(peril)}
              stackId="payouts"
              fill={PERIL_COLORS[peril]}
              cursor="pointer"
              onClick={(_bar, index) => {
                const row = rows[index];
                if (row) kit.navigate(claimsPaidInMonth(scope, row.month, peril));
              }}
            />
          ))}
        </BarChart>
      </ChartBox>
    </ChartCard>
  );
}
