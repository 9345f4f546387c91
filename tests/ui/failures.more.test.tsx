/**
 * A failing network (issue 7, item 6) on the other screens, through the mock backend's failure
 * injection (`PUT /api/_mock/settings { failureRate }`): the claim and policy pages, the policies
 * and surveys lists and the dashboard show a clear error with a retry that recovers once the
 * network is back; a failed denial keeps its reason and note in the open dialog; a failed sign-in
 * says the server failed and keeps the typed user name.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { resetMockDb } from '../../mocks/db';
import { resetMockSettings } from '../../mocks/devtools/settings';
import { App } from '../../src/App';
import { createAuthProvider } from '../../src/app/authProvider';
import { createDataProvider } from '../../src/app/dataProvider';
import { exampleRecords } from '../../src/domain/metrics/exampleRecords';
import { EXAMPLE_TODAY } from '../../src/domain/metrics/testing';
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

/** Signs in as `as` (the sign-in request would fail too), turns failures on, then renders the app at `route`. */
async function renderFailing(route: string, as: string): Promise<void> {
  await signInAs(as);
  await setFailureRate(1);
  window.location.hash = `#${route}`;
  render(<App dataProvider={createDataProvider('/api')} authProvider={createAuthProvider('/api')} />);
}

/** The load error (src/ui/ListLoadError.tsx, src/ui/RecordLoadError.tsx), once it names the failure. */
async function loadError(): Promise<HTMLElement> {
  const alert = await waitFor(() => {
    const found = screen.getAllByRole('alert').find((element) => element.textContent?.includes('データを読み込めませんでした'));
    expect(found).toBeDefined();
    return found as HTMLElement;
  }, LONG);
  expect(alert).toHaveTextContent(/Injected failure/);
  return alert;
}

/** Turns failures off and presses the alert's retry button. */
async function retry(user: ReturnType<typeof userEvent.setup>, alert: HTMLElement, name = '再試行'): Promise<void> {
  await setFailureRate(0);
  await user.click(within(alert).getByRole('button', { name }));
}

afterEach(() => resetMockSettings());

