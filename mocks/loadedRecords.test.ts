/**
 * From the adversarial review of issue 6's storage changes: loaded records are frozen when first
 * handed out (mocks/collection.ts), so every read path must hand out deep-frozen records; and the
 * saved JSON pages with their shared strings (mocks/devtools/indexedDbStore.ts, intern.ts) give back
 * exactly the records saved, odd strings included.
 */
import { describe, expect, it } from 'vitest';
import { createDb, fixedDateClock } from './db';
import { createSeedData } from './seed';
import { encodePages, decodePages } from './devtools/indexedDbStore';
import { INTERNED_FIELDS, StringPool } from './devtools/intern';

describe('records loaded without validation, frozen when first handed out', () => {
  it('every read path hands out deep-frozen records', () => {
    const data = createSeedData({ seed: 1, referenceDate: '2026-06-15' });
    const db = createDb(data, fixedDateClock('2026-06-15'), { validate: false });
    const deep = (v: unknown): boolean => typeof v !== 'object' || v === null || (Object.isFrozen(v) && Object.values(v).every(deep));
    const seen: unknown[] = [];
    db.subscribe((change) => seen.push(change.before, change.after));
    const c = db.claims.get('c-0002')!;
    expect(deep(c)).toBe(true);
    db.claims.replace({ ...c, repairShop: 'x' });
    db.claims.remove('c-0003');
    expect(seen.every(deep)).toBe(true);
    expect(db.claims.writesSince(0)!.every((w) => deep(w.before) && deep(w.after))).toBe(true);
    expect(db.claimsOfPolicy(c.policyId).every(deep)).toBe(true);
    const snap = db.snapshot();
    for (const list of Object.values(snap)) expect((list as unknown[]).every(deep)).toBe(true);
  });
});

describe('JSON pages and shared strings round-trip', () => {
  it('jsonPages: records survive encodePages/decodePages with a string pool exactly', () => {
    const weird = ['\uD800', 'a\uDC00b', 'é', 'e\u0301', 'ｱ', 'ア', '\u0000', 'x'.repeat(200_000), '__proto__', ''];
    const records = weird.map((s, i) => ({ id: `c-${i}`, peril: s, status: weird[(i + 1) % weird.length], repairShop: s, nested: { a: s } }));
    const pool = new StringPool(INTERNED_FIELDS.claims ?? []);
    const back = decodePages(encodePages(records, 3), [], pool);
    expect(back).toEqual(records);
    back.forEach((r, i) => expect((r as unknown as { peril: string }).peril === records[i]!.peril).toBe(true));
  });
});
