/**
 * What was decided on a claim, as recorded: who recommended it and when (four eyes), who decided,
 * when, the payout, and a denial's reason and note (read back from the note, denyReasons.ts).
 */
import { Alert, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { Claim } from '../../../domain/records';
import { Facts, type Fact } from '../../../ui/Facts';
import { formatJstInstant, formatYen } from '../../../ui/format';
import { useUserNames } from '../review/useUserNames';
import { readDenyNote } from './denyReasons';

/** The recommendation a claim in pending_approval waits on: who, how much, when. */
export function RecommendationNotice({ claim }: { claim: Claim }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const nameOf = useUserNames();
  const recommendation = claim.recommendation;
  if (!recommendation) return null;
  return (
    <Alert severity="info">
      {translate('app.adjudication.recommendation', {
        name: nameOf(recommendation.recommendedBy),
        amount: formatYen(recommendation.payout, locale),
        at: formatJstInstant(recommendation.recommendedAt, locale),
      })}
      {recommendation.note && <Typography variant="body2">{translate('app.decisions.record.note', { note: recommendation.note })}</Typography>}
    </Alert>
  );
}

/** The recorded decision of a decided claim, as facts. */
export function DecisionRecord({ claim }: { claim: Claim }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const nameOf = useUserNames();
  const { decision, recommendation } = claim;
  const items: Fact[] = [{ label: translate('resources.claims.fields.status'), value: translate(`app.claim_status.${claim.status}`) }];
  if (recommendation) {
    items.push({
      label: translate('app.decisions.record.recommended_by'),
      value: translate('app.decisions.record.who_when', { name: nameOf(recommendation.recommendedBy), at: formatJstInstant(recommendation.recommendedAt, locale) }),
    });
  }
  if (decision) {
    const decidedLabel = decision.decision === 'approve' ? (recommendation ? 'approved_by' : 'decided_by') : 'decided_by';
    items.push({
      label: translate(`app.decisions.record.${decidedLabel}`),
      value: translate('app.decisions.record.who_when', { name: nameOf(decision.decidedBy), at: formatJstInstant(decision.decidedAt, locale) }),
    });
    items.push({ label: translate('app.adjudication.payout'), value: <span data-testid="recorded-payout">{formatYen(decision.payout, locale)}</span> });
    if (decision.note) {
      const { reason, text } = readDenyNote(decision.note);
      if (reason) items.push({ label: translate('app.decisions.deny.reason'), value: translate(`app.decisions.deny_reason.${reason}`) });
      if (text) items.push({ label: translate('app.decisions.record.note_label'), value: text });
    }
  }
  return (
    <div data-testid="decision-record">
      <Facts items={items} />
    </div>
  );
}
