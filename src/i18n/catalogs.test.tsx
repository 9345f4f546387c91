/**
 * Both catalogs hold every key the app uses: every enumeration of the domain has a label in
 * Japanese and in English, and the two catalogs have exactly the same keys.
 */
import { describe, expect, test } from 'vitest';
import { CARRIERS, CAUSES, DECISIONS, DOCUMENT_KINDS, PERILS, PLANS, REASON_CODES, LINE_CODES } from '../domain/adjudication';
import { CLAIM_STATUSES, POLICY_STATUSES } from '../domain/records';
import { catalogs } from '../app/i18nProvider';
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

describe('translation catalogs', () => {
  test('Japanese and English have the same keys', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(ja).sort());
  });

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
