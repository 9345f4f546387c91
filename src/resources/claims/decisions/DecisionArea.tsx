/**
 * The decision area of the claim page: the recommendation waiting for approval, the actions the
 * signed-in user may take on this claim (offers.ts), each behind its dialog, and — once decided —
 * who recommended, who approved, when and for how much (DecisionRecord).
 * The open dialog stays mounted while the claim refreshes, so what was typed survives a 409.
 */
import { Alert, Button, Card, CardContent, CardHeader, Stack } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import CheckIcon from '@mui/icons-material/Check';
import EventIcon from '@mui/icons-material/Event';
import MailIcon from '@mui/icons-material/MailOutline';
import ReplyIcon from '@mui/icons-material/Reply';
import SendIcon from '@mui/icons-material/Send';
import { useState, type ReactElement } from 'react';
import { useTranslate } from 'react-admin';
import type { Adjudication } from '../../../domain/adjudication';
import { isDecidable, isDecided } from '../../../domain/lifecycle';
import type { Claim, Policy } from '../../../domain/records';
import { can } from '../../../domain/permissions';
import { TakeClaimButton } from '../review/LockBar';
import type { ReviewAccess } from '../review/useReviewAccess';
import { ConfirmDecisionDialog } from './ConfirmDecisionDialog';
import { DecisionRecord, RecommendationNotice } from './DecisionRecord';
import { DenyDialog } from './DenyDialog';
import { ExtendDeadlineDialog } from './ExtendDeadlineDialog';
import { offeredDecisions, type DecisionAction } from './offers';
import { RequestDocumentsDialog } from './RequestDocumentsDialog';

const BUTTONS: Record<DecisionAction, { label: string; icon: ReactElement; color: 'success' | 'primary' | 'error' | 'inherit' }> = {
  approve: { label: 'app.adjudication.approve', icon: <CheckIcon />, color: 'success' },
  approve_recommendation: { label: 'app.adjudication.approve_recommendation', icon: <CheckIcon />, color: 'success' },
  recommend: { label: 'app.adjudication.recommend', icon: <SendIcon />, color: 'primary' },
  refer: { label: 'app.decisions.refer.button', icon: <ReplyIcon />, color: 'primary' },
  request_documents: { label: 'app.decisions.request_documents.button', icon: <MailIcon />, color: 'primary' },
  deny: { label: 'app.adjudication.deny', icon: <BlockIcon />, color: 'error' },
  extend_deadline: { label: 'app.decisions.extend_deadline.button', icon: <EventIcon />, color: 'inherit' },
};

interface AreaProps {
  claim: Claim;
  policy?: Policy;
  adjudication?: Adjudication;
  access: ReviewAccess;
}

function OpenDialog({ action, claim, policy, adjudication, onClose }: Omit<AreaProps, 'access'> & { action: DecisionAction; onClose: () => void }) {
  switch (action) {
    case 'deny':
      return <DenyDialog claim={claim} adjudication={adjudication} onClose={onClose} />;
    case 'request_documents':
      return <RequestDocumentsDialog claim={claim} policy={policy} adjudication={adjudication} onClose={onClose} />;
    case 'extend_deadline':
      return <ExtendDeadlineDialog claim={claim} onClose={onClose} />;
    default: {
      const payout = action === 'approve_recommendation' ? (claim.recommendation?.payout ?? adjudication?.payout ?? 0) : action === 'refer' ? 0 : (adjudication?.payout ?? 0);
      return <ConfirmDecisionDialog claim={claim} action={action} payout={payout} onClose={onClose} />;
    }
  }
}

/** The decision card; for a manager (or while the role loads) the recorded facts only. */
export function DecisionArea({ claim, policy, adjudication, access }: AreaProps) {
  const translate = useTranslate();
  const [open, setOpen] = useState<DecisionAction | null>(null);
  const user = access.role && access.userId ? { id: access.userId, role: access.role } : null;
  const offers = user ? offeredDecisions({ user, claim, adjudication }) : null;
  // Only the holder decides (offers.ts): on a free claim the take button stands where the decisions will be.
  const mayTake = access.role !== null && can(access.role, 'claims.lock') && can(access.role, 'claims.update') && claim.lock === null && !isDecided(claim.status);
  const ordered = offers ? [...offers.actions].sort((a, b) => Number(b === offers.suggested) - Number(a === offers.suggested)) : [];
  return (
    <Card variant="outlined">
      <CardHeader title={translate(isDecided(claim.status) ? 'app.decisions.recorded_title' : 'app.decisions.title')} />
      <CardContent sx={{ pt: 0 }}>
        <Stack spacing={1.5}>
          {claim.status === 'pending_approval' && <RecommendationNotice claim={claim} />}
          {offers?.refusal && <Alert severity="warning">{translate(`app.adjudication.refusal.${offers.refusal}`)}</Alert>}
          {isDecided(claim.status) && <DecisionRecord claim={claim} />}
          {ordered.length > 0 && (
            <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap data-testid="decision-actions">
              {ordered.map((action) => (
                <Button
                  key={action}
                  variant={action === offers?.suggested ? 'contained' : 'outlined'}
                  color={BUTTONS[action].color}
                  startIcon={BUTTONS[action].icon}
                  disabled={open !== null}
                  onClick={() => setOpen(action)}
                >
                  {translate(BUTTONS[action].label)}
                </Button>
              ))}
            </Stack>
          )}
          {mayTake && (
            <Stack spacing={1} alignItems="flex-start" data-testid="take-to-decide">
              <Alert severity="info">{translate('app.decisions.take_to_decide')}</Alert>
              <TakeClaimButton claim={claim} />
            </Stack>
          )}
          {!isDecided(claim.status) && !isDecidable(claim.status) && access.role !== 'manager' && (
            <Alert severity="info">{translate('app.adjudication.not_decidable')}</Alert>
          )}
          {access.role === 'manager' && <Alert severity="info">{translate('app.decisions.read_only_role')}</Alert>}
          {access.lockedByOther && claim.lock && <Alert severity="warning">{translate('app.decisions.read_only_locked', { name: claim.lock.userName })}</Alert>}
        </Stack>
        {open && <OpenDialog action={open} claim={claim} policy={policy} adjudication={adjudication} onClose={() => setOpen(null)} />}
      </CardContent>
    </Card>
  );
}
