/**
 * Approve and deny, each behind a confirmation. The decision is saved before the screen says so
 * (no optimistic update), and the button stays disabled while the request runs, so a double click
 * records one decision. The backend recomputes the adjudication and refuses a payout that differs.
 */
import { Button, Stack } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import BlockIcon from '@mui/icons-material/Block';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Confirm, HttpError, useDataProvider, useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { Adjudication } from '../../domain/adjudication';
import type { Claim } from '../../domain/records';
import type { ClaimsDataProvider, DecisionRequest } from '../../app/dataProvider';
import { formatYen } from '../../ui/format';

function errorMessage(error: unknown): string {
  if (error instanceof HttpError && error.body && typeof error.body === 'object' && 'message' in error.body) {
    return String((error.body as { message: unknown }).message);
  }
  return error instanceof Error ? error.message : String(error);
}

export function DecisionButtons({ claim, adjudication }: { claim: Claim; adjudication: Adjudication }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ClaimsDataProvider>();
  const [confirming, setConfirming] = useState<'approve' | 'deny' | null>(null);
  const amount = formatYen(adjudication.payout, locale);

  const { mutate, isPending } = useMutation({
    mutationFn: (request: DecisionRequest) => dataProvider.decideClaim(claim.id, request),
    onSuccess: (_result, request) => {
      notify(request.decision === 'approve' ? 'app.adjudication.approved' : 'app.adjudication.denied', {
        type: 'success',
        messageArgs: { amount },
      });
      refresh();
    },
    onError: (error) => {
      notify('app.adjudication.refused', { type: 'error', messageArgs: { message: errorMessage(error) } });
      refresh();
    },
  });

  const confirm = () => {
    if (confirming === 'approve') mutate({ decision: 'approve', payout: adjudication.payout });
    if (confirming === 'deny') mutate({ decision: 'deny' });
    setConfirming(null);
  };

  return (
    <Stack direction="row" spacing={1}>
      <Button
        variant="contained"
        color="success"
        startIcon={<CheckIcon />}
        disabled={isPending || adjudication.decision !== 'approve'}
        onClick={() => setConfirming('approve')}
      >
        {translate('app.adjudication.approve')}
      </Button>
      <Button variant="outlined" color="error" startIcon={<BlockIcon />} disabled={isPending} onClick={() => setConfirming('deny')}>
        {translate('app.adjudication.deny')}
      </Button>
      <Confirm
        isOpen={confirming !== null}
        loading={isPending}
        title={confirming === 'deny' ? 'app.adjudication.deny_confirm_title' : 'app.adjudication.approve_confirm_title'}
        content={confirming === 'deny' ? 'app.adjudication.deny_confirm_content' : 'app.adjudication.approve_confirm_content'}
        translateOptions={{ claim: claim.claimNumber, amount }}
        onConfirm={confirm}
        onClose={() => setConfirming(null)}
      />
    </Stack>
  );
}
