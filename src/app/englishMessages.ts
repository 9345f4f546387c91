/**
 * The English catalog (react-admin's English messages and ours, src/i18n/en.ts), a chunk of its own:
 * loaded by src/app/i18nProvider.ts only when the user switches to English (issue 6, item 3).
 */
import englishRa from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { en } from '../i18n/en';

/** Every English message the first page needs; the lazily loaded pages add their areas (src/i18n/areas.ts). */
export const englishMessages = { ...englishRa, ...en } as TranslationMessages;
