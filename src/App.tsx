/**
 * The composition root: providers, i18n, layout, resources. The dataProvider is an input, so tests
 * and a real deployment run the same app code.
 */
import { Admin, Resource } from 'react-admin';
import type { AuthProvider } from 'react-admin';
import { createAuthProvider } from './app/authProvider';
import { createDataProvider, type ClaimsDataProvider } from './app/dataProvider';
import { LoginPage } from './app/LoginPage';
import { i18nProvider } from './app/i18nProvider';
import { Layout } from './app/Layout';
import { theme } from './app/theme';
import { DashboardPage } from './dashboard';
import claims from './resources/claims';
import policies from './resources/policies';
import surveys from './resources/surveys';

export interface AppProps {
  /** Defaults to ra-data-simple-rest against `/api` (or `VITE_API_URL`). */
  dataProvider?: ClaimsDataProvider;
  /** Defaults to signing in against `/api/auth/login`. */
  authProvider?: AuthProvider;
}

export function App({ dataProvider = createDataProvider(), authProvider = createAuthProvider() }: AppProps) {
  return (
    <Admin
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
      <Resource name="claims" {...claims} />
      <Resource name="policies" {...policies} />
      <Resource name="surveys" {...surveys} />
      <Resource name="documents" />
      <Resource name="users" recordRepresentation="name" />
    </Admin>
  );
}
