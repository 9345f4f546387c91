/**
 * The claim page through the real app and the mocked backend: the adjuster sees the module's
 * proposed payout and its arithmetic; a payout above the adjuster's authority is recommended, and
 * a supervisor other than the recommender approves it (four eyes); the decided claim then says who
 * recommended, who approved, when, and the payout.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { renderApp } from '../../../tests/renderApp';

const LONG = { timeout: 10_000 };

async function confirmDialog(user: ReturnType<typeof userEvent.setup>) {
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('button', { name: '確認' }));
}

/** Takes the free claim with the decision area's button: only the holder is offered decisions. */
async function takeClaim(user: ReturnType<typeof userEvent.setup>) {
  const take = await screen.findByTestId('take-to-decide', {}, LONG);
  await user.click(within(take).getByRole('button', { name: 'この請求を担当する' }));
  await screen.findByTestId('decision-actions', {}, LONG);
}

// Whole-app tests render the app up to twice each; two cores are shared by several test workers.
describe('claim page', { timeout: 45_000 }, () => {
  test('shows the proposed payout and the arithmetic of the iPhone 11 Pro Max example', async () => {
    await renderApp('/claims/c-0001/show');
    expect(await screen.findByTestId('proposed-payout', {}, LONG)).toHaveTextContent('96,000円');
    const arithmetic = screen.getByRole('table', { name: '計算内訳' });
    expect(within(arithmetic).getByText('修理費')).toBeInTheDocument();
    expect(within(arithmetic).getByText('99,000円')).toBeInTheDocument();
    expect(within(arithmetic).getByText('自己負担額')).toBeInTheDocument();
    expect(within(arithmetic).getByText('-3,000円')).toBeInTheDocument();
    expect(await screen.findByText('iPhone 11 Pro Max')).toBeInTheDocument();
  });

  test('an adjuster cannot approve ¥96,000 directly, and recommends it instead', async () => {
    const user = userEvent.setup();
    await renderApp('/claims/c-0001/show', { as: 'sato' });
    await screen.findByTestId('proposed-payout', {}, LONG);
    expect(screen.queryByRole('button', { name: '承認を依頼' })).not.toBeInTheDocument();
    await takeClaim(user);
    expect(screen.queryByRole('button', { name: '支払を決定' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: '承認を依頼' }));
    await confirmDialog(user);
    expect(await screen.findByText(/の支払を推薦しました/, {}, LONG)).toHaveTextContent('96,000円');
    expect(screen.getByText('承認待ち')).toBeInTheDocument();
  });

  test('a supervisor approves the recommendation, and the claim shows as decided', async () => {
    const user = userEvent.setup();
    const first = await renderApp('/claims/c-0001/show', { as: 'sato' });
    await takeClaim(user);
    await user.click(await screen.findByRole('button', { name: '承認を依頼' }, LONG));
    await confirmDialog(user);
    await screen.findByText(/の支払を推薦しました/, {}, LONG);
    first.unmount();

    await renderApp('/claims/c-0001/show', { as: 'suzuki' });
    await takeClaim(user);
    await user.click(await screen.findByRole('button', { name: '承認して支払を決定' }, LONG));
    await confirmDialog(user);
    expect(await screen.findByText(/この請求は決定済みです/, {}, LONG)).toHaveTextContent('96,000円');
    const record = await screen.findByTestId('decision-record');
    expect(record).toHaveTextContent(/推薦佐藤 美咲（\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}）/);
    expect(record).toHaveTextContent(/承認鈴木 恵子（\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}）/);
    expect(screen.getByTestId('recorded-payout')).toHaveTextContent('96,000円');
  });

  test('a manager reads the claim but is offered no decision', async () => {
    await renderApp('/claims/c-0001/show', { as: 'takahashi' });
    await screen.findByTestId('proposed-payout', {}, LONG);
    expect(screen.queryByRole('button', { name: '承認を依頼' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '不支払' })).not.toBeInTheDocument();
  });

  test('the English button switches the page to English', async () => {
    const user = userEvent.setup();
    await renderApp('/claims/c-0001/show');
    await screen.findByTestId('proposed-payout', {}, LONG);
    await user.click(screen.getByRole('button', { name: 'English' }));
    // The English catalog is a chunk of its own, loaded on the first switch (src/app/i18nProvider.ts).
    expect(await screen.findByText('Policy and device', {}, LONG)).toBeInTheDocument();
    expect(screen.getByTestId('proposed-payout')).toHaveTextContent('¥96,000');
  });
});
