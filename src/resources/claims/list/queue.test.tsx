/**
 * The triage queue through the real app and the mocked backend: by default the open claims, oldest
 * payment due date first, with the module's proposal, flags and assignee; each filter narrows the
 * list; the quick filters of the aside; a manager reads the queue without bulk actions.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { addDays, todayInJapan } from '../../../domain/dates';
import { effectiveDueDate } from '../../../domain/deadline';
import type { Claim } from '../../../domain/records';
import { renderApp } from '../../../../tests/renderApp';
import { api, LONG, numbersOf, queueRoute, seeded, shownClaimNumbers } from './testing';

const today = () => todayInJapan();

async function expectRows(expected: readonly string[]) {
  await waitFor(() => expect([...shownClaimNumbers()].sort()).toEqual([...expected].sort()), LONG);
}

describe('triage queue', () => {
  test('by default: the open claims only, oldest payment due date first', async () => {
    const world = await seeded();
    await renderApp('/claims');
    const open = world.select();
    await expectRows(numbersOf(open));
    const dated = open.filter((claim) => effectiveDueDate(claim) !== null);
    const byDue = [...dated].sort((a, b) => (effectiveDueDate(a) ?? '').localeCompare(effectiveDueDate(b) ?? '') || a.claimNumber.localeCompare(b.claimNumber));
    const shownDated = shownClaimNumbers().filter((number) => dated.some((claim) => claim.claimNumber === number));
    expect(shownDated.map((number) => effectiveDueDate(dated.find((claim) => claim.claimNumber === number)!))).toEqual(byDue.map(effectiveDueDate));
    // Decided claims are not in the inbox.
    expect(screen.queryByText('CLM-2026-0008')).not.toBeInTheDocument();
  });

  test('a row shows the overdue marker, the review flag with why, the proposal and the assignee', async () => {
    const user = userEvent.setup();
    const world = await seeded();
    await renderApp('/claims');
    const overdue = world.select((claim) => (effectiveDueDate(claim) ?? '9999') < today())[0];
    expect(overdue).toBeDefined();
    const row = (await screen.findByText(overdue!.claimNumber, {}, LONG)).closest('tr')!;
    expect(within(row).getByText('期限超過')).toBeInTheDocument();
    const flagged = world.select((claim) => claim.id === 'c-0018')[0]!;
    const flaggedRow = screen.getByText(flagged.claimNumber).closest('tr')!;
    const chip = within(flaggedRow).getByText('IMEI不一致');
    await user.hover(chip);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('修理見積書のIMEIが契約端末のIMEIと一致しません');
    const pending = screen.getByText('CLM-2026-0020').closest('tr')!;
    await waitFor(() => expect(within(pending).getByText('佐藤 美咲')).toBeInTheDocument(), LONG);
    expect(within(pending).getByText('支払')).toBeInTheDocument();
  });

  test("a row's device, plan and assignee come with the claims: no request to /api/policies or /api/users", async () => {
    const world = await seeded();
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    try {
      await renderApp('/claims');
      const claim = world.select((c) => c.assigneeId === 'sato')[0]!;
      const policy = world.policies.get(claim.policyId)!;
      const row = (await screen.findByText(claim.claimNumber, {}, LONG)).closest('tr')!;
      expect(within(row).getByText('佐藤 美咲')).toBeInTheDocument();
      expect(within(row).getByText(policy.device.model)).toBeInTheDocument();
      expect(within(row).getByText(policy.plan === 'light' ? 'ライトプラン' : 'スタンダードプラン')).toBeInTheDocument();
      const unassigned = world.select((c) => c.assigneeId === null)[0]!;
      const emptyRow = screen.getByText(unassigned.claimNumber).closest('tr')!;
      expect(emptyRow.querySelector('td.column-assigneeName')).toHaveTextContent('—');
      const paths = fetchSpy.mock.calls.map(([input]) => new URL(input instanceof Request ? input.url : String(input), 'http://localhost').pathname);
      expect(paths.some((path) => path.startsWith('/api/claims'))).toBe(true); // the spy sees the list's requests
      expect(paths.filter((path) => /^\/api\/(policies|users)\b/.test(path))).toEqual([]);
    } finally {
      fetchSpy.mockRestore();
    }
  });

  test('the assessment column shows the recorded decision and payout of a decided claim, not the estimate', async () => {
    const world = await seeded();
    const claim = world.claims.find((c) => c.id === 'c-0004')!;
    expect(claim.adjudication?.decision).toBe('approve');
    // The adjuster denies a claim the module would pay: the queue shows the denial.
    await api('/claims/c-0004/decision', { method: 'POST', body: { decision: 'deny', note: '[OTHER] 確認の結果', version: claim.version }, headers: { 'Idempotency-Key': 'queue-assessment-1' } });
    await renderApp(queueRoute({ status: ['denied'] }));
    expect(await screen.findByRole('columnheader', { name: '査定' }, LONG)).toBeInTheDocument();
    const row = (await screen.findByText(claim.claimNumber, {}, LONG)).closest('tr')!;
    const assessment = within(row).getByTestId('assessment-decided');
    expect(assessment).toHaveTextContent('不支払');
    expect(assessment).not.toHaveTextContent('円');
  });

  const cases: [string, Record<string, unknown>, (claim: Claim) => boolean, { all?: boolean }?][] = [
    ['status (several)', { status: ['received', 'pending_approval'] }, (c) => ['received', 'pending_approval'].includes(c.status)],
    ['peril', { peril: ['water'] }, (c) => c.peril === 'water', { all: true }],
    ['assignee me', { assignee: 'me' }, (c) => c.assigneeId === 'sato', { all: true }],
    ['assignee unassigned', { assignee: 'unassigned' }, (c) => c.assigneeId === null, { all: true }],
    ['flag', { flags: 'IMEI_MISMATCH' }, (c) => c.id === 'c-0018', { all: true }],
    ['overdue', { overdue: true }, (c) => (effectiveDueDate(c) ?? '9999') < todayInJapan()],
    ['received from', { receivedDate_gte: '2026-11-24' }, (c) => c.receivedDate >= '2026-11-24', { all: true }],
    ['received to', { receivedDate_lte: '2026-11-17' }, (c) => c.receivedDate <= '2026-11-17', { all: true }],
  ];
  for (const [name, filter, keep, options] of cases) {
    test(`the ${name} filter narrows the list`, async () => {
      const world = await seeded();
      await renderApp(queueRoute(filter));
      const expected = numbersOf(world.select(keep, options ?? {}));
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(world.claims.length);
      await expectRows(expected);
    });
  }

  test('the plan and due-date filters narrow the list', async () => {
    const world = await seeded();
    const light = (claim: Claim) => world.policies.get(claim.policyId)?.plan === 'light';
    await renderApp(queueRoute({ plan: 'light' }));
    await expectRows(numbersOf(world.select(light, { all: true })));
  });

  test('the due-date range narrows the list', async () => {
    const from = today();
    const to = addDays(from, 20);
    const world = await seeded();
    await renderApp(queueRoute({ status: ['in_review'], dueDate_gte: from, dueDate_lte: to }));
    const expected = numbersOf(world.select((c) => c.status === 'in_review' && (effectiveDueDate(c) ?? '') >= from && (effectiveDueDate(c) ?? '9999') <= to));
    expect(expected.length).toBeGreaterThan(0);
    await expectRows(expected);
  });

  test('the filter bar: assignee unassigned, then me; overdue only', async () => {
    const user = userEvent.setup();
    const world = await seeded();
    await renderApp('/claims');
    await expectRows(numbersOf(world.select()));
    await user.click(screen.getByRole('combobox', { name: '担当者' }));
    await user.click(await screen.findByRole('option', { name: '未割当' }));
    await expectRows(numbersOf(world.select((c) => c.assigneeId === null)));
    await user.click(screen.getByRole('combobox', { name: '担当者' }));
    await user.click(await screen.findByRole('option', { name: '自分' }));
    await expectRows(numbersOf(world.select((c) => c.assigneeId === 'sato')));
    await user.click(screen.getByRole('combobox', { name: '担当者' }));
    // The empty choice (anyone) is labelled for screen readers as clearing the input.
    await user.click(within(await screen.findByRole('listbox')).getByText('すべて'));
    await user.click(screen.getByLabelText('支払期限超過のみ'));
    await expectRows(numbersOf(world.select((c) => (effectiveDueDate(c) ?? '9999') < todayInJapan())));
  }, 60_000);

  test('a manager reads the queue but is offered no bulk action', async () => {
    const world = await seeded();
    await renderApp('/claims', { as: 'takahashi' });
    await expectRows(numbersOf(world.select()));
    expect(screen.queryAllByRole('checkbox', { name: /選択/ })).toHaveLength(0);
  });
});
