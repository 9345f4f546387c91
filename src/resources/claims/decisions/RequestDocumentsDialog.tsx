/**
 * Ask the customer for missing documents (product.md, "Claim lifecycle"): the kinds the claim's
 * peril needs, the module's missing ones pre-ticked; the letter pre-filled with the peril's template
 * (src/domain/documentRequest.ts) and rewritten as the ticks change until the adjuster edits it.
 * POST /api/claims/:id/document-request `{ missing, message, version }`; the claim then waits in
 * awaiting_documents.
 */
import { Button, Checkbox, FormControlLabel, FormGroup, FormHelperText, FormLabel, TextField } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import { requiredDocuments, type Adjudication, type DocumentKind } from '../../../domain/adjudication';
import { documentRequestTemplate } from '../../../domain/documentRequest';
import type { Claim, Policy } from '../../../domain/records';
import type { ClaimsDataProvider } from '../../../app/dataProvider';
import { CommandDialog } from './CommandDialog';
import { useClaimCommand } from './useClaimCommand';

/** The letter for `missing`, or '' when nothing is ticked. */
function letter(claim: Claim, holderName: string, missing: readonly DocumentKind[]): string {
  return missing.length === 0 ? '' : documentRequestTemplate({ peril: claim.peril, missing, claimNumber: claim.claimNumber, holderName });
}

/** The request-documents dialog of `claim`. */
export function RequestDocumentsDialog({ claim, policy, adjudication, onClose }: { claim: Claim; policy?: Policy; adjudication?: Adjudication; onClose: () => void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ClaimsDataProvider>();
  const command = useClaimCommand(claim);
  const holderName = policy?.holder.name ?? '';
  const kinds = requiredDocuments(claim.peril, policy?.enrollmentPhotoOnFile ?? false);
  const [missing, setMissing] = useState<DocumentKind[]>(() => adjudication?.missingDocuments ?? claim.adjudication?.missingDocuments ?? []);
  const [message, setMessage] = useState(() => letter(claim, holderName, missing));
  const [edited, setEdited] = useState(false);

  const toggle = (kind: DocumentKind, ticked: boolean) => {
    const next = kinds.filter((k) => (k === kind ? ticked : missing.includes(k)));
    setMissing(next);
    if (!edited) setMessage(letter(claim, holderName, next));
  };
  const restore = () => {
    setMessage(letter(claim, holderName, missing));
    setEdited(false);
  };
  const ready = missing.length > 0 && message.trim() !== '';
  const confirm = () =>
    void command.run({
      send: () => dataProvider.claimAction(claim.id, 'document-request', { method: 'POST', body: { missing, message: message.trim(), version: claim.version } }),
      success: { message: 'app.decisions.request_documents.done', args: { count: String(missing.length) } },
      onDone: onClose,
    });

  return (
    <CommandDialog title={translate('app.decisions.request_documents.title')} command={command} ready={ready} onConfirm={confirm} onClose={onClose} confirmLabel={translate('app.decisions.request_documents.send')}>
      <FormGroup>
        <FormLabel component="legend">{translate('app.decisions.request_documents.kinds')}</FormLabel>
        {kinds.map((kind) => (
          <FormControlLabel
            key={kind}
            control={<Checkbox checked={missing.includes(kind)} onChange={(event) => toggle(kind, event.target.checked)} />}
            label={translate(`app.document_kind.${kind}`)}
          />
        ))}
        {missing.length === 0 && <FormHelperText error>{translate('app.decisions.request_documents.none_ticked')}</FormHelperText>}
      </FormGroup>
      <TextField
        label={translate('app.decisions.request_documents.message')}
        helperText={translate(edited ? 'app.decisions.request_documents.edited' : 'app.decisions.request_documents.template')}
        value={message}
        onChange={(event) => {
          setMessage(event.target.value);
          setEdited(true);
        }}
        multiline
        minRows={8}
        maxRows={16}
        fullWidth
        required
        slotProps={{ htmlInput: { maxLength: 2000 } }}
      />
      {edited && (
        <Button size="small" onClick={restore} sx={{ alignSelf: 'flex-start' }}>
          {translate('app.decisions.request_documents.restore')}
        </Button>
      )}
    </CommandDialog>
  );
}
