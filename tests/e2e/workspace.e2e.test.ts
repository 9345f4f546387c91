/**
 * The adjuster workspace end to end, in Chromium (issue 4, "Done when"): four eyes on a ¥60,000
 * theft payout — adjuster sato recommends it and is refused approving it (on screen and by the
 * API), supervisor suzuki approves it — and a request for a missing document that the customer's
 * upload answers. Screenshots of the queue, the theft claim's review screen before the decision
 * (Japanese and English) and its policy page, under test-results/screenshots/workspace-*.png.
 * The claims are made through the API in this browser's own mock data (./workspaceData.ts).
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot, signInAs, signInThroughLoginPage } from './browser';
import { api, createClaimMissingReceipt, createTheftClaim, readClaim, receiptPng, type ClaimAnswer } from './workspaceData';

const POLL = { timeout: 30_000 };
const LONG_FLOW = 240_000;
const baseUrl = inject('baseUrl');

let context: BrowserContext;
let page: Page;
let theft: ClaimAnswer;
let missingReceipt: ClaimAnswer;

beforeAll(async () => {
  context = await launchBrowser();
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (error) => console.error('[browser]', error.message));
  await signInThroughLoginPage(page, baseUrl, 'suzuki');
  theft = await createTheftClaim(page);
  missingReceipt = await createClaimMissingReceipt(page);
});

afterAll(async () => {
  await context?.close();
});

/** Searches the queue for `claimNumber` and opens its row, as an adjuster would. */
async function openClaim(claimNumber: string): Promise<void> {
  const filter = encodeURIComponent(JSON.stringify({ q: claimNumber }));
  await page.goto(`${baseUrl}/#/claims?filter=${filter}`);
  await page.locator('tbody tr').filter({ hasText: claimNumber }).first().click();
  await page.getByTestId('claim-status').waitFor();
}

/**
 * Scrolls to the top and waits until the app bar is back in full: react-admin hides it while the
 * page scrolls down (as clicking a button low on the page does), which would hide the language
 * switch and leave it out of a screenshot.
 */
async function scrollToTop(): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => page.locator('header').first().evaluate((header) => Math.round(header.getBoundingClientRect().top)), POLL).toBe(0);
}

const status = () => page.getByTestId('claim-status').textContent();

/** Takes the claim with the button the decision area shows on a free claim. */
async function take(): Promise<void> {
  await page.getByTestId('take-to-decide').getByRole('button', { name: 'この請求を担当する' }).click();
  await page.getByText('この請求を担当しました').first().waitFor();
}

