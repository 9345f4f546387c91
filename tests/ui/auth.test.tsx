/**
 * Two sign-in defects, through the whole app (src/app/authProvider.ts, src/app/session.ts):
 *
 * - a reload of a list whose stored session ('claims.session') was removed goes to the login page
 *   once and stays there (it used to bounce between the list and the login page, each bounce a
 *   logout, a navigation and a cleared cache);
 * - after switching user, the app bar names the new user (react-admin's useLogin refreshes
 *   permissions only; the identity is dropped whenever the session changes).
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { App } from '../../src/App';
import { createAuthProvider } from '../../src/app/authProvider';
import { createDataProvider } from '../../src/app/dataProvider';
import { renderApp } from '../renderApp';

const LONG = { timeout: 10_000 };
const originalPush = window.history.pushState.bind(window.history);
const originalReplace = window.history.replaceState.bind(window.history);

afterEach(() => {
  window.history.pushState = originalPush;
  window.history.replaceState = originalReplace;
});

/** Records every navigation the router makes (a hash router pushes/replaces `#/…`). */
function recordNavigations(): string[] {
  const seen: string[] = [];
  window.history.pushState = (data, unused, url) => {
    seen.push(String(url));
    originalPush(data, unused, url);
  };
  window.history.replaceState = (data, unused, url) => {
    seen.push(String(url));
    originalReplace(data, unused, url);
  };
  return seen;
}

/** The app bar (react-admin's AppBar: the page's banner), where the signed-in user's name shows. */
const appBar = async () => within(await screen.findByRole('banner', {}, LONG));

describe('a removed session', () => {
  test('sends a reloaded list to the login page once, and it stays there', async () => {
    await renderApp('/claims', { as: 'sato' });
    expect((await screen.findAllByText(/^CLM-/, {}, LONG)).length).toBeGreaterThan(0);
    cleanup();

    localStorage.removeItem('claims.session');
    const navigations = recordNavigations();
    window.location.hash = '#/claims';
    render(<App dataProvider={createDataProvider('/api')} authProvider={createAuthProvider('/api')} />);

    expect(await screen.findByRole('button', { name: /（suzuki）/ }, LONG)).toBeInTheDocument();
    // Let any further bounce happen before counting (a storm makes dozens within a second).
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(navigations.filter((url) => url.includes('#/login'))).toHaveLength(1);
    expect(window.location.hash).toBe('#/login');
    expect(screen.getByRole('button', { name: /（suzuki）/ })).toBeInTheDocument();
  });
});

describe('switching user', () => {
  test('shows the new user in the app bar', async () => {
    await renderApp('/claims', { as: 'sato' });
    expect(await (await appBar()).findByText('佐藤 美咲', {}, LONG)).toBeInTheDocument();

    fireEvent.click(await screen.findByTestId('mock-controls-button', {}, LONG));
    const panel = await screen.findByTestId('mock-controls-panel');
    fireEvent.mouseDown(await within(panel).findByRole('combobox', { name: 'ログインするユーザー' }));
    fireEvent.click(await screen.findByRole('option', { name: /suzuki/ }));
    fireEvent.click(within(panel).getByRole('button', { name: 'このユーザーでログイン' }));
    // The panel (a modal drawer, hiding the rest from assistive technology) closes once signed in.
    await waitFor(() => expect(screen.queryByTestId('mock-controls-panel')).toBeNull(), LONG);

    expect(await (await appBar()).findByText('鈴木 恵子', {}, LONG)).toBeInTheDocument();
    expect((await appBar()).queryByText('佐藤 美咲')).toBeNull();
  }, 40_000);

  test('shows the new user after a sign-in made without the panel (react-admin refreshes permissions only)', async () => {
    await renderApp('/claims', { as: 'sato' });
    expect(await (await appBar()).findByText('佐藤 美咲', {}, LONG)).toBeInTheDocument();
    // A sign-in in the same tab, as useLogin does it: the authProvider's login, nothing else.
    await createAuthProvider('/api').login({ username: 'ito', password: 'demo' });
    expect(await (await appBar()).findByText('伊藤 大輔', {}, LONG)).toBeInTheDocument();
    expect((await appBar()).queryByText('佐藤 美咲')).toBeNull();
  });
});
