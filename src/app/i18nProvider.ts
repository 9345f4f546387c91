/**
 * i18n: Japanese by default, English one click away (the app bar's language button).
 * react-admin's own messages come from ra-language-english and @bicstone/ra-language-japanese.
 */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import * as japanesePackage from '@bicstone/ra-language-japanese';
import type { TranslationMessages } from 'react-admin';
import { ja } from '../i18n/ja';
import { en } from '../i18n/en';

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

/** Full catalogs (react-admin's and the app's) per locale. */
export const catalogs: Record<AppLocale, TranslationMessages> = {
  ja: { ...japaneseRa, ...japaneseRaGaps, ...ja } as TranslationMessages,
  en: { ...englishMessages, ...en } as TranslationMessages,
};

/** The app's i18nProvider: Japanese unless the user chose English. */
export const i18nProvider = polyglotI18nProvider((locale) => catalogs[locale as AppLocale] ?? catalogs.ja, 'ja', [
  ...LOCALES,
]);
