/**
 * Triage → review → decision with the keyboard alone, in Chromium (issue 7, item 5): the adjuster
 * sato, from the claims queue, Tabs to a claim within the adjuster's ¥30,000 authority
 * (CLM-2026-0010, the seed's ¥24,000 payout capped by the aggregate limit), opens it with Enter,
 * takes the claim, approves the payout and confirms it, pressing only Tab, Enter and Space. After
 * every Tab the focused element shows a visible focus indicator.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot, signInThroughLoginPage } from './browser';

const baseUrl = inject('baseUrl');
const CLAIM = 'CLM-2026-0010';
const MAX_TABS = 200;
let context: BrowserContext;
let page: Page;

/** What the focused element is, and how its focus shows (null: no visible indicator). */
interface Focused {
  description: string;
  indicator: string | null;
}

/**
 * The focused element and its focus indicator: an outline or a box-shadow on it, or on the MUI
 * root it belongs to when that root is marked focused (a checkbox's span, a text field's 2 px
 * outlined border or filled underline).
 */
async function focused(): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { description: 'body', indicator: null };
    const description = `${element.tagName.toLowerCase()}${element.getAttribute('role') ? `[role=${element.getAttribute('role')}]` : ''} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`;
    const ring = (node: Element): string | null => {
      const style = getComputedStyle(node);
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return `outline ${style.outlineStyle} ${style.outlineWidth}`;
      if (style.boxShadow !== 'none') return `box-shadow ${style.boxShadow}`;
      return null;
    };
    let node: Element | null = element;
    for (let depth = 0; node && depth < 4; depth += 1, node = node.parentElement) {
      const marked = node === element || node.classList.contains('Mui-focusVisible') || node.classList.contains('Mui-focused');
      if (!marked) continue;
      const found = ring(node);
      if (found) return { description, indicator: found };
      if (node.classList.contains('Mui-focused')) {
        const notched = node.querySelector(':scope > .MuiOutlinedInput-notchedOutline');
        if (notched && parseFloat(getComputedStyle(notched).borderTopWidth) >= 2) return { description, indicator: 'outlined border 2px' };
        const underline = getComputedStyle(node, '::after');
        if (underline.content !== 'none' && parseFloat(underline.borderBottomWidth) >= 2 && underline.transform.startsWith('matrix(1')) return { description, indicator: 'underline 2px' };
      }
    }
    return { description, indicator: null };
  });
}

/** Presses Tab until `matches` holds for the focused element, asserting a visible indicator after each Tab. */
async function tabTo(target: string, matches: () => Promise<boolean>): Promise<number> {
  for (let tabs = 1; tabs <= MAX_TABS; tabs += 1) {
    await page.keyboard.press('Tab');
    // Polled: MUI animates some indicators in (a filled field's underline grows over 200 ms).
    const now = await focused();
    await expect.poll(async () => (await focused()).indicator, { message: `focus indicator of ${now.description} (Tab ${tabs} towards ${target})`, timeout: 2_000 }).not.toBeNull();
    if (await matches()) return tabs;
  }
  throw new Error(`${target} not reached in ${MAX_TABS} Tabs`);
}

/** Whether the focused element is a button named `name`. */
const focusedButton = (name: string) => () =>
  page.evaluate((wanted) => {
    const element = document.activeElement;
    return element instanceof HTMLButtonElement && element.textContent?.trim() === wanted;
  }, name);

beforeAll(async () => {
  context = await launchBrowser();
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (error) => console.error('[browser]', error.message));
});

afterAll(async () => {
  await context?.close();
});

describe('an adjuster decides a claim with the keyboard alone', () => {
  test(`queue → ${CLAIM} → take → approve → confirm`, async () => {
    await signInThroughLoginPage(page, baseUrl, 'sato');
    const filter = encodeURIComponent(JSON.stringify({ q: CLAIM }));
    await page.goto(`${baseUrl}/#/claims?filter=${filter}`);
    await page.locator('tbody tr').filter({ hasText: CLAIM }).first().waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    const toRow = await tabTo(`the ${CLAIM} row`, () =>
      page.evaluate((claim) => {
        const element = document.activeElement;
        return element !== null && element.closest('tbody tr') !== null && element.textContent?.trim() === claim;
      }, CLAIM),
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/claims\/c-0010\/show/);
    await page.getByTestId('proposed-payout').waitFor();
    expect(await page.getByTestId('proposed-payout').textContent()).toBe('24,000円');

    const toTake = await tabTo('この請求を担当する', focusedButton('この請求を担当する'));
    await page.keyboard.press('Enter');
    await page.getByText('この請求を担当しました').waitFor();

    const toApprove = await tabTo('支払を決定', focusedButton('支払を決定'));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const toConfirm = await tabTo('確認', focusedButton('確認'));
    await saveScreenshot(page, 'keyboard-confirm-dialog');
    await page.keyboard.press('Enter');
    await page.getByText('支払を決定しました（24,000円）').waitFor();
    await saveScreenshot(page, 'keyboard-decided');
    console.info(`[keyboard] Tabs: to the ${CLAIM} row ${toRow}, to take ${toTake}, to approve ${toApprove}, to confirm ${toConfirm}`);
  });
});
