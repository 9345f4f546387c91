/**
 * The visible lock of a claim (product.md, "Claim lifecycle"): who holds it and since when, and
 * the buttons to take it ("この請求を担当する"), release it, or — a supervisor — take it over.
 * decision: opening a claim does not take it; the adjuster takes it with the button, so reading a
 * claim never blocks a colleague. A claim held by someone else is read only on this page.
 */
import { Alert, Button, Chip, Stack } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import { can } from '../../../domain/permissions';
import { isDecided } from '../../../domain/lifecycle';
import type { Claim } from '../../../domain/records';
import type { ClaimsDataProvider } from '../../../app/dataProvider';
import { formatJstInstant } from '../../../ui/format';
import { failureOf } from '../decisions/failure';
import type { ReviewAccess } from './useReviewAccess';

type LockCommand = 'take' | 'takeOver' | 'release';

function useLockCommand(claim: Claim) {
  const dataProvider = useDataProvider<ClaimsDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (command: LockCommand) =>
      dataProvider.claimAction(claim.id, 'lock', command === 'release' ? { method: 'DELETE' } : { method: 'POST', body: command === 'takeOver' ? { takeOver: true } : {} }),
    onSuccess: (_data, command) => {
      notify(`app.review.lock.${command}_done`, { type: 'success' });
      refresh();
    },
    onError: (error) => {
      const failure = failureOf(error);
      notify('app.review.lock.failed', { type: 'error', messageArgs: { message: failure.message } });
      refresh();
    },
  });
}

/**
 * The take button alone ("この請求を担当する"), for the decision area of a free claim: filled and
 * full size, so the adjuster sees how to get to the decisions.
 */
export function TakeClaimButton({ claim }: { claim: Claim }) {
  const translate = useTranslate();
  const { mutate, isPending } = useLockCommand(claim);
  return (
    <Button variant="contained" startIcon={<LockIcon />} disabled={isPending} onClick={() => mutate('take')}>
      {translate('app.review.lock.take')}
    </Button>
  );
}

/** The lock chip, the read-only notice, and the lock buttons the user's role allows. */
export function LockBar({ claim, access }: { claim: Claim; access: ReviewAccess }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { mutate, isPending } = useLockCommand(claim);
  const lock = claim.lock;
  const role = access.role;
  const mayLock = role !== null && can(role, 'claims.lock') && !isDecided(claim.status);
  const mayTakeOver = role !== null && can(role, 'claims.takeOverLock');
  const since = lock ? formatJstInstant(lock.lockedAt, locale) : '';
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
        <Chip
          data-testid="lock-chip"
          icon={lock ? <LockIcon /> : <LockOpenIcon />}
          color={lock ? (access.holdsLock ? 'primary' : 'warning') : 'default'}
          variant={lock ? 'filled' : 'outlined'}
          label={lock ? translate('app.review.lock.held', { name: lock.userName, at: since }) : translate('app.review.lock.free')}
        />
        {mayLock && !lock && (
          <Button size="small" variant="contained" startIcon={<LockIcon />} disabled={isPending} onClick={() => mutate('take')}>
            {translate('app.review.lock.take')}
          </Button>
        )}
        {mayLock && access.holdsLock && (
          <Button size="small" variant="outlined" startIcon={<LockOpenIcon />} disabled={isPending} onClick={() => mutate('release')}>
            {translate('app.review.lock.release')}
          </Button>
        )}
        {mayLock && access.lockedByOther && mayTakeOver && (
          <Button size="small" variant="outlined" color="warning" disabled={isPending} onClick={() => mutate('takeOver')}>
            {translate('app.review.lock.take_over')}
          </Button>
        )}
      </Stack>
      {lock && access.lockedByOther && (
        <Alert severity="warning" data-testid="read-only-notice">
          {translate(mayTakeOver ? 'app.review.lock.read_only_supervisor' : 'app.review.lock.read_only', { name: lock.userName, at: since })}
        </Alert>
      )}
    </Stack>
  );
}
