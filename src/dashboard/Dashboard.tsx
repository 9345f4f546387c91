/**
 * The manager dashboard (issue 5; product.md, "Figures managers read"): KPI cards and charts of the
 * aggregates endpoint's figures for a range and a plan. Loaded lazily (src/dashboard/index.tsx), so
 * recharts and this code ship in their own chunk, fetched only when a manager opens the dashboard.
 */
import { Alert, Box, Button, Grid, LinearProgress, Stack, Typography } from '@mui/material';
import { Loading, Title, useLocaleState, useStore, useTranslate } from 'react-admin';
import { todayInJapan } from '../domain/dates';
import { formatJstDate } from '../ui/format';
import { ConsumptionChart } from './charts/ConsumptionChart';
import { LossRatioChart } from './charts/LossRatioChart';
import { PayoutsByPerilChart } from './charts/PayoutsByPerilChart';
import { SatisfactionByAdjusterChart, SatisfactionByMonthChart, SatisfactionByPerilChart } from './charts/SatisfactionCharts';
import { StatusChart } from './charts/StatusChart';
import { CycleTimeChart, DeadlineChart } from './charts/TimelinessCharts';
import { DashboardFilters } from './DashboardFilters';
import { defaultFilter, type DashboardFilter } from './filters';
import { KpiCards } from './KpiCards';
import { useDashboardData } from './useDashboardData';

const CHARTS = [
  PayoutsByPerilChart,
  StatusChart,
  DeadlineChart,
  CycleTimeChart,
  LossRatioChart,
  ConsumptionChart,
  SatisfactionByMonthChart,
  SatisfactionByPerilChart,
  SatisfactionByAdjusterChart,
];

/** The dashboard page. `today` (JST) defaults to today in Japan; the filter is kept in react-admin's store. */
export default function Dashboard({ today = todayInJapan() }: { today?: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [filter, setFilter] = useStore<DashboardFilter>('dashboard.filter', defaultFilter(today));
  const { data, error, isPending, isFetching, refetch } = useDashboardData(filter);
  const plan = filter.plan === 'all' ? translate('app.dashboard.filters.all_plans') : translate(`app.plan.${filter.plan}`);
  return (
    <Box sx={{ py: 2 }} data-testid="dashboard">
      <Title title={translate('app.dashboard.title')} />
      <Stack spacing={2}>
        <DashboardFilters filter={filter} onChange={setFilter} today={today} />
        {data && (
          <Typography variant="body2" color="text.secondary" data-testid="dashboard-scope">
            {translate('app.dashboard.filters.scope', {
              from: formatJstDate(data.scope.from, locale),
              to: formatJstDate(data.scope.to, locale),
              plan,
              today: formatJstDate(data.scope.today, locale),
            })}
          </Typography>
        )}
        <Box sx={{ height: 4 }}>{isFetching && <LinearProgress aria-label={translate('app.dashboard.loading')} />}</Box>
        {error && (
          <Alert severity="error" action={<Button onClick={() => void refetch()}>{translate('app.dashboard.retry')}</Button>}>
            {translate('app.dashboard.error', { message: error.message })}
          </Alert>
        )}
        {isPending && !error && <Loading loadingPrimary="app.dashboard.loading" loadingSecondary="" />}
        {data && (
          <>
            <KpiCards data={data} />
            <Grid container spacing={2}>
              {CHARTS.map((Chart, index) => (
                <Grid key={index} size={{ xs: 12, lg: 6 }}>
                  <Chart data={data} />
                </Grid>
              ))}
            </Grid>
          </>
        )}
      </Stack>
    </Box>
  );
}
