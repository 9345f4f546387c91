/**
 * Switching the language keeps the data on screen instead of fetching them again (react-admin
 * re-mounts the whole tree on a locale change; see ./localeSwitch.ts), and the next navigation
 * still fetches fresh data.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { App } from '../App';
import { signInAs } from '../../tests/renderApp';
import { createAuthProvider } from './authProvider';
import { createDataProvider } from './dataProvider';

const LONG = { timeout: 20_000 };

afterEach(() => {
  cleanup();
  localStorage.removeItem('RaStore.locale');
});

/** The real dataProvider, counting getList calls per resource. */
function countingDataProvider() {
  const dataProvider = createDataProvider('/api');
  const calls: Record<string, number> = {};
  const counted = {
    ...dataProvider,
    getList: ((resource, params) => {
      calls[resource] = (calls[resource] ?? 0) + 1;
      return dataProvider.getList(resource, params);
    }) as typeof dataProvider.getList,
  };
  return { dataProvider: counted, calls };
}

test('switching to English shows the claims in English without fetching them again', { timeout: 90_000 }, async () => {
  await signInAs('sato');
  window.location.hash = '#/claims';
  const { dataProvider, calls } = countingDataProvider();
  render(<App dataProvider={dataProvider} authProvider={createAuthProvider('/api')} />);
  const table = await screen.findByRole('table', {}, LONG);
  await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(1), LONG);
  const fetched = calls.claims;

  fireEvent.click(screen.getByRole('button', { name: 'English' }));
  await screen.findByRole('button', { name: '日本語' }, LONG);
  await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row').length).toBeGreaterThan(1), LONG);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(calls.claims).toBe(fetched);

  // Later mounts fetch as usual: a visit to the surveys and back asks for the claims again.
  fireEvent.click(await screen.findByRole('menuitem', { name: /survey/i }, LONG));
  await waitFor(() => expect(calls.surveys).toBeGreaterThan(0), LONG);
  fireEvent.click(screen.getByRole('menuitem', { name: /claim/i }));
  await waitFor(() => expect(calls.claims).toBeGreaterThan(fetched ?? 0), LONG);
});
