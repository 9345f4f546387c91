import { describe, expect, it } from 'vitest';
import { INTERNED_FIELDS, StringPool } from './intern';

describe('StringPool (sharing repeated strings of loaded records)', () => {
  it('leaves every value as it was, top-level and nested, and skips what is not a string', () => {
    const records = [
      { id: 'd-1', mimeType: 'image/svg+xml', figures: { shop: 'スマホ修理工房 渋谷店' } },
      { id: 'd-2', mimeType: 'image/svg+xml', figures: { shop: 'スマホ修理工房 渋谷店' } },
      { id: 'd-3', mimeType: 'application/pdf', figures: {} },
      { id: 'd-4', mimeType: null, figures: null },
    ];
    const before = structuredClone(records);
    const pool = new StringPool(['mimeType', 'figures.shop']);
    expect(pool.intern(records)).toBe(records);
    expect(records).toEqual(before);
    expect(pool.intern(structuredClone(before))).toEqual(before); // a second page through the same pool
  });

  it('lists only fields the records have (a typo would silently share nothing)', () => {
    const known: Record<string, readonly string[]> = {
      policies: ['plan', 'status', 'paymentMethod', 'holder', 'device'],
      claims: ['peril', 'status', 'cause', 'description', 'repairShop'],
      documents: ['kind', 'mimeType', 'figures'],
      payments: ['status', 'idempotencyKey'],
      surveys: ['peril', 'answer', 'comment'],
    };
    for (const [collection, paths] of Object.entries(INTERNED_FIELDS)) {
      for (const path of paths) expect(known[collection]).toContain(path.split('.')[0]);
    }
  });
});
