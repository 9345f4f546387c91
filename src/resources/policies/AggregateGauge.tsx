/**
 * A policy period's aggregate limit as a gauge: limit, used, remaining (page: 保険期間通算).
 */
import { Box, LinearProgress, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { AggregateUsage } from '../../domain/policyPeriod';
import { formatJstDate, formatYen } from '../../ui/format';

function Figure({ label, amount, testId }: { label: string; amount: number; testId: string }) {
  const [locale] = useLocaleState();
  return (
    <Box>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h6" component="p" data-testid={testId}>
        {formatYen(amount, locale)}
      </Typography>
    </Box>
  );
}

/** The gauge of `usage`; the period line is left out with `hidePeriod` (when a heading already names it). */
export function AggregateGauge({ usage, hidePeriod = false }: { usage: AggregateUsage; hidePeriod?: boolean }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const share = usage.limit > 0 ? Math.min(100, (usage.used / usage.limit) * 100) : 0;
  return (
    <Stack spacing={1}>
      {!hidePeriod && (
      <Typography variant="body2" color="text.secondary">
        {translate('app.claim.period')}: {translate('app.common.date_range', { start: formatJstDate(usage.period.start, locale), end: formatJstDate(usage.period.end, locale) })}
      </Typography>
      )}
      <LinearProgress
        variant="determinate"
        value={share}
        color={share >= 90 ? 'error' : share >= 60 ? 'warning' : 'primary'}
        sx={{ height: 12, borderRadius: 1 }}
        aria-label={`${translate('app.policy.used')} ${Math.round(share)}%`}
      />
      <Stack direction="row" spacing={4}>
        <Figure label={translate('app.policy.limit')} amount={usage.limit} testId="aggregate-limit" />
        <Figure label={translate('app.policy.used')} amount={usage.used} testId="aggregate-used" />
        <Figure label={translate('app.policy.remaining')} amount={usage.remaining} testId="aggregate-remaining" />
      </Stack>
    </Stack>
  );
}
