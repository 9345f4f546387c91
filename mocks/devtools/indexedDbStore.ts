/**
 * The browser's {@link MockStore}, in IndexedDB. Reading 700,000 small records back one by one
 * (or as 700 structured-clone pages) takes seconds and leaves every string a separate heap copy,
 * so the data are kept as:
 *
 * - `pages`: the snapshot of the last re-seed (or compaction), each collection cut into chunks of
 *   {@link PAGE_SIZE} records, each chunk one JSON string (key `<collection>:<chunk number>`): few
 *   large values, read back as flat strings and decoded with `JSON.parse`, which gives fast-shaped
 *   objects sharing their short strings (dates, ids, statuses): about a third less heap than the
 *   same records structured-cloned (gzipping the pages cut the read from IndexedDB by 3 s but cost
 *   8 s more to unzip through DecompressionStream on the page's thread);
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
import { INTERNED_FIELDS, StringPool } from './intern';
import type { RecordWrite } from './writeBehind';

/** The IndexedDB database's name. */
export const MOCK_IDB_NAME = 'bm-claims-mock';
/** Records per page (one JSON string) of the snapshot. */
export const PAGE_SIZE = 10_000;
/** Bump when the stores below change shape (2: structured-clone pages; 3 and 5: JSON pages; 4: gzipped JSON, dropped: slower to load). */
const LAYOUT_VERSION = 5;
const PAGES = 'pages';
const CHANGES = 'changes';
const META = 'meta';
const META_KEY = 'state';
const STORES = [PAGES, CHANGES, META];

/** One page of a collection's snapshot: its records as a JSON array. */
type Page = { collection: keyof DbData; json: string };
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

/** Resolves in a new task (a message to self: no timer clamping), letting the page run what waits. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** `records` cut into JSON arrays of at most `size` records each (the snapshot's pages), in order. */
export function encodePages(records: readonly unknown[], size = PAGE_SIZE): string[] {
  const pages: string[] = [];
  for (let start = 0; start < records.length; start += size) pages.push(JSON.stringify(records.slice(start, start + size)));
  return pages;
}

/**
 * The records of JSON pages written by {@link encodePages}, appended to `into` in page order, their
 * repeated strings shared through `pool` when given. Throws SyntaxError on a damaged page.
 */
export function decodePages(pages: readonly string[], into: Keyed[] = [], pool?: StringPool): Keyed[] {
  for (const json of pages) {
    const records = JSON.parse(json) as Keyed[];
    pool?.intern(records);
    for (let i = 0; i < records.length; i += 1) into.push(records[i] as Keyed);
  }
  return into;
}

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
      const started = performance.now();
      const tx = db.transaction(STORES, 'readonly');
      const [meta, pages, changes] = await Promise.all([
        settle(tx.objectStore(META).get(META_KEY) as IDBRequest<PersistedMeta | undefined>),
        settle(tx.objectStore(PAGES).getAll() as IDBRequest<Page[]>),
        settle(tx.objectStore(CHANGES).getAll() as IDBRequest<RecordWrite[]>),
      ]);
      const read = performance.now();
      if (!meta || meta.schemaVersion !== MOCK_SCHEMA_VERSION) return undefined;
      const byCollection = new Map<string, string[]>();
      for (const page of pages) {
        const list = byCollection.get(page.collection);
        if (list) list.push(page.json);
        else byCollection.set(page.collection, [page.json]);
      }
      const data: Record<string, Keyed[]> = {};
      for (const collection of PERSISTED_COLLECTIONS) {
        const base: Keyed[] = [];
        const pool = new StringPool(INTERNED_FIELDS[collection] ?? []);
        for (const json of byCollection.get(collection) ?? []) {
          decodePages([json], base, pool);
          await nextTask(); // one page per task: the app's shell renders meanwhile
        }
        data[collection] = overlay(base, changes.filter((c) => c.collection === collection));
      }
      // A deletion since the last full save is kept as a change: its id still counts (never reused).
      const highWater = withDeletedIds(meta.highWater, changes.filter((change) => change.record === null));
      // decodeMs includes the page's other work meanwhile (the app's shell renders between pages).
      const timings = { readMs: read - started, decodeMs: performance.now() - read };
      return { meta: { ...meta, highWater }, data: data as unknown as DbData, changeCount: changes.length, timings };
    },
    async replaceAll({ meta, data }) {
      // The transaction opens at once (no await before it): a batch written later queues behind it.
      const tx = db.transaction(STORES, 'readwrite');
      const done = completion(tx);
      tx.objectStore(PAGES).clear();
      tx.objectStore(CHANGES).clear();
      for (const collection of PERSISTED_COLLECTIONS) {
        encodePages(data[collection] ?? []).forEach((json, page) => tx.objectStore(PAGES).put({ collection, json } satisfies Page, pageKey(collection, page)));
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
