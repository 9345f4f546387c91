/**
 * The claim's own facts (what was claimed, when, the costs, the estimate's IMEI, the dates; a theft or
 * loss without repair facts shows none of the repair rows) and the policy and device it is made on
 * (with the replacement cost when recorded: a theft or loss pays half the lower of it and the purchase
 * price, adjudication.md "Amount rules" 4), as label/value lists. IMEIs are shown masked (product.md,
 * "Personal data").
 */
import { Card, CardContent, CardHeader, Link as MuiLink, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { maskImei } from '../../../domain/personalData';
import { policyPeriodOn } from '../../../domain/policyPeriod';
import type { Claim, Policy } from '../../../domain/records';
import { Facts } from '../../../ui/Facts';
import { formatJstDate, formatYen } from '../../../ui/format';

/** The claim's facts card. */
export function ClaimFactsCard({ claim }: { claim: Claim }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const field = (name: string) => translate(`resources.claims.fields.${name}`);
  const yen = (value: number | undefined) => (value === undefined ? '—' : formatYen(value, locale));
  const cost = claim.repairable ? claim.repairCost : claim.investigationCost;
  // A theft or loss has no repair: its shop, cost and estimate rows are shown only when filled in.
  const repairRows = claim.peril !== 'theft_loss' || claim.repairShop !== undefined || claim.estimateImei !== undefined;
  return (
    <Card variant="outlined">
      <CardHeader title={translate('app.claim.section_claim')} />
      <CardContent sx={{ pt: 0 }}>
        <Facts
          items={[
            { label: field('incidentDate'), value: formatJstDate(claim.incidentDate, locale) },
            { label: field('description'), value: claim.description },
            { label: field('cause'), value: translate(`app.cause.${claim.cause}`) },
            ...(repairRows ? [{ label: field('repairShop'), value: claim.repairShop ?? '—' }] : []),
            ...(repairRows || cost !== undefined ? [{ label: field(claim.repairable ? 'repairCost' : 'investigationCost'), value: yen(cost) }] : []),
            ...(repairRows ? [{ label: field('estimateImei'), value: claim.estimateImei ? maskImei(claim.estimateImei) : '—' }] : []),
            { label: field('receivedDate'), value: formatJstDate(claim.receivedDate, locale) },
            { label: field('completedDate'), value: claim.completedDate ? formatJstDate(claim.completedDate, locale) : '—' },
          ]}
        />
      </CardContent>
    </Card>
  );
}

/** The policy and device card (a placeholder while the policy loads). */
export function PolicyFactsCard({ claim, policy }: { claim: Claim; policy?: Policy }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const field = (name: string) => translate(`resources.policies.fields.${name}`);
  const period = policy ? policyPeriodOn(policy.inceptionDate, claim.incidentDate) : null;
  return (
    <Card variant="outlined">
      <CardHeader title={translate('app.claim.section_policy')} />
      <CardContent sx={{ pt: 0 }}>
        {policy && period ? (
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
              { label: field('holder.name'), value: policy.holder.name },
              { label: field('plan'), value: translate(`app.plan.${policy.plan}`) },
              { label: field('inceptionDate'), value: formatJstDate(policy.inceptionDate, locale) },
              { label: translate('app.claim.period'), value: translate('app.common.date_range', { start: formatJstDate(period.start, locale), end: formatJstDate(period.end, locale) }) },
              { label: field('device.model'), value: policy.device.model },
              { label: field('device.carrier'), value: translate(`app.carrier.${policy.device.carrier}`) },
              { label: field('device.imei'), value: maskImei(policy.device.imei) },
              { label: field('device.purchasePrice'), value: formatYen(policy.device.purchasePrice, locale) },
              ...(policy.device.replacementCost === undefined ? [] : [{ label: field('device.replacementCost'), value: formatYen(policy.device.replacementCost, locale) }]),
              { label: field('device.purchaseDate'), value: formatJstDate(policy.device.purchaseDate, locale) },
            ]}
          />
        ) : (
          <Typography color="text.secondary">…</Typography>
        )}
      </CardContent>
    </Card>
  );
}