// Whole-app renders: two cores are shared by several test workers.
describe('with the mock failure injection on', { timeout: 40_000 }, () => {
  test('the claim page shows an error and a retry in place of the claim, stays on the page, and recovers', async () => {
    const user = userEvent.setup();
    await renderFailing('/claims/c-0001/show', 'sato');
    const alert = await loadError();
    expect(screen.queryByRole('textbox', { name: 'メモを書く' })).not.toBeInTheDocument();
    expect(window.location.hash).toBe('#/claims/c-0001/show');
    // Not react-admin's "the item does not exist" notification: the claim exists, the network failed.
    expect(screen.queryByText(/存在しません/)).not.toBeInTheDocument();

    await retry(user, alert);
    expect(await screen.findByRole('textbox', { name: 'メモを書く' }, LONG)).toBeInTheDocument();
    expect(screen.queryByText('データを読み込めませんでした')).not.toBeInTheDocument();
  });

  test('the policy page shows an error and a retry in place of the policy, and recovers', async () => {
    const user = userEvent.setup();
    await renderFailing('/policies/p-0008/show', 'sato');
    const alert = await loadError();
    expect(screen.queryByTestId('masked-phone')).not.toBeInTheDocument();
    expect(window.location.hash).toBe('#/policies/p-0008/show');

    await retry(user, alert);
    expect(await screen.findByTestId('masked-phone', {}, LONG)).toBeInTheDocument();
    expect(screen.queryByText('データを読み込めませんでした')).not.toBeInTheDocument();
  });

  test('the policies list shows an error and a retry, and the rows once the network is back', async () => {
    const user = userEvent.setup();
    await renderFailing('/policies', 'sato');
    const alert = await loadError();
    expect(screen.queryAllByText(/^BMS-\d{4}-\d{5}$/)).toHaveLength(0);

    await retry(user, alert);
    expect((await screen.findAllByText(/^BMS-\d{4}-\d{5}$/, {}, LONG)).length).toBeGreaterThan(0);
    expect(screen.queryByText('データを読み込めませんでした')).not.toBeInTheDocument();
  });

  test('the surveys list shows an error and a retry, and the rows once the network is back', async () => {
    const user = userEvent.setup();
    // The fresh seed has no answered surveys yet: the hand-computed example has.
    resetMockDb({ data: { ...exampleRecords(), documents: [], auditEvents: [] }, referenceDate: EXAMPLE_TODAY });
    await renderFailing('/surveys', 'takahashi');
    const alert = await loadError();
    expect(screen.queryAllByText(/^CLM-EX-/)).toHaveLength(0);

    await retry(user, alert);
    expect((await screen.findAllByText(/^CLM-EX-/, {}, LONG)).length).toBeGreaterThan(0);
    expect(screen.queryByText('データを読み込めませんでした')).not.toBeInTheDocument();
  });

  test('the dashboard shows an error and a reload button, and the figures once the network is back', async () => {
    const user = userEvent.setup();
    await renderFailing('/', 'takahashi');
    const alert = await waitFor(() => {
      const found = screen.getAllByRole('alert').find((element) => element.textContent?.includes('集計を読み込めませんでした'));
      expect(found).toBeDefined();
      return found as HTMLElement;
    }, LONG);
    expect(alert).toHaveTextContent(/Injected failure/);
    expect(screen.queryByTestId('dashboard-scope')).not.toBeInTheDocument();

    await retry(user, alert, '再読み込み');
    expect(await screen.findByTestId('dashboard-scope', {}, LONG)).toBeInTheDocument();
    expect(screen.queryByText(/集計を読み込めませんでした/)).not.toBeInTheDocument();
  });

  test('a denial that fails to save keeps its reason and note in the open dialog, and saves on the next try', async () => {
    const user = userEvent.setup();
    await renderApp('/claims/c-0006/show', { as: 'sato' });
    const take = await screen.findByTestId('take-to-decide', {}, LONG);
    await user.click(within(take).getByRole('button', { name: 'この請求を担当する' }));
    const actions = await screen.findByTestId('decision-actions', {}, LONG);
    await user.click(within(actions).getByRole('button', { name: '不支払' }));
    const dialog = await screen.findByRole('dialog');
    const note = within(dialog).getByRole('textbox', { name: /お客さまへの説明/ });
    const text = 'docomo の端末は補償の対象外です。';
    await user.click(note);
    await user.paste(text);

    await setFailureRate(1);
    const confirm = within(dialog).getByRole('button', { name: '不支払を記録' });
    await user.click(confirm);
    const failure = await within(dialog).findByRole('alert', {}, LONG);
    // The injected failure is a 503: a temporary problem worth sending again, not a refusal.
    expect(failure).toHaveTextContent('サーバーで一時的な問題が起きました');
    expect(failure).not.toHaveTextContent('受け付けませんでした');
    expect(failure).toHaveTextContent(/Injected failure/);
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(note).toHaveValue(text);
    expect(within(dialog).getByRole('combobox', { name: /不支払の理由/ })).toHaveTextContent('対象外の通信事業者');
    await waitFor(() => expect(confirm).toBeEnabled(), LONG);

    await setFailureRate(0);
    await user.click(confirm);
    expect(await screen.findByText('不支払を記録しました', {}, LONG)).toBeInTheDocument();
    expect(await screen.findByTestId('decision-record', {}, LONG)).toHaveTextContent(text);
  });

  test('a failed sign-in says the server could not be reached, keeps the user name, and signs in on the next try', async () => {
    const user = userEvent.setup();
    await renderApp('/login', { as: null });
    const username = await screen.findByRole('textbox', { name: /ユーザー名/ }, LONG);
    await user.type(username, 'sato');
    await user.type(screen.getByLabelText(/パスワード/), 'demo');

    await setFailureRate(1);
    await user.click(screen.getByRole('button', { name: 'ログイン' }));
    expect(await screen.findByText('サーバーに接続できなかったため、サインインできませんでした。もう一度お試しください。', {}, LONG)).toBeInTheDocument();
    expect(username).toHaveValue('sato');
    expect(window.location.hash).toBe('#/login');

    await setFailureRate(0);
    await user.click(screen.getByRole('button', { name: 'ログイン' }));
    expect((await screen.findAllByText(/^CLM-2026-/, {}, LONG)).length).toBeGreaterThan(0);
  });
});
