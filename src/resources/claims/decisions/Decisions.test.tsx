/**
 * Each decision through the whole app and the mocked backend: deny with a reason, request the
 * missing documents with the letter pre-filled, extend the payment deadline, a stale screen (409)
 * that says who changed what and keeps the typed note, and a double click that records one decision.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { renderApp } from '../../../../tests/renderApp';
import { addDays } from '../../../domain/dates';
import { apiAs, auditEventsOf } from '../review/testApi';

const LONG = { timeout: 10_000 };

/** Types `text` into `field` as one paste (a person's typing, without a key event per character). */
async function typeInto(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

type Claim = { status: string; version: number; decision: { note?: string } | null; documentRequest: { missing: string[]; message: string } | null; dueDate: string };

/** Takes the free claim with the decision area's button: only the holder is offered decisions. */
async function takeClaim(user: ReturnType<typeof userEvent.setup>) {
  const take = await screen.findByTestId('take-to-decide', {}, LONG);
  expect(screen.queryByTestId('decision-actions')).not.toBeInTheDocument();
  expect(take).toHaveTextContent('担当すると決定できます');
  await user.click(within(take).getByRole('button', { name: 'この請求を担当する' }));
}

async function openAction(user: ReturnType<typeof userEvent.setup>, name: string) {
  await takeClaim(user);
  const actions = await screen.findByTestId('decision-actions', {}, LONG);
  await user.click(within(actions).getByRole('button', { name }));
  return screen.findByRole('dialog');
}

// Whole-app tests: two cores are shared by several test workers.
describe('decisions', { timeout: 45_000 }, () => {
  test('a denial needs a reason (pre-selected from the module) and a note, and both are recorded', async () => {
    const user = userEvent.setup();
    await renderApp('/claims/c-0006/show');
    const dialog = await openAction(user, '不支払');
    const confirm = within(dialog).getByRole('button', { name: '不支払を記録' });
    expect(within(dialog).getByRole('combobox', { name: /不支払の理由/ })).toHaveTextContent('対象外の通信事業者');
    expect(confirm).toBeDisabled();
    await typeInto(user, within(dialog).getByRole('textbox', { name: /お客さまへの説明/ }), 'docomo の端末は補償の対象外です。');
    await user.click(confirm);
    expect(await screen.findByText('不支払を記録しました', {}, LONG)).toBeInTheDocument();
    const record = await screen.findByTestId('decision-record', {}, LONG);
    expect(record).toHaveTextContent('対象外の通信事業者');
    expect(record).toHaveTextContent('docomo の端末は補償の対象外です。');
    expect(record).toHaveTextContent('佐藤 美咲');
    const stored = await apiAs<Claim>('sato', 'GET', '/claims/c-0006');
    expect(stored.status).toBe('denied');
    expect(stored.decision?.note).toBe('[CARRIER_INELIGIBLE] docomo の端末は補償の対象外です。');
  });

  test('a reason that contradicts the module is allowed, with a warning naming the module\'s view', async () => {
    const user = userEvent.setup();
    await renderApp('/claims/c-0006/show');
    const dialog = await openAction(user, '不支払');
    expect(within(dialog).queryByTestId('deny-departure')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('combobox', { name: /不支払の理由/ }));
    await user.click(await screen.findByRole('option', { name: '経年劣化' }));
    expect(within(dialog).getByTestId('deny-departure')).toHaveTextContent('判定モジュールの不支払理由は「対象外の通信事業者」です');
    await typeInto(user, within(dialog).getByRole('textbox', { name: /お客さまへの説明/ }), '説明');
    expect(within(dialog).getByRole('button', { name: '不支払を記録' })).toBeEnabled();
  });

  test('requesting documents pre-ticks the missing ones, pre-fills the letter, and sends what the adjuster edited', async () => {
    const user = userEvent.setup();
    await renderApp('/claims/c-0007/show');
    const dialog = await openAction(user, '書類を依頼');
    expect(within(dialog).getByRole('checkbox', { name: '修理見積書' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: '修理代領収証' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: '壊れたスマホの写真' })).not.toBeChecked();
    const message = within(dialog).getByRole('textbox', { name: /お客さまへのメッセージ/ }) as HTMLTextAreaElement;
    expect(message.value).toContain('CLM-2026-0007');
    expect(message.value).toContain('1. 修理見積書');
    expect(message.value).toContain('2. 修理代領収証');
    expect(message.value).not.toContain('壊れたスマホの写真');
    await typeInto(user, message, '\n追伸：お早めにお送りください。');
    await user.click(within(dialog).getByRole('button', { name: '依頼を送る' }));
    expect(await screen.findByText(/2点の書類を依頼しました/, {}, LONG)).toBeInTheDocument();
    const stored = await apiAs<Claim>('sato', 'GET', '/claims/c-0007');
    expect(stored.status).toBe('awaiting_documents');
    expect(stored.documentRequest?.missing).toEqual(['repair_estimate', 'repair_receipt']);
    expect(stored.documentRequest?.message).toMatch(/1\. 修理見積書[\s\S]*追伸：お早めにお送りください。$/);
  });

  test('the payment deadline is extended with a reason, a note and the customer notified', async () => {
    const user = userEvent.setup();
    await renderApp('/claims/c-0004/show');
    const before = await apiAs<Claim>('sato', 'GET', '/claims/c-0004');
    const dialog = await openAction(user, '支払期限を延長');
    const save = within(dialog).getByRole('button', { name: '延長を記録' });
    await user.click(within(dialog).getByRole('radio', { name: '警察への照会' }));
    await typeInto(user, within(dialog).getByRole('textbox', { name: /照会の内容/ }), '新宿警察署に遺失物の照会中');
    expect(save).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: /お客さまに延長と理由を通知しました/ }));
    await user.click(save);
    expect(await screen.findByText(/支払期限を .* に延長しました/, {}, LONG)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('summary-due')).toHaveTextContent('延長済み：警察への照会'));
    const after = await apiAs<Claim>('sato', 'GET', '/claims/c-0004');
    expect(after.dueDate > before.dueDate).toBe(true);
  });

  test('a stale screen tells who changed what and keeps the typed note', async () => {
    const user = userEvent.setup();
    await renderApp('/claims/c-0006/show', { as: 'sato' });
    const dialog = await openAction(user, '不支払');
    const note = within(dialog).getByRole('textbox', { name: /お客さまへの説明/ });
    await typeInto(user, note, '格安SIM専用の保険です。');
    // Meanwhile a supervisor changes the claim.
    await apiAs('suzuki', 'POST', '/claims/c-0006/lock', { takeOver: true });
    await user.click(within(dialog).getByRole('button', { name: '不支払を記録' }));
    const conflict = await within(dialog).findByTestId('conflict-notice', {}, LONG);
    expect(conflict).toHaveTextContent('別の担当者がこの請求を担当しています');
    expect(conflict).toHaveTextContent('鈴木 恵子');
    expect(note).toHaveValue('格安SIM専用の保険です。');
    expect((await apiAs<Claim>('sato', 'GET', '/claims/c-0006')).status).toBe('in_review');
  });

  test('a deadline extended by someone else since the page opened is named in the conflict', async () => {
    const user = userEvent.setup();
    await renderApp('/claims/c-0006/show', { as: 'sato' });
    const dialog = await openAction(user, '不支払');
    await typeInto(user, within(dialog).getByRole('textbox', { name: /お客さまへの説明/ }), '説明');
    // The supervisor takes the claim over to extend its deadline.
    await apiAs('suzuki', 'POST', '/claims/c-0006/lock', { takeOver: true });
    const claim = await apiAs<Claim>('suzuki', 'GET', '/claims/c-0006');
    await apiAs('suzuki', 'POST', '/claims/c-0006/deadline-extension', {
      until: addDays(claim.dueDate, 7),
      reason: 'expert_inquiry',
      note: '鑑定人に照会',
      customerNotified: true,
      version: claim.version,
    });
    await user.click(within(dialog).getByRole('button', { name: '不支払を記録' }));
    const conflict = await within(dialog).findByTestId('conflict-notice', {}, LONG);
    expect(conflict).toHaveTextContent('画面を開いた後に変更されました');
    expect(within(conflict).getByTestId('conflict-last-event')).toHaveTextContent(/鈴木 恵子|suzuki/);
    expect(within(conflict).getByTestId('conflict-last-event')).toHaveTextContent('支払期限を延長');
    expect(within(dialog).getByRole('textbox', { name: /お客さまへの説明/ })).toHaveValue('説明');
  });

  test('a double click on confirm records one decision', async () => {
    const user = userEvent.setup();
    await renderApp('/claims/c-0016/show');
    const before = await apiAs<Claim>('sato', 'GET', '/claims/c-0016');
    const dialog = await openAction(user, '支払を決定');
    await user.dblClick(within(dialog).getByRole('button', { name: '確認' }));
    expect(await screen.findByText('支払を決定しました（5,500円）', {}, LONG)).toBeInTheDocument();
    const events = await auditEventsOf('c-0016');
    expect(events.filter((event) => event.action === 'decision.approve')).toHaveLength(1);
    const after = await apiAs<Claim>('sato', 'GET', '/claims/c-0016');
    expect(after.status).toBe('approved');
    expect(after.version).toBe(before.version + 1);
  });
});
