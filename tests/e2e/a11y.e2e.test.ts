/**
 * Accessibility of the main screens in Chromium (issue 7, item 5): axe-core runs on the login page,
 * the claims queue, a claim under review (and the same claim with a document open in the viewer),
 * a policy, the manager's dashboard and the surveys list, in Japanese. No violation of impact
 * "serious" or "critical" is allowed; the counts of every violation by impact are printed.
 *
 * axe's source is evaluated in the page (the production build's CSP forbids inline <script>).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot, signInAs, signInThroughLoginPage } from './browser';

const baseUrl = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let context: BrowserContext;
let page: Page;

/** One axe violation, reduced to what a report needs. */
interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

const totals: Record<string, number> = {};

/** Runs axe-core (WCAG 2.x A/AA rules and best practices) on the current page. */
async function audit(screen: string): Promise<Violation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.map(String).join(' ')),
    }));
  });
  const counts: Record<string, number> = {};
  for (const violation of violations) {
    counts[violation.impact] = (counts[violation.impact] ?? 0) + 1;
    totals[violation.impact] = (totals[violation.impact] ?? 0) + 1;
  }
  console.info(`[axe] ${screen}: ${JSON.stringify(counts)}`);
  for (const violation of violations) console.info(`[axe]   ${violation.impact} ${violation.id}: ${violation.help} — ${violation.targets.join(' | ')}`);
  await saveScreenshot(page, `a11y-${screen}`);
  return violations;
}

/** The serious and critical violations, the ones that fail the test. */
function blocking(violations: Violation[]): string[] {
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id} (${violation.impact}): ${violation.targets.join(' | ')}`);
}

beforeAll(async () => {
  context = await launchBrowser();
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (error) => console.error('[browser]', error.message));
});

afterAll(async () => {
  console.info(`[axe] all screens: ${JSON.stringify(totals)}`);
  await context?.close();
});

describe('axe-core finds no serious or critical violation', () => {
  test('login', async () => {
    await page.goto(`${baseUrl}/#/login`);
    await page.getByRole('button', { name: /（sato）/ }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    expect(blocking(await audit('login'))).toEqual([]);
  });

  test('claims queue', async () => {
    await signInThroughLoginPage(page, baseUrl, 'sato');
    await page.goto(`${baseUrl}/#/claims`);
    await page.locator('tbody tr').first().waitFor();
    expect(blocking(await audit('claims-queue'))).toEqual([]);
  });

  test('claim review (c-0001)', async () => {
    await page.goto(`${baseUrl}/#/claims/c-0001/show`);
    await page.getByTestId('proposed-payout').waitFor();
    await page.waitForFunction(() => Array.from(document.images).every((image) => image.complete));
    expect(blocking(await audit('claim-review'))).toEqual([]);
  });

  test('claim review with a document open in the viewer', async () => {
    await page.getByRole('list', { name: '提出書類の一覧' }).getByRole('button').first().click();
    await page.getByRole('dialog').waitFor();
    await page.waitForFunction(() => Array.from(document.images).every((image) => image.complete));
    expect(blocking(await audit('claim-document-viewer'))).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  test('policy', async () => {
    await page.goto(`${baseUrl}/#/policies/p-0001/show`);
    await page.getByTestId('aggregate-used').waitFor();
    expect(blocking(await audit('policy'))).toEqual([]);
  });

  test('surveys list', async () => {
    await page.goto(`${baseUrl}/#/surveys`);
    await page.locator('tbody tr').first().waitFor();
    expect(blocking(await audit('surveys'))).toEqual([]);
  });

  test('dashboard (manager)', async () => {
    await signInAs(page, baseUrl, 'takahashi');
    await page.goto(`${baseUrl}/#/`);
    await page.locator('.recharts-surface').first().waitFor();
    expect(blocking(await audit('dashboard'))).toEqual([]);
  });
});
