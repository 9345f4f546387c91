/**
 * The top of the claim page, what an adjuster reads first: claim number, status, due date (overdue /
 * due soon, extension), peril, the policy and its period with the aggregate remaining, the proposed
 * (or recorded) payout, and who holds the claim.
 */
import { Box, Card, CardContent, Chip, Divider, Link as MuiLink, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import type { Adjudication } from '../../../domain/adjudication';
import { todayInJapan } from '../../../domain/dates';
import { deadlineState, effectiveDueDate } from '../../../domain/deadline';
import { isDecided } from '../../../domain/lifecycle';
import { policyPeriodOn } from '../../../domain/policyPeriod';
import { PAYOUT_COUNTING_STATUSES, type Claim, type Policy } from '../../../domain/records';
import { formatJstDate, formatJstInstant, formatYen } from '../../../ui/format';
import { DecisionChip } from '../DecisionChip';
import { LockBar } from './LockBar';
import type { ReviewAccess } from './useReviewAccess';

function Item({ label, children, testId, end = false }: { label: string; children: ReactNode; testId?: string; end?: boolean }) {
  return (
    <Box sx={{ minWidth: 120, ...(end ? { ml: { md: 'auto' }, textAlign: { md: 'right' } } : {}) }} data-testid={testId}>
      <Typography variant="caption" color="text.secondary" display="block">
        {label}
      </Typography>
      <Box sx={{ typography: 'body1' }}>{children}</Box>
    </Box>
  );
}

function DueDate({ claim }: { claim: Claim }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const due = effectiveDueDate(claim);
  if (!due) return <>{translate('app.review.summary.no_due_date')}</>;
  const state = deadlineState(claim, todayInJapan());
  return (
    <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
      <Typography component="span" color={state === 'overdue' ? 'error' : undefined} fontWeight={state === 'overdue' ? 700 : undefined}>
        {formatJstDate(due, locale)}
      </Typography>
      {state === 'overdue' && <Chip size="small" color="error" label={translate('app.deadline.overdue')} />}
      {state === 'due_soon' && <Chip size="small" color="warning" variant="outlined" label={translate('app.deadline.due_soon')} />}
      {claim.deadlineExtension && (
        <Chip size="small" variant="outlined" label={translate('app.review.summary.extended', { reason: translate(`app.decisions.extend_reason.${claim.deadlineExtension.reason}`) })} />
      )}
    </Stack>
  );
}

/** The summary card of `claim`. */
export function ClaimSummary({ claim, policy, adjudication, access }: { claim: Claim; policy?: Policy; adjudication?: Adjudication; access: ReviewAccess }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const decided = isDecided(claim.status);
  const payout = decided ? claim.decision?.payout : claim.status === 'pending_approval' ? (claim.recommendation?.payout ?? adjudication?.payout) : adjudication?.payout;
  // An open claim the module does not approve has no payout to show: its proposal is shown instead.
  const noPayout = !decided && claim.status !== 'pending_approval' && adjudication !== undefined && adjudication.decision !== 'approve';
  const payoutShown = noPayout ? translate(`app.decision.${adjudication.decision}`) : payout === undefined ? '—' : formatYen(payout, locale);
  const payoutLabel = decided ? 'app.review.summary.recorded_payout' : noPayout ? 'resources.claims.fields.proposedDecision' : 'app.review.summary.proposed_payout';
  const period = policy ? policyPeriodOn(policy.inceptionDate, claim.incidentDate) : null;
  const aggregate = adjudication?.aggregate;
  const request = claim.documentRequest;
  // What is left of the period's aggregate limit now: this claim's own payout counts once it is approved or paid.
  const ownPaid = PAYOUT_COUNTING_STATUSES.includes(claim.status) ? (claim.decision?.payout ?? 0) : 0;
  const remaining = aggregate ? aggregate.limit - aggregate.paidBefore - ownPaid : 0;
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={2}>
          <Stack direction="row" spacing={1.5} alignItems="center" flexWrap="wrap" useFlexGap>
            <Typography variant="h5" component="h1">
              {claim.claimNumber}
            </Typography>
            <Chip color={decided ? 'default' : 'primary'} label={translate(`app.claim_status.${claim.status}`)} data-testid="claim-status" />
            <Chip variant="outlined" label={translate(`app.peril.${claim.peril}`)} />
            {!decided && adjudication && <DecisionChip decision={adjudication.decision} />}
            <Item label={translate(payoutLabel)} testId="summary-payout" end>
              <Typography component="span" variant="h5" sx={{ lineHeight: 1.2, fontVariantNumeric: 'tabular-nums' }}>
                {payoutShown}
              </Typography>
            </Item>
          </Stack>
          <Divider />
          <Stack direction="row" spacing={3} flexWrap="wrap" useFlexGap>
            <Item label={translate('resources.claims.fields.dueDate')} testId="summary-due">
              <DueDate claim={claim} />
            </Item>
            {policy && (
              <Item label={translate('app.review.summary.policy')}>
                <MuiLink component={Link} to={createPath({ resource: 'policies', id: policy.id, type: 'show' })}>
                  {policy.policyNumber}
                </MuiLink>
                {` ${translate(`app.plan.${policy.plan}`)}`}
              </Item>
            )}
            {period && (
              <Item label={translate('app.claim.period')}>
                {translate('app.common.date_range', { start: formatJstDate(period.start, locale), end: formatJstDate(period.end, locale) })}
              </Item>
            )}
            {aggregate && (
              <Item label={translate('app.review.summary.aggregate_remaining')} testId="summary-remaining">
                {translate('app.review.summary.remaining_of', { remaining: formatYen(remaining, locale), limit: formatYen(aggregate.limit, locale) })}
              </Item>
            )}
          </Stack>
          {!(decided && claim.lock === null) && (
            <>
              <Divider />
              <LockBar claim={claim} access={access} />
            </>
          )}
          {request && !decided && (
            <Typography variant="body2" color="text.secondary" data-testid="document-request-summary">
              {translate('app.review.summary.documents_requested', {
                name: request.requestedByName,
                at: formatJstInstant(request.requestedAt, locale),
                kinds: request.missing.map((kind) => translate(`app.document_kind.${kind}`)).join(translate('app.common.list_separator')),
              })}
            </Typography>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
