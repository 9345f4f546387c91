/**
 * Per-policy aggregate consumption (product.md, "Figures managers read"): how many policies in
 * force use how much of their period's aggregate limit (保険期間通算), stacked by plan.
 */
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { PLANS, type Plan } from '../../domain/adjudication';
import type { ConsumptionBucket } from '../../domain/metrics';
import { formatJstDate } from '../../ui/format';
import { ChartCard } from '../ChartCard';
import { policiesInConsumptionBucket } from '../drilldown';
import { PLAN_COLORS } from '../palette';
import type { Column } from '../table';
import { ChartBox, legendText, numberFormatter, useChartKit, type ChartProps } from './common';

/** Bars per bucket of the used share, one segment per plan; a segment opens those policies (as of today). */
export function ConsumptionChart({ data }: ChartProps) {
  const kit = useChartKit();
  const { translate } = kit;
  const { buckets, asOf, policies } = data.consumption;
  const plans: readonly Plan[] = data.scope.plan === null ? PLANS : [data.scope.plan];
  const planName = (plan: Plan) => translate(`app.plan.${plan}`);
  const bucketName = (bucket: ConsumptionBucket) => translate(`app.dashboard.consumption.${bucket.id}`);
  const points = buckets.map((bucket) => ({ label: bucketName(bucket), ...bucket.counts }));
  const columns: Column<ConsumptionBucket>[] = [
    { key: 'bucket', label: translate('app.dashboard.consumption.bucket'), value: (row) => row.id, display: bucketName },
    ...plans.map((plan): Column<ConsumptionBucket> => ({ key: plan, label: planName(plan), value: (row) => row.counts[plan], display: (row) => kit.count(row.counts[plan]), numeric: true, link: (row) => policiesInConsumptionBucket(plan, row.id) })),
    { key: 'total', label: translate('app.dashboard.consumption.total'), value: (row) => row.total, display: (row) => kit.count(row.total), numeric: true },
    { key: 'share', label: translate('app.dashboard.consumption.share'), value: (row) => row.share, display: (row) => kit.percent(row.share), numeric: true },
  ];
  return (
    <ChartCard
      testId="chart-consumption"
      title={translate('app.dashboard.consumption.title')}
      subtitle={translate('app.dashboard.consumption.subtitle', { date: formatJstDate(asOf, kit.locale), count: kit.count(policies) })}
      table={{ columns, rows: buckets }}
      legend={plans.map((plan) => ({ label: planName(plan), color: PLAN_COLORS[plan] }))}
      clickHint={translate('app.dashboard.chart.click_hint')}
    >
      <ChartBox>
        <BarChart data={points} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
          <YAxis allowDecimals={false} tickFormatter={kit.count} width={56} tick={{ fontSize: 11 }} />
          <Tooltip formatter={numberFormatter(kit.count)} />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} formatter={legendText} />
          {plans.map((plan) => (
            <Bar
              isAnimationActive={false}
              key={plan}
              dataKey={plan}
              name={planName(plan)}
              stackId="plans"
              fill={PLAN_COLORS[plan]}
              cursor="pointer"
              onClick={(_bar, index) => {
                const bucket = buckets[index];
                if (bucket) kit.navigate(policiesInConsumptionBucket(plan, bucket.id));
              }}
            />
          ))}
        </BarChart>
      </ChartBox>
    </ChartCard>
  );
}
