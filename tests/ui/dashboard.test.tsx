/**
 * The dashboard through the real app, the real dataProvider and the mocked backend, on the
 * hand-computed example of src/domain/metrics/testing.ts (today 2026-06-15): the manager sets the
 * range 2026-03-01…2026-05-31 and every KPI card and every chart's table shows the example's
 * figures; the charts draw their bars; a bar opens the filtered list; English one click away;
 * an adjuster is sent to the claims list.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { resetMockDb } from '../../mocks/db';
import { i18nProvider } from '../../src/app/i18nProvider';
import { exampleRecords } from '../../src/domain/metrics/exampleRecords';
import { EXAMPLE_TODAY } from '../../src/domain/metrics/testing';
import { renderApp } from '../renderApp';

const LONG = { timeout: 10_000 };

/**
 * happy-dom lays nothing out (every box is 0 × 0): recharts' ResponsiveContainer, which measures its
 * box on mount and on resize, is given a 560 × 280 box, and resizes are not reported.
 */
function layOutCharts() {
  const measure = HTMLElement.prototype.getBoundingClientRect;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('recharts-responsive-container') ? new DOMRect(0, 0, 560, 280) : measure.call(this);
  });
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
}

beforeEach(() => {
  // Each test starts in Japanese with no dashboard filter kept from the one before.
  localStorage.clear();
  layOutCharts();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-06-15T12:00:00+09:00'));
  resetMockDb({ data: { ...exampleRecords(), documents: [], auditEvents: [] }, referenceDate: EXAMPLE_TODAY });
});
afterEach(async () => {
  // The i18nProvider is one object for the whole file: a test that switched to English leaves it so.
  await i18nProvider.changeLocale('ja');
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/**
 * Opens the dashboard as the manager on the example's range: typed into the date fields when
 * `typeRange`, else already chosen (kept in react-admin's store, as a previous visit leaves it).
 */
async function openExample({ typeRange = false, plan = 'all' }: { typeRange?: boolean; plan?: 'all' | 'standard' | 'light' } = {}) {
  if (typeRange) {
    // The dashboard is already on screen with its default range.
  } else {
    localStorage.setItem('RaStore.dashboard.filter', JSON.stringify({ from: '2026-03-01', to: '2026-05-31', plan }));
    await renderApp('/', { as: 'takahashi' });
  }
  // The first render of a run also loads the dashboard's lazy chunk.
  await screen.findByTestId('dashboard-scope', {}, { timeout: 30_000 });
  if (typeRange) {
    fireEvent.change(screen.getByTestId('dashboard-from'), { target: { value: '2026-03-01' } });
    fireEvent.change(screen.getByTestId('dashboard-to'), { target: { value: '2026-05-31' } });
  }
  await waitFor(() => expect(screen.getByTestId('dashboard-scope')).toHaveTextContent('2026年3月1日 〜 2026年5月31日'), LONG);
  // The previous range's figures stay on screen while the new ones load: wait until nothing loads.
  await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull(), LONG);
}

/** The rows of a chart's data table (each row's cell texts), after switching the card to the table view. */
async function tableOf(testId: string, viewLabel = '表'): Promise<string[][]> {
  const card = screen.getByTestId(testId);
  await userEvent.click(within(card).getByRole('button', { name: viewLabel }));
  const table = await within(card).findByTestId(`${testId}-table`);
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent ?? ''));
}

const kpi = (id: string) => screen.getByTestId(`kpi-${id}-value`).textContent;

