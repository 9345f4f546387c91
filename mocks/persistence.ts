/**
 * Persistence of the mock database in the browser (issue 3, point 3). At start the saved database
 * is loaded (or, when there is none, it is of another schema version, or a sample of its records no
 * longer validates, the current settings' seed is generated and saved whole); from then on every change reported by
 * `db.subscribe` is written behind in small batches (mocks/devtools/writeBehind.ts), and a re-seed
 * (`POST /api/_mock/reset`) replaces the saved copy. Node has no IndexedDB: there the database
 * stays in memory and tests start from `resetMockDb`.
 */
import { createDb, setMockDb, systemClock, type DbData, type MockDb } from './db';
import { MOCK_SCHEMA_VERSION, PERSISTED_COLLECTIONS, type MockStore, type PersistedState } from './devtools/mockStore';
import { onReseed, reseedMockDb, setDataOrigin, setPersistenceKind, type DataOrigin } from './devtools/runtime';
import { WriteBehind, type WriteBehindOptions } from './devtools/writeBehind';

export { MOCK_SCHEMA_VERSION } from './devtools/mockStore';

/** Running persistence: flush pending writes (tests, page hide) or stop it. */
export interface Persistence {
  /** How the database was obtained at start. */
  readonly started: 'loaded' | 'seeded';
  /** Resolves once every change so far is saved. */
  flush(): Promise<void>;
  /** Saves what is pending and stops following changes and re-seeds. */
  stop(): Promise<void>;
}

function stateOf(db: MockDb, origin: DataOrigin): PersistedState {
  return { meta: { schemaVersion: MOCK_SCHEMA_VERSION, ...origin, highWater: db.highWaterMarks() }, data: db.snapshot() };
}

/** Past this many record writes since the last full save, loading saves a fresh snapshot (compaction). */
export const COMPACT_AFTER = 5_000;

/** How many records of each collection are validated on load (validating 100,000 claims takes seconds). */
const VALIDATED_SAMPLE = 200;

function sampleOf(data: DbData): DbData {
  const sample: Partial<Record<keyof DbData, unknown[]>> = {};
  for (const collection of PERSISTED_COLLECTIONS) sample[collection] = (data[collection] ?? []).slice(0, VALIDATED_SAMPLE);
  return sample as DbData;
}

async function loadSaved(store: MockStore): Promise<{ db: MockDb; origin: DataOrigin; changeCount: number } | undefined> {
  try {
    const started = performance.now();
    const saved = await store.load();
    if (!saved || saved.meta.schemaVersion !== MOCK_SCHEMA_VERSION) return undefined;
    const read = performance.now();
    const { seed, size, generatedAt } = saved.meta;
    createDb(sampleOf(saved.data)); // throws ZodError when the stored shape drifted (a missed schema bump)
    // The ids' high-water marks come back too: an id deleted before the reload is never given again.
    const db = createDb(saved.data, systemClock, { validate: false, highWater: saved.meta.highWater });
    const split = saved.timings ? ` (IndexedDB ${Math.round(saved.timings.readMs)} ms, decoding ${Math.round(saved.timings.decodeMs)} ms)` : '';
    console.info(`[mock] read the saved data in ${Math.round(read - started)} ms${split}, indexed it in ${Math.round(performance.now() - read)} ms`);
    return { db, origin: { seed, size, generatedAt }, changeCount: saved.changeCount };
  } catch (error) {
    console.warn('[mock persistence] the saved data could not be loaded; re-seeding:', error);
    return undefined;
  }
}

/**
 * Loads the saved database into this process (or seeds and saves one), then keeps `store` in
 * step with every change. Resolves once the database is ready to serve.
 */
export async function startPersistence(store: MockStore, options: WriteBehindOptions = {}): Promise<Persistence> {
  const writer = new WriteBehind((batch) => store.write(batch), options);
  let unsubscribe: () => void = () => undefined;
  const follow = (db: MockDb) => {
    unsubscribe();
    unsubscribe = db.subscribe((change) => writer.record(change));
  };

  const stopReseeds = onReseed(async (db, origin) => {
    unsubscribe();
    await writer.discard();
    await store.replaceAll(stateOf(db, origin));
    follow(db);
  });

  const started = performance.now();
  const saved = await loadSaved(store);
  if (saved) {
    setMockDb(saved.db);
    setDataOrigin(saved.origin);
    follow(saved.db);
    if (saved.changeCount > COMPACT_AFTER) {
      // Fold the changes into a fresh snapshot, in the background: later batches queue behind it.
      store.replaceAll(stateOf(saved.db, saved.origin)).catch((error: unknown) => console.warn('[mock persistence] compaction failed:', error));
    }
  } else {
    await reseedMockDb(); // the listener above saves it whole and follows it
  }
  setPersistenceKind('indexeddb');
  console.info(`[mock] ${saved ? 'loaded' : 'seeded and saved'} the mock data in ${Math.round(performance.now() - started)} ms`);

  return {
    started: saved ? 'loaded' : 'seeded',
    flush: () => writer.flush(),
    async stop() {
      stopReseeds();
      unsubscribe();
      await writer.flush();
      setPersistenceKind('memory');
    },
  };
}
