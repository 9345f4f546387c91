/**
 * A personal-data value shown masked, with a deliberate reveal button (roles allowed
 * `personalData.reveal` only). The full value comes from the audited reveal endpoint and is kept in
 * this component's state only: it is shown until the page is left, never stored.
 */
import VisibilityIcon from '@mui/icons-material/Visibility';
import { Button, Stack, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { HttpError, useNotify, usePermissions, useTranslate } from 'react-admin';
import { can } from '../../domain/permissions';
import { roleSchema } from '../../domain/records';
import { revealPolicyField, type RevealField } from './revealApi';

/** `masked` with a reveal button for `field` of policy `policyId`; `label` names the field (translated). */
export function RevealableValue({ policyId, field, masked, label }: { policyId: string; field: RevealField; masked: string; label: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const { permissions } = usePermissions();
  const role = roleSchema.safeParse(permissions);
  const [value, setValue] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reveal = async () => {
    setBusy(true);
    try {
      setValue(await revealPolicyField(policyId, field));
    } catch (error) {
      const message = error instanceof HttpError || error instanceof Error ? error.message : String(error);
      notify('app.policy_page.reveal_failed', { type: 'error', messageArgs: { message } });
    } finally {
      setBusy(false);
    }
  };
  if (value !== null) {
    return (
      <Tooltip title={translate('app.policy_page.revealed')}>
        <Typography component="span" variant="body2" fontWeight="bold" data-testid={`revealed-${field}`}>
          {value}
        </Typography>
      </Tooltip>
    );
  }
  return (
    <Stack direction="row" spacing={1} alignItems="center" component="span">
      <Typography component="span" variant="body2" data-testid={`masked-${field}`}>
        {masked}
      </Typography>
      {role.success && can(role.data, 'personalData.reveal') && (
        <Button
          size="small"
          variant="text"
          startIcon={<VisibilityIcon fontSize="small" />}
          onClick={() => void reveal()}
          disabled={busy}
          aria-label={translate('app.policy_page.reveal_label', { field: label })}
          sx={{ py: 0, minWidth: 0 }}
        >
          {translate('app.policy_page.reveal')}
        </Button>
      )}
    </Stack>
  );
}
