/**
 * The satisfaction rate (product.md, "Figures managers read"; adjudication.md, "Satisfaction
 * survey"): per month the surveys were sent, per peril and per adjuster, against the target, always
 * with its number of answers and the response rate (in the tooltip and the table).
 */
import { Bar, BarChart, CartesianGrid, ComposedChart, LabelList, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { SatisfactionFigure } from '../../domain/metrics';
import { ChartCard } from '../ChartCard';
import { monthInRange, surveysSent } from '../drilldown';
import { SERIES } from '../palette';
import type { Column } from '../table';
import { ChartBox, legendText, monthTickProps, rangeOf, useChartKit, type ChartProps } from './common';

type Kit = ReturnType<typeof useChartKit>;

/** The figure columns every satisfaction table has, after its first column. */
function figureColumns<T extends SatisfactionFigure>(kit: Kit): Column<T>[] {
  const t = (key: string) => kit.translate(`app.dashboard.satisfaction.${key}`);
  return [
    { key: 'sent', label: t('sent'), value: (row) => row.sent, display: (row) => kit.count(row.sent), numeric: true },
    { key: 'answers', label: t('answers'), value: (row) => row.answers, display: (row) => kit.count(row.answers), numeric: true },
    { key: 'satisfied', label: t('satisfied'), value: (row) => row.satisfied, display: (row) => kit.count(row.satisfied), numeric: true },
    { key: 'rate', label: t('rate'), value: (row) => row.rate, display: (row) => kit.percent(row.rate), numeric: true },
    { key: 'response', label: t('response_rate'), value: (row) => row.responseRate, display: (row) => kit.percent(row.responseRate), numeric: true },
  ];
}

/** Tooltip lines: the rate with its answers, and the response rate. */
function tooltipFormatter(kit: Kit, figures: readonly SatisfactionFigure[]) {
  const rateName = kit.translate('app.dashboard.satisfaction.rate');
  return (value: unknown, name: unknown, item: { payload?: unknown }) => {
    const index = typeof item.payload === 'object' && item.payload !== null && 'index' in item.payload ? Number(item.payload.index) : -1;
    const figure = figures[index];
    const shown = typeof value === 'number' ? kit.percent(value) : '—';
    return name === rateName && figure ? kit.translate('app.dashboard.satisfaction.rate_with_answers', { rate: shown, answers: kit.count(figure.answers) }) : shown;
  };
}

/** Bars of the rate per month of sending, a line of the response rate, the target as a dashed line; a bar opens that month's surveys. */
export function SatisfactionByMonthChart({ data }: ChartProps) {
  const kit = useChartKit();
  const { translate } = kit;
  const { byMonth, target } = data.satisfaction;
  const rateName = translate('app.dashboard.satisfaction.rate');
  const responseName = translate('app.dashboard.satisfaction.response_rate');
  const targetName = translate('app.dashboard.satisfaction.target', { target: kit.percent(target) });
  const points = byMonth.map((row, index) => ({ index, label: kit.month(row.month), rate: row.rate, response: row.responseRate }));
  const columns: Column<(typeof byMonth)[number]>[] = [
    { key: 'month', label: translate('app.dashboard.satisfaction.month'), value: (row) => row.month, display: (row) => kit.month(row.month) },
    ...figureColumns<(typeof byMonth)[number]>(kit),
  ];
  return (
    <ChartCard
      testId="chart-satisfaction-month"
      title={translate('app.dashboard.satisfaction.month_title')}
      subtitle={targetName}
      table={{ columns, rows: byMonth, linkOf: (row) => surveysSent(monthInRange(row.month, rangeOf(data))) }}
      legend={[
        { label: rateName, color: SERIES.good },
        { label: responseName, color: SERIES.primary },
        { label: targetName, color: SERIES.target },
      ]}
      clickHint={translate('app.dashboard.chart.click_hint')}
    >
      <ChartBox>
        <ComposedChart data={points} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} {...monthTickProps(points.length)} />
          <YAxis domain={[0, 1]} tickFormatter={kit.percent} width={48} tick={{ fontSize: 11 }} />
          <Tooltip formatter={tooltipFormatter(kit, byMonth)} />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} formatter={legendText} />
          <Bar
            isAnimationActive={false}
            dataKey="rate"
            name={rateName}
            fill={SERIES.good}
            cursor="pointer"
            onClick={(_bar, index) => {
              const row = byMonth[index];
              if (row) kit.navigate(surveysSent(monthInRange(row.month, rangeOf(data))));
            }}
          />
          <Line isAnimationActive={false} dataKey="response" name={responseName} stroke={SERIES.primary} strokeWidth={2} dot={{ r: 3 }} />
          <ReferenceLine y={target} stroke={SERIES.target} strokeDasharray="6 4" strokeWidth={2} label={{ value: targetName, position: 'insideTopRight', fill: SERIES.target, fontSize: 11 }} />
        </ComposedChart>
      </ChartBox>
    </ChartCard>
  );
}

