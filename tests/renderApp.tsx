/**
 * Renders the real app (real dataProvider, authProvider and i18n) against the mocked backend at a
 * hash route, signed in as one of the mock users.
 */
import { render, type RenderResult } from '@testing-library/react';
import { App } from '../src/App';
import { createAuthProvider } from '../src/app/authProvider';
import { createDataProvider } from '../src/app/dataProvider';
import { clearSession } from '../src/app/session';
import { DEMO_PASSWORD } from '../mocks/users';

/** Signs in as `userId` (a MOCK_USERS id) through the real authProvider, or signs out with null. */
export async function signInAs(userId: string | null): Promise<void> {
  clearSession();
  if (userId) await createAuthProvider('/api').login({ username: userId, password: DEMO_PASSWORD });
}

/**
 * Renders `<App />` at `route` (e.g. `/claims/c-0001/show`) talking to MSW's `/api`, signed in as
 * `as` (default the adjuster `sato`; null renders signed out).
 */
export async function renderApp(route = '/', { as = 'sato' }: { as?: string | null } = {}): Promise<RenderResult> {
  await signInAs(as);
  window.location.hash = `#${route}`;
  return render(<App dataProvider={createDataProvider('/api')} authProvider={createAuthProvider('/api')} />);
}
