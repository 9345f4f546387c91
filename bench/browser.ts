/**
 * Browser figures (issue 6, items 4 and 5, and the language switch): a production build in mock
 * mode (no VITE_API_URL: MSW answers /api in the tab, tests/e2e/globalSetup.ts builds the same),
 * served by `vite preview` on 127.0.0.1, driven in headless Debian Chromium (playwright-core):
 * - seeding: a fresh profile with the mock's size setting (localStorage `bm-claims.mock-settings`,
 *   mocks/devtools/settings.ts) seeds and saves the data in IndexedDB; timed once, reported apart;
 * - navigation → first claim row on screen (fresh document each run; the saved data read back from
 *   IndexedDB and indexed first, as every page load does);
 * - a filter change → updated rows: the queue's quick filters (aside, no debounce), alternated;
 * - the tab's JS heap after a forced collection (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage);
 * - the language switch (app bar button): until the UI speaks the other language, until every
 *   request it caused is answered, how many requests, and the long tasks meanwhile.
 * The 100,000-claim profile is kept in node_modules/.cache/claims-bench/ (seeding it takes minutes):
 * its origin must stay the same, so the preview port is fixed (BENCH_PORT, default 4186).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { clickAndWaitForRows, installProbes, type ProbeState } from './probes';
import { CACHE_DIR } from './seedCache';
import { median, percentiles } from './stats';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SETTINGS_KEY = 'bm-claims.mock-settings';
const MINUTES = 60_000;
/** Progress on stderr (the table goes to stdout). */
const progress = (message: string) => process.stderr.write(`  [browser] ${message}\n`);

/** Figures of one data size. */
export interface BrowserSizeReport {
  size: number;
  /** Claims the mocked API reported (Content-Range total of the unfiltered list). */
  claimsSeen: number;
  /** Seeding and saving, ms, as the mock logged it; `seededAt` when it comes from an earlier run (cached profile). */
  seedMs: number | undefined;
  seededAt: string | undefined;
  /** Navigation → first row, ms, per run. */
  firstRow: number[];
  /** The mock's start (read back + index) per run, ms, as it logged it. */
  mockStart: number[];
  /** Click on a quick filter → rows updated, ms, per run. */
  filter: number[];
  /** JS heap used after a forced collection, bytes. */
  heapBytes: number;
  language: { uiMs: number; settledMs: number; requests: number; longestTaskMs: number }[];
}

/** The outcome of {@link measureBrowser}. */
export interface BrowserReport {
  chromium: string;
  buildMs: number;
  sizes: BrowserSizeReport[];
}

/** Runs per size. */
export interface BrowserRuns {
  navigations: number;
  filters: number;
  languages: number;
}

async function launch(profile: string, size: number): Promise<{ context: BrowserContext; page: Page; console: string[] }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    // The queue's aside (quick filters) shows from MUI's xl breakpoint, 1536 px.
    viewport: { width: 1600, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'],
  });
  const value = JSON.stringify({ latencyMs: 0, failureRate: 0, seed: 1, size });
  // tsx compiles with esbuild's keepNames: functions sent to the page call its `__name` helper.
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  await context.addInitScript(installProbes, { key: SETTINGS_KEY, value });
  const page = context.pages()[0] ?? (await context.newPage());
  const lines: string[] = [];
  page.on('console', (message) => lines.push(message.text()));
  page.setDefaultTimeout(2 * MINUTES);
  return { context, page, console: lines };
}

/** The number in the last console line matching `pattern` (its first group), or undefined. */
function logged(lines: readonly string[], pattern: RegExp): number | undefined {
  for (const line of [...lines].reverse()) {
    const match = pattern.exec(line);
    if (match?.[1]) return Number(match[1]);
  }
  return undefined;
}

