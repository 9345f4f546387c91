/**
 * The policy page: policyholder (masked), insured device, this period's aggregate limit with what
 * is used and left, and the policy's claims.
 */
import { Card, CardContent, CardHeader, Grid, Stack } from '@mui/material';
import { Datagrid, ReferenceManyField, Show, TextField, useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { todayInJapan } from '../../domain/dates';
import { maskEmail, maskImei, maskPhone } from '../../domain/personalData';
import { aggregateUsageOn } from '../../domain/policyPeriod';
import type { Claim, Policy } from '../../domain/records';
import { EnumField, JstDateField, YenField } from '../../ui/fields';
import { Facts } from '../../ui/Facts';
import { formatJstDate, formatYen } from '../../ui/format';
import { AggregateGauge } from './AggregateGauge';

function PolicyTitle() {
  const policy = useRecordContext<Policy>();
  const translate = useTranslate();
  return <>{policy ? `${translate('resources.policies.name', { smart_count: 1 })} ${policy.policyNumber}` : ''}</>;
}

function CurrentAggregate({ policy }: { policy: Policy }) {
  const { data: claims } = useGetList<Claim>('claims', {
    filter: { policyId: policy.id },
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'incidentDate', order: 'ASC' },
  });
  if (!claims) return null;
  return <AggregateGauge usage={aggregateUsageOn(policy, claims, todayInJapan())} />;
}

function PolicyDetails({ policy }: { policy: Policy }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const field = (name: string) => translate(`resources.policies.fields.${name}`);
  const { device, holder } = policy;
  return (
    <Grid container spacing={2} sx={{ p: 2 }}>
      <Grid size={{ xs: 12, md: 6 }}>
        <Stack spacing={2}>
          <Card variant="outlined">
            <CardHeader title={translate('app.policy.section_aggregate')} />
            <CardContent>
              <CurrentAggregate policy={policy} />
            </CardContent>
          </Card>
          <Card variant="outlined">
            <CardHeader title={translate('app.policy.section_holder')} subheader={policy.policyNumber} />
            <CardContent>
              <Facts
                items={[
                  { label: field('holder.name'), value: holder.name },
                  { label: field('holder.kana'), value: holder.kana },
                  { label: field('holder.phone'), value: maskPhone(holder.phone) },
                  { label: field('holder.email'), value: maskEmail(holder.email) },
                  { label: field('plan'), value: translate(`app.plan.${policy.plan}`) },
                  { label: field('status'), value: translate(`app.policy_status.${policy.status}`) },
                  { label: field('inceptionDate'), value: formatJstDate(policy.inceptionDate, locale) },
                  { label: field('monthlyPremium'), value: formatYen(policy.monthlyPremium, locale) },
                ]}
              />
            </CardContent>
          </Card>
        </Stack>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Card variant="outlined">
          <CardHeader title={translate('app.policy.section_device')} />
          <CardContent>
            <Facts
              items={[
                { label: field('device.model'), value: device.model },
                { label: field('device.imei'), value: maskImei(device.imei) },
                { label: field('device.carrier'), value: translate(`app.carrier.${device.carrier}`) },
                { label: field('device.gitekiCertified'), value: translate(device.gitekiCertified ? 'app.policy.gitekiYes' : 'app.policy.gitekiNo') },
                { label: field('device.purchasePrice'), value: formatYen(device.purchasePrice, locale) },
                { label: field('device.purchaseDate'), value: formatJstDate(device.purchaseDate, locale) },
                { label: field('device.replacementCost'), value: device.replacementCost === undefined ? '—' : formatYen(device.replacementCost, locale) },
                { label: translate('app.policy.enrollment_photo_on_file'), value: translate(policy.enrollmentPhotoOnFile ? 'app.policy.gitekiYes' : 'app.policy.gitekiNo') },
              ]}
            />
          </CardContent>
        </Card>
      </Grid>
      <Grid size={12}>
        <Card variant="outlined">
          <CardHeader title={translate('app.policy.section_claims')} />
          <ReferenceManyField reference="claims" target="policyId" sort={{ field: 'incidentDate', order: 'DESC' }}>
            <Datagrid rowClick="show" bulkActionButtons={false}>
              <TextField source="claimNumber" />
              <JstDateField source="incidentDate" />
              <EnumField source="peril" group="peril" />
              <EnumField source="status" group="claim_status" />
              <YenField source="decision.payout" label="app.adjudication.payout" />
            </Datagrid>
          </ReferenceManyField>
        </Card>
      </Grid>
    </Grid>
  );
}

function PolicyContent() {
  const policy = useRecordContext<Policy>();
  return policy ? <PolicyDetails policy={policy} /> : null;
}

export function PolicyShow() {
  return (
    <Show title={<PolicyTitle />} actions={false}>
      <PolicyContent />
    </Show>
  );
}
