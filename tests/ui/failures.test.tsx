/**
 * A failing network (issue 7, item 6), through the mock backend's failure injection as the mock
 * controls panel sets it (`PUT /api/_mock/settings { failureRate }`): the claims list shows a clear
 * error and a retry button, which shows the rows once the network is back; on the claim page a
 * note that fails to save stays in the field, and saves on the next try.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { resetMockSettings } from '../../mocks/devtools/settings';
import { App } from '../../src/App';
import { createAuthProvider } from '../../src/app/authProvider';
import { createDataProvider } from '../../src/app/dataProvider';
import { renderApp, signInAs } from '../renderApp';

const LONG = { timeout: 15_000 };

/** Sets the share of API requests that fail with 503, through the controls endpoint the panel uses. */
async function setFailureRate(failureRate: number): Promise<void> {
  const response = await fetch('/api/_mock/settings', {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ failureRate }),
  });
  expect(response.status).toBe(200);
}

afterEach(() => resetMockSettings());

describe('with the mock failure injection on', () => {
  test('the claims list shows an error and a retry button; retrying once the network is back shows the rows', async () => {
    const user = userEvent.setup();
    // Signed in first (the sign-in request would fail too), then the network fails.
    await signInAs('sato');
    await setFailureRate(1);
    window.location.hash = '#/claims';
    render(<App dataProvider={createDataProvider('/api')} authProvider={createAuthProvider('/api')} />);

    const alert = await screen.findByRole('alert', {}, LONG);
    await waitFor(() => expect(within(alert).getByText('データを読み込めませんでした')).toBeInTheDocument(), LONG);
    expect(alert).toHaveTextContent(/Injected failure/);
    expect(screen.queryAllByText(/^CLM-2026-/)).toHaveLength(0);

    await setFailureRate(0);
    await user.click(within(alert).getByRole('button', { name: '再試行' }));
    expect((await screen.findAllByText(/^CLM-2026-/, {}, LONG)).length).toBeGreaterThan(0);
    expect(screen.queryByText('データを読み込めませんでした')).not.toBeInTheDocument();
  }, 40_000);

  test('a note that fails to save stays in the field, and saves on the next try', async () => {
    const user = userEvent.setup();
    await renderApp('/claims/c-0001/show', { as: 'sato' });
    const field = await screen.findByRole('textbox', { name: 'メモを書く' }, LONG);
    const text = '修理店に見積の内訳を確認中。折り返し待ち。';
    await user.type(field, text);

    await setFailureRate(1);
    await user.click(screen.getByRole('button', { name: 'メモを追加' }));
    expect(await screen.findByText(/メモを保存できませんでした/, {}, LONG)).toBeInTheDocument();
    expect(field).toHaveValue(text);

    await setFailureRate(0);
    await user.click(screen.getByRole('button', { name: 'メモを追加' }));
    await waitFor(() => expect(field).toHaveValue(''), LONG);
    expect(await screen.findByText(text, {}, LONG)).toBeInTheDocument();
  }, 40_000);
});
