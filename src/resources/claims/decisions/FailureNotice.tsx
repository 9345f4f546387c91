/**
 * A refused command, inside the dialog that sent it: for a 409 (stale screen, locked, decided) who
 * changed what — the claim's last audit event and the status and holder then and now — and that
 * what the adjuster typed is kept; otherwise the backend's message and field errors, titled by what to do:
 * no answer or a 5xx (send again), or a refusal (4xx: change what was sent).
 */
import { Alert, AlertTitle, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatJstInstant } from '../../../ui/format';
import { auditActionKey, statusOf } from '../review/auditEvents';
import type { ShownFailure } from './useClaimCommand';

function ConflictDetails({ failure }: { failure: ShownFailure }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const event = failure.lastEvent;
  const nowStatus = failure.current?.status ?? statusOf(event?.after) ?? null;
  const nowLock = failure.lock ?? failure.current?.lock ?? null;
  const status = (value: string) => translate(`app.claim_status.${value}`);
  return (
    <>
      {event && (
        <Typography variant="body2" data-testid="conflict-last-event">
          {translate('app.decisions.conflict.last_event', {
            name: event.actorName ?? event.actorId,
            action: translate(auditActionKey(event.action), { _: event.action }),
            at: formatJstInstant(event.at, locale),
          })}
        </Typography>
      )}
      {nowStatus && nowStatus !== failure.screen.status && (
        <Typography variant="body2">{translate('app.decisions.conflict.status_changed', { from: status(failure.screen.status), to: status(nowStatus) })}</Typography>
      )}
      {nowLock && nowLock.userId !== failure.screen.lock?.userId && (
        <Typography variant="body2">{translate('app.decisions.conflict.locked_by', { name: nowLock.userName, at: formatJstInstant(nowLock.lockedAt, locale) })}</Typography>
      )}
      <Typography variant="body2" sx={{ mt: 1 }}>
        {translate('app.decisions.conflict.kept')}
      </Typography>
    </>
  );
}

/** The failure alert of a dialog; nothing when the last command did not fail. */
export function FailureNotice({ failure }: { failure: ShownFailure | null }) {
  const translate = useTranslate();
  if (!failure) return null;
  if (failure.status === 409) {
    const kind = failure.code === 'CLAIM_LOCKED' ? 'locked' : failure.code === 'ALREADY_DECIDED' ? 'decided' : 'stale';
    return (
      <Alert severity="warning" role="alert" data-testid="conflict-notice">
        <AlertTitle>{translate(`app.decisions.conflict.${kind}`)}</AlertTitle>
        <ConflictDetails failure={failure} />
      </Alert>
    );
  }
  return (
    <Alert severity="error" role="alert">
      <AlertTitle>{translate(`app.decisions.failure.${failure.status === 0 ? 'network' : failure.status >= 500 ? 'server' : 'refused'}`)}</AlertTitle>
      <Typography variant="body2">{failure.message}</Typography>
      {failure.errors &&
        Object.entries(failure.errors).map(([field, message]) => (
          <Typography key={field} variant="body2">
            {field}: {message}
          </Typography>
        ))}
    </Alert>
  );
}
