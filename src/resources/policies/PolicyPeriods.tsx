/**
 * Each policy period of a policy, newest first: its aggregate gauge (limit, used, remaining: page
 * 保険期間通算), the claims whose incident falls in it, and their payments.
 */
import { Card, CardContent, CardHeader, Chip, Stack, Typography } from '@mui/material';
import { Datagrid, FunctionField, ReferenceField, ReferenceManyField, TextField, useGetList, useLocaleState, useTranslate } from 'react-admin';
import type { Period } from '../../domain/adjudication';
import { todayInJapan } from '../../domain/dates';
import { aggregateUsageOn, isInPeriod } from '../../domain/policyPeriod';
import type { Claim, Payment, Policy } from '../../domain/records';
import { EnumField, JstDateField, YenField } from '../../ui/fields';
import { formatJstDate } from '../../ui/format';
import { AggregateGauge } from './AggregateGauge';
import { periodsUntil } from './periods';

/** Figures and dates on one line; the table scrolls when the column is narrow. */
/** What a period without any payment shows in its payments table (instead of react-admin's "no results, clear the filters"). */
const noPayment = (
  <Typography variant="body2" color="text.secondary">
    —
  </Typography>
);

const NO_WRAP = { '& td, & th': { whiteSpace: 'nowrap' }, '& .RaDatagrid-tableWrapper': { overflowX: 'auto' } } as const;

function PeriodCard({ policy, period, claims, current }: { policy: Policy; period: Period; claims: readonly Claim[]; current: boolean }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const inPeriod = claims.filter((claim) => isInPeriod(claim.incidentDate, period));
  const title = translate('app.policy_page.period_title', { start: formatJstDate(period.start, locale), end: formatJstDate(period.end, locale) });
  return (
    <Card variant="outlined" data-testid={`period-${period.start}`}>
      <CardHeader
        title={title}
        titleTypographyProps={{ variant: 'subtitle1' }}
        action={current ? <Chip size="small" color="primary" label={translate('app.policy_page.current')} /> : undefined}
      />
      <CardContent>
        <Stack spacing={2}>
          <AggregateGauge usage={aggregateUsageOn(policy, claims, period.start)} hidePeriod />
          <Typography variant="subtitle2">{translate('app.policy_page.period_claims')}</Typography>
          {inPeriod.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {translate('app.policy_page.no_claims')}
            </Typography>
          ) : (
            <>
              <ReferenceManyField reference="claims" target="policyId" filter={{ incidentDate_gte: period.start, incidentDate_lte: period.end }} sort={{ field: 'incidentDate', order: 'DESC' }}>
                <Datagrid rowClick="show" bulkActionButtons={false} size="small" sx={NO_WRAP}>
                  <TextField source="claimNumber" />
                  <JstDateField source="incidentDate" />
                  <EnumField source="peril" group="peril" />
                  <EnumField source="status" group="claim_status" />
                  <YenField source="decision.payout" label="app.adjudication.payout" />
                </Datagrid>
              </ReferenceManyField>
              <Typography variant="subtitle2">{translate('app.policy_page.period_payments')}</Typography>
              <ReferenceManyField reference="payments" target="policyId" filter={{ claimId: inPeriod.map((claim) => claim.id) }} sort={{ field: 'scheduledDate', order: 'DESC' }} empty={noPayment}>
                <Datagrid bulkActionButtons={false} rowClick={false} size="small" sx={NO_WRAP} empty={noPayment}>
                  <ReferenceField source="claimId" reference="claims" link="show" label="resources.claims.fields.claimNumber" />
                  <YenField source="amount" label="app.policy_page.payment_amount" />
                  <FunctionField source="status" label="app.policy_page.payment_status" render={(payment: Payment) => translate(`app.policy_page.payment_status_value.${payment.status}`)} />
                  <JstDateField source="scheduledDate" label="app.policy_page.scheduled_date" />
                  <JstDateField source="paidDate" label="app.policy_page.paid_date" />
                </Datagrid>
              </ReferenceManyField>
            </>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}

/** Every period of `policy` up to today, newest first, each with its gauge, claims and payments. */
export function PolicyPeriods({ policy }: { policy: Policy }) {
  const { data: claims } = useGetList<Claim>('claims', {
    filter: { policyId: policy.id },
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'incidentDate', order: 'ASC' },
  });
  if (!claims) return null;
  const today = todayInJapan();
  return (
    <Stack spacing={2}>
      {periodsUntil(policy.inceptionDate, today).map((period) => (
        <PeriodCard key={period.start} policy={policy} period={period} claims={claims} current={isInPeriod(today, period)} />
      ))}
    </Stack>
  );
}
