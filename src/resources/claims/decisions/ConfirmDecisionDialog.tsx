/**
 * Approve, recommend, approve a recommendation, or refer to the warranty: a confirmation naming
 * the claim and the payout, with an optional note, recorded through POST /api/claims/:id/decision
 * with this opening's Idempotency-Key and the claim's version (mocks/decision.ts).
 */
import { TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { Claim } from '../../../domain/records';
import type { ClaimsDataProvider, DecisionRequest } from '../../../app/dataProvider';
import { formatYen } from '../../../ui/format';
import { CommandDialog } from './CommandDialog';
import { useClaimCommand } from './useClaimCommand';

/** The decisions confirmed with this dialog. */
export type ConfirmedDecision = 'approve' | 'recommend' | 'approve_recommendation' | 'refer';

const SUCCESS: Record<ConfirmedDecision, string> = {
  approve: 'app.adjudication.approved',
  approve_recommendation: 'app.adjudication.approved',
  recommend: 'app.adjudication.recommended',
  refer: 'app.decisions.refer.done',
};

const TEXT: Record<ConfirmedDecision, { title: string; content: string }> = {
  approve: { title: 'app.adjudication.confirm.approve_title', content: 'app.adjudication.confirm.approve_content' },
  recommend: { title: 'app.adjudication.confirm.recommend_title', content: 'app.adjudication.confirm.recommend_content' },
  approve_recommendation: { title: 'app.adjudication.confirm.approve_recommendation_title', content: 'app.adjudication.confirm.approve_recommendation_content' },
  refer: { title: 'app.decisions.refer.title', content: 'app.decisions.refer.content' },
};

/** The dialog for `action` on `claim`; `payout` (yen) is what an approval or recommendation names. */
export function ConfirmDecisionDialog({ claim, action, payout, onClose }: { claim: Claim; action: ConfirmedDecision; payout: number; onClose: () => void }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<ClaimsDataProvider>();
  const command = useClaimCommand(claim);
  const [note, setNote] = useState('');
  const amount = formatYen(payout, locale);
  const trimmed = note.trim();
  const withNote = trimmed === '' ? {} : { note: trimmed };
  const request: DecisionRequest =
    action === 'refer'
      ? { decision: 'refer', version: claim.version, ...withNote }
      : { decision: action === 'recommend' ? 'recommend' : 'approve', payout, version: claim.version, ...withNote };
  const confirm = () =>
    void command.run({
      send: (key) => dataProvider.decideClaim(claim.id, request, key),
      success: { message: SUCCESS[action], args: { amount } },
      onDone: onClose,
    });
  return (
    <CommandDialog
      title={translate(TEXT[action].title)}
      command={command}
      ready
      onConfirm={confirm}
      onClose={onClose}
      confirmColor={action === 'refer' ? 'primary' : 'success'}
    >
      <Typography>{translate(TEXT[action].content, { claim: claim.claimNumber, amount })}</Typography>
      <TextField label={translate('app.decisions.note_optional')} value={note} onChange={(event) => setNote(event.target.value)} multiline minRows={2} fullWidth slotProps={{ htmlInput: { maxLength: 2000 } }} />
    </CommandDialog>
  );
}
