/**
 * The production build's Content-Security-Policy in Chromium (issue 7, item 4): the mock-mode build
 * (tests/e2e/globalSetup.ts) carries the policy as a <meta> element, loads and works with it — the
 * login page, the claims list, a claim with its document images, a policy, the manager's dashboard
 * (recharts, lazily loaded) — without a single violation, and the policy is in force: an inline
 * script added to the page does not run and is reported.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, signInAs, signInThroughLoginPage } from './browser';

const baseUrl = inject('baseUrl');
let context: BrowserContext;
let page: Page;
const consoleViolations: string[] = [];

/** The securitypolicyviolation events the page saw, recorded by an init script (not itself subject to the CSP). */
async function violations(): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

beforeAll(async () => {
  context = await launchBrowser();
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
  });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) consoleViolations.push(message.text());
  });
  page.on('pageerror', (error) => console.error('[browser]', error.message));
});

afterAll(async () => {
  await context?.close();
});

describe('the Content-Security-Policy of the production build', () => {
  test('is set by a <meta> element: no inline script, workers and connections to the app only', async () => {
    await page.goto(`${baseUrl}/#/login`);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).toContain("worker-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("object-src 'none'");
  });

  test('the app loads and works under it without a single violation', async () => {
    await signInThroughLoginPage(page, baseUrl, 'sato');
    await page.locator('tbody tr').first().waitFor();
    await page.goto(`${baseUrl}/#/claims/c-0001/show`);
    await page.getByText('CLM-2026-', { exact: false }).first().waitFor();
    // Document images (SVG from the mocked API through the service worker) finish loading.
    await page.waitForFunction(() => Array.from(document.images).every((image) => image.complete));
    await page.goto(`${baseUrl}/#/policies/p-0001/show`);
    await page.getByText('BMS-', { exact: false }).first().waitFor();
    await signInAs(page, baseUrl, 'takahashi');
    await page.goto(`${baseUrl}/#/`);
    await page.locator('.recharts-surface').first().waitFor();
    expect(await violations()).toEqual([]);
    expect(consoleViolations).toEqual([]);
  });

  test('is in force: an inline script injected into the page neither runs nor goes unreported', async () => {
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem inline/)]);
  });
});
