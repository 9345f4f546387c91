/**
 * Extend the payment deadline (product.md, "Claim lifecycle"; Insurance Act art. 21): only with a
 * recorded reason (police or expert inquiry), a note, and the customer notified. The new due date
 * must come after the current one. POST /api/claims/:id/deadline-extension (mocks/claimActions.ts).
 */
import { Checkbox, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { addDays, isIsoDate } from '../../../domain/dates';
import { effectiveDueDate } from '../../../domain/deadline';
import type { Claim, DeadlineExtension } from '../../../domain/records';
import type { ClaimsDataProvider } from '../../../app/dataProvider';
import { formatJstDate } from '../../../ui/format';
import { CommandDialog } from './CommandDialog';
import { useClaimCommand } from './useClaimCommand';

type Reason = DeadlineExtension['reason'];
const REASONS: readonly Reason[] = ['police_inquiry', 'expert_inquiry'];

/** decision: the form proposes 30 more days, the usual length of a police or expert inquiry's answer. */
const PROPOSED_EXTENSION_DAYS = 30;

/** The deadline extension dialog of `claim` (which has a due date). */
export function ExtendDeadlineDialog({ claim, onClose }: { claim: Claim; onClose: () => void }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<ClaimsDataProvider>();
  const command = useClaimCommand(claim);
  const due = effectiveDueDate(claim);
  const [until, setUntil] = useState(() => (due ? addDays(due, PROPOSED_EXTENSION_DAYS) : ''));
  const [reason, setReason] = useState<Reason | ''>('');
  const [note, setNote] = useState('');
  const [notified, setNotified] = useState(false);
  const untilValid = isIsoDate(until) && (due === null || until > due);
  const ready = untilValid && reason !== '' && note.trim() !== '' && notified;
  const confirm = () => {
    if (reason === '') return;
    void command.run({
      send: () =>
        dataProvider.claimAction(claim.id, 'deadline-extension', {
          method: 'POST',
          body: { until, reason, note: note.trim(), customerNotified: true, version: claim.version },
        }),
      success: { message: 'app.decisions.extend_deadline.done', args: { until: formatJstDate(until, locale) } },
      onDone: onClose,
    });
  };
  return (
    <CommandDialog title={translate('app.decisions.extend_deadline.title')} command={command} ready={ready} onConfirm={confirm} onClose={onClose} confirmLabel={translate('app.decisions.extend_deadline.save')}>
      <Typography>{translate('app.decisions.extend_deadline.current', { due: due ? formatJstDate(due, locale) : '—' })}</Typography>
      <TextField
        type="date"
        label={translate('app.decisions.extend_deadline.until')}
        value={until}
        onChange={(event) => setUntil(event.target.value)}
        error={!untilValid}
        helperText={untilValid ? ' ' : translate('app.decisions.extend_deadline.until_after')}
        required
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: due ? addDays(due, 1) : undefined } }}
      />
      <FormControl required>
        <FormLabel id="extend-reason-label">{translate('app.decisions.extend_deadline.reason')}</FormLabel>
        <RadioGroup aria-labelledby="extend-reason-label" value={reason} onChange={(event) => setReason(event.target.value as Reason)}>
          {REASONS.map((value) => (
            <FormControlLabel key={value} value={value} control={<Radio />} label={translate(`app.decisions.extend_reason.${value}`)} />
          ))}
        </RadioGroup>
      </FormControl>
      <TextField label={translate('app.decisions.extend_deadline.note')} required value={note} onChange={(event) => setNote(event.target.value)} multiline minRows={2} fullWidth slotProps={{ htmlInput: { maxLength: 2000 } }} />
      <FormControlLabel control={<Checkbox checked={notified} onChange={(event) => setNotified(event.target.checked)} />} label={translate('app.decisions.extend_deadline.customer_notified')} />
    </CommandDialog>
  );
}
