/**
 * In-page probes for the browser benchmark, run by Chromium (their source is serialised by
 * Playwright, so they use browser APIs only and import nothing):
 * - {@link installProbes} (an init script): records when the first claim row (one showing a claim
 *   number, not a loading placeholder) reaches the screen, the
 *   long tasks, and keeps the mock's settings (seed size) in localStorage before the app starts;
 * - {@link clickAndWaitForRows}: clicks an element and resolves with the time until the rows of the
 *   list differ from before (painted: one animation frame later).
 */

/** What the init script leaves on `window`. */
export interface ProbeState {
  /** performance.now() of the frame that first showed a claim row (ms since navigation start). */
  __firstRowAt?: number;
  /** Long tasks seen so far: [startTime, duration] in ms. */
  __longTasks?: [number, number][];
}

/** Init script: keeps `settings` as the mock's saved settings, then watches for the first row and long tasks. */
export function installProbes(settings: { key: string; value: string }): void {
  if (location.protocol === 'about:') return;
  if (localStorage.getItem(settings.key) !== settings.value) localStorage.setItem(settings.key, settings.value);
  const state = window as unknown as ProbeState;
  state.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.__longTasks?.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the figure stays empty.
  }
  // A row showing a claim number: a loading placeholder (react-admin draws skeleton rows while the
  // list's request is pending, e.g. while the mock's data load) is not a claim row.
  const claimRowShown = () => [...document.querySelectorAll('tbody tr')].some((row) => /CLM-\d{4}-\d+/.test(row.textContent ?? ''));
  const observer = new MutationObserver(() => {
    if (state.__firstRowAt !== undefined || !claimRowShown()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      state.__firstRowAt = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Clicks `target`, then resolves with the milliseconds until the list's rows (tbody text, or the
 * empty-list message) differ from before the click, measured at the next animation frame. Rejects
 * after `timeoutMs`.
 */
export function clickAndWaitForRows(target: Element, timeoutMs: number): Promise<number> {
  const signature = () => {
    const body = document.querySelector('tbody');
    return body ? body.textContent : `empty:${document.querySelector('main')?.textContent ?? ''}`;
  };
  const before = signature();
  const started = performance.now();
  (target as HTMLElement).click();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (signature() !== before) requestAnimationFrame(() => resolve(performance.now() - started));
      else if (performance.now() - started > timeoutMs) reject(new Error(`the rows did not change within ${timeoutMs} ms`));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}