describe('the adjuster workspace in Chromium', () => {
  test('the made-up claims are what the flows need: a ¥60,000 theft payout, a missing receipt', () => {
    expect(theft.adjudication).toMatchObject({ decision: 'approve', payout: 60_000, missingDocuments: [] });
    expect(theft.status).toBe('in_review');
    expect(missingReceipt.adjudication).toMatchObject({ decision: 'pend', missingDocuments: ['repair_receipt'] });
    expect(missingReceipt.status).toBe('received');
  });

  test('the queue lists the open claims and finds the theft claim with its proposed payout', async () => {
    await signInAs(page, baseUrl, 'sato');
    await page.goto(`${baseUrl}/#/claims`);
    await page.locator('tbody tr').first().waitFor();
    await saveScreenshot(page, 'workspace-queue-ja');
    const filter = encodeURIComponent(JSON.stringify({ q: theft.claimNumber }));
    await page.goto(`${baseUrl}/#/claims?filter=${filter}`);
    const row = page.locator('tbody tr').filter({ hasText: theft.claimNumber });
    await expect.poll(() => row.filter({ hasText: '盗難・紛失' }).filter({ hasText: '60,000円' }).count(), POLL).toBe(1);
  });

  test('four eyes: sato recommends the ¥60,000 theft payout and may not approve it; suzuki approves it', { timeout: LONG_FLOW }, async () => {
    await signInAs(page, baseUrl, 'sato');
    await openClaim(theft.claimNumber);
    await expect.poll(() => page.getByTestId('proposed-payout').textContent(), POLL).toBe('60,000円');
    await take();
    const actions = page.getByTestId('decision-actions');
    await actions.getByRole('button', { name: '承認を依頼', exact: true }).waitFor();
    // A theft payout is never within an adjuster's authority: recommending is offered, approving is not.
    expect(await actions.getByRole('button', { name: '支払を決定', exact: true }).count()).toBe(0);
    expect(await actions.getByRole('button', { name: '承認して支払を決定', exact: true }).count()).toBe(0);
    await page.getByText('この請求を担当しました').first().waitFor({ state: 'hidden' }); // the snackbar would cover the page
    await scrollToTop();
    await saveScreenshot(page, 'workspace-claim-theft-ja');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Recommend for approval' }).waitFor();
    await scrollToTop();
    await saveScreenshot(page, 'workspace-claim-theft-en');
    await page.getByRole('button', { name: '日本語' }).click();
    await actions.getByRole('button', { name: '承認を依頼', exact: true }).waitFor();

    // The API refuses sato's direct approval as well.
    const direct = await api(page, 'POST', `/claims/${theft.id}/decision`, { decision: 'approve', payout: 60_000 });
    expect(direct.status).toBe(403);
    expect(direct.body).toMatchObject({ code: 'AUTHORITY_EXCEEDED' });
    expect((await readClaim(page, theft.id)).status).toBe('in_review');

    await actions.getByRole('button', { name: '承認を依頼', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '確認' }).click();
    await page.getByText('承認を依頼しました（60,000円）').waitFor();
    await expect.poll(status, POLL).toBe('承認待ち');
    await page.getByText(/佐藤 美咲 が 60,000円 の支払を推薦しました/).first().waitFor();

    // Back on the claim, sato may take it again but is told only a supervisor approves it.
    await page.reload();
    await expect.poll(status, POLL).toBe('承認待ち');
    await take();
    await page.getByText('推薦された支払を承認できるのは上席査定者だけです。').waitFor();
    expect(await page.getByRole('button', { name: '承認して支払を決定' }).count()).toBe(0);
    const ownApproval = await api(page, 'POST', `/claims/${theft.id}/decision`, { decision: 'approve', payout: 60_000 });
    expect(ownApproval.status).toBe(403);
    expect(ownApproval.body).toMatchObject({ code: 'NOT_A_SUPERVISOR' });
    await page.getByRole('button', { name: '担当を外れる' }).click();
    await page.getByText('担当を外れました').first().waitFor();
    const claimUrl = page.url();

    await signInAs(page, baseUrl, 'suzuki');
    await page.goto(claimUrl);
    await page.getByText(/佐藤 美咲 が 60,000円 の支払を推薦しました/).first().waitFor();
    await take();
    await page.getByRole('button', { name: '承認して支払を決定', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '確認' }).click();
    await page.getByText('支払を決定しました（60,000円）').waitFor();
    await expect.poll(status, POLL).toBe('支払決定');
    const record = page.getByTestId('decision-record');
    await expect.poll(() => record.textContent(), POLL).toMatch(/推薦佐藤 美咲（.+）/);
    expect(await record.textContent()).toMatch(/承認鈴木 恵子（.+）/);
    expect(await page.getByTestId('recorded-payout').textContent()).toBe('60,000円');
    expect((await readClaim(page, theft.id)).status).toBe('approved');
  });

  test('the theft claim’s policy page shows the ¥60,000 taken from the period’s aggregate limit', async () => {
    await page.goto(`${baseUrl}/#/claims/${theft.id}/show`);
    await page.getByRole('link', { name: /^BMS-/ }).first().click();
    await expect.poll(() => page.getByTestId('aggregate-used').textContent(), POLL).toBe('60,000円');
    expect(await page.getByTestId('aggregate-remaining').textContent()).toBe('140,000円');
    await page.getByText(theft.claimNumber).first().waitFor();
    await scrollToTop();
    await saveScreenshot(page, 'workspace-policy-ja');
  });

  test('request documents: tanaka asks for the missing receipt; its upload returns the claim to review', { timeout: LONG_FLOW }, async () => {
    await signInAs(page, baseUrl, 'tanaka');
    await openClaim(missingReceipt.claimNumber);
    await expect.poll(status, POLL).toBe('受付');
    await expect.poll(() => page.getByTestId('checklist-repair_receipt').textContent(), POLL).toContain('不足');
    await take();
    await page.getByTestId('decision-actions').getByRole('button', { name: '書類を依頼' }).click();

    const dialog = page.getByRole('dialog');
    expect(await dialog.getByRole('checkbox', { name: '修理代領収証' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('checkbox', { name: '修理見積書' }).isChecked()).toBe(false);
    expect(await dialog.getByRole('checkbox', { name: '壊れたスマホの写真' }).isChecked()).toBe(false);
    const message = await dialog.getByRole('textbox', { name: 'お客さまへのメッセージ' }).inputValue();
    expect(message).toContain('修理代領収証');
    expect(message).toContain(missingReceipt.claimNumber);
    expect(message).not.toContain('修理見積書');
    await dialog.getByRole('button', { name: '依頼を送る' }).click();
    await page.getByText('1点の書類を依頼しました。請求は書類待ちになりました').waitFor();
    await expect.poll(status, POLL).toBe('書類待ち');
    await expect.poll(() => page.getByTestId('checklist-repair_receipt').textContent(), POLL).toContain('依頼中');
    await page.getByTestId('document-request-summary').getByText(/田中 健一 が .* に書類を依頼しました：修理代領収証/).waitFor();

    // The customer's receipt arrives by post; tanaka uploads it on their behalf.
    await page.locator('input[type="file"]').setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: receiptPng() });
    await page.getByTestId('upload-file-name').getByText(/receipt\.png/).waitFor();
    await page.getByRole('button', { name: 'アップロード', exact: true }).click();
    await page.getByText('修理代領収証をアップロードしました').waitFor();
    await expect.poll(status, POLL).toBe('審査中');
    await expect.poll(() => page.getByTestId('checklist-repair_receipt').textContent(), POLL).toContain('提出済');
    expect(await page.getByTestId('checklist-repair_receipt').textContent()).toContain('receipt.png');
    expect((await readClaim(page, missingReceipt.id)).status).toBe('in_review');
  });
});
