import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Collection, type Change } from './collection';

const itemSchema = z.object({ id: z.string(), group: z.string(), detail: z.object({ tags: z.array(z.string()) }) });
type Item = z.infer<typeof itemSchema>;
const item = (id: string, group: string): Item => ({ id, group, detail: { tags: [group] } });

/** A collection loaded like the browser loads saved data: trusted records, not validated. */
function loaded(records: Item[], changes: Change[] = []): Collection<Item> {
  return new Collection<Item>('notes', itemSchema, (change) => changes.push(change), records, { validate: false, indexed: ['group'] });
}

const deeplyFrozen = (record: Item | undefined) => record !== undefined && Object.isFrozen(record) && Object.isFrozen(record.detail) && Object.isFrozen(record.detail.tags);

describe('Collection: loaded records are handed out frozen', () => {
  it('freezes a record read by id, deeply, and hands out the same object again', () => {
    const items = loaded([item('n-1', 'a'), item('n-2', 'b')]);
    const first = items.get('n-1');
    expect(deeplyFrozen(first)).toBe(true);
    expect(items.get('n-1')).toBe(first);
    expect(() => {
      (first as { group: string }).group = 'changed';
    }).toThrow(TypeError);
  });

  it('freezes every record handed out by values, all, filter and lookup', () => {
    const items = loaded([item('n-1', 'a'), item('n-2', 'b'), item('n-3', 'a')]);
    expect(items.lookup('group', 'a')?.every(deeplyFrozen)).toBe(true);
    expect(items.values().every(deeplyFrozen)).toBe(true);
    expect(items.all().every(deeplyFrozen)).toBe(true);
    expect(items.filter(() => true).every(deeplyFrozen)).toBe(true);
  });

  it('reports the record replaced or removed frozen, in the change and in the write log', () => {
    const changes: Change[] = [];
    const items = loaded([item('n-1', 'a'), item('n-2', 'b')], changes);
    items.replace(item('n-1', 'c'));
    items.remove('n-2');
    expect(changes.map((change) => deeplyFrozen(change.before as Item))).toEqual([true, true]);
    expect(items.writesSince(0)?.every((write) => deeplyFrozen(write.before))).toBe(true);
  });
});

describe('Collection: equality index', () => {
  it('finds the records of a value in write order and follows replaces and removals', () => {
    const items = loaded([item('n-1', 'a'), item('n-2', 'b'), item('n-3', 'a')]);
    expect(items.lookup('group', 'a')?.map((r) => r.id)).toEqual(['n-1', 'n-3']);
    items.replace({ ...item('n-1', 'a'), detail: { tags: ['again'] } }); // same value: moves to the end
    items.replace(item('n-3', 'b'));
    items.insert(item('n-4', 'a'));
    items.remove('n-2');
    expect(items.lookup('group', 'a')?.map((r) => r.id)).toEqual(['n-1', 'n-4']);
    expect(items.lookup('group', 'b')?.map((r) => r.id)).toEqual(['n-3']);
    expect(items.lookup('group', ['b', 'a', 'b'])?.map((r) => r.id)).toEqual(['n-3', 'n-1', 'n-4']);
    items.remove('n-3');
    expect(items.lookup('group', 'b')).toEqual([]);
    expect(items.lookup('detail', 'x')).toBeUndefined(); // not indexed
  });
});
