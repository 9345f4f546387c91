/**
 * The claim's timeline from its audit events and those of its documents and notes (an upload's or
 * a note's event has the document's / note's id as recordId): GET /api/audit-events?filter=
 * {"recordId":[claimId, ...documentIds, ...noteIds]} (an array filter means IN), oldest first: when (Japan time), who (the backend's `actorName`), what (the action, translated)
 * and what it changed (status, holder, due date), or which document was added (kind, file name) and
 * the note's opening words.
 */
import { Alert, Card, CardContent, CardHeader, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import type { AuditEvent, Claim, ClaimDocument, Note } from '../../../domain/records';
import { formatJstDate, formatJstInstant } from '../../../ui/format';
import { auditActionKey, claimChange, eventSubject, type ClaimChange, type EventSubject } from './auditEvents';
import { claimNotesParams } from './ClaimNotes';
import { useUserNames } from './useUserNames';

/** decision: a claim's timeline shows its first 200 events; a claim rarely has more than a few dozen. */
const EVENTS_SHOWN = 200;

function ChangeLines({ change, subject }: { change: ClaimChange; subject: EventSubject }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const none = translate('app.review.timeline.nobody');
  const lines: string[] = [];
  if (subject && 'document' in subject) {
    const kind = translate(`app.document_kind.${subject.document.kind}`);
    lines.push(translate('app.review.timeline.document', { kind, file: subject.document.fileName }));
  }
  if (subject && 'note' in subject) lines.push(translate('app.review.timeline.note', { text: subject.note }));
  if (change.status) {
    const label = (status: string | null) => (status ? translate(`app.claim_status.${status}`) : '—');
    lines.push(translate('app.review.timeline.status', { from: label(change.status.from), to: label(change.status.to) }));
  }
  if (change.lock) lines.push(translate('app.review.timeline.lock', { from: change.lock.from ?? none, to: change.lock.to ?? none }));
  if (change.dueDate) {
    const date = (value: string | null) => (value ? formatJstDate(value, locale) : '—');
    lines.push(translate('app.review.timeline.due', { from: date(change.dueDate.from), to: date(change.dueDate.to) }));
  }
  return (
    <>
      {lines.map((line) => (
        <Typography key={line} component="span" variant="body2" display="block">
          {line}
        </Typography>
      ))}
    </>
  );
}

/** The timeline card of `claim`; `documents` are the claim's documents as the page loaded them. */
export function ClaimTimeline({ claim, documents }: { claim: Claim; documents: readonly ClaimDocument[] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const nameOf = useUserNames();
  const notes = useGetList<Note>('notes', claimNotesParams(claim.id));
  const recordIds = [claim.id, ...documents.filter((d) => d.claimId === claim.id).map((d) => d.id), ...(notes.data ?? []).map((n) => n.id)];
  const { data, error } = useGetList<AuditEvent>('audit-events', {
    filter: { recordId: recordIds },
    sort: { field: 'at', order: 'ASC' },
    pagination: { page: 1, perPage: EVENTS_SHOWN },
  });
  return (
    <Card variant="outlined">
      <CardHeader title={translate('app.review.timeline.title')} />
      <CardContent sx={{ pt: 0 }}>
        {error ? <Alert severity="error">{translate('app.review.timeline.load_failed')}</Alert> : null}
        {data && data.length === 0 && <Typography color="text.secondary">{translate('app.review.timeline.none')}</Typography>}
        {data && data.length > 0 && (
          <List dense disablePadding aria-label={translate('app.review.timeline.title')}>
            {data.map((event) => (
              <ListItem key={event.id} disableGutters alignItems="flex-start" divider>
                <ListItemText
                  primary={translate('app.review.timeline.entry', {
                    name: event.actorName ?? nameOf(event.actorId),
                    action: translate(auditActionKey(event.action), { _: event.action }),
                  })}
                  secondary={
                    <>
                      <Typography component="span" variant="caption" display="block">
                        {formatJstInstant(event.at, locale)}
                      </Typography>
                      <ChangeLines change={claimChange(event.before, event.after)} subject={eventSubject(event.resource, event.before, event.after)} />
                    </>
                  }
                />
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
}