/** Horizontal bars of the rate per group, the target as a dashed line; a bar opens the group's surveys. */
function SatisfactionByGroupChart<T extends SatisfactionFigure>(props: {
  data: ChartProps['data'];
  testId: string;
  title: string;
  groupLabel: string;
  rows: readonly T[];
  nameOf: (row: T) => string;
  keyOf: (row: T) => string;
  open: (row: T) => string;
}) {
  const kit = useChartKit();
  const { translate } = kit;
  const { target } = props.data.satisfaction;
  const rateName = translate('app.dashboard.satisfaction.rate');
  const targetName = translate('app.dashboard.satisfaction.target', { target: kit.percent(target) });
  const points = props.rows.map((row, index) => ({ index, label: props.nameOf(row), rate: row.rate }));
  const columns: Column<T>[] = [{ key: 'group', label: props.groupLabel, value: props.keyOf, display: props.nameOf }, ...figureColumns<T>(kit)];
  return (
    <ChartCard
      testId={props.testId}
      title={props.title}
      subtitle={targetName}
      table={{ columns, rows: props.rows, linkOf: props.open }}
      legend={[
        { label: rateName, color: SERIES.good },
        { label: targetName, color: SERIES.target },
      ]}
      clickHint={translate('app.dashboard.chart.click_hint')}
    >
      <ChartBox height={Math.max(200, 48 + points.length * 36)}>
        <BarChart data={points} layout="vertical" margin={{ top: 8, right: 48, left: 8, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 1]} tickFormatter={kit.percent} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="label" width={112} tick={{ fontSize: 11 }} interval={0} />
          <Tooltip formatter={tooltipFormatter(kit, props.rows)} />
          <Bar
            isAnimationActive={false}
            dataKey="rate"
            name={rateName}
            fill={SERIES.good}
            cursor="pointer"
            onClick={(_bar, index) => {
              const row = props.rows[index];
              if (row) kit.navigate(props.open(row));
            }}
          >
            <LabelList dataKey="rate" position="right" fill="#222" fontSize={11} formatter={(value: unknown) => (typeof value === 'number' ? kit.percent(value) : '')} />
          </Bar>
          <ReferenceLine x={target} stroke={SERIES.target} strokeDasharray="6 4" strokeWidth={2} />
        </BarChart>
      </ChartBox>
    </ChartCard>
  );
}

/** Satisfaction per peril (every peril, including those without surveys). */
export function SatisfactionByPerilChart({ data }: ChartProps) {
  const kit = useChartKit();
  return (
    <SatisfactionByGroupChart
      data={data}
      testId="chart-satisfaction-peril"
      title={kit.translate('app.dashboard.satisfaction.peril_title')}
      groupLabel={kit.translate('app.dashboard.satisfaction.peril')}
      rows={data.satisfaction.byPeril}
      nameOf={(row) => kit.translate(`app.peril.${row.peril}`)}
      keyOf={(row) => row.peril}
      open={(row) => surveysSent(rangeOf(data), { peril: row.peril })}
    />
  );
}

/** Satisfaction per adjuster who decided the claims (those with surveys in the range). */
export function SatisfactionByAdjusterChart({ data }: ChartProps) {
  const kit = useChartKit();
  const unassigned = kit.translate('app.dashboard.satisfaction.unassigned');
  return (
    <SatisfactionByGroupChart
      data={data}
      testId="chart-satisfaction-adjuster"
      title={kit.translate('app.dashboard.satisfaction.adjuster_title')}
      groupLabel={kit.translate('app.dashboard.satisfaction.adjuster')}
      rows={data.satisfaction.byAdjuster}
      nameOf={(row) => row.name ?? row.adjusterId ?? unassigned}
      keyOf={(row) => row.adjusterId ?? ''}
      open={(row) => surveysSent(rangeOf(data), row.adjusterId === null ? {} : { adjusterId: row.adjusterId })}
    />
  );
}

