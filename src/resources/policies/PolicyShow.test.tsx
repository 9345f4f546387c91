/**
 * The policy page through the real app and the mocked backend: each policy period with its
 * aggregate gauge (limit, used, remaining), its claims and payments; the device with its enrollment
 * photo; personal data masked, revealed in full only by a deliberate click that the backend audits,
 * and not offered to a manager.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test } from 'vitest';
import type { AuditEvent, ClaimDocument, Policy } from '../../domain/records';
import { renderApp } from '../../../tests/renderApp';

const LONG = { timeout: 10_000 };

/** A JSON answer of the mock API, signed in as `as` (every demo password is `demo`). */
async function api<T>(path: string, { as = 'sato', method = 'GET', body, headers = {} }: { as?: string; method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<T> {
  const login = await fetch('/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: as, password: 'demo' }) });
  const { token } = (await login.json()) as { token: string };
  const response = await fetch(`/api${path}`, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

// p-0008 (standard plan, aggregate limit ¥200,000): c-0008 paid ¥96,000 (incident 2026-03-25),
// c-0009 approved ¥80,000 (2026-10-01). With inception moved to 2025-06-01 they fall in two
// periods; a payment run pays c-0009, so the current period has a payment.
beforeEach(async () => {
  const policy = await api<Policy>('/policies/p-0008');
  await api('/policies/p-0008', { method: 'PUT', body: { ...policy, inceptionDate: '2025-06-01' } });
  await api('/payments/run', { as: 'suzuki', method: 'POST', body: { claimIds: ['c-0009'] }, headers: { 'Idempotency-Key': crypto.randomUUID() } });
});

describe('policy page', () => {
  test("each period's gauge, claims and payments", async () => {
    await renderApp('/policies/p-0008/show');
    const past = await screen.findByTestId('period-2025-06-01', {}, LONG);
    const current = screen.getByTestId('period-2026-06-01');
    await waitFor(() => expect(within(past).getByTestId('aggregate-used')).toHaveTextContent('96,000円'), LONG);
    expect(within(past).getByTestId('aggregate-limit')).toHaveTextContent('200,000円');
    expect(within(past).getByTestId('aggregate-remaining')).toHaveTextContent('104,000円');
    expect(within(current).getByTestId('aggregate-used')).toHaveTextContent('80,000円');
    expect(within(current).getByTestId('aggregate-remaining')).toHaveTextContent('120,000円');
    expect(within(current).getByText('今期')).toBeInTheDocument();
    await waitFor(() => expect(within(past).getByText('CLM-2026-0008')).toBeInTheDocument(), LONG);
    expect(within(past).queryByText('CLM-2026-0009')).not.toBeInTheDocument();
    // c-0009 in the current period's claims and, paid by the run, in its payments.
    await waitFor(() => expect(within(current).getAllByText('CLM-2026-0009')).toHaveLength(2), LONG);
    expect(within(current).getByText('CLM-2026-0010')).toBeInTheDocument();
    expect(within(current).getAllByText('80,000円').length).toBeGreaterThanOrEqual(3);
  });

  test('a period with claims but no payment says so with a dash, not "clear the filters"', async () => {
    // p-0004: one claim in review (c-0004), nothing paid.
    await renderApp('/policies/p-0004/show');
    const [card] = await screen.findAllByTestId(/^period-/, {}, LONG);
    await waitFor(() => expect(within(card!).getByText('CLM-2026-0004')).toBeInTheDocument(), LONG);
    // The payments' heading is followed by the dash once their (empty) list has answered.
    const heading = within(card!).getByText('この期間の支払');
    await waitFor(() => expect(heading.nextElementSibling).toHaveTextContent(/^—$/), LONG);
    expect(card).not.toHaveTextContent(/検索条件|結果が見つかりませんでした/);
  });

  test('the device with its enrollment photo', async () => {
    await renderApp('/policies/p-0008/show');
    const photo = await screen.findByRole('img', { name: '加入時のスマホの写真' }, LONG);
    const [enrollment] = await api<ClaimDocument[]>(`/documents?${new URLSearchParams({ filter: JSON.stringify({ policyId: 'p-0008', kind: 'enrollment_photo' }) }).toString()}`);
    expect(enrollment).toBeDefined();
    expect(photo.getAttribute('src')).toMatch(new RegExp(`^${enrollment!.url}\\?token=.+`));
  });

  test('personal data is masked; a deliberate click reveals one field in full, audited', async () => {
    const user = userEvent.setup();
    const fullPhone = /\b0\d{1,4}-\d{1,4}-\d{4}\b/;
    await renderApp('/policies/p-0008/show');
    const masked = (await screen.findByTestId('masked-phone', {}, LONG)).textContent ?? '';
    expect(masked).toMatch(/^\d{2,4}-\*+-\d{4}$/);
    expect(document.body.textContent).not.toMatch(fullPhone);
    expect(document.body.textContent).not.toMatch(/\d{15}/);
    expect(screen.getByTestId('masked-imei').textContent).toMatch(/^\*{11}\d{4}$/);
    await user.click(screen.getByRole('button', { name: '電話番号 を全桁表示（記録されます）' }));
    const revealed = (await screen.findByTestId('revealed-phone', {}, LONG)).textContent ?? '';
    expect(revealed).toMatch(fullPhone);
    // The full number is the masked one's: same first and last groups.
    expect(revealed.split('-')[0]).toBe(masked.split('-')[0]);
    expect(revealed.slice(-4)).toBe(masked.slice(-4));
    // Only the phone: the IMEI stays masked.
    expect(screen.getByTestId('masked-imei')).toBeInTheDocument();
    const audits = await api<AuditEvent[]>(`/audit-events?${new URLSearchParams({ filter: JSON.stringify({ recordId: 'p-0008' }) }).toString()}`);
    expect(audits.some((event) => event.action.includes('reveal') && JSON.stringify(event.after).includes('phone'))).toBe(true);
  });

  test('a manager sees personal data masked, with no reveal button', async () => {
    await renderApp('/policies/p-0008/show', { as: 'takahashi' });
    await screen.findByTestId('masked-phone', {}, LONG);
    expect(screen.queryByRole('button', { name: /全桁表示/ })).not.toBeInTheDocument();
  });
});
