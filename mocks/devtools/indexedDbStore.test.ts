import { describe, expect, it } from 'vitest';
import { overlay } from './indexedDbStore';
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
