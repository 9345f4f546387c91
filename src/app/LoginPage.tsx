/**
 * The login page: react-admin's own form, and in mock mode the list of demo users (fetched from
 * the mock's `/api/_mock/users`), each signed in with one click.
 */
import { Box, Card, CardContent, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Login, LoginForm, useLogin, useNotify, useTranslate } from 'react-admin';
import type { User } from '../domain/records';
import { apiUrl } from './apiUrl';
import type { DemoUsers } from './sessionSchema';

/** The demo users when the API is the mock (null otherwise: a real API has no such endpoint). */
function useDemoUsers(): DemoUsers | null {
  const [demo, setDemo] = useState<DemoUsers | null>(null);
  useEffect(() => {
    // A build for a real API (VITE_API_URL) has no mock endpoints to ask.
    if (import.meta.env.VITE_API_URL) return;
    let cancelled = false;
    // The zod schema comes with its own chunk (mock mode only), fetched alongside the users.
    Promise.all([fetch(`${apiUrl}/_mock/users`).then((response) => (response.ok ? response.json() : null)), import('./sessionSchema')])
      .then(([json, { demoUsersSchema }]) => {
        const parsed = demoUsersSchema.safeParse(json);
        if (!cancelled && parsed.success) setDemo(parsed.data);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);
  return demo;
}

function DemoUserList({ demo }: { demo: DemoUsers }) {
  const translate = useTranslate();
  const login = useLogin();
  const notify = useNotify();
  const signIn = (user: User) => login({ username: user.id, password: demo.password }).catch(() => notify('ra.auth.sign_in_error', { type: 'error' }));
  return (
    <Box sx={{ px: 2, pb: 2 }}>
      <Typography variant="subtitle2">{translate('app.login.demo_users')}</Typography>
      <Typography variant="caption" color="text.secondary">
        {translate('app.login.demo_password', { password: demo.password })}
      </Typography>
      <List dense disablePadding>
        {demo.users.map((user) => (
          <ListItem key={user.id} disablePadding>
            <ListItemButton onClick={() => void signIn(user)}>
              <ListItemText primary={`${user.name}（${user.id}）`} secondary={translate(`app.role.${user.role}`)} />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </Box>
  );
}

export function LoginPage() {
  const demo = useDemoUsers();
  // The sign-in's zod schemas (./authProvider.ts loads them on submit): fetched while the user types.
  useEffect(() => void import('./sessionSchema').catch(() => undefined), []);
  const translate = useTranslate();
  return (
    <Login>
      <Card elevation={0}>
        <CardContent sx={{ pb: 0 }}>
          <Typography variant="h6" component="h1" textAlign="center">
            {translate('app.title')}
          </Typography>
        </CardContent>
        <LoginForm />
        {demo && <DemoUserList demo={demo} />}
      </Card>
    </Login>
  );
}
