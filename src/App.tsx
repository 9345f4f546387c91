/**
 * The composition root: providers, i18n, layout, resources. The dataProvider is an input, so tests
 * and a real deployment run the same app code.
 */
import { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Admin, Resource } from 'react-admin';
import type { AuthProvider } from 'react-admin';
import { createAuthProvider, IDENTITY_QUERY_KEY } from './app/authProvider';
import { createDataProvider, type ClaimsDataProvider } from './app/dataProvider';
import { LoginPage } from './app/LoginPage';
import { i18nProvider } from './app/i18nProvider';
import { Layout } from './app/Layout';
import { claimsResource, policiesResource, surveysResource } from './app/resources';
import { onSessionChange } from './app/session';
import { theme } from './app/theme';
import { DashboardPage } from './dashboard';

export interface AppProps {
  /** Defaults to ra-data-simple-rest against `/api` (or `VITE_API_URL`). */
  dataProvider?: ClaimsDataProvider;
  /** Defaults to signing in against `/api/auth/login`. */
  authProvider?: AuthProvider;
}

export function App({ dataProvider = createDataProvider(), authProvider = createAuthProvider() }: AppProps) {
  const [queryClient] = useState(() => new QueryClient());
  // Another sign-in (switching user) must show the new user's name: react-admin's useLogin refreshes permissions only.
  useEffect(() => onSessionChange(() => void queryClient.resetQueries({ queryKey: IDENTITY_QUERY_KEY })), [queryClient]);
  return (
    <Admin
      queryClient={queryClient}
      dataProvider={dataProvider}
      authProvider={authProvider}
      loginPage={LoginPage}
      requireAuth
      i18nProvider={i18nProvider}
      layout={Layout}
      dashboard={DashboardPage}
      theme={theme}
      title="Back Market スマホ保険"
      disableTelemetry
    >
      <Resource name="claims" {...claimsResource} />
      <Resource name="policies" {...policiesResource} />
      <Resource name="surveys" {...surveysResource} />
      <Resource name="documents" />
      <Resource name="users" recordRepresentation="name" />
    </Admin>
  );
}
