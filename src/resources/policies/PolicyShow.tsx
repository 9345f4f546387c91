/**
 * The policy page (issue 4, item 6): policyholder with personal data masked and a deliberate,
 * audited reveal per field; the insured device with its enrollment photo; and each policy period's
 * aggregate gauge (limit, used, remaining) with that period's claims and payments.
 */
import { Card, CardContent, CardHeader, Grid, Stack } from '@mui/material';
import { Show, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { maskEmail, maskImei, maskPhone } from '../../domain/personalData';
import type { Policy } from '../../domain/records';
import { Facts } from '../../ui/Facts';
import { RecordLoadError } from '../../ui/RecordLoadError';
import { formatJstDate, formatYen } from '../../ui/format';
import { EnrollmentPhoto } from './EnrollmentPhoto';
import { PolicyPeriods } from './PolicyPeriods';
import { RevealableValue } from './RevealableValue';

function PolicyTitle() {
  const policy = useRecordContext<Policy>();
  const translate = useTranslate();
  return <>{policy ? `${translate('resources.policies.name', { smart_count: 1 })} ${policy.policyNumber}` : ''}</>;
}

function HolderCard({ policy }: { policy: Policy }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const field = (name: string) => translate(`resources.policies.fields.${name}`);
  const { holder } = policy;
  return (
    <Card variant="outlined">
      <CardHeader title={translate('app.policy.section_holder')} subheader={policy.policyNumber} />
      <CardContent>
        <Facts
          items={[
            { label: field('holder.name'), value: holder.name },
            { label: field('holder.kana'), value: holder.kana },
            { label: field('holder.phone'), value: <RevealableValue policyId={policy.id} field="phone" masked={maskPhone(holder.phone)} label={field('holder.phone')} /> },
            { label: field('holder.email'), value: <RevealableValue policyId={policy.id} field="email" masked={maskEmail(holder.email)} label={field('holder.email')} /> },
            { label: field('plan'), value: translate(`app.plan.${policy.plan}`) },
            { label: field('status'), value: translate(`app.policy_status.${policy.status}`) },
            { label: field('inceptionDate'), value: formatJstDate(policy.inceptionDate, locale) },
            { label: field('monthlyPremium'), value: formatYen(policy.monthlyPremium, locale) },
          ]}
        />
      </CardContent>
    </Card>
  );
}

function DeviceCard({ policy }: { policy: Policy }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const field = (name: string) => translate(`resources.policies.fields.${name}`);
  const { device } = policy;
  return (
    <Card variant="outlined">
      <CardHeader title={translate('app.policy.section_device')} />
      <CardContent>
        <Stack spacing={2}>
          <Facts
            items={[
              { label: field('device.model'), value: device.model },
              { label: field('device.imei'), value: <RevealableValue policyId={policy.id} field="imei" masked={maskImei(device.imei)} label={field('device.imei')} /> },
              { label: field('device.carrier'), value: translate(`app.carrier.${device.carrier}`) },
              { label: field('device.gitekiCertified'), value: translate(device.gitekiCertified ? 'app.policy.gitekiYes' : 'app.policy.gitekiNo') },
              { label: field('device.purchasePrice'), value: formatYen(device.purchasePrice, locale) },
              { label: field('device.purchaseDate'), value: formatJstDate(device.purchaseDate, locale) },
              { label: field('device.replacementCost'), value: device.replacementCost === undefined ? '—' : formatYen(device.replacementCost, locale) },
            ]}
          />
          <EnrollmentPhoto policyId={policy.id} />
        </Stack>
      </CardContent>
    </Card>
  );
}

function PolicyDetails({ policy }: { policy: Policy }) {
  const translate = useTranslate();
  return (
    <Grid container spacing={2} sx={{ p: 2 }}>
      <Grid size={{ xs: 12, md: 5 }}>
        <Stack spacing={2}>
          <HolderCard policy={policy} />
          <DeviceCard policy={policy} />
        </Stack>
      </Grid>
      <Grid size={{ xs: 12, md: 7 }}>
        <Card variant="outlined">
          <CardHeader title={translate('app.policy_page.periods')} />
          <CardContent>
            <PolicyPeriods policy={policy} />
          </CardContent>
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
    <Show title={<PolicyTitle />} actions={false} error={<RecordLoadError />} queryOptions={{ onError: () => undefined }}>
      <PolicyContent />
    </Show>
  );
}
