/**
 * Deny a claim with a reason: a required reason choice (pre-selected from the module's reasons when
 * it proposes a denial) and a required note, recorded as the decision's note (see denyReasons.ts).
 * A reason that departs from the module (another denial reason, or the module proposes to pay) is
 * allowed, with a warning line naming the module's view.
 */
import { Alert, FormControl, InputLabel, MenuItem, Select, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { Adjudication } from '../../../domain/adjudication';
import type { Claim } from '../../../domain/records';
import type { ClaimsDataProvider } from '../../../app/dataProvider';
import { CommandDialog } from './CommandDialog';
import { formatYen } from '../../../ui/format';
import { DENY_REASONS, denyDeparture, denyNote, suggestedDenyReason, type DenyReason } from './denyReasons';
import { useClaimCommand } from './useClaimCommand';

/** The deny dialog of `claim`. */
export function DenyDialog({ claim, adjudication, onClose }: { claim: Claim; adjudication?: Adjudication; onClose: () => void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ClaimsDataProvider>();
  const command = useClaimCommand(claim);
  const [reason, setReason] = useState<DenyReason | ''>(() => (adjudication?.decision === 'deny' ? (suggestedDenyReason(adjudication.reasons) ?? '') : ''));
  const [note, setNote] = useState('');
  const [locale] = useLocaleState();
  const departure = denyDeparture(reason, adjudication);
  const ready = reason !== '' && note.trim() !== '';
  const confirm = () => {
    if (reason === '') return;
    void command.run({
      send: (key) => dataProvider.decideClaim(claim.id, { decision: 'deny', note: denyNote(reason, note), version: claim.version }, key),
      success: { message: 'app.adjudication.denied' },
      onDone: onClose,
    });
  };
  return (
    <CommandDialog title={translate('app.adjudication.confirm.deny_title')} command={command} ready={ready} onConfirm={confirm} onClose={onClose} confirmLabel={translate('app.decisions.deny.confirm')} confirmColor="error">
      <Typography>{translate('app.adjudication.confirm.deny_content', { claim: claim.claimNumber })}</Typography>
      <FormControl fullWidth required>
        <InputLabel id="deny-reason-label">{translate('app.decisions.deny.reason')}</InputLabel>
        <Select labelId="deny-reason-label" label={translate('app.decisions.deny.reason')} value={reason} onChange={(event) => setReason(event.target.value as DenyReason | '')}>
          {DENY_REASONS.map((code) => (
            <MenuItem key={code} value={code}>
              {translate(`app.decisions.deny_reason.${code}`)}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      {departure && (
        <Alert severity="warning" data-testid="deny-departure">
          {departure.kind === 'module_pays'
            ? translate('app.decisions.deny.module_proposes_payment', { payout: formatYen(departure.payout, locale) })
            : translate('app.decisions.deny.differs_from_module', { reason: translate(`app.decisions.deny_reason.${departure.reason}`) })}
        </Alert>
      )}
      <TextField
        label={translate('app.decisions.deny.note')}
        helperText={translate('app.decisions.deny.note_help')}
        required
        value={note}
        onChange={(event) => setNote(event.target.value)}
        multiline
        minRows={3}
        fullWidth
        slotProps={{ htmlInput: { maxLength: 1900 } }}
      />
    </CommandDialog>
  );
}
