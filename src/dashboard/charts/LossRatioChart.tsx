/**
 * Loss ratio by plan per month (product.md, "Figures managers read": payouts ÷ earned premium, at
 * ¥470 / ¥200 a month per active policy; the definition is src/domain/metrics/lossRatio.ts's).
 */
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { PLANS, type Plan } from '../../domain/adjudication';
import type { MonthLossRatio } from '../../domain/metrics';
import { ChartCard } from '../ChartCard';
import { PLAN_COLORS, SERIES } from '../palette';
import type { Column } from '../table';
import { ChartBox, legendText, monthTickProps, numberFormatter, useChartKit, type ChartProps } from './common';

/** One line per plan shown (both, or the filtered one) and a dashed line for both plans together. */
export function LossRatioChart({ data }: ChartProps) {
  const kit = useChartKit();
  const { translate } = kit;
  const rows = data.lossRatioByPlan;
  const plans: readonly Plan[] = data.scope.plan === null ? PLANS : [data.scope.plan];
  const planName = (plan: Plan) => translate(`app.plan.${plan}`);
  const allName = translate('app.dashboard.loss_ratio.all');
  const points = rows.map((row) => ({ label: kit.month(row.month), standard: row.plans.standard.rate, light: row.plans.light.rate, all: row.all.rate }));
  const perPlan = (plan: Plan | 'all'): Column<MonthLossRatio>[] => {
    const cell = (row: MonthLossRatio) => (plan === 'all' ? row.all : row.plans[plan]);
    const name = plan === 'all' ? allName : planName(plan);
    return [
      { key: `${plan}-policies`, label: translate('app.dashboard.loss_ratio.column', { plan: name, figure: translate('app.dashboard.loss_ratio.policies') }), value: (row) => cell(row).policies, display: (row) => kit.count(cell(row).policies), numeric: true },
      { key: `${plan}-premium`, label: translate('app.dashboard.loss_ratio.column', { plan: name, figure: translate('app.dashboard.loss_ratio.premium') }), value: (row) => cell(row).earnedPremium, display: (row) => kit.yen(cell(row).earnedPremium), numeric: true },
      { key: `${plan}-payouts`, label: translate('app.dashboard.loss_ratio.column', { plan: name, figure: translate('app.dashboard.loss_ratio.payouts') }), value: (row) => cell(row).payouts, display: (row) => kit.yen(cell(row).payouts), numeric: true },
      { key: `${plan}-rate`, label: translate('app.dashboard.loss_ratio.column', { plan: name, figure: translate('app.dashboard.loss_ratio.rate') }), value: (row) => cell(row).rate, display: (row) => kit.percent(cell(row).rate), numeric: true },
    ];
  };
  const columns: Column<MonthLossRatio>[] = [
    { key: 'month', label: translate('app.dashboard.loss_ratio.month'), value: (row) => row.month, display: (row) => kit.month(row.month) },
    ...plans.flatMap((plan) => perPlan(plan)),
    ...(plans.length > 1 ? perPlan('all') : []),
  ];
  const legend = [...plans.map((plan) => ({ label: planName(plan), color: PLAN_COLORS[plan] })), ...(plans.length > 1 ? [{ label: allName, color: SERIES.neutral }] : [])];
  return (
    <ChartCard testId="chart-loss-ratio" title={translate('app.dashboard.loss_ratio.title')} table={{ columns, rows }} legend={legend}>
      <ChartBox>
        <LineChart data={points} margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} {...monthTickProps(points.length)} />
          <YAxis tickFormatter={kit.percent} width={56} tick={{ fontSize: 11 }} />
          <Tooltip formatter={numberFormatter(kit.percent)} />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} formatter={legendText} />
          {plans.map((plan) => (
            <Line isAnimationActive={false} key={plan} type="monotone" dataKey={plan} name={planName(plan)} stroke={PLAN_COLORS[plan]} strokeWidth={2} dot={{ r: 3 }} />
          ))}
          {plans.length > 1 && <Line isAnimationActive={false} type="monotone" dataKey="all" name={allName} stroke={SERIES.neutral} strokeDasharray="5 4" dot={false} />}
        </LineChart>
      </ChartBox>
    </ChartCard>
  );
}
