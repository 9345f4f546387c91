/**
 * The walking skeleton end to end, in Chromium: an adjuster opens each of the product page's three
 * example claims and sees the module's proposed payout; each exceeds the adjuster's ¥30,000
 * authority, so the adjuster recommends it and a supervisor approves it (four eyes); the policy's
 * aggregate limit is then consumed by exactly that amount.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot, signInAs, signInThroughLoginPage } from './browser';

const EXAMPLES = [
  { claimNumber: 'CLM-2026-0001', model: 'iPhone 11 Pro Max', payout: '96,000円', used: '96,000円', remaining: '104,000円' },
  { claimNumber: 'CLM-2026-0002', model: 'iPhone XS', payout: '62,780円', used: '62,780円', remaining: '137,220円' },
  { claimNumber: 'CLM-2026-0003', model: 'iPhone 11', payout: '44,080円', used: '44,080円', remaining: '155,920円' },
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

/** Searches the claims list for `claimNumber` and opens its row, as an adjuster would. */
async function openClaim(claimNumber: string): Promise<void> {
  const filter = encodeURIComponent(JSON.stringify({ q: claimNumber }));
  await page.goto(`${baseUrl}/#/claims?filter=${filter}`);
  await page.locator('tbody tr').filter({ hasText: claimNumber }).first().click();
  await page.getByTestId('proposed-payout').waitFor();
}

describe('the product page examples are paid through the UI', () => {
  test('the claims list finds each example with its proposed payout', async () => {
    await signInThroughLoginPage(page, baseUrl, 'sato');
    await page.goto(`${baseUrl}/#/claims`);
    await page.locator('tbody tr').first().waitFor();
    await saveScreenshot(page, 'claims-list-ja');
    for (const example of EXAMPLES) {
      const filter = encodeURIComponent(JSON.stringify({ q: example.claimNumber }));
      await page.goto(`${baseUrl}/#/claims?filter=${filter}`);
      const row = page.locator('tbody tr').filter({ hasText: example.claimNumber });
      await expect.poll(() => row.filter({ hasText: example.model }).filter({ hasText: example.payout }).count()).toBe(1);
    }
  });

  for (const [index, example] of EXAMPLES.entries()) {
    test(`${example.model}: proposed ${example.payout}, recommended, approved by a supervisor, policy consumed`, async () => {
      await signInAs(page, baseUrl, 'sato');
      await openClaim(example.claimNumber);
      await expect.poll(() => page.getByTestId('proposed-payout').textContent()).toBe(example.payout);
      if (index === 0) await saveScreenshot(page, 'claim-iphone-11-pro-max-ja');
      // Only the holder decides: a free claim offers the take button where the decisions will be.
      await page.getByTestId('take-to-decide').getByRole('button', { name: 'この請求を担当する' }).click();
      await page.getByTestId('decision-actions').waitFor();
      expect(await page.getByRole('button', { name: '支払を決定' }).count()).toBe(0);
      await page.getByRole('button', { name: '承認を依頼' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '確認' }).click();
      await page.getByText(`承認を依頼しました（${example.payout}）`).waitFor();
      const claimUrl = page.url();

      await signInAs(page, baseUrl, 'suzuki');
      await page.goto(claimUrl);
      await page.getByText(/が .* の支払を推薦しました/).waitFor();
      await page.getByTestId('take-to-decide').getByRole('button', { name: 'この請求を担当する' }).click();
      await page.getByRole('button', { name: '承認して支払を決定' }).click();
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
    await page.goto(`${baseUrl}/#/claims/c-0004/show`);
    await page.getByTestId('proposed-payout').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Policy and device').waitFor();
    await saveScreenshot(page, 'claim-en');
    await page.getByRole('button', { name: '日本語' }).click();
    await page.getByText('契約と端末').waitFor();
  });
});
