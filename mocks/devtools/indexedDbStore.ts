/**
 * The browser's {@link MockStore}, in IndexedDB. Reading 800,000 small records one by one takes
 * IndexedDB seconds, so the data are kept as:
 *
 * - `pages`: the snapshot of the last re-seed (or compaction), each collection cut into pages of
 *   {@link PAGE_SIZE} records, key `<collection>:<page number>`;
 * - `changes`: every record written since, one entry per record (key `<collection> <id>`, the
 *   latest value, or `record: null` for a deletion): what the write-behind batches write;
 * - `meta`: the schema version, seed, size and time of the snapshot, and the ids' high-water marks
 *   then (those of records deleted since are read off the `changes`' deletions).
 *
 * Loading reads the pages and lays the changes over them. Opening the database at a new version
 * (MOCK_SCHEMA_VERSION or the layout changed) drops every store, so the data are re-seeded.
 * Kept thin: the logic lives in mocks/persistence.ts.
 */
import type { DbData } from '../dbData';
import { MOCK_SCHEMA_VERSION, PERSISTED_COLLECTIONS, withDeletedIds, type MockStore, type PersistedMeta, type StoredState } from './mockStore';
import type { RecordWrite } from './writeBehind';

/** The IndexedDB database's name. */
export const MOCK_IDB_NAME = 'bm-claims-mock';
/** Records per page of the snapshot. */
export const PAGE_SIZE = 1_000;
/** Bump when the stores below change shape. */
const LAYOUT_VERSION = 2;
const PAGES = 'pages';
const CHANGES = 'changes';
const META = 'meta';
const META_KEY = 'state';
const STORES = [PAGES, CHANGES, META];

type Page = { collection: keyof DbData; records: { id: string }[] };
type Keyed = { id: string };

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function completion(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function open(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  const request = factory.open(name, MOCK_SCHEMA_VERSION * 100 + LAYOUT_VERSION);
  request.onupgradeneeded = () => {
    const db = request.result;
    for (const store of [...db.objectStoreNames]) db.deleteObjectStore(store);
    for (const store of STORES) db.createObjectStore(store);
  };
  return settle(request);
}

/** Ids in natural order (`c-9999` before `c-10000`): the order records were created in. */
const naturalOrder = new Intl.Collator('en', { numeric: true }).compare;
const changeKey = (collection: string, id: string) => `${collection}\u0000${id}`;
const pageKey = (collection: string, page: number) => `${collection}:${String(page).padStart(6, '0')}`;

/** The snapshot's records with the changes laid over them (replaced in place, removed, or appended in id order). */
export function overlay(base: Keyed[], changes: readonly RecordWrite[]): Keyed[] {
  if (changes.length === 0) return base;
  const index = new Map(base.map((record, i) => [record.id, i]));
  const records: (Keyed | null)[] = base;
  const added: Keyed[] = [];
  for (const { id, record } of changes) {
    const at = index.get(id);
    if (at !== undefined) records[at] = record;
    else if (record !== null) added.push(record);
  }
  return [...records.filter((r): r is Keyed => r !== null), ...added.sort((a, b) => naturalOrder(a.id, b.id))];
}

/**
 * Opens (creating or upgrading) the mock database in `factory` (default: the page's indexedDB).
 * A database left by a newer version is deleted and created anew.
 */
export async function openIndexedDbStore(factory: IDBFactory = indexedDB, name = MOCK_IDB_NAME): Promise<MockStore> {
  let db: IDBDatabase;
  try {
    db = await open(factory, name);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'VersionError')) throw error;
    await settle(factory.deleteDatabase(name));
    db = await open(factory, name);
  }
  db.onversionchange = () => db.close(); // another tab upgrades: let it

  return {
    async load(): Promise<StoredState | undefined> {
      const tx = db.transaction(STORES, 'readonly');
      const [meta, pages, changes] = await Promise.all([
        settle(tx.objectStore(META).get(META_KEY) as IDBRequest<PersistedMeta | undefined>),
        settle(tx.objectStore(PAGES).getAll() as IDBRequest<Page[]>),
        settle(tx.objectStore(CHANGES).getAll() as IDBRequest<RecordWrite[]>),
      ]);
      if (!meta || meta.schemaVersion !== MOCK_SCHEMA_VERSION) return undefined;
      const data: Record<string, Keyed[]> = {};
      for (const collection of PERSISTED_COLLECTIONS) data[collection] = [];
      for (const page of pages) data[page.collection]?.push(...page.records);
      for (const collection of PERSISTED_COLLECTIONS) {
        data[collection] = overlay(data[collection] ?? [], changes.filter((c) => c.collection === collection));
      }
      // A deletion since the last full save is kept as a change: its id still counts (never reused).
      const highWater = withDeletedIds(meta.highWater, changes.filter((change) => change.record === null));
      return { meta: { ...meta, highWater }, data: data as unknown as DbData, changeCount: changes.length };
    },
    async replaceAll({ meta, data }) {
      const tx = db.transaction(STORES, 'readwrite');
      const done = completion(tx);
      tx.objectStore(PAGES).clear();
      tx.objectStore(CHANGES).clear();
      for (const collection of PERSISTED_COLLECTIONS) {
        const records = (data[collection] ?? []) as Keyed[];
        for (let start = 0, page = 0; start < records.length; start += PAGE_SIZE, page += 1) {
          tx.objectStore(PAGES).put({ collection, records: records.slice(start, start + PAGE_SIZE) } satisfies Page, pageKey(collection, page));
        }
      }
      tx.objectStore(META).put(meta, META_KEY);
      await done;
    },
    async write(batch: readonly RecordWrite[]) {
      if (batch.length === 0) return;
      const tx = db.transaction(CHANGES, 'readwrite');
      const done = completion(tx);
      for (const write of batch) tx.objectStore(CHANGES).put(write, changeKey(write.collection, write.id));
      await done;
    },
    async clear() {
      const tx = db.transaction(STORES, 'readwrite');
      const done = completion(tx);
      for (const store of STORES) tx.objectStore(store).clear();
      await done;
    },
  };
}
