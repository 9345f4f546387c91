/**
 * The queue's bulk actions and CSV export through the real app and the mocked backend: assign to
 * me and request documents report how many claims were done and skipped and refresh the rows; the
 * CSV holds no full phone number, e-mail address or IMEI.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Claim } from '../../../domain/records';
import { renderApp } from '../../../../tests/renderApp';
import { api, LONG, seeded } from './testing';

async function select(user: ReturnType<typeof userEvent.setup>, claimNumbers: readonly string[]) {
  for (const number of claimNumbers) {
    const row = (await screen.findByText(number, {}, LONG)).closest('tr');
    if (!row) throw new Error(`no row for ${number}`);
    await user.click(within(row).getByRole('checkbox'));
  }
}

afterEach(() => vi.restoreAllMocks());

describe('bulk actions', () => {
  test('assign to me: the selected unassigned claims become mine, with a count', async () => {
    const user = userEvent.setup();
    const world = await seeded();
    await renderApp('/claims');
    const unassigned = world.select((claim) => claim.assigneeId === null).slice(0, 2);
    expect(unassigned).toHaveLength(2);
    await select(user, unassigned.map((claim) => claim.claimNumber));
    await user.click(await screen.findByRole('button', { name: '自分に割り当て' }, LONG));
    expect(await screen.findByText('2件を割り当てました（スキップ 0件）', {}, LONG)).toBeInTheDocument();
    for (const claim of unassigned) {
      expect((await api<Claim>(`/claims/${claim.id}`)).assigneeId).toBe('sato');
      const row = screen.getByText(claim.claimNumber).closest('tr')!;
      await waitFor(() => expect(within(row).getByText('佐藤 美咲')).toBeInTheDocument(), LONG);
    }
  }, 40_000);

  test('request documents: done where something is missing, skipped where nothing is', async () => {
    const user = userEvent.setup();
    const world = await seeded();
    await renderApp('/claims');
    const waiting = world.select((claim) => claim.status === 'awaiting_documents')[0]!;
    const complete = world.select((claim) => claim.status === 'in_review' && claim.completedDate !== null && claim.adjudication?.missingDocuments.length === 0)[0]!;
    await select(user, [waiting.claimNumber, complete.claimNumber]);
    await user.click(await screen.findByRole('button', { name: '書類を依頼' }, LONG));
    expect(await screen.findByText('1件に書類を依頼しました（スキップ 1件）', {}, LONG)).toBeInTheDocument();
    const requested = await api<Claim & { documentRequest?: { missing: string[] } | null }>(`/claims/${waiting.id}`);
    expect(requested.status).toBe('awaiting_documents');
    expect(requested.documentRequest?.missing.length).toBeGreaterThan(0);
  }, 40_000);
});

describe('CSV export', () => {
  test('the exported file has Japanese headers and no unmasked phone, e-mail or IMEI', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) blobs.push(blob);
      return 'blob:queue-export';
    });
    const user = userEvent.setup();
    const world = await seeded();
    await renderApp('/claims');
    await screen.findByText(world.select()[0]!.claimNumber, {}, LONG);
    await user.click(screen.getByRole('button', { name: '出力' }));
    await waitFor(() => expect(blobs).toHaveLength(1), LONG);
    const csv = await blobs[0]!.text();
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toContain('請求番号');
    expect(header).toContain('見積書のIMEI');
    expect(rows).toHaveLength(world.select().length);
    // No IMEI (15 digits), phone number or e-mail address in full.
    expect(csv).not.toMatch(/\d{12,}/);
    expect(csv).not.toMatch(/0\d{1,4}-\d{1,4}-\d{4}|0\d{9,10}/);
    expect(csv).not.toMatch(/[\w.+-]{2,}@/);
    const withImei = world.select((claim) => claim.estimateImei !== undefined)[0]!;
    const row = rows.find((line) => line.startsWith(withImei.claimNumber))!;
    expect(row).toContain(`***********${withImei.estimateImei!.slice(-4)}`);
  }, 40_000);
});
