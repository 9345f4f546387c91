/**
 * Chromium for end-to-end tests: Debian's /usr/bin/chromium (override with CHROMIUM_PATH), headless,
 * a fresh profile per launch, no background networking (this machine reaches no outside host).
 */
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const SCREENSHOT_DIR = join(process.cwd(), 'test-results', 'screenshots');

/** Launches a fresh headless Chromium context, Japanese locale and Tokyo time by default. */
export async function launchBrowser(options: { locale?: string } = {}): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'claims-e2e-profile-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: options.locale ?? 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1440, height: 1000 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Saves a full-page screenshot under test-results/screenshots/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Signs in through the login page's demo-user list (mock mode) as `userId`, as a person would,
 * and waits for the app. For a fresh profile (nobody signed in yet).
 */
export async function signInThroughLoginPage(page: Page, baseUrl: string, userId: string): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.getByRole('button', { name: new RegExp(`（${userId}）`) }).click();
  await page.waitForURL((url) => !url.hash.startsWith('#/login'));
}

/**
 * Switches the signed-in user to `userId` without going through a signed-out state: asks the
 * mocked API for a token from inside the page (through the service worker, so the data stay those
 * of this profile), stores the session as the app does, and reloads.
 */
export async function signInAs(page: Page, baseUrl: string, userId: string): Promise<void> {
  if (!page.url().startsWith(baseUrl)) {
    await page.goto(`${baseUrl}/#/login`);
    await page.getByRole('button', { name: new RegExp(`（${userId}）`) }).waitFor();
  }
  const signedIn = await page.evaluate(async (username) => {
    const response = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'demo' }),
    });
    if (!response.ok) return false;
    localStorage.setItem('claims.session', JSON.stringify(await response.json()));
    return true;
  }, userId);
  if (!signedIn) throw new Error(`could not sign in as ${userId}`);
  await page.goto(`${baseUrl}/#/claims`);
  await page.reload();
  await page.locator('tbody tr').first().waitFor();
}
