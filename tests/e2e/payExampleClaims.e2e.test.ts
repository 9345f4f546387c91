/**
 * The walking skeleton end to end, in Chromium: an adjuster opens each of the product page's three
 * example claims, sees the module's proposed payout, approves it, and sees the policy's aggregate
 * limit consumed by exactly that amount.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot } from './browser';

const EXAMPLES = [
  { model: 'iPhone 11 Pro Max', payout: '96,000円', used: '96,000円', remaining: '104,000円' },
  { model: 'iPhone XS', payout: '62,780円', used: '62,780円', remaining: '137,220円' },
  { model: 'iPhone 11', payout: '44,080円', used: '44,080円', remaining: '155,920円' },
] as const;

let context: BrowserContext;
let page: Page;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  context = await launchBrowser();
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => console.error('[browser]', error.message));
});

afterAll(async () => {
  await context?.close();
});

/** Opens the claims list filtered to in-review claims and clicks the row of `model`'s claim. */
async function openInReviewClaimOf(model: string): Promise<void> {
  const filter = encodeURIComponent(JSON.stringify({ status: ['in_review'] }));
  await page.goto(`${baseUrl}/#/claims?filter=${filter}`);
  const row = page.locator('tbody tr').filter({ has: page.getByText(model, { exact: true }) }).first();
  await row.click();
  await page.getByTestId('proposed-payout').waitFor();
}

describe('an adjuster pays the product page examples', () => {
  test('the claims list shows each example with its proposed payout', async () => {
    await page.goto(`${baseUrl}/#/claims`);
    for (const example of EXAMPLES) {
      const row = page.locator('tbody tr').filter({ has: page.getByText(example.model, { exact: true }) });
      await expect.poll(() => row.filter({ hasText: example.payout }).count()).toBeGreaterThan(0);
    }
    await saveScreenshot(page, 'claims-list-ja');
  });

  for (const [index, example] of EXAMPLES.entries()) {
    test(`${example.model}: proposed ${example.payout}, approved, policy consumed`, async () => {
      await openInReviewClaimOf(example.model);
      await expect.poll(() => page.getByTestId('proposed-payout').textContent()).toBe(example.payout);
      if (index === 0) await saveScreenshot(page, 'claim-iphone-11-pro-max-ja');

      await page.getByRole('button', { name: '支払を決定' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '確認' }).click();
      await page.getByText(`支払を決定しました（${example.payout}）`).waitFor();
      await page.getByText(/この請求は決定済みです/).waitFor();

      await page.getByRole('link', { name: /^BMS-/ }).first().click();
      await expect.poll(() => page.getByTestId('aggregate-used').textContent()).toBe(example.used);
      expect(await page.getByTestId('aggregate-remaining').textContent()).toBe(example.remaining);
      if (index === 0) await saveScreenshot(page, 'policy-after-approval-ja');
    });
  }

  test('the claim page speaks English one click away', async () => {
    await page.goto(`${baseUrl}/#/claims/c-0001/show`);
    await page.getByTestId('proposed-payout').waitFor();
    await page.getByRole('button', { name: /表示言語を英語に切り替える/ }).click();
    await page.getByText('Policy and device').waitFor();
    await saveScreenshot(page, 'claim-en');
    await page.getByRole('button', { name: /Switch the display language to Japanese/ }).click();
    await page.getByText('契約と端末').waitFor();
  });
});
