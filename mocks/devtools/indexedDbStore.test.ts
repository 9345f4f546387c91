import { describe, expect, it } from 'vitest';
import { decodePages, encodePages, overlay } from './indexedDbStore';
import { StringPool } from './intern';
import { withDeletedIds } from './mockStore';

const r = (id: string, n = 0) => ({ id, n });

describe('overlay (the IndexedDB snapshot with the changes since)', () => {
  it('is the snapshot itself when nothing changed', () => {
    const base = [r('c-1'), r('c-2')];
    expect(overlay(base, [])).toBe(base);
  });

  it('replaces in place, removes, and appends new records in creation order', () => {
    const base = [r('c-1'), r('c-2'), r('c-3')];
    const result = overlay(base, [
      { collection: 'claims', id: 'c-10000', record: r('c-10000') },
      { collection: 'claims', id: 'c-2', record: r('c-2', 5) },
      { collection: 'claims', id: 'c-3', record: null },
      { collection: 'claims', id: 'c-9999', record: r('c-9999') },
      { collection: 'claims', id: 'c-7', record: null }, // created and deleted since the snapshot
    ]);
    expect(result).toEqual([r('c-1'), r('c-2', 5), r('c-9999'), r('c-10000')]);
  });
});

describe('withDeletedIds (the high-water marks of saved data with deletions since)', () => {
  it('raises each collection prefix to the highest deleted id, keeping higher marks', () => {
    const marks = withDeletedIds({ claims: { c: 30 }, documents: { d: 5 } }, [
      { collection: 'claims', id: 'c-0024' },
      { collection: 'claims', id: 'c-0042' },
      { collection: 'documents', id: 'd-0003' },
      { collection: 'policies', id: 'p-0100' },
      { collection: 'users', id: 'sato' }, // not a numbered id
    ]);
    expect(marks).toEqual({ claims: { c: 42 }, documents: { d: 5 }, policies: { p: 100 } });
  });
});

describe('snapshot pages (each a JSON array of records)', () => {
  it('cuts the records into pages of the given size and reads them back in order', () => {
    const records = Array.from({ length: 25 }, (_, i) => ({ id: `c-${i + 1}`, status: i % 2 === 0 ? 'received' : 'in_review', nested: { n: i, none: null } }));
    const pages = encodePages(records, 10);
    expect(pages).toHaveLength(3);
    expect(decodePages(pages)).toEqual(records);
    expect(decodePages(pages, [], new StringPool(['status']))).toEqual(records);
    expect(encodePages([], 10)).toEqual([]);
  });

  it('appends to the records given, and throws on a damaged page', () => {
    const into = [{ id: 'c-0' }];
    expect(decodePages(encodePages([{ id: 'c-1' }]), into).map((r) => r.id)).toEqual(['c-0', 'c-1']);
    expect(() => decodePages(['[{"id":"c-1"'])).toThrow(SyntaxError);
  });
});

