/**
 * Uploading a document on a customer's behalf through the whole app and the mocked backend: a PNG
 * appears among the claim's documents (and is served back), a renamed HTML page is refused with a
 * clear message, and the form is not offered to managers nor on decided claims.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { renderApp } from '../../../../tests/renderApp';
import { problemFromResponse } from './uploadDocument';

const LONG = { timeout: 10_000 };
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngFile(name: string): File {
  return new File([new Uint8Array([...PNG_SIGNATURE, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])], name, { type: 'image/png' });
}

async function uploadForm() {
  return screen.findByRole('form', { name: 'お客様に代わって書類をアップロード' }, LONG);
}

async function chooseKind(user: ReturnType<typeof userEvent.setup>, form: HTMLElement, kind: string) {
  await user.click(within(form).getByRole('combobox', { name: '書類の種類' }));
  await user.click(await screen.findByRole('option', { name: kind }));
}

describe('uploading a document', () => {
  test('an adjuster uploads a PNG estimate to an awaiting claim, and it appears among the documents', async () => {
    const user = userEvent.setup();
    // node-polyglot reports a missing key through the `warning` package (console.error).
    const warn = vi.spyOn(console, 'error');
    await renderApp('/claims/c-0007/show');
    const form = await uploadForm();
    await chooseKind(user, form, '修理見積書');
    await user.upload(within(form).getByLabelText('ファイルを選択'), pngFile('estimate-scan.png'));
    expect(within(form).getByTestId('upload-file-name')).toHaveTextContent('estimate-scan.png');
    await user.click(within(form).getByRole('button', { name: 'アップロード' }));

    const list = screen.getByRole('list', { name: '提出書類の一覧' });
    const thumbnail = await within(list).findByRole('button', { name: /^修理見積書\s*estimate-scan\.png/ }, LONG);
    expect(within(thumbnail).getByText('estimate-scan.png')).toBeInTheDocument();
    expect(await screen.findByText('修理見積書をアップロードしました')).toBeInTheDocument();
    expect(warn.mock.calls.flat().join(' ')).not.toMatch(/Missing translation/);
    warn.mockRestore();
    // The upload's audit event (recordId = the document's id) is on the claim's timeline.
    const timeline = await screen.findByRole('list', { name: '履歴' }, LONG);
    await waitFor(() => expect(timeline).toHaveTextContent('書類をアップロード'), LONG);

    const response = await fetch(thumbnail.querySelector('img')!.getAttribute('src')!);
    expect(response.headers.get('content-type')).toMatch(/^image\/png/);
    expect(Array.from(new Uint8Array(await response.arrayBuffer()).slice(0, 8))).toEqual(PNG_SIGNATURE);
  });

  test('a theft/loss claim: the upload starts at the police report, no photo compare, no referral to the warranty', async () => {
    const user = userEvent.setup();
    await renderApp('/claims/c-0005/show', { as: 'sato' });
    const form = await uploadForm();
    await waitFor(() => expect(within(form).getByRole('combobox', { name: '書類の種類' })).toHaveTextContent('警察への届出'));
    expect(screen.queryByRole('button', { name: '加入時の写真と損傷写真を比較' })).not.toBeInTheDocument();
    await user.click(within(await screen.findByTestId('take-to-decide', {}, LONG)).getByRole('button', { name: 'この請求を担当する' }));
    const actions = await screen.findByTestId('decision-actions', {}, LONG);
    expect(within(actions).getByRole('button', { name: '不支払' })).toBeInTheDocument();
    expect(within(actions).queryByRole('button', { name: '動作保証へ案内' })).not.toBeInTheDocument();
  });

  test('the photo compare is offered on a claim with a damage photo', async () => {
    await renderApp('/claims/c-0001/show', { as: 'sato' });
    expect(await screen.findByRole('button', { name: '加入時の写真と損傷写真を比較' }, LONG)).toBeInTheDocument();
  });

  test('an HTML page renamed .png is refused with a message, and nothing is sent', async () => {
    const user = userEvent.setup();
    await renderApp('/claims/c-0007/show');
    const form = await uploadForm();
    const html = new File(['<!doctype html><html><body>not a receipt</body></html>'], 'receipt.png', { type: 'image/png' });
    await user.upload(within(form).getByLabelText('ファイルを選択'), html);
    expect(await within(form).findByRole('alert')).toHaveTextContent('このファイルは受け付けられません。JPEG・PNG・WebP・PDFのファイルを選んでください');
    expect(within(form).getByRole('button', { name: 'アップロード' })).toBeDisabled();
    expect(within(screen.getByRole('list', { name: '提出書類の一覧' })).queryByText('receipt.png')).not.toBeInTheDocument();
  });

  test("the backend's 415 and 413 answers become the same clear messages", () => {
    expect(problemFromResponse(415, { message: 'Only JPEG, PNG, WEBP, PDF files are accepted', errors: { file: 'x' } }, 10)).toEqual({ reason: 'type' });
    expect(problemFromResponse(413, { message: 'too large' }, 11_000_000)).toEqual({ reason: 'size', size: 11_000_000 });
    expect(problemFromResponse(409, { code: 'CLAIM_LOCKED', lock: { userName: '鈴木 一郎' } }, 1)).toEqual({ reason: 'locked', lockedBy: '鈴木 一郎' });
    expect(problemFromResponse(409, { code: 'ALREADY_DECIDED' }, 1)).toEqual({ reason: 'decided' });
  });

  test('not offered to a manager, nor on a decided claim', async () => {
    const first = await renderApp('/claims/c-0007/show', { as: 'takahashi' });
    await screen.findByRole('table', { name: '書類の記載内容と請求内容の照合' }, LONG);
    expect(screen.queryByRole('form', { name: 'お客様に代わって書類をアップロード' })).not.toBeInTheDocument();
    first.unmount();

    await renderApp('/claims/c-0008/show', { as: 'sato' });
    await screen.findByRole('table', { name: '書類の記載内容と請求内容の照合' }, LONG);
    await waitFor(() => expect(screen.queryByRole('form', { name: 'お客様に代わって書類をアップロード' })).not.toBeInTheDocument());
  });
});
