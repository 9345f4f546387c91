/**
 * i18n: Japanese by default, English one click away (the app bar's language button).
 * react-admin's own messages come from @bicstone/ra-language-japanese and ra-language-english.
 *
 * What the first page carries (issue 6, item 3): the Japanese catalog of the first page only
 * (src/i18n/ja.ts). The English catalog is a chunk loaded when the user switches (ra-i18n-polyglot
 * accepts a promise for a locale other than the initial one: react-admin waits for it before it
 * re-renders in English), and each page loaded on demand brings its area's messages
 * (src/i18n/areas.ts) through {@link withMessages}: they are merged into the catalogs before the page
 * renders, in whichever language is on screen.
 */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import * as japanesePackage from '@bicstone/ra-language-japanese';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { ja } from '../i18n/ja';
import { MESSAGE_AREAS, mergeMessages, type AreaMessages, type MessageArea } from '../i18n/areas';

/** The package is CommonJS: under Vite its default export may arrive wrapped once more. */
function unwrapDefault(module: unknown): TranslationMessages {
  let value: unknown = module;
  while (value && typeof value === 'object' && 'default' in value && !('ra' in value)) {
    value = (value as { default: unknown }).default;
  }
  return value as TranslationMessages;
}

const japaneseRa = unwrapDefault(japanesePackage);

/** Keys react-admin 5.15 uses that the Japanese package (5.12) lacks. */
const japaneseRaGaps = {
  ra: {
    ...japaneseRa.ra,
    validation: { ...japaneseRa.ra.validation, unique: '既に使用されています' },
    guesser: {
      ...japaneseRa.ra.guesser,
      empty: { title: '表示するデータがありません', message: 'データソースが空のようです。' },
    },
  },
};

/** The locales the app speaks; the first is the default. */
export const LOCALES = [
  { locale: 'ja', name: '日本語' },
  { locale: 'en', name: 'English' },
] as const;
export type AppLocale = (typeof LOCALES)[number]['locale'];

const isAppLocale = (locale: string): locale is AppLocale => LOCALES.some((known) => known.locale === locale);

const japaneseCatalog = { ...japaneseRa, ...japaneseRaGaps, ...ja } as TranslationMessages;
/** The English catalog once its chunk has loaded. */
let englishCatalog: TranslationMessages | undefined;

/**
 * The first page's catalog per locale (react-admin's and the app's): Japanese at once, English on
 * demand (a promise until its chunk has loaded, then at once).
 */
const BASE_CATALOGS: Record<AppLocale, () => TranslationMessages | Promise<TranslationMessages>> = {
  ja: () => japaneseCatalog,
  en: () => englishCatalog ?? import('./englishMessages').then((module) => (englishCatalog = module.englishMessages)),
};

/** The message areas loaded so far (src/i18n/areas.ts), in the order they arrived. */
const loadedAreas = new Map<MessageArea, AreaMessages>();
/** Areas being loaded: each loads once, whoever asks first. */
const pendingAreas = new Map<MessageArea, Promise<void>>();

function withLoadedAreas(base: TranslationMessages, locale: AppLocale): TranslationMessages {
  let catalog = base;
  for (const area of loadedAreas.values()) catalog = mergeMessages(catalog, area[locale]);
  return catalog;
}

/**
 * The catalog of `locale` (Japanese for an unknown one) with every area loaded so far: synchronous
 * for Japanese, a promise for English (its chunk; react-admin waits for it).
 */
function messagesOf(locale: string): TranslationMessages | Promise<TranslationMessages> {
  const known: AppLocale = isAppLocale(locale) ? locale : 'ja';
  const base = BASE_CATALOGS[known]();
  return base instanceof Promise ? base.then((catalog) => withLoadedAreas(catalog, known)) : withLoadedAreas(base, known);
}

const polyglot = polyglotI18nProvider(messagesOf, 'ja', [...LOCALES]);

/**
 * Catalog rebuilds, one after the other: a language switch and an area's arrival must not overtake
 * each other (the last rebuild decides which language the translations are in).
 */
let rebuilds: Promise<unknown> = Promise.resolve();
function rebuild(locale: () => string): Promise<void> {
  const next = rebuilds.then(() => polyglot.changeLocale(locale()));
  rebuilds = next.catch(() => undefined);
  return next;
}

/** The app's i18nProvider: Japanese unless the user chose English. */
export const i18nProvider: I18nProvider = {
  ...polyglot,
  changeLocale: (locale: string) => rebuild(() => locale),
};

/**
 * Loads the catalog of `locale` (English: its chunk, once), so that switching to it afterwards
 * renders the page in that language at once (the language button waits for this before it switches).
 * Rejects when the chunk cannot be loaded.
 */
export async function loadLocale(locale: string): Promise<void> {
  await BASE_CATALOGS[isAppLocale(locale) ? locale : 'ja']();
}

/**
 * Loads the messages of `areas` (once each) and merges them into the catalogs, in the language on
 * screen and the other. Resolves once translations include them; rejects when a chunk fails to load
 * (a later call tries again).
 */
export function loadMessages(...areas: MessageArea[]): Promise<void> {
  return Promise.all(
    areas.map((area) => {
      if (loadedAreas.has(area)) return Promise.resolve();
      const pending =
        pendingAreas.get(area) ??
        MESSAGE_AREAS[area]()
          .then((messages) => {
            loadedAreas.set(area, messages);
            return rebuild(() => polyglot.getLocale());
          })
          .finally(() => pendingAreas.delete(area));
      pendingAreas.set(area, pending);
      return pending;
    }),
  ).then(() => undefined);
}

/**
 * For `React.lazy`: loads a page's module and its message areas together, resolving with the module
 * once both are there, so the page never renders a key untranslated.
 */
export function withMessages<T>(areas: readonly MessageArea[], load: () => Promise<T>): Promise<T> {
  return Promise.all([load(), loadMessages(...areas)]).then(([module]) => module);
}

/**
 * Every message of `locale`, every area included (tests: the catalogs' keys, a component rendered
 * outside the app). Does not change the i18nProvider.
 */
export async function loadFullCatalog(locale: AppLocale): Promise<TranslationMessages> {
  const areas = await Promise.all(Object.values(MESSAGE_AREAS).map((load) => load()));
  const base = await BASE_CATALOGS[locale]();
  return areas.reduce((catalog, area) => mergeMessages(catalog, area[locale]), base);
}
