/**
 * The KPI cards (issue 5): open claims, overdue, paid this month, share paid within 30 days,
 * average cycle time, loss ratio, satisfaction with its answers, response rate and target. The
 * claim counts link to the claims list.
 */
import { Card, CardActionArea, CardContent, Grid, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link } from 'react-admin';
import type { DashboardData } from '../domain/metrics';
import { useChartKit } from './charts/common';
import { openClaims, overdueClaims } from './drilldown';

interface KpiProps {
  testId: string;
  label: string;
  value: string;
  caption: string;
  /** A list route the card opens. */
  to?: string;
  tone?: 'warning' | 'success' | 'default';
}

function KpiCard({ testId, label, value, caption, to, tone = 'default' }: KpiProps) {
  const body: ReactNode = (
    <CardContent sx={{ py: 1.5 }}>
      <Typography variant="body2" color="text.secondary" component="h3">
        {label}
      </Typography>
      <Typography variant="h5" component="p" data-testid={`${testId}-value`} color={tone === 'warning' ? 'error.main' : tone === 'success' ? 'success.main' : 'text.primary'} sx={{ fontWeight: 600 }}>
        {value}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p">
        {caption}
      </Typography>
    </CardContent>
  );
  return (
    <Card data-testid={testId} sx={{ height: '100%' }}>
      {to ? (
        <CardActionArea component={Link} to={to} sx={{ height: '100%' }}>
          {body}
        </CardActionArea>
      ) : (
        body
      )}
    </Card>
  );
}

/** The seven KPI cards of `data`. */
export function KpiCards({ data }: { data: DashboardData }) {
  const kit = useChartKit();
  const t = (key: string, options?: Record<string, unknown>) => kit.translate(`app.dashboard.kpi.${key}`, options);
  const { kpis, settings } = data;
  const count = (n: number) => kit.translate('app.dashboard.unit.count', { count: kit.count(n) });
  const satisfaction = kpis.satisfaction;
  const cards: KpiProps[] = [
    { testId: 'kpi-open', label: t('open'), value: count(kpis.openClaims), caption: t('open_caption'), to: openClaims(data.scope.plan) },
    { testId: 'kpi-overdue', label: t('overdue'), value: count(kpis.overdueClaims), caption: t('overdue_caption'), to: overdueClaims(data.scope.today, data.scope.plan), tone: kpis.overdueClaims > 0 ? 'warning' : 'default' },
    { testId: 'kpi-paid-this-month', label: t('paid_this_month'), value: kit.yen(kpis.paidThisMonth.amount), caption: t('paid_this_month_caption', { month: kit.month(kpis.paidThisMonth.month), count: kit.count(kpis.paidThisMonth.payments) }) },
    {
      testId: 'kpi-within-deadline',
      label: t('within_deadline'),
      value: kit.percent(kpis.paidWithinDeadline.rate),
      caption: t('within_deadline_caption', { paid: kit.count(kpis.paidWithinDeadline.paid), within: kit.count(kpis.paidWithinDeadline.within) }),
    },
    { testId: 'kpi-cycle-time', label: t('cycle_time'), value: kit.days(kpis.cycleTime.averageDays), caption: t('cycle_time_caption', { median: kit.days(kpis.cycleTime.medianDays), count: kit.count(kpis.cycleTime.claims) }) },
    { testId: 'kpi-loss-ratio', label: t('loss_ratio'), value: kit.percent(kpis.lossRatio.rate), caption: t('loss_ratio_caption', { payouts: kit.yenShort(kpis.lossRatio.payouts), premium: kit.yenShort(kpis.lossRatio.earnedPremium) }) },
    {
      testId: 'kpi-satisfaction',
      label: t('satisfaction'),
      value: kit.percent(satisfaction.rate),
      caption: t('satisfaction_caption', { answers: kit.count(satisfaction.answers), response: kit.percent(satisfaction.responseRate), target: kit.percent(settings.satisfactionTarget) }),
      tone: satisfaction.rate === null ? 'default' : satisfaction.rate >= settings.satisfactionTarget ? 'success' : 'warning',
    },
  ];
  return (
    <Grid container spacing={2} component="section" aria-label={kit.translate('app.dashboard.title')}>
      {cards.map((card) => (
        <Grid key={card.testId} size={{ xs: 12, sm: 6, md: 3, xl: 12 / 7 }}>
          <KpiCard {...card} />
        </Grid>
      ))}
    </Grid>
  );
}
