/**
 * The claim's notes (GET/POST /api/notes; append-only, contracts of issue 4, item 4): newest first,
 * each with its author and Japan-time timestamp, and a form to add one for those who may write on
 * the claim now (not managers, not while another user holds the claim). Saved before it shows.
 */
import { Alert, Button, Card, CardContent, CardHeader, List, ListItem, ListItemText, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useCreate, useGetList, useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { Claim, Note } from '../../../domain/records';
import { formatJstInstant } from '../../../ui/format';

/** decision: the notes of one claim shown at once; a claim with more is rare and shows the newest. */
const NOTES_SHOWN = 100;
const MAX_NOTE = 2000;

function NoteForm({ claim, onAdded }: { claim: Claim; onAdded: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [text, setText] = useState('');
  const [create, { isPending }] = useCreate<Note>();
  const trimmed = text.trim();
  const submit = () => {
    if (trimmed === '' || isPending) return;
    void create(
      'notes',
      { data: { claimId: claim.id, text: trimmed } },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setText('');
          notify('app.review.notes.added', { type: 'success' });
          onAdded();
        },
        onError: (error) => notify('app.review.notes.failed', { type: 'error', messageArgs: { message: error instanceof Error ? error.message : String(error) } }),
      },
    );
  };
  return (
    <Stack spacing={1}>
      <TextField
        label={translate('app.review.notes.new')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        multiline
        minRows={2}
        fullWidth
        slotProps={{ htmlInput: { maxLength: MAX_NOTE } }}
      />
      <Button variant="outlined" onClick={submit} disabled={trimmed === '' || isPending} sx={{ alignSelf: 'flex-end' }}>
        {translate('app.review.notes.add')}
      </Button>
    </Stack>
  );
}

/**
 * The list parameters of the notes of claim `claimId`, newest first; shared with the timeline,
 * which reads the same (cached) list for the notes' audit events.
 */
export function claimNotesParams(claimId: string) {
  return { filter: { claimId }, sort: { field: 'createdAt', order: 'DESC' as const }, pagination: { page: 1, perPage: NOTES_SHOWN } };
}

/** The notes card of `claim`; `canWrite` shows the form. */
export function ClaimNotes({ claim, canWrite }: { claim: Claim; canWrite: boolean }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, error, isPending, refetch } = useGetList<Note>('notes', claimNotesParams(claim.id));
  return (
    <Card variant="outlined">
      <CardHeader title={translate('app.review.notes.title')} />
      <CardContent sx={{ pt: 0 }}>
        <Stack spacing={2}>
          {canWrite && <NoteForm claim={claim} onAdded={() => void refetch()} />}
          {error ? <Alert severity="error">{translate('app.review.notes.load_failed')}</Alert> : null}
          {!isPending && !error && data?.length === 0 && <Typography color="text.secondary">{translate('app.review.notes.none')}</Typography>}
          {data && data.length > 0 && (
            <List dense disablePadding aria-label={translate('app.review.notes.title')}>
              {data.map((note) => (
                <ListItem key={note.id} disableGutters alignItems="flex-start" divider>
                  <ListItemText
                    primary={<Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>{note.text}</Typography>}
                    secondary={translate('app.review.notes.by', { name: note.authorName, at: formatJstInstant(note.createdAt, locale) })}
                  />
                </ListItem>
              ))}
            </List>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
