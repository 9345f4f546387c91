/**
 * The document viewer through the whole app: thumbnails open it, the keyboard moves between the
 * claim's documents, zoom and rotate change the document's transform, and the compare view shows the
 * enrollment photo beside the damage photo.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { renderApp } from '../../../../tests/renderApp';

const LONG = { timeout: 10_000 };

async function openFirstDocument(user: ReturnType<typeof userEvent.setup>) {
  await renderApp('/claims/c-0001/show');
  await user.click(await screen.findByRole('button', { name: /^壊れたスマホの写真/ }, LONG));
  return screen.findByRole('dialog');
}

const transformOf = (dialog: HTMLElement) => within(dialog).getByTestId('document-stage-content').style.transform;

describe('document viewer', () => {
  test('thumbnails show each document with its kind, file name and upload time', async () => {
    await renderApp('/claims/c-0001/show');
    const list = await screen.findByRole('list', { name: '提出書類の一覧' }, LONG);
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByText(/^(壊れたスマホの写真|修理見積書|修理代領収証)$/).textContent)).toEqual(['壊れたスマホの写真', '修理見積書', '修理代領収証']);
    expect(within(items[1]!).getByText(/^repair-estimate-.*\.svg$/)).toBeInTheDocument();
    expect(within(items[1]!).getByText(/^受領 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/)).toBeInTheDocument();
  });

  test('←/→ and the buttons move between documents; Esc closes', async () => {
    const user = userEvent.setup();
    const dialog = await openFirstDocument(user);
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent(/^壊れたスマホの写真 — /);
    expect(within(dialog).getByTestId('viewer-position')).toHaveTextContent('1 / 3');
    expect(within(dialog).getByRole('button', { name: '前の書類' })).toHaveAttribute('aria-disabled', 'true');

    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent(/^修理見積書 — /);
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent(/^修理代領収証 — /);
    expect(within(dialog).getByTestId('viewer-position')).toHaveTextContent('3 / 3');
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByTestId('viewer-position')).toHaveTextContent('3 / 3');
    await user.keyboard('{ArrowLeft}');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent(/^修理見積書 — /);
    await user.click(within(dialog).getByRole('button', { name: '前の書類' }));
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent(/^壊れたスマホの写真 — /);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  test('zoom, rotate and pan change the transform; 0 resets it; arrows pan instead of navigating when zoomed', async () => {
    const user = userEvent.setup();
    const dialog = await openFirstDocument(user);
    expect(transformOf(dialog)).toBe('translate(0%, 0%) rotate(0deg) scale(1)');

    await user.click(within(dialog).getByRole('button', { name: '拡大' }));
    expect(transformOf(dialog)).toBe('translate(0%, 0%) rotate(0deg) scale(1.25)');
    await user.keyboard('+');
    expect(transformOf(dialog)).toContain('scale(1.5)');
    expect(within(dialog).getByText('倍率 150%')).toBeInTheDocument();
    await user.keyboard('r');
    expect(transformOf(dialog)).toContain('rotate(90deg)');
    await user.click(within(dialog).getByRole('button', { name: '右に90度回転' }));
    expect(transformOf(dialog)).toContain('rotate(180deg)');

    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(transformOf(dialog)).toBe('translate(-10%, -10%) rotate(180deg) scale(1.5)');
    expect(within(dialog).getByTestId('viewer-position')).toHaveTextContent('1 / 3');

    await user.keyboard('-');
    expect(transformOf(dialog)).toContain('scale(1.25)');
    await user.keyboard('0');
    expect(transformOf(dialog)).toBe('translate(0%, 0%) rotate(0deg) scale(1)');
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByTestId('viewer-position')).toHaveTextContent('2 / 3');
  });

  test('every viewer button has a label for screen readers; full screen falls back to a maximised dialog', async () => {
    const user = userEvent.setup();
    const dialog = await openFirstDocument(user);
    const toolbar = within(dialog).getByRole('toolbar', { name: '書類の表示操作' });
    const names = within(toolbar).getAllByRole('button').map((element) => element.getAttribute('aria-label'));
    expect(names).toEqual(['前の書類', '次の書類', '縮小', '拡大', '右に90度回転', '元の表示に戻す', '全画面表示', 'ダウンロード', '閉じる']);
    await user.click(within(toolbar).getByRole('button', { name: '全画面表示' }));
    expect(await within(dialog).findByRole('button', { name: '全画面表示を終了' })).toBeInTheDocument();
  });

  test('the compare view shows the enrollment photo beside the damage photo', async () => {
    const user = userEvent.setup();
    await renderApp('/claims/c-0001/show');
    await user.click(await screen.findByRole('button', { name: '加入時の写真と損傷写真を比較' }, LONG));
    const dialog = await screen.findByRole('dialog', { name: '同じ端末か確認：加入時の写真と損傷写真' });
    const enrollment = within(dialog).getByTestId('compare-enrollment');
    const damage = within(dialog).getByTestId('compare-damage');
    expect(within(enrollment).getByRole('img', { name: '加入時のスマホの写真' })).toHaveAttribute('src', expect.stringMatching(/^\/api\/files\//));
    expect(within(damage).getByRole('img', { name: '壊れたスマホの写真' })).toHaveAttribute('src', expect.stringMatching(/^\/api\/files\//));
    expect(within(enrollment).getByText(/^加入時の写真（\d{4}年\d{1,2}月\d{1,2}日）$/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: '拡大' }));
    expect(within(dialog).getByTestId('compare-enrollment-stage-content').style.transform).toContain('scale(1.25)');
    expect(within(dialog).getByTestId('compare-damage-stage-content').style.transform).toContain('scale(1.25)');
  });
});
