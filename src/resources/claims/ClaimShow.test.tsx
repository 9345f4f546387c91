/**
 * The claim page through the real app and the mocked backend: the adjuster sees the module's
 * proposed payout and its arithmetic, approves once, and the claim shows as decided.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { renderApp } from '../../../tests/renderApp';

describe('claim page', () => {
  test('shows the proposed payout and the arithmetic of the iPhone 11 Pro Max example', async () => {
    renderApp('/claims/c-0001/show');
    expect(await screen.findByTestId('proposed-payout', {}, { timeout: 10_000 })).toHaveTextContent('96,000円');
    const arithmetic = screen.getByRole('table', { name: '計算内訳' });
    expect(within(arithmetic).getByText('修理費')).toBeInTheDocument();
    expect(within(arithmetic).getByText('99,000円')).toBeInTheDocument();
    expect(within(arithmetic).getByText('自己負担額')).toBeInTheDocument();
    expect(within(arithmetic).getByText('-3,000円')).toBeInTheDocument();
    expect(screen.getByText('iPhone 11 Pro Max')).toBeInTheDocument();
  });

  test('approving records one decision, and the page then shows it as decided', async () => {
    const user = userEvent.setup();
    renderApp('/claims/c-0001/show');
    await screen.findByTestId('proposed-payout', {}, { timeout: 10_000 });
    const approve = await screen.findByRole('button', { name: '支払を決定' });
    await user.click(approve);
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '確認' }));
    expect(await screen.findByText(/この請求は決定済みです/, {}, { timeout: 10_000 })).toHaveTextContent('96,000円');
    expect(screen.queryByRole('button', { name: '支払を決定' })).not.toBeInTheDocument();
  });

  test('the English button switches the page to English', async () => {
    const user = userEvent.setup();
    renderApp('/claims/c-0001/show');
    await screen.findByTestId('proposed-payout', {}, { timeout: 10_000 });
    await user.click(screen.getByRole('button', { name: '表示言語を英語に切り替える' }));
    await waitFor(() => expect(screen.getByTestId('proposed-payout')).toHaveTextContent('¥96,000'));
    expect(screen.getByText('Policy and device')).toBeInTheDocument();
  });
});
