/**
 * The composition root: providers, i18n, layout, resources. The dataProvider is an input, so tests
 * and a real deployment run the same app code.
 */
import { Admin, Resource } from 'react-admin';
import { createDataProvider, type ClaimsDataProvider } from './app/dataProvider';
import { i18nProvider } from './app/i18nProvider';
import { Layout } from './app/Layout';
import { theme } from './app/theme';
import claims from './resources/claims';
import policies from './resources/policies';

export interface AppProps {
  /** Defaults to ra-data-simple-rest against `/api` (or `VITE_API_URL`). */
  dataProvider?: ClaimsDataProvider;
}

export function App({ dataProvider = createDataProvider() }: AppProps) {
  return (
    <Admin
      dataProvider={dataProvider}
      i18nProvider={i18nProvider}
      layout={Layout}
      theme={theme}
      title="Back Market スマホ保険"
      disableTelemetry
      requireAuth={false}
    >
      <Resource name="claims" {...claims} />
      <Resource name="policies" {...policies} />
      <Resource name="documents" />
    </Admin>
  );
}
