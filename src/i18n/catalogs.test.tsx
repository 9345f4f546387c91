/**
 * Both catalogs hold every key the app uses: every enumeration of the domain has a label in
 * Japanese and in English, and the two catalogs have exactly the same keys, the first page's
 * (ja.ts / en.ts) and every area's loaded on demand (areas.ts) alike.
 */
import { describe, expect, test } from 'vitest';
import { CARRIERS, CAUSES, DECISIONS, DOCUMENT_KINDS, PERILS, PLANS, REASON_CODES, LINE_CODES } from '../domain/adjudication';
import { CLAIM_STATUSES, POLICY_STATUSES } from '../domain/records';
import { i18nProvider, loadFullCatalog, loadMessages } from '../app/i18nProvider';
import { MESSAGE_AREAS, type MessageArea } from './areas';
import { ja } from './ja';
import { en } from './en';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function lookup(catalog: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), catalog);
}

const ENUMS: Record<string, readonly string[]> = {
  peril: PERILS,
  plan: PLANS,
  cause: CAUSES,
  decision: DECISIONS,
  carrier: CARRIERS,
  document_kind: DOCUMENT_KINDS,
  reason: REASON_CODES,
  line: LINE_CODES,
  claim_status: CLAIM_STATUSES,
  policy_status: POLICY_STATUSES,
};

const catalogs = { ja: await loadFullCatalog('ja'), en: await loadFullCatalog('en') };

describe('translation catalogs', () => {
  test('Japanese and English have the same keys (the first page and every area)', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(ja).sort());
    const ours = (catalog: object) => keysOf({ app: lookup(catalog, 'app'), resources: lookup(catalog, 'resources') }).sort();
    expect(ours(catalogs.en)).toEqual(ours(catalogs.ja));
  });

  for (const [area, load] of Object.entries(MESSAGE_AREAS)) {
    test(`the ${area} area has the same keys in both languages and overrides no key of the first page`, async () => {
      const messages = await load();
      expect(keysOf(messages.en).sort()).toEqual(keysOf(messages.ja).sort());
      const firstPage = new Set(keysOf(ja));
      expect(keysOf(messages.ja).filter((key) => firstPage.has(key))).toEqual([]);
    });
  }

  for (const [group, values] of Object.entries(ENUMS)) {
    test(`every ${group} has a Japanese and an English label`, () => {
      for (const value of values) {
        for (const locale of ['ja', 'en'] as const) {
          const label = lookup(catalogs[locale], `app.${group}.${value}`);
          expect(typeof label, `${locale}: app.${group}.${value}`).toBe('string');
        }
      }
    });
  }

  test("react-admin's own keys are all present in Japanese", () => {
    const missing = keysOf(catalogs.en.ra, 'ra').filter((key) => typeof lookup(catalogs.ja, key) !== 'string');
    expect(missing).toEqual([]);
  });

  test('the Japanese package is unwrapped (its messages are Japanese, not an object)', () => {
    expect(lookup(catalogs.ja, 'ra.action.confirm')).toBe('確認');
  });
});

describe('the i18nProvider', () => {
  test('speaks Japanese at once, loads English on a switch, and an area once asked for, in either language', async () => {
    expect(i18nProvider.getLocale()).toBe('ja');
    expect(i18nProvider.translate('app.claim_status.in_review')).toBe('審査中');
    // An area's keys are not there before the area is loaded…
    expect(i18nProvider.translate('app.adjudication.title', { _: 'missing' })).toBe('missing');
    await loadMessages('recordPages' satisfies MessageArea);
    // …and are once it is, in the language on screen and after a switch.
    expect(i18nProvider.translate('app.adjudication.title')).toBe('査定');
    await i18nProvider.changeLocale('en');
    expect(i18nProvider.getLocale()).toBe('en');
    expect(i18nProvider.translate('app.claim_status.in_review')).toBe('In review');
    expect(i18nProvider.translate('app.adjudication.title')).toBe('Adjudication');
    await loadMessages('analytics');
    expect(i18nProvider.translate('app.dashboard.title')).toBe('Dashboard');
    await i18nProvider.changeLocale('ja');
    expect(i18nProvider.translate('app.dashboard.title')).toBe('ダッシュボード');
  });
});
