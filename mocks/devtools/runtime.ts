/**
 * The mock database's life as the developer tools see it: which seed and size the current data
 * came from, where it is kept, and re-seeding it. A re-seed replaces this process's database
 * (`resetMockDb`) and tells the listeners (persistence rewrites its copy) before it resolves.
 */
import { getMockDb, resetMockDb, type MockDb } from '../db';
import { getMockSettings } from './settings';

/** Where the data survives a reload: IndexedDB in the browser, nowhere (memory) in Node. */
export type PersistenceKind = 'indexeddb' | 'memory';

/** What the current data was generated from. */
export interface DataOrigin {
  seed: number;
  size: number;
  /** ISO instant of the generation. */
  generatedAt: string;
}

/** Called after a re-seed with the new database; awaited before the re-seed resolves. */
export type ReseedListener = (db: MockDb, origin: DataOrigin) => void | Promise<void>;

const listeners = new Set<ReseedListener>();
let origin: DataOrigin | undefined;
let persistence: PersistenceKind = 'memory';

/** The origin of the current data (the current settings' seed and size until a re-seed says otherwise). */
export function getDataOrigin(): DataOrigin {
  if (origin) return { ...origin };
  const { seed, size } = getMockSettings();
  return { seed, size, generatedAt: new Date().toISOString() };
}

/** Records where the current data came from (persistence calls it after loading a saved database). */
export function setDataOrigin(next: DataOrigin): void {
  origin = { ...next };
}

/** Where the data is kept now. */
export function getPersistenceKind(): PersistenceKind {
  return persistence;
}

/** Declares where the data is kept (the browser's persistence sets `indexeddb`). */
export function setPersistenceKind(kind: PersistenceKind): void {
  persistence = kind;
}

/** Registers `listener` for re-seeds; returns the function that removes it. */
export function onReseed(listener: ReseedListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Replaces the database with freshly generated data for the current settings' seed and size,
 * then awaits every listener. Returns the new database.
 */
export async function reseedMockDb(): Promise<MockDb> {
  const { seed, size } = getMockSettings();
  const db = resetMockDb({ seed, size });
  origin = { seed, size, generatedAt: db.clock.now().toISOString() };
  for (const listener of listeners) await listener(db, { ...origin });
  return db;
}

/** Record counts of the current database, per collection. */
export function recordCounts(db: MockDb = getMockDb()): Record<string, number> {
  return {
    policies: db.policies.size,
    claims: db.claims.size,
    documents: db.documents.size,
    payments: db.payments.size,
    surveys: db.surveys.size,
    users: db.users.size,
    auditEvents: db.auditEvents.size,
    notes: db.notes.size,
    files: db.files.size,
  };
}
