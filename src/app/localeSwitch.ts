/**
 * Switching the language without refetching the data (issue 6, the language switch). react-admin's
 * I18nContextProvider re-mounts the whole tree under a new key when the locale changes; every query
 * mounted again would refetch (react-query's default `refetchOnMount` for stale data), and in mock
 * mode each request runs the mocked backend on the page's thread (100,000 claims: seconds). The
 * data do not depend on the language, so for that one re-mount the cached data are served as they
 * are; later mounts, invalidations and refetches behave as before.
 */
import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/** Restores the query defaults; set between a language switch and the re-mount it causes. */
let pendingRestore: (() => void) | undefined;

/** Longest wait for the re-mount, ms, after which the defaults come back anyway. */
const RESTORE_AFTER_MS = 5_000;

/**
 * Call just before changing the locale: queries mounted by the coming re-mount keep their cached
 * data (`refetchOnMount: false`) until {@link useRestoreQueriesAfterLocaleChange} runs in the new
 * tree, or {@link RESTORE_AFTER_MS} passes.
 */
export function holdQueriesThroughLocaleChange(queryClient: QueryClient): void {
  pendingRestore?.();
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, refetchOnMount: false } });
  const timer = setTimeout(() => restore(), RESTORE_AFTER_MS);
  const restore = () => {
    clearTimeout(timer);
    if (pendingRestore !== restore) return;
    pendingRestore = undefined;
    queryClient.setDefaultOptions(defaults);
  };
  pendingRestore = restore;
}

/**
 * For a component of the re-mounted tree (the language button): once mounted, restores the query
 * defaults after the current commit's effects (every query of the new tree has subscribed by then).
 */
export function useRestoreQueriesAfterLocaleChange(): void {
  useEffect(() => {
    const restore = pendingRestore;
    if (restore) setTimeout(restore, 0);
  }, []);
}
