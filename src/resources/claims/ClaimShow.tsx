/**
 * The claim page: what was claimed, the policy and device, the documents as images, and the
 * adjudication panel, laid out so an adjuster can decide in a minute.
 */
import { Card, CardContent, CardHeader, Grid, Link as MuiLink, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Show, useCreatePath, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { Claim, Policy } from '../../domain/records';
import { policyPeriodOn } from '../../domain/policyPeriod';
import { maskImei } from '../../domain/personalData';
import { Facts } from '../../ui/Facts';
import { formatJstDate, formatYen } from '../../ui/format';
import { AdjudicationPanel } from './AdjudicationPanel';
import { ClaimDocuments } from './ClaimDocuments';
import { useClaimPreview } from './useClaimPreview';

function ClaimTitle() {
  const claim = useRecordContext<Claim>();
  const translate = useTranslate();
  return <>{claim ? `${translate('resources.claims.name', { smart_count: 1 })} ${claim.claimNumber}` : ''}</>;
}

function ClaimFacts({ claim }: { claim: Claim }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const field = (name: string) => translate(`resources.claims.fields.${name}`);
  const yen = (value: number | undefined) => (value === undefined ? '—' : formatYen(value, locale));
  return (
    <Facts
      items={[
        { label: field('status'), value: translate(`app.claim_status.${claim.status}`) },
        { label: field('peril'), value: translate(`app.peril.${claim.peril}`) },
        { label: field('incidentDate'), value: formatJstDate(claim.incidentDate, locale) },
        { label: field('description'), value: claim.description },
        { label: field('cause'), value: translate(`app.cause.${claim.cause}`) },
        { label: field('repairShop'), value: claim.repairShop ?? '—' },
        { label: field(claim.repairable ? 'repairCost' : 'investigationCost'), value: yen(claim.repairable ? claim.repairCost : claim.investigationCost) },
        { label: field('estimateImei'), value: claim.estimateImei ? maskImei(claim.estimateImei) : '—' },
        { label: field('receivedDate'), value: formatJstDate(claim.receivedDate, locale) },
        { label: field('dueDate'), value: claim.dueDate ? formatJstDate(claim.dueDate, locale) : '—' },
      ]}
    />
  );
}

function PolicyFacts({ claim, policy }: { claim: Claim; policy: Policy }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const field = (name: string) => translate(`resources.policies.fields.${name}`);
  const period = policyPeriodOn(policy.inceptionDate, claim.incidentDate);
  return (
    <Facts
      items={[
        {
          label: field('policyNumber'),
          value: (
            <MuiLink component={Link} to={createPath({ resource: 'policies', id: policy.id, type: 'show' })}>
              {policy.policyNumber}
            </MuiLink>
          ),
        },
        { label: field('plan'), value: translate(`app.plan.${policy.plan}`) },
        { label: translate('app.claim.period'), value: translate('app.common.date_range', { start: formatJstDate(period.start, locale), end: formatJstDate(period.end, locale) }) },
        { label: field('device.model'), value: policy.device.model },
        { label: field('device.carrier'), value: translate(`app.carrier.${policy.device.carrier}`) },
        { label: field('device.imei'), value: maskImei(policy.device.imei) },
        { label: field('device.purchasePrice'), value: formatYen(policy.device.purchasePrice, locale) },
        { label: field('device.purchaseDate'), value: formatJstDate(policy.device.purchaseDate, locale) },
      ]}
    />
  );
}

function ClaimReview() {
  const claim = useRecordContext<Claim>();
  return claim ? <ClaimReviewContent claim={claim} /> : null;
}

function ClaimReviewContent({ claim }: { claim: Claim }) {
  const translate = useTranslate();
  const preview = useClaimPreview(claim);
  return (
    <Grid container spacing={2} sx={{ p: 2 }}>
      <Grid size={{ xs: 12, md: 7 }}>
        <Stack spacing={2}>
          <Card variant="outlined">
            <CardHeader title={translate('app.claim.section_claim')} subheader={claim.claimNumber} />
            <CardContent>
              <ClaimFacts claim={claim} />
            </CardContent>
          </Card>
          <Card variant="outlined">
            <CardHeader title={translate('app.claim.section_policy')} />
            <CardContent>{preview.policy ? <PolicyFacts claim={claim} policy={preview.policy} /> : <Typography>…</Typography>}</CardContent>
          </Card>
          <Card variant="outlined">
            <CardHeader title={translate('app.claim.section_documents')} />
            <CardContent>
              <ClaimDocuments documents={preview.documents} />
            </CardContent>
          </Card>
        </Stack>
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <AdjudicationPanel claim={claim} preview={preview} />
      </Grid>
    </Grid>
  );
}

export function ClaimShow() {
  return (
    <Show title={<ClaimTitle />} actions={false}>
      <ClaimReview />
    </Show>
  );
}