// Nine recharts charts drawn in happy-dom take seconds; the first test also loads the lazy chunk.
describe('the dashboard on the hand-computed example', { timeout: 60_000 }, () => {
  test('the KPI cards, after typing the range (the last 12 months to start with)', async () => {
    await renderApp('/', { as: 'takahashi' });
    await waitFor(() => expect(screen.getByTestId('dashboard-scope')).toHaveTextContent('2025年7月1日 〜 2026年6月15日'), LONG);
    await openExample({ typeRange: true });
    expect(kpi('open')).toBe('2件');
    expect(kpi('overdue')).toBe('1件');
    expect(kpi('paid-this-month')).toBe('12,000円');
    expect(kpi('within-deadline')).toBe('66.7%');
    expect(kpi('cycle-time')).toBe('54日');
    // 100,000円 ÷ 2,950円 of earned premium.
    expect(kpi('loss-ratio')).toBe('3,389.8%');
    expect(kpi('satisfaction')).toBe('50%');
    expect(screen.getByTestId('kpi-satisfaction')).toHaveTextContent('回答 2件・回答率 40%・目標 90%');
  });

  test('payouts per month by peril, claims by status, share within the deadline, cycle time', async () => {
    await openExample();
    expect(await tableOf('chart-payouts')).toEqual([
      ['2026年3月', '30,000円', '0円', '0円', '0円', '0円', '30,000円', '1'],
      ['2026年4月', '0円', '0円', '0円', '0円', '0円', '0円', '0'],
      ['2026年5月', '20,000円', '50,000円', '0円', '0円', '0円', '70,000円', '2'],
    ]);
    const status = await tableOf('chart-status');
    expect(status).toContainEqual(['支払済', '3', '91,000円', '82,000円']);
    expect(status).toContainEqual(['支払決定', '1', '48,000円', '45,000円']);
    expect(status).toContainEqual(['受付', '0', '0円', '0円']);
    expect(await tableOf('chart-deadline')).toEqual([
      ['2026年3月', '1', '1', '100%'],
      ['2026年4月', '0', '0', '—'],
      ['2026年5月', '2', '1', '50%'],
    ]);
    const cycle = await tableOf('chart-cycle');
    expect(cycle).toContainEqual(['15〜21日', '1', '33.3%']);
    expect(cycle).toContainEqual(['61日以上', '2', '66.7%']);
    expect(cycle).toContainEqual(['0〜7日', '0', '0%']);
  });

  test('loss ratio by plan, aggregate consumption', async () => {
    await openExample();
    const loss = await tableOf('chart-loss-ratio');
    expect(loss[0]).toEqual(['2026年3月', '1', '470円', '30,000円', '6,383%', '1', '200円', '0円', '0%', '2', '670円', '30,000円', '4,477.6%']);
    expect(loss[2]?.slice(5, 9)).toEqual(['1', '200円', '20,000円', '10,000%']);
    expect(await tableOf('chart-consumption')).toEqual([
      ['未使用', '1', '0', '1', '33.3%'],
      ['25%以下', '0', '1', '1', '33.3%'],
      ['25〜50%', '0', '0', '0', '0%'],
      ['50〜75%', '1', '0', '1', '33.3%'],
      ['75〜100%未満', '0', '0', '0', '0%'],
      ['使い切り', '0', '0', '0', '0%'],
    ]);
  });

  test('satisfaction by month (April empty, May unanswered), by peril, by adjuster', async () => {
    await openExample();
    expect(await tableOf('chart-satisfaction-month')).toEqual([
      ['2026年3月', '3', '2', '1', '50%', '66.7%'],
      ['2026年4月', '0', '0', '0', '—', '—'],
      ['2026年5月', '2', '0', '0', '—', '0%'],
    ]);
    const peril = await tableOf('chart-satisfaction-peril');
    expect(peril[0]).toEqual(['破損・汚損', '3', '1', '1', '100%', '33.3%']);
    expect(peril[1]).toEqual(['水濡れ', '2', '1', '0', '0%', '50%']);
    expect(peril[2]).toEqual(['故障', '0', '0', '0', '—', '—']);
    expect(await tableOf('chart-satisfaction-adjuster')).toEqual([
      ['佐藤 美咲', '3', '1', '1', '100%', '33.3%'],
      ['田中 健一', '2', '1', '0', '0%', '50%'],
    ]);
  });

  test('the light plan narrows every figure', async () => {
    await openExample();
    fireEvent.change(screen.getByTestId('dashboard-plan'), { target: { value: 'light' } });
    await waitFor(() => expect(kpi('open')).toBe('0件'), LONG);
    expect(kpi('loss-ratio')).toBe('3,333.3%');
    expect((await tableOf('chart-payouts')).map((row) => row.at(-2))).toEqual(['0円', '0円', '20,000円']);
  });
});

