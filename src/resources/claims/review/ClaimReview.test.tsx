/**
 * The claim page as an adjuster reviews a claim, through the whole app and the mocked backend: the
 * required-documents checklist, the review flags with why they fired, taking and releasing the
 * claim, read only while a colleague holds it (a supervisor may take it over), and a manager who
 * is offered nothing.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { renderApp } from '../../../../tests/renderApp';
import { apiAs } from './testApi';

const LONG = { timeout: 10_000 };

/** Types `text` into `field` as one paste (a person's typing, without a key event per character). */
async function typeInto(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

// Whole-app tests render the app up to twice each; two cores are shared by several test workers.
describe('claim review', { timeout: 45_000 }, () => {
  test('the checklist shows each required document as received or missing, from the module', async () => {
    await renderApp('/claims/c-0007/show');
    const estimate = await screen.findByTestId('checklist-repair_estimate', {}, LONG);
    expect(estimate).toHaveTextContent('修理見積書');
    expect(estimate).toHaveTextContent('不足');
    expect(screen.getByTestId('checklist-repair_receipt')).toHaveTextContent('不足');
    expect(screen.getByTestId('checklist-damage_photo')).toHaveTextContent('提出済');
    expect(screen.getByText('2点不足')).toBeInTheDocument();
  });

  test('after a request for documents the requested kinds read 依頼中 and the claim never reads complete', async () => {
    await apiAs('sato', 'POST', '/claims/c-0004/document-request', { missing: ['damage_photo'], message: '写真をお送りください。' });
    await renderApp('/claims/c-0004/show', { as: 'sato' });
    const photo = await screen.findByTestId('checklist-damage_photo', {}, LONG);
    expect(photo).toHaveTextContent('依頼中');
    expect(photo).not.toHaveTextContent('提出済');
    expect(screen.getByText('1点依頼中')).toBeInTheDocument();
    expect(screen.queryByText('すべてそろっています')).not.toBeInTheDocument();
  });

  test('each review flag says why it fired on this claim', async () => {
    const first = await renderApp('/claims/c-0010/show');
    const second = await screen.findByTestId('flag-SECOND_CLAIM_IN_PERIOD', {}, LONG);
    expect(second).toHaveTextContent('同じ保険期間の2件目以降の請求');
    await waitFor(() => expect(second).toHaveTextContent(/先行する請求：CLM-2026-00\d\d/));
    first.unmount();

    await renderApp('/claims/c-0018/show');
    const mismatch = await screen.findByTestId('flag-IMEI_MISMATCH', {}, LONG);
    expect(mismatch).toHaveTextContent('IMEIの不一致');
    await waitFor(() => expect(mismatch).toHaveTextContent('見積書のIMEIは契約端末のIMEIと一致しませんでした'));
  });

  test('a theft claim shows no empty repair rows, and the device its replacement cost beside the purchase price', async () => {
    // c-0005: theft with a police report; the device bought for ¥72,800, replacement cost ¥69,800.
    await renderApp('/claims/c-0005/show');
    const cardOf = async (title: string) => (await screen.findByText(title, {}, LONG)).closest('.MuiCard-root') as HTMLElement;
    const valueOf = (card: HTMLElement, label: string) => within(card).getByText(label, { selector: 'dt' }).nextElementSibling;
    const claimCard = await cardOf('請求内容');
    expect(within(claimCard).queryByText('修理業者', { selector: 'dt' })).not.toBeInTheDocument();
    expect(within(claimCard).queryByText('見積書のIMEI', { selector: 'dt' })).not.toBeInTheDocument();
    expect(within(claimCard).queryByText('調査費用', { selector: 'dt' })).not.toBeInTheDocument();
    const policyCard = await cardOf('契約と端末');
    await waitFor(() => expect(valueOf(policyCard, '再調達価額')).toHaveTextContent('69,800円'), LONG);
    expect(valueOf(policyCard, '購入金額')).toHaveTextContent('72,800円');
  });

  test('an adjuster takes the claim with the button, sees their name on the lock, and releases it', async () => {
    const user = userEvent.setup();
    await renderApp('/claims/c-0004/show', { as: 'sato' });
    const chip = await screen.findByTestId('lock-chip', {}, LONG);
    expect(chip).toHaveTextContent('担当者なし');
    const take = await screen.findByTestId('take-to-decide', {}, LONG);
    expect(take).toHaveTextContent('担当すると決定できます');
    expect(screen.queryByTestId('decision-actions')).not.toBeInTheDocument();
    await user.click(within(take).getByRole('button', { name: 'この請求を担当する' }));
    await waitFor(() => expect(screen.getByTestId('lock-chip')).toHaveTextContent('担当：佐藤 美咲'));
    expect(await screen.findByTestId('decision-actions', {}, LONG)).toBeInTheDocument();
    expect(screen.queryByTestId('take-to-decide')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '担当を外れる' }));
    await waitFor(() => expect(screen.getByTestId('lock-chip')).toHaveTextContent('担当者なし'));
  });

  test('a claim a colleague holds is read only; a supervisor takes it over and may then decide', async () => {
    const user = userEvent.setup();
    await apiAs('tanaka', 'POST', '/claims/c-0004/lock', {});
    const first = await renderApp('/claims/c-0004/show', { as: 'sato' });
    expect(await screen.findByTestId('read-only-notice', {}, LONG)).toHaveTextContent('田中 健一 がこの請求を担当しています');
    await screen.findByTestId('proposed-payout', {}, LONG);
    expect(screen.queryByTestId('decision-actions')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'この請求を担当する' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '担当を引き継ぐ' })).not.toBeInTheDocument();
    first.unmount();

    await renderApp('/claims/c-0004/show', { as: 'suzuki' });
    await user.click(await screen.findByRole('button', { name: '担当を引き継ぐ' }, LONG));
    await waitFor(() => expect(screen.getByTestId('lock-chip')).toHaveTextContent('担当：鈴木 恵子'));
    expect(screen.queryByTestId('read-only-notice')).not.toBeInTheDocument();
    expect(within(await screen.findByTestId('decision-actions')).getByRole('button', { name: '承認を依頼' })).toBeInTheDocument();
  });

  test('a note is saved with its author and time, and the timeline tells who did what, in both languages', async () => {
    const user = userEvent.setup();
    await renderApp('/claims/c-0004/show', { as: 'sato' });
    await user.click(within(await screen.findByTestId('take-to-decide', {}, LONG)).getByRole('button', { name: 'この請求を担当する' }));
    await typeInto(user, screen.getByRole('textbox', { name: 'メモを書く' }), '見積書のIMEIを修理業者に確認済み');
    await user.click(screen.getByRole('button', { name: 'メモを追加' }));
    const notes = await screen.findByRole('list', { name: 'メモ' }, LONG);
    expect(within(notes).getByText('見積書のIMEIを修理業者に確認済み')).toBeInTheDocument();
    expect(within(notes).getByText(/^佐藤 美咲・\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/)).toBeInTheDocument();
    const timeline = await screen.findByRole('list', { name: '履歴' }, LONG);
    await waitFor(() => expect(timeline).toHaveTextContent('佐藤 美咲：担当を開始'));
    expect(timeline).toHaveTextContent('担当：なし → 佐藤 美咲');
    // The note's audit event (recordId = the note's id) is on the claim's timeline too.
    await waitFor(() => expect(timeline).toHaveTextContent('佐藤 美咲：メモを追加'));
    expect(timeline).toHaveTextContent('メモ：見積書のIMEIを修理業者に確認済み');

    await user.click(screen.getByRole('button', { name: 'English' }));
    const english = await screen.findByRole('list', { name: 'Timeline' }, LONG);
    expect(english).toHaveTextContent('佐藤 美咲: took the claim');
    expect(english).toHaveTextContent('Holder: nobody → 佐藤 美咲');
    expect(english).toHaveTextContent('佐藤 美咲: added a note');
    expect(english).toHaveTextContent('Note: 見積書のIMEIを修理業者に確認済み');
    // The i18nProvider outlives a render: back to Japanese for the tests that follow.
    await user.click(screen.getByRole('button', { name: '日本語' }));
    await screen.findByRole('list', { name: '履歴' }, LONG);
  });

  test('a manager reads the claim and is offered no action at all', async () => {
    await renderApp('/claims/c-0004/show', { as: 'takahashi' });
    await screen.findByTestId('proposed-payout', {}, LONG);
    expect(await screen.findByText('管理者は請求を閲覧のみできます。')).toBeInTheDocument();
    expect(screen.queryByTestId('decision-actions')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'この請求を担当する' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'メモを追加' })).not.toBeInTheDocument();
  });
});
