/**
 * Survey results through the real app and the mocked backend, on the hand-computed example of
 * src/domain/metrics/testing.ts: every survey listed with its answer, claim, peril and adjuster;
 * above the list, the satisfaction rate, answers and response rate of the current filter
 * (computed by the backend), the answer filter aside.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { resetMockDb } from '../../mocks/db';
import { exampleRecords } from '../../src/domain/metrics/exampleRecords';
import { EXAMPLE_TODAY } from '../../src/domain/metrics/testing';
import { renderApp } from '../renderApp';

const LONG = { timeout: 10_000 };
const route = (filter: Record<string, unknown>) => `/surveys?${new URLSearchParams({ filter: JSON.stringify(filter) }).toString()}`;

beforeEach(() => {
  resetMockDb({ data: { ...exampleRecords(), documents: [], auditEvents: [] }, referenceDate: EXAMPLE_TODAY });
});

async function summary() {
  await waitFor(() => expect(screen.getByTestId('survey-summary-rate').textContent).not.toBe('…'), LONG);
  return ['rate', 'answers', 'response'].map((id) => screen.getByTestId(`survey-summary-${id}`).textContent);
}

describe('survey results', () => {
  test('every survey, newest first, with its answer, claim, peril and adjuster; the rate of all', async () => {
    await renderApp('/surveys', { as: 'takahashi' });
    const rows = await screen.findAllByRole('row', {}, LONG);
    await waitFor(() => expect(screen.getAllByText(/^CLM-EX-/)).toHaveLength(6), LONG);
    expect(rows.length).toBeGreaterThan(1);
    const first = screen.getAllByText(/^CLM-EX-/)[0]?.closest('tr');
    expect(first).toBeTruthy();
    if (first) {
      expect(within(first).getByText('満足')).toBeInTheDocument();
      expect(within(first).getByText('CLM-EX-0008')).toBeInTheDocument();
      expect(within(first).getByText('破損・汚損')).toBeInTheDocument();
      expect(within(first).getAllByText('2026年6月5日')).toHaveLength(2);
    }
    expect(screen.getAllByText('未回答')).toHaveLength(3);
    expect(await summary()).toEqual(['66.7%', '3', '50%']);
  });

  test('the rate follows the filter: water in the example range', async () => {
    await renderApp(route({ peril: 'water', sentDate_gte: '2026-03-01', sentDate_lte: '2026-05-31' }), { as: 'takahashi' });
    await waitFor(() => expect(screen.getAllByText(/^CLM-EX-/)).toHaveLength(2), LONG);
    expect(await summary()).toEqual(['0%', '1', '50%']);
    expect(screen.getByTestId('survey-summary')).toHaveTextContent('送付 2件のうち回答 1件');
  });

  test('the answer filter narrows the list, not the rate; adjusters read the results too', async () => {
    await renderApp(route({ answer: ['satisfied'], adjusterId: 'sato' }), { as: 'sato' });
    await waitFor(() => expect(screen.getAllByText(/^CLM-EX-/)).toHaveLength(2), LONG);
    // sato's surveys: 4 sent, 2 answered (both 満足).
    expect(await summary()).toEqual(['100%', '2', '50%']);
  });
});
