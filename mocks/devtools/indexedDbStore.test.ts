import { describe, expect, it } from 'vitest';
import { overlay } from './indexedDbStore';

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
