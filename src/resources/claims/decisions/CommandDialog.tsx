/**
 * The frame of every decision dialog: a title, the form, the failure notice, and Cancel / confirm.
 * The confirm button is disabled while the form is incomplete and while the command is being saved.
 */
import { Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { FailureNotice } from './FailureNotice';
import type { ClaimCommand } from './useClaimCommand';

export interface CommandDialogProps {
  title: string;
  command: ClaimCommand;
  /** The form is complete: the confirm button may be pressed. */
  ready: boolean;
  onConfirm: () => void;
  onClose: () => void;
  /** The confirm button's label (default react-admin's "confirm", 確認). */
  confirmLabel?: string;
  confirmColor?: 'primary' | 'success' | 'error' | 'warning';
  children: ReactNode;
}

/** A dialog around one command; closing is refused while it is being saved. */
export function CommandDialog({ title, command, ready, onConfirm, onClose, confirmLabel, confirmColor = 'primary', children }: CommandDialogProps) {
  const translate = useTranslate();
  const close = () => {
    if (!command.isPending) onClose();
  };
  return (
    <Dialog open onClose={close} maxWidth="sm" fullWidth aria-labelledby="command-dialog-title">
      <DialogTitle id="command-dialog-title">{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {children}
          <FailureNotice failure={command.failure} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={command.isPending}>
          {translate('ra.action.cancel')}
        </Button>
        <Button
          variant="contained"
          color={confirmColor}
          onClick={onConfirm}
          disabled={!ready || command.isPending}
          startIcon={command.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          {confirmLabel ?? translate('ra.action.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
