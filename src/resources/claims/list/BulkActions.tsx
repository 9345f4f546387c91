/**
 * The queue's bulk actions on the selected claims: assign to me, request documents. Each reports
 * how many claims it changed and how many it skipped, then refreshes the list and clears the
 * selection. Shown only to a role that may work claims (a manager reads the queue only).
 */
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import MailOutlineIcon from '@mui/icons-material/MailOutline';
import { useState, type ReactElement } from 'react';
import { Button, HttpError, useGetIdentity, useListContext, useNotify, useRefresh, useUnselectAll } from 'react-admin';
import { assignClaims, requestDocuments, type BulkOutcome } from './queueApi';

function errorMessage(error: unknown): string {
  if (error instanceof HttpError && typeof error.body === 'object' && error.body !== null && 'message' in error.body && typeof error.body.message === 'string') return error.body.message;
  return error instanceof Error ? error.message : String(error);
}

function BulkButton({ label, done, icon, run }: { label: string; done: string; icon: ReactElement; run: (ids: string[]) => Promise<BulkOutcome> }) {
  const { selectedIds } = useListContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('claims');
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    try {
      const outcome = await run(selectedIds.map(String));
      notify(done, { type: outcome.skipped.length > 0 ? 'warning' : 'info', messageArgs: { done: outcome.done.length, skipped: outcome.skipped.length } });
      unselectAll();
    } catch (error) {
      notify('app.queue.bulk.failed', { type: 'error', messageArgs: { message: errorMessage(error) } });
    } finally {
      setBusy(false);
      refresh();
    }
  };
  return <Button label={label} onClick={() => void onClick()} disabled={busy || selectedIds.length === 0}>{icon}</Button>;
}

/** Assign the selected claims to the signed-in user. */
export function AssignToMeButton() {
  const { identity } = useGetIdentity();
  const userId = identity ? String(identity.id) : null;
  return (
    <BulkButton
      label="app.queue.bulk.assign_to_me"
      done="app.queue.bulk.assigned"
      icon={<AssignmentIndIcon />}
      run={(ids) => (userId ? assignClaims(ids, userId) : Promise.reject(new Error('not signed in')))}
    />
  );
}

/** Ask the customers of the selected claims for what each claim is missing. */
export function RequestDocumentsButton() {
  return <BulkButton label="app.queue.bulk.request_documents" done="app.queue.bulk.requested" icon={<MailOutlineIcon />} run={requestDocuments} />;
}

/** The bulk action buttons of the queue. */
export function QueueBulkActions() {
  return (
    <>
      <AssignToMeButton />
      <RequestDocumentsButton />
    </>
  );
}