/** Signs in as `user` through the mocked API from inside the page, as the app stores it; returns the claims total. */
async function signIn(page: Page, user: string): Promise<number> {
  return page.evaluate(async (username) => {
    const response = await fetch('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'demo' }) });
    if (!response.ok) throw new Error(`sign-in answered ${response.status}`);
    const session = (await response.json()) as { token: string };
    localStorage.setItem('claims.session', JSON.stringify(session));
    const list = await fetch('/api/claims?range=%5B0%2C0%5D', { headers: { Authorization: `Bearer ${session.token}` } });
    return Number(/\/(\d+)$/.exec(list.headers.get('Content-Range') ?? '')?.[1] ?? Number.NaN);
  }, user);
}

async function firstRowAfterNavigation(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as ProbeState).__firstRowAt !== undefined, undefined, { timeout: 5 * MINUTES, polling: 100 });
  return page.evaluate(() => (window as unknown as ProbeState).__firstRowAt ?? Number.NaN);
}

async function settle(page: Page, quietMs = 300): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(quietMs);
}

/** One language switch: clicks the app bar's language button, waits for the other language and for every request it caused. */
async function switchLanguage(page: Page, from: string, to: string): Promise<BrowserSizeReport['language'][number]> {
  const inFlight = new Set<string>();
  let requests = 0;
  let lastAnswer = 0;
  const onRequest = (request: { url(): string }) => {
    if (!request.url().includes('/api/')) return;
    requests += 1;
    inFlight.add(request.url() + requests);
  };
  const onDone = () => {
    inFlight.delete([...inFlight][0] ?? '');
    lastAnswer = Date.now();
  };
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  try {
    const button = page.getByRole('button', { name: from, exact: true });
    const clickedAt = await button.evaluate((element) => {
      (window as unknown as ProbeState).__longTasks = [];
      const at = performance.timeOrigin + performance.now();
      (element as HTMLElement).click();
      return at;
    });
    await page.getByRole('button', { name: to, exact: true }).waitFor();
    await page.locator('tbody tr td').first().waitFor();
    const uiMs = Date.now() - clickedAt;
    const deadline = Date.now() + 3 * MINUTES;
    while ((inFlight.size > 0 || Date.now() - Math.max(lastAnswer, clickedAt) < 500) && Date.now() < deadline) await page.waitForTimeout(50);
    const longest = await page.evaluate(() => Math.max(0, ...((window as unknown as ProbeState).__longTasks ?? []).map(([, duration]) => duration)));
    return { uiMs, settledMs: Math.max(uiMs, lastAnswer - clickedAt), requests, longestTaskMs: longest };
  } finally {
    page.off('request', onRequest);
    page.off('requestfinished', onDone);
    page.off('requestfailed', onDone);
  }
}

/**
 * Measures one size in the profile `profile` (seeding it first when it holds no data, which the
 * mock logs). `seedRecord` keeps the seeding time of a reused profile.
 */
