/**
 * The figures table through the whole app: each figure read off a document beside the claim's value,
 * a mismatch marked by colour and by an icon with the word 不一致 (never colour alone).
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import type { ClaimDocument } from '../../../domain/records';
import { createDataProvider } from '../../../app/dataProvider';
import { renderApp, signInAs } from '../../../../tests/renderApp';

const LONG = { timeout: 10_000 };

async function figuresTable() {
  return screen.findByRole('table', { name: '書類の記載内容と請求内容の照合' }, LONG);
}

function rowsOf(table: HTMLElement) {
  return within(table).getAllByRole('row').slice(1);
}

describe('figures read off the documents', () => {
  test('a claim whose documents agree shows every figure as a match', async () => {
    await renderApp('/claims/c-0001/show');
    const table = await figuresTable();
    expect(rowsOf(table).filter((row) => row.dataset.verdict === 'mismatch')).toEqual([]);
    expect(screen.getByTestId('figures-summary')).toHaveTextContent('すべての記載が請求内容と一致しています');
    const receiptAmount = rowsOf(table).find((row) => row.dataset.kind === 'repair_receipt' && within(row).queryByText('金額'));
    expect(receiptAmount).toHaveTextContent('99,000円');
    expect(within(receiptAmount!).getByText('一致')).toBeInTheDocument();
  });

  test('the estimate of claim c-0018 shows another IMEI: the row is marked 不一致 with its reason', async () => {
    await renderApp('/claims/c-0018/show');
    const table = await figuresTable();
    const mismatches = rowsOf(table).filter((row) => row.dataset.verdict === 'mismatch');
    expect(mismatches).toHaveLength(1);
    const [row] = mismatches;
    expect(row!.dataset.kind).toBe('repair_estimate');
    expect(within(row!).getByText('IMEI')).toBeInTheDocument();
    expect(within(row!).getByText('不一致')).toBeInTheDocument();
    expect(within(row!).getByTestId('ErrorOutlineIcon')).toBeInTheDocument();
    expect(row).toHaveTextContent(/\*{11}7691/);
    expect(screen.getByTestId('figures-summary')).toHaveTextContent('1件の不一致があります');
  });

  test('a receipt amount that differs from the claimed repair cost is a mismatch, in English too', async () => {
    await signInAs('sato');
    const dataProvider = createDataProvider('/api');
    const { data } = await dataProvider.getList<ClaimDocument>('documents', { filter: { claimId: 'c-0001', kind: 'repair_receipt' }, pagination: { page: 1, perPage: 10 }, sort: { field: 'id', order: 'ASC' } });
    const [receipt] = data;
    await dataProvider.update<ClaimDocument>('documents', { id: receipt!.id, data: { ...receipt!, figures: { ...receipt!.figures, amount: 89_000 } }, previousData: receipt! });
    const user = userEvent.setup();
    await renderApp('/claims/c-0001/show');
    const table = await figuresTable();
    const row = rowsOf(table).find((candidate) => candidate.dataset.verdict === 'mismatch');
    expect(row!.dataset.kind).toBe('repair_receipt');
    expect(row).toHaveTextContent('89,000円');
    expect(row).toHaveTextContent('修理費99,000円');
    expect(within(row!).getByText('不一致')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));
    const english = await screen.findByRole('table', { name: "Figures on the documents vs the claim's values" });
    const translated = rowsOf(english).find((candidate) => candidate.dataset.verdict === 'mismatch');
    expect(translated).toHaveTextContent('¥89,000');
    expect(within(translated!).getByText('Mismatch')).toBeInTheDocument();
  });
});
