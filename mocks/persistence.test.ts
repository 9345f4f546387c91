import { afterEach, describe, expect, it, vi } from 'vitest';
import { getMockDb } from './db';
import { MemoryMockStore, MOCK_SCHEMA_VERSION } from './devtools/mockStore';
import { getDataOrigin, getPersistenceKind, reseedMockDb } from './devtools/runtime';
import { resetMockSettings, updateMockSettings } from './devtools/settings';
import { COMPACT_AFTER, startPersistence, type Persistence } from './persistence';

let running: Persistence | undefined;
const start = async (store: MemoryMockStore) => {
  updateMockSettings({ size: 23 }); // the hand-written scenarios only: fast
  running = await startPersistence(store, { delayMs: 1 });
  return running;
};

afterEach(async () => {
  await running?.stop();
  running = undefined;
  resetMockSettings();
});

function editFirstClaim(description: string): string {
  const db = getMockDb();
  const claim = db.claims.all()[0];
  if (!claim) throw new Error('no claim');
  db.claims.replace({ ...claim, description });
  return claim.id;
}

describe('mock persistence', () => {
  it('seeds an empty store with the whole database, once', async () => {
    const store = new MemoryMockStore();
    const persistence = await start(store);
    expect(persistence.started).toBe('seeded');
    expect(store.replaceAllCount).toBe(1);
    const saved = await store.load();
    expect(saved?.meta.schemaVersion).toBe(MOCK_SCHEMA_VERSION);
    expect(saved?.data.claims).toHaveLength(getMockDb().claims.size);
    expect(getPersistenceKind()).toBe('indexeddb');
  });

  it('writes only the records that changed, batched', async () => {
    const store = new MemoryMockStore();
    await start(store);
    const id = editFirstClaim('first');
    editFirstClaim('second');
    getMockDb().users.insert({ id: 'new-user', name: '新 人', email: 'new@claims.example.jp', role: 'adjuster' });
    await running?.flush();
    expect(store.writes).toEqual([2]); // one batch: the claim (last version) and the user
    expect(store.replaceAllCount).toBe(1);
    const saved = await store.load();
    expect(saved?.data.claims.find((c) => c.id === id)?.description).toBe('second');
    expect(saved?.data.users.some((u) => u.id === 'new-user')).toBe(true);
  });

  it('loads the saved database after a "reload" instead of seeding', async () => {
    const store = new MemoryMockStore();
    await start(store);
    const id = editFirstClaim('changed before the reload');
    await running?.stop();
    const persistence = await start(store);
    expect(persistence.started).toBe('loaded');
    expect(store.replaceAllCount).toBe(1);
    expect(getMockDb().claims.get(id)?.description).toBe('changed before the reload');
  });

  it('replaces the saved data on a re-seed, with the new seed, and follows the new database', async () => {
    const store = new MemoryMockStore();
    await start(store);
    const id = editFirstClaim('lost on reset');
    await running?.flush();
    updateMockSettings({ seed: 7 });
    await reseedMockDb();
    expect(store.replaceAllCount).toBe(2);
    const saved = await store.load();
    expect(saved?.meta.seed).toBe(7);
    expect(getDataOrigin().seed).toBe(7);
    expect(saved?.data.claims.find((c) => c.id === id)?.description).not.toBe('lost on reset');
    editFirstClaim('after reset');
    await running?.flush();
    expect((await store.load())?.data.claims.find((c) => c.id === id)?.description).toBe('after reset');
  });

  it('re-seeds when the saved data is of another schema version', async () => {
    const store = new MemoryMockStore();
    await start(store);
    editFirstClaim('old schema');
    await running?.stop();
    const saved = await store.load();
    if (!saved) throw new Error('nothing saved');
    await store.replaceAll({ ...saved, meta: { ...saved.meta, schemaVersion: MOCK_SCHEMA_VERSION - 1 } });
    const persistence = await start(store);
    expect(persistence.started).toBe('seeded');
    expect(getMockDb().claims.all().some((c) => c.description === 'old schema')).toBe(false);
  });

  it('re-seeds when the saved records no longer validate', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = new MemoryMockStore();
    await start(store);
    await running?.stop();
    const saved = await store.load();
    if (!saved) throw new Error('nothing saved');
    const [first, ...rest] = saved.data.claims;
    await store.replaceAll({ ...saved, data: { ...saved.data, claims: [{ ...first, status: 'lost' } as never, ...rest] } });
    const persistence = await start(store);
    expect(persistence.started).toBe('seeded');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('folds many changes into a fresh snapshot when loading (compaction)', async () => {
    const store = new MemoryMockStore();
    await start(store);
    const db = getMockDb();
    const claim = db.claims.all()[0];
    if (!claim) throw new Error('no claim');
    for (let n = 0; n <= COMPACT_AFTER; n += 1) db.auditEvents.insert({ id: `a-test-${n}`, at: '2026-06-15T00:00:00.000Z', actorId: 'sato', action: 'test', resource: 'claims', recordId: claim.id, before: null, after: null });
    await running?.stop();
    expect((await store.load())?.changeCount).toBeGreaterThan(COMPACT_AFTER);
    await start(store);
    await vi.waitFor(() => expect(store.replaceAllCount).toBe(2));
    const saved = await store.load();
    expect(saved?.changeCount).toBe(0);
    expect(saved?.data.auditEvents.filter((e) => e.action === 'test')).toHaveLength(COMPACT_AFTER + 1);
  });

  it('never gives a deleted id again, after a reload (the high-water mark is saved) and after a compaction', async () => {
    const store = new MemoryMockStore();
    await start(store);
    const last = getMockDb().claims.all().at(-1);
    if (!last) throw new Error('no claim');
    const next = getMockDb().claims.nextId('c');
    const { id, ...facts } = { ...last, id: next };
    getMockDb().claims.insert({ ...facts, id, claimNumber: `CLM-2026-${id.slice(2)}` });
    getMockDb().claims.remove(id); // the highest id is gone before the reload
    await running?.stop();
    await start(store);
    expect(getMockDb().claims.has(id)).toBe(false);
    expect(getMockDb().claims.nextId('c')).not.toBe(id);
    expect(Number(getMockDb().claims.nextId('c').slice(2))).toBe(Number(id.slice(2)) + 1);
    // Saved whole again (a compaction or a re-save): the mark is in the snapshot's meta.
    await store.replaceAll({ meta: { schemaVersion: MOCK_SCHEMA_VERSION, seed: 1, size: 23, generatedAt: '2026-06-15T00:00:00.000Z', highWater: getMockDb().highWaterMarks() }, data: getMockDb().snapshot() });
    await running?.stop();
    await start(store);
    expect(Number(getMockDb().claims.nextId('c').slice(2))).toBe(Number(id.slice(2)) + 1);
  });

  it('starts the ids afresh with the data on a re-seed', async () => {
    const store = new MemoryMockStore();
    await start(store);
    const first = getMockDb().claims.nextId('c');
    const last = getMockDb().claims.all().at(-1);
    if (!last) throw new Error('no claim');
    getMockDb().claims.insert({ ...last, id: first, claimNumber: 'CLM-2026-X' });
    await reseedMockDb();
    expect(getMockDb().claims.nextId('c')).toBe(first);
  });

  it('stops following changes once stopped', async () => {
    const store = new MemoryMockStore();
    await start(store);
    await running?.stop();
    running = undefined;
    editFirstClaim('not saved');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(store.writes).toEqual([]);
    expect(getPersistenceKind()).toBe('memory');
  });
});
