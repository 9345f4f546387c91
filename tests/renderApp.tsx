/**
 * Renders the real app (real dataProvider, real i18n) against the mocked backend at a hash route.
 */
import { render, type RenderResult } from '@testing-library/react';
import { App } from '../src/App';
import { createDataProvider } from '../src/app/dataProvider';

/** Renders `<App />` at `route` (e.g. `/claims/c-0001/show`), talking to MSW's `/api`. */
export function renderApp(route = '/'): RenderResult {
  window.location.hash = `#${route}`;
  return render(<App dataProvider={createDataProvider('/api')} />);
}
