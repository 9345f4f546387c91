/**
 * Message areas loaded on demand (issue 6, item 3): the first page carries only ja.ts (and en.ts
 * once the user switches language); each page loaded lazily brings its area's messages, both
 * languages, in its own chunk. src/app/i18nProvider.ts merges a loaded area into the catalogs.
 *
 * - `recordPages`: a claim's page, the policies' list and page (./recordPages.ts);
 * - `analytics`: the dashboard and the surveys (./analytics.ts);
 * - `mock`: the mock-controls panel (src/app/mock/messages.ts), mock mode only.
 */

/** A message tree: nested objects whose leaves are polyglot phrases. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** An area's messages in both languages, each a tree to merge into that language's catalog. */
export interface AreaMessages {
  ja: MessageTree;
  en: MessageTree;
}

/** How each area's messages are loaded (a dynamic import: a chunk of its own or the page's). */
export const MESSAGE_AREAS = {
  recordPages: (): Promise<AreaMessages> => import('./recordPages').then((module) => ({ ja: module.recordPagesJa, en: module.recordPagesEn })),
  analytics: (): Promise<AreaMessages> => import('./analytics').then((module) => ({ ja: module.analyticsJa, en: module.analyticsEn })),
  mock: (): Promise<AreaMessages> =>
    import('../app/mock/messages').then(({ mockMessages }) => ({ ja: { app: { mock: mockMessages.ja } }, en: { app: { mock: mockMessages.en } } })),
};

/** The name of a message area. */
export type MessageArea = keyof typeof MESSAGE_AREAS;

/**
 * `base` with `extra` merged in, key by key at every depth (an area adds `resources.surveys.fields`
 * beside the catalog's `resources.surveys.name`); a phrase of `extra` wins over one of `base`.
 * Neither argument is changed.
 */
export function mergeMessages<T extends object>(base: T, extra: object): T {
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(extra)) {
    const current = merged[key];
    merged[key] = isTree(current) && isTree(value) ? mergeMessages(current, value) : value;
  }
  return merged as T;
}

function isTree(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
