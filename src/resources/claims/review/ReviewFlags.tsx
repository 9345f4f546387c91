/**
 * The claim's review flags, each with its rule and why it fired on this claim (product.md, "Fraud
 * and review flags"). A flag asks for a closer look; it never decides (the page says so).
 */
import { Alert, Box, Card, CardContent, CardHeader, List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import FlagIcon from '@mui/icons-material/Flag';
import { useLocaleState, useTranslate } from 'react-admin';
import type { Claim, ClaimDocument, Policy } from '../../../domain/records';
import { EARLY_CLAIM_DAYS, PRICE_ABOVE_USUAL_RATIO } from '../../../domain/triage';
import { formatJstDate, formatYen } from '../../../ui/format';
import { explainFlags, type FlagExplanation, type FlagValue } from './flagExplanations';
import { claimExtras } from './reviewedClaim';

function useFormatValue(): (value: FlagValue) => string {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (value) => {
    if ('yen' in value) return formatYen(value.yen, locale);
    if ('date' in value) return formatJstDate(value.date, locale);
    if ('count' in value) return value.count.toLocaleString(locale === 'en' ? 'en-US' : 'ja-JP');
    if ('key' in value) return translate(value.key);
    return value.text;
  };
}

/** The thresholds the rules' wording names (src/domain/triage/thresholds.ts). */
const RULE_ARGS = { limit: EARLY_CLAIM_DAYS, ratio: PRICE_ABOVE_USUAL_RATIO };

function FlagItem({ flag }: { flag: FlagExplanation }) {
  const translate = useTranslate();
  const format = useFormatValue();
  const base = `app.review.flag.${flag.code}`;
  const detail = flag.detail
    ? translate(`${base}.${flag.detail.variant}`, Object.fromEntries(Object.entries(flag.detail.values).map(([name, value]) => [name, format(value)])))
    : null;
  return (
    <ListItem alignItems="flex-start" disableGutters data-testid={`flag-${flag.code}`}>
      <ListItemIcon sx={{ minWidth: 32, mt: 0.5 }}>
        <FlagIcon color="warning" fontSize="small" />
      </ListItemIcon>
      <ListItemText
        primary={translate(`${base}.label`, { _: flag.code })}
        secondary={
          <>
            <Typography component="span" variant="body2" display="block">
              {translate(`${base}.rule`, { _: '', ...RULE_ARGS })}
            </Typography>
            {detail && (
              <Typography component="span" variant="body2" display="block" color="text.primary">
                {translate('app.review.flags.why', { detail })}
              </Typography>
            )}
          </>
        }
      />
    </ListItem>
  );
}

/** The flags card of a claim, explained from the records the page loaded. */
export function ReviewFlags({ claim, policy, documents, policyClaims }: { claim: Claim; policy?: Policy; documents: readonly ClaimDocument[]; policyClaims: readonly Claim[] }) {
  const translate = useTranslate();
  const flags: FlagExplanation[] = policy
    ? explainFlags({ claim, policy, documents, policyClaims, imeiCheck: claimExtras(claim).imeiCheck })
    : claim.flags.map((code) => ({ code, detail: null }));
  return (
    <Card variant="outlined">
      <CardHeader title={translate('app.review.flags.title', { smart_count: flags.length })} />
      <CardContent sx={{ pt: 0 }}>
        {flags.length === 0 ? (
          <Typography color="text.secondary">{translate('app.review.flags.none')}</Typography>
        ) : (
          <Box>
            <List dense disablePadding aria-label={translate('app.review.flags.title', { smart_count: flags.length })}>
              {flags.map((flag) => (
                <FlagItem key={flag.code} flag={flag} />
              ))}
            </List>
            <Alert severity="info" variant="outlined" sx={{ mt: 1 }}>
              {translate('app.review.flags.hint')}
            </Alert>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