describe('charts, click-through, language, roles', { timeout: 60_000 }, () => {
  test('each chart draws: stacked bars of payouts, the target line of satisfaction', async () => {
    await openExample();
    const payouts = screen.getByTestId('chart-payouts-chart');
    await waitFor(() => expect(payouts.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0), LONG);
    for (const id of ['status', 'deadline', 'cycle', 'consumption', 'satisfaction-month', 'satisfaction-peril', 'satisfaction-adjuster']) {
      await waitFor(() => expect(screen.getByTestId(`chart-${id}-chart`).querySelectorAll('.recharts-bar-rectangle').length, id).toBeGreaterThan(0), LONG);
    }
    expect(screen.getByTestId('chart-loss-ratio-chart').querySelectorAll('.recharts-line').length).toBe(3);
    expect(screen.getByTestId('chart-satisfaction-month-chart').querySelector('.recharts-reference-line')).not.toBeNull();
  });

  test('clicking a status bar opens the claims list filtered to it', async () => {
    await openExample();
    const chart = screen.getByTestId('chart-status-chart');
    await waitFor(() => expect(chart.querySelectorAll('.recharts-bar-rectangle path').length).toBeGreaterThan(0), LONG);
    // The count bars (zero counts draw nothing); the longest is paid: 3 claims.
    const counts = Array.from(chart.querySelectorAll<SVGPathElement>('.recharts-bar-rectangle path[name="件数"]'));
    const paid = counts.reduce((longest, path) => (Number(path.getAttribute('width')) > Number(longest.getAttribute('width')) ? path : longest));
    fireEvent.click(paid);
    await waitFor(() => expect(decodeURIComponent(window.location.hash)).toMatch(/^#\/claims\?filter=\{"status":\["paid"\],"receivedDate_gte":"2026-03-01","receivedDate_lte":"2026-05-31"\}/), LONG);
    // The claims list shows exactly those claims: c2, c3, c8.
    await waitFor(() => expect(screen.getAllByText(/^CLM-EX-/).map((cell) => cell.textContent).sort()).toEqual(['CLM-EX-0002', 'CLM-EX-0003', 'CLM-EX-0008']), LONG);
  });

  test('English (the language chosen earlier, kept in the store): titles, months and yen', async () => {
    localStorage.setItem('RaStore.locale', JSON.stringify('en'));
    localStorage.setItem('RaStore.dashboard.filter', JSON.stringify({ from: '2026-03-01', to: '2026-05-31', plan: 'all' }));
    await renderApp('/', { as: 'takahashi' });
    await screen.findByText('Payouts per month by peril', {}, LONG);
    await waitFor(() => expect(kpi('paid-this-month')).toBe('¥12,000'), LONG);
    expect(screen.getByTestId('dashboard-scope')).toHaveTextContent('Mar 1, 2026 – May 31, 2026 · All plans');
    expect((await tableOf('chart-deadline', 'Table'))[0]).toEqual(['Mar 2026', '1', '1', '100%']);
  });

  test('an adjuster is sent to the claims list and has no dashboard menu item', async () => {
    await renderApp('/', { as: 'sato' });
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/claims/), LONG);
    expect(screen.queryByTestId('dashboard')).not.toBeInTheDocument();
    // The resources' menu items are there; the dashboard's is not.
    await screen.findByRole('menuitem', { name: /請求/ }, LONG);
    expect(screen.queryByRole('menuitem', { name: 'ダッシュボード' })).not.toBeInTheDocument();
  });

  test('a supervisor, like the manager, has the dashboard menu item', async () => {
    await renderApp('/claims', { as: 'suzuki' });
    expect(await screen.findByRole('menuitem', { name: 'ダッシュボード' }, LONG)).toBeInTheDocument();
  });
});

describe('drill-downs keep the range and the plan', { timeout: 60_000 }, () => {
  test('with the light plan chosen, a status bar opens that plan’s claims only', async () => {
    await openExample({ plan: 'light' });
    expect(kpi('open')).toBe('0件');
    const chart = screen.getByTestId('chart-status-chart');
    await waitFor(() => expect(chart.querySelectorAll('.recharts-bar-rectangle path[name="請求額"]').length).toBe(2), LONG);
    // Light plan claims received in the range: c2 paid (23,000円 claimed) and c6 denied (10,000円): the longer bar is paid.
    const amounts = Array.from(chart.querySelectorAll<SVGPathElement>('.recharts-bar-rectangle path[name="請求額"]'));
    const paid = amounts.reduce((longest, path) => (Number(path.getAttribute('width')) > Number(longest.getAttribute('width')) ? path : longest));
    fireEvent.click(paid as SVGPathElement);
    await waitFor(() => expect(decodeURIComponent(window.location.hash)).toMatch(/^#\/claims\?filter=\{"status":\["paid"\],"plan":"light","receivedDate_gte":"2026-03-01","receivedDate_lte":"2026-05-31"\}/), LONG);
    await waitFor(() => expect(screen.getAllByText(/^CLM-EX-/).map((cell) => cell.textContent)).toEqual(['CLM-EX-0002']), LONG);
  });

  test('from the table view, a keyboard user follows a month’s link to the claims paid that month', async () => {
    await openExample();
    const card = screen.getByTestId('chart-deadline');
    await userEvent.click(within(card).getByRole('button', { name: '表' }));
    const may = await within(card).findByRole('link', { name: '2026年5月' });
    may.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(
      () =>
        expect(decodeURIComponent(window.location.hash)).toMatch(
          /^#\/claims\?filter=\{"status":\["paid"\],"decision.decidedAt_gte":"2026-05-01T00:00:00\+09:00","decision.decidedAt_lte":"2026-05-31T23:59:59\+09:00"\}/,
        ),
      LONG,
    );
  });
});
