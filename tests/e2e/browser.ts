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
 * Signs in through the login page's demo-user list (mock mode) as `userId` and waits for the app.
 * Signs out first when someone is signed in.
 */
export async function signInAs(page: Page, baseUrl: string, userId: string): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.evaluate(() => localStorage.removeItem('claims.session'));
  await page.reload();
  await page.getByRole('button', { name: new RegExp(`（${userId}）`) }).click();
  await page.waitForURL((url) => !url.hash.startsWith('#/login'));
}