async function measureSize(base: string, profile: string, size: number, runs: BrowserRuns): Promise<BrowserSizeReport> {
  const seedRecord = join(profile, 'bench-seeding.json');
  const { context, page, console: lines } = await launch(profile, size);
  try {
    // Ready when the mock logs that its data are loaded or seeded (a reused profile may be signed in already).
    await page.goto(`${base}/#/login`);
    const ready = Date.now() + 20 * MINUTES;
    while (!lines.some((line) => /\[mock\] (loaded|seeded and saved) the mock data/.test(line))) {
      if (Date.now() > ready) throw new Error(`the mocked backend did not start: ${lines.slice(-5).join(' | ')}`);
      await page.waitForTimeout(200);
    }
    const seeded = logged(lines, /seeded and saved the mock data in (\d+) ms/);
    if (seeded !== undefined) writeFileSync(seedRecord, JSON.stringify({ seedMs: seeded, seededAt: new Date().toISOString() }));
    const record = existsSync(seedRecord) ? (JSON.parse(readFileSync(seedRecord, 'utf8')) as { seedMs: number; seededAt: string }) : undefined;
    // The mock logs that line before the service worker starts: wait until it controls the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 2 * MINUTES, polling: 100 });
    const claimsSeen = await signIn(page, 'sato');
    progress(`${size.toLocaleString('en')} claims: ${seeded === undefined ? 'saved data found' : `seeded in ${seeded} ms`}, the API holds ${claimsSeen.toLocaleString('en')}`);

    const firstRow: number[] = [];
    const mockStart: number[] = [];
    const split: string[] = [];
    for (let i = 0; i < runs.navigations; i += 1) {
      lines.length = 0;
      firstRow.push(await firstRowAfterNavigation(page, `${base}/#/claims`));
      const read = logged(lines, /read the saved data in (\d+) ms/);
      const indexed = logged(lines, /indexed it in (\d+) ms/);
      if (read !== undefined && indexed !== undefined) mockStart.push(read + indexed);
      const idb = logged(lines, /IndexedDB (\d+) ms/);
      const decoded = logged(lines, /decoding (\d+) ms/);
      split.push(`IndexedDB ${idb ?? '?'} + decoding ${decoded ?? '?'} + createDb ${indexed ?? '?'}`);
    }
    progress(`navigation → first row: ${firstRow.map(Math.round).join(', ')} ms`);
    progress(`the mock's start per run, ms: ${split.join('; ')}`);
    await settle(page);

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');

    const quick = [page.getByRole('button', { name: '自分の担当' }), page.getByRole('button', { name: '未割当' })];
    const filter: number[] = [];
    for (let i = 0; i < runs.filters; i += 1) {
      const target = await quick[i % 2]?.elementHandle();
      if (!target) throw new Error('no quick filter in the aside (is the viewport xl?)');
      filter.push(await target.evaluate(clickAndWaitForRows, 2 * MINUTES));
      await settle(page, 200);
    }
    progress(`filter → rows: ${filter.map(Math.round).join(', ')} ms`);

    const language: BrowserSizeReport['language'] = [];
    for (let i = 0; i < runs.languages; i += 1) {
      language.push(await switchLanguage(page, 'English', '日本語'));
      language.push(await switchLanguage(page, '日本語', 'English'));
    }
    progress(`language: ${language.map((l) => `${Math.round(l.uiMs)}/${Math.round(l.settledMs)} ms, ${l.requests} requests`).join('; ')}`);
    return { size, claimsSeen, seedMs: record?.seedMs, seededAt: seeded === undefined ? record?.seededAt : undefined, firstRow, mockStart, filter, heapBytes: heap.usedSize, language };
  } finally {
    await context.close();
  }
}

/** The installed Chromium's version line, e.g. "Chromium 140.0.7339.185 built on Debian …". */
export function chromiumVersion(): string {
  return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

/**
 * Builds the app in mock mode, serves it, and measures each of `sizes` (claims). The largest size's
 * profile is cached (BENCH_BROWSER_CACHE=0 starts it fresh); the others start fresh every run.
 */
export async function measureBrowser(sizes: readonly number[], runs: BrowserRuns): Promise<BrowserReport> {
  const outDir = mkdtempSync(join(tmpdir(), 'claims-bench-mock-'));
  const saved = process.env.VITE_API_URL;
  delete process.env.VITE_API_URL;
  let server: PreviewServer | undefined;
  const fresh: string[] = [];
  try {
    const started = performance.now();
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const buildMs = performance.now() - started;
    const port = Number(process.env.BENCH_PORT ?? 4186);
    server = await preview({ logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true } });
    const base = `http://127.0.0.1:${port}`;
    const largest = Math.max(...sizes);
    const reports: BrowserSizeReport[] = [];
    for (const size of sizes) {
      const cached = size === largest && process.env.BENCH_BROWSER_CACHE !== '0';
      const profile = cached ? join(CACHE_DIR, `chromium-${size}-port${port}`) : mkdtempSync(join(tmpdir(), 'claims-bench-profile-'));
      if (!cached) fresh.push(profile);
      reports.push(await measureSize(base, profile, size, runs));
    }
    return { chromium: chromiumVersion(), buildMs, sizes: reports };
  } finally {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
    for (const profile of fresh) rmSync(profile, { recursive: true, force: true });
    if (saved !== undefined) process.env.VITE_API_URL = saved;
  }
}

/** Median and p95 of a run list (ms). */
export const summary = (values: readonly number[]) => ({ median: median(values), p95: percentiles(values).p95 });
