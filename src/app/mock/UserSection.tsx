/** The panel's user section: pick a demo user and sign in as them (react-admin's useLogin). */
import LoginIcon from '@mui/icons-material/Login';
import { Box, Button, FormControl, InputLabel, MenuItem, Select, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useGetIdentity, useLogin, useNotify, useTranslate } from 'react-admin';
import type { MockUsers } from './mockControlsApi';

/** The demo users and a "sign in as" button; `onSwitched` runs after a successful sign-in. */
export function UserSection({ demo, onSwitched }: { demo: MockUsers; onSwitched?: () => void }) {
  const translate = useTranslate();
  const login = useLogin();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { identity } = useGetIdentity();
  const [chosen, setChosen] = useState<string>('');
  const selected = chosen || (identity ? String(identity.id) : '');
  const [busy, setBusy] = useState(false);

  const switchUser = async () => {
    setBusy(true);
    try {
      await login({ username: selected, password: demo.password });
      // useLogin refreshes permissions only: the identity and every role-dependent answer are stale.
      await queryClient.invalidateQueries();
      onSwitched?.();
    } catch {
      notify('ra.auth.sign_in_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="section" aria-labelledby="mock-user-heading">
      <Typography id="mock-user-heading" variant="subtitle1" gutterBottom>
        {translate('app.mock.user')}
      </Typography>
      <FormControl size="small" fullWidth>
        <InputLabel id="mock-user-label">{translate('app.mock.user_label')}</InputLabel>
        <Select labelId="mock-user-label" label={translate('app.mock.user_label')} value={selected} onChange={(event) => setChosen(String(event.target.value))}>
          {demo.users.map((user) => (
            <MenuItem key={user.id} value={user.id}>
              {`${user.name}（${user.id}）・${translate(`app.role.${user.role}`)}`}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <Button sx={{ mt: 2 }} variant="outlined" startIcon={<LoginIcon />} disabled={!selected || busy} onClick={() => void switchUser()}>
        {translate('app.mock.switch_user')}
      </Button>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
        {translate('app.mock.password_hint', { password: demo.password })}
      </Typography>
    </Box>
  );
}
