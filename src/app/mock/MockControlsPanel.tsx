/**
 * The mock-controls panel (issue 3, point 10): where the data comes from, re-seed / reset / size,
 * latency and failure rate, and switching user. Talks only to `/api/_mock/*` over HTTP.
 */
import CloseIcon from '@mui/icons-material/Close';
import { Alert, Box, CircularProgress, Divider, IconButton, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DataSection } from './DataSection';
import { NetworkSection } from './NetworkSection';
import { UserSection } from './UserSection';
import { useMockStatus, useMockUsers, useNumberFormat } from './useMockControls';

/** The panel's content; `onClose` closes the drawer holding it. */
export function MockControlsPanel({ onClose }: { onClose: () => void }) {
  const translate = useTranslate();
  const format = useNumberFormat();
  const status = useMockStatus();
  const users = useMockUsers();

  return (
    <Box sx={{ width: { xs: '100vw', sm: 400 }, p: 2 }} role="region" aria-labelledby="mock-controls-title" data-testid="mock-controls-panel">
      <Stack direction="row" alignItems="center" justifyContent="space-between">
        <Typography id="mock-controls-title" variant="h6">
          {translate('app.mock.title')}
        </Typography>
        <IconButton aria-label={translate('app.mock.close')} onClick={onClose}>
          <CloseIcon />
        </IconButton>
      </Stack>
      {status.error && <Alert severity="error">{translate('app.mock.error', { message: status.error.message })}</Alert>}
      {status.isPending && <CircularProgress size={24} />}
      {status.data && (
        <Stack spacing={3} divider={<Divider flexItem />}>
          <Typography variant="body2" color="text.secondary">
            {translate('app.mock.status', {
              claims: format(status.data.counts.claims ?? 0),
              seed: status.data.data.seed,
              where: translate(`app.mock.persistence.${status.data.persistence}`),
            })}
          </Typography>
          <DataSection key={`${status.data.settings.seed}/${status.data.settings.size}`} status={status.data} />
          <NetworkSection settings={status.data.settings} />
          {users.data && <UserSection demo={users.data} onSwitched={onClose} />}
        </Stack>
      )}
    </Box>
  );
}
