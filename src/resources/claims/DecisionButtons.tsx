/**
 * The decision actions of a claim, as the signed-in user's role allows them (product.md, "Users and
 * roles"): approve within the adjuster's authority; above it, and for every theft/loss, recommend
 * for a supervisor's approval; a supervisor approves another's recommendation, never their own.
 * Each action sits behind a confirmation, is saved before the screen says so, and carries an
 * Idempotency-Key and the claim's version, so a double click records one decision and a stale
 * screen is refused.
 */
import { Alert, Button, Stack } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import BlockIcon from '@mui/icons-material/Block';
import SendIcon from '@mui/icons-material/Send';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Confirm, HttpError, useDataProvider, useGetIdentity, useGetOne, useLocaleState, useNotify, usePermissions, useRefresh, useTranslate } from 'react-admin';
import type { Adjudication } from '../../domain/adjudication';
import { approvalRoute, recommendationRefusal } from '../../domain/authority';
import type { Claim, Role, User } from '../../domain/records';
import type { ClaimsDataProvider, DecisionRequest } from '../../app/dataProvider';
import { formatJstInstant, formatYen } from '../../ui/format';

type Action = 'approve' | 'recommend' | 'approve_recommendation' | 'deny';

function errorMessage(error: unknown): string {
  if (error instanceof HttpError && error.body && typeof error.body === 'object' && 'message' in error.body) {
    return String((error.body as { message: unknown }).message);
  }
  return error instanceof Error ? error.message : String(error);
}

function useDecide(claim: Claim) {
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ClaimsDataProvider>();
  return useMutation({
    mutationFn: ({ request }: { request: DecisionRequest; amount: string }) =>
      dataProvider.decideClaim(claim.id, { ...request, version: claim.version }, crypto.randomUUID()),
    onSuccess: (_result, { request, amount }) => {
      const message = request.decision === 'recommend' ? 'app.adjudication.recommended' : request.decision === 'approve' ? 'app.adjudication.approved' : 'app.adjudication.denied';
      notify(message, { type: 'success', messageArgs: { amount } });
      refresh();
    },
    onError: (error) => {
      notify('app.adjudication.refused', { type: 'error', messageArgs: { message: errorMessage(error) } });
      refresh();
    },
  });
}

function RecommendationNotice({ claim }: { claim: Claim }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const recommendation = claim.recommendation;
  const { data: recommender } = useGetOne<User>('users', { id: recommendation?.recommendedBy ?? '' }, { enabled: Boolean(recommendation) });
  if (!recommendation) return null;
  return (
    <Alert severity="info">
      {translate('app.adjudication.recommendation', {
        name: recommender?.name ?? recommendation.recommendedBy,
        amount: formatYen(recommendation.payout, locale),
        at: formatJstInstant(recommendation.recommendedAt, locale),
      })}
    </Alert>
  );
}

/** The buttons for one open claim; nothing at all for a role that may not decide. */
export function DecisionButtons({ claim, adjudication }: { claim: Claim; adjudication: Adjudication }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { permissions: role } = usePermissions<Role | null>();
  const { identity } = useGetIdentity();
  const [confirming, setConfirming] = useState<Action | null>(null);
  const { mutate, isPending } = useDecide(claim);
  if (!role || role === 'manager') return null;

  const recommendation = claim.status === 'pending_approval' ? claim.recommendation : null;
  const payout = recommendation ? recommendation.payout : adjudication.payout;
  const amount = formatYen(payout, locale);
  const route = approvalRoute(role, adjudication.payout, claim.peril);
  const refusal = recommendation && identity ? recommendationRefusal({ id: String(identity.id), role }, recommendation.recommendedBy) : null;
  const approvable = adjudication.decision === 'approve';

  const requests: Record<Action, DecisionRequest> = {
    approve: { decision: 'approve', payout },
    approve_recommendation: { decision: 'approve', payout },
    recommend: { decision: 'recommend', payout },
    deny: { decision: 'deny' },
  };
  const confirm = () => {
    if (confirming) mutate({ request: requests[confirming], amount });
    setConfirming(null);
  };

  return (
    <Stack spacing={1.5}>
      {recommendation && <RecommendationNotice claim={claim} />}
      {recommendation && refusal && <Alert severity="warning">{translate(`app.adjudication.refusal.${refusal}`)}</Alert>}
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
        {recommendation && !refusal && (
          <Button variant="contained" color="success" startIcon={<CheckIcon />} disabled={isPending || !approvable} onClick={() => setConfirming('approve_recommendation')}>
            {translate('app.adjudication.approve_recommendation')}
          </Button>
        )}
        {!recommendation && route === 'approve' && (
          <Button variant="contained" color="success" startIcon={<CheckIcon />} disabled={isPending || !approvable} onClick={() => setConfirming('approve')}>
            {translate('app.adjudication.approve')}
          </Button>
        )}
        {!recommendation && route === 'recommend' && (
          <Button variant="contained" color="primary" startIcon={<SendIcon />} disabled={isPending || !approvable} onClick={() => setConfirming('recommend')}>
            {translate('app.adjudication.recommend')}
          </Button>
        )}
        <Button variant="outlined" color="error" startIcon={<BlockIcon />} disabled={isPending} onClick={() => setConfirming('deny')}>
          {translate('app.adjudication.deny')}
        </Button>
      </Stack>
      <Confirm
        isOpen={confirming !== null}
        loading={isPending}
        title={`app.adjudication.confirm.${confirming ?? 'approve'}_title`}
        content={`app.adjudication.confirm.${confirming ?? 'approve'}_content`}
        translateOptions={{ claim: claim.claimNumber, amount }}
        onConfirm={confirm}
        onClose={() => setConfirming(null)}
      />
    </Stack>
  );
}
