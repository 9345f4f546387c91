/**
 * The in-memory mock database: its collections validated with the zod schemas of
 * src/domain/records.ts, equality indexes (claims by policy, status, peril, assignee; documents,
 * payments and surveys by claim), and a clock. One database
 * per process (or browser tab), reached through `getMockDb()`; tests start each case from a known
 * state with `resetMockDb()`.
 *
 * Stored records are frozen and handed out without copies (see mocks/collection.ts); what is derived
 * from a claim (its fresh adjudication and flags) can be cached per stored record with `memoForClaim`,
 * invalidated whenever anything of the claim's policy changes (the policy, its claims, their documents).
 * Persistence loads a snapshot with `createDb(snapshot)` and saves on `subscribe`; audit events are
 * written from the same changes.
 */
import { todayInJapan, type IsoDate } from '../src/domain/dates';
import {
  auditEventSchema,
  claimSchema,
  documentSchema,
  noteSchema,
  paymentSchema,
  policySchema,
  surveySchema,
  userSchema,
  type AuditEvent,
  type Claim,
  type ClaimDocument,
  type Note,
  type Payment,
  type Policy,
  type Survey,
  type User,
} from '../src/domain/records';
import { Collection, type Change, type CollectionName, type CollectionOptions, type HighWaterMarks, type LoadOptions } from './collection';
import type { DataReader, DbData } from './dbData';
import { storedFileSchema, type StoredFile } from './fileStore';
import { createSeedData, DEFAULT_SEED } from './seed';

export type { DbData } from './dbData';

/** The clock the database answers with: "today" in Japan for periods and dates, `now` for instants. */
export interface DbClock {
  /** Today's JST calendar date `YYYY-MM-DD` (the policy period shown is the one containing it). */
  today(): IsoDate;
  /** The current instant (decision and upload times). */
  now(): Date;
}

/** The mock database. Its reader methods return stored (frozen) records; writes go through the collections. */
export interface MockDb extends DataReader {
  readonly policies: Collection<Policy>;
  readonly claims: Collection<Claim>;
  readonly documents: Collection<ClaimDocument>;
  readonly payments: Collection<Payment>;
  readonly surveys: Collection<Survey>;
  readonly users: Collection<User>;
  /** Append-only: written by the backend, never updated or removed through the API. */
  readonly auditEvents: Collection<AuditEvent>;
  /** Notes on claims: append-only, like audit events (mocks/notes.ts). */
  readonly notes: Collection<Note>;
  /** Uploaded documents' bytes, by document id (mocks/fileStore.ts). */
  readonly files: Collection<StoredFile>;
  readonly clock: DbClock;
  /**
   * Every stored record, frozen (no copy: snapshotting 100,000 claims is instant). The arrays are
   * new; `structuredClone` the result to get records you can change.
   */
  snapshot(): DbData;
  /** Each collection's id high-water marks (ids never given twice, see Collection.highWaterOf): what persistence saves. */
  highWaterMarks(): DbHighWaterMarks;
  /** Calls `listener` after every write; returns the function that unsubscribes it. */
  subscribe(listener: (change: Change) => void): () => void;
  /**
   * `compute()` for the stored claim `claim`, cached under `key` until anything of its policy
   * changes (the policy, any of its claims, their documents) or the claim itself is replaced.
   * A claim that is not a stored (frozen) record is computed every time.
   */
  memoForClaim<R>(claim: Claim, key: string, compute: () => R): R;
}

/**
 * Claim fields with an equality index (`db.claims.lookup(field, value)`): the policy (claims of a
 * policy), and what list filters narrow on most (status, peril, assignee).
 */
export const CLAIM_INDEXES: readonly (keyof Claim & string)[] = ['policyId', 'status', 'peril', 'assigneeId'];

/** The id high-water marks of each collection (only those that need keeping: see Collection.highWaterMarks). */
export type DbHighWaterMarks = Partial<Record<CollectionName, HighWaterMarks>>;

/** How `createDb` loads: validation, and the id high-water marks saved with the data. */
export interface DbLoadOptions extends LoadOptions {
  highWater?: DbHighWaterMarks;
}

/** The real clock: today in Japan, now. */
export const systemClock: DbClock = { today: () => todayInJapan(), now: () => new Date() };

/** A clock fixed on the JST date `date` (its instants are the current time of day). */
export function fixedDateClock(date: IsoDate): DbClock {
  return { today: () => date, now: () => new Date() };
}

/**
 * A database holding `data` (validated unless `options.validate` is false: throws ZodError on an
 * invalid record, CollectionError on a duplicate id). The records are frozen in place, each when
 * first handed out (see mocks/collection.ts): loading 700,000 records does not wait for freezing
 * them all. Unvalidated (`validate: false`), the database takes `data`'s records over: keep no
 * reference to them (a record not handed out yet is not frozen yet). Indexes are built on a field's
 * first lookup. It does not check references; the seed and the handlers keep them consistent.
 */
export function createDb(data: DbData, clock: DbClock = systemClock, options: DbLoadOptions = {}): MockDb {
  const listeners = new Set<(change: Change) => void>();
  const revisions = new Map<string, number>();
  const bump = (policyId: string | undefined) => {
    if (policyId !== undefined) revisions.set(policyId, (revisions.get(policyId) ?? 0) + 1);
  };
  // Anything of a policy changed: what its claims derive (adjudication, flags) must be recomputed.
  const invalidate = (change: Change) => {
    if (change.collection === 'claims' || change.collection === 'documents') {
      const { before, after } = change as Change<Claim | ClaimDocument>;
      bump(before?.policyId);
      bump(after?.policyId);
    } else if (change.collection === 'policies') {
      bump(change.id);
    }
  };
  const emit = (change: Change) => {
    invalidate(change);
    for (const listener of listeners) listener(change);
  };
  const { highWater = {}, ...loadOptions } = options;
  const load = <T>(indexed: readonly (keyof T & string)[] = [], name?: CollectionName): CollectionOptions<T> => ({
    ...loadOptions,
    indexed,
    highWater: name === undefined ? undefined : highWater[name],
  });
  const policies = new Collection<Policy>('policies', policySchema, emit, data.policies, load([], 'policies'));
  const claims = new Collection<Claim>('claims', claimSchema, emit, data.claims, load<Claim>(CLAIM_INDEXES, 'claims'));
  const documents = new Collection<ClaimDocument>('documents', documentSchema, emit, data.documents, load<ClaimDocument>(['claimId', 'policyId'], 'documents'));
  const payments = new Collection<Payment>('payments', paymentSchema, emit, data.payments, load<Payment>(['claimId', 'policyId'], 'payments'));
  const surveys = new Collection<Survey>('surveys', surveySchema, emit, data.surveys, load<Survey>(['claimId'], 'surveys'));
  const users = new Collection<User>('users', userSchema, emit, data.users, load([], 'users'));
  const auditEvents = new Collection<AuditEvent>('auditEvents', auditEventSchema, emit, data.auditEvents, load([], 'auditEvents'));
  const notes = new Collection<Note>('notes', noteSchema, emit, data.notes ?? [], load<Note>(['claimId'], 'notes'));
  const files = new Collection<StoredFile>('files', storedFileSchema, emit, data.files ?? [], load([], 'files'));

  const memo = new WeakMap<Claim, Map<string, { revision: number; value: unknown }>>();
  function memoForClaim<R>(claim: Claim, key: string, compute: () => R): R {
    if (!Object.isFrozen(claim) || claims.get(claim.id) !== claim) return compute();
    const revision = revisions.get(claim.policyId) ?? 0;
    let entries = memo.get(claim);
    const hit = entries?.get(key);
    if (hit && hit.revision === revision) return hit.value as R;
    const value = compute();
    if (!entries) memo.set(claim, (entries = new Map()));
    entries.set(key, { revision, value });
    return value;
  }

  return {
    policies,
    claims,
    documents,
    payments,
    surveys,
    users,
    auditEvents,
    notes,
    files,
    clock,
    policy: (id) => policies.get(id),
    claimsOfPolicy: (policyId) => claims.lookup('policyId', policyId) ?? [],
    documentsOfClaim: (claimId) => documents.lookup('claimId', claimId) ?? [],
    memoForClaim,
    highWaterMarks: () => {
      const marks: DbHighWaterMarks = {};
      for (const collection of [policies, claims, documents, payments, surveys, users, auditEvents, notes, files]) marks[collection.name] = collection.highWaterMarks();
      return marks;
    },
    snapshot: () => ({
      policies: policies.all(),
      claims: claims.all(),
      documents: documents.all(),
      payments: payments.all(),
      surveys: surveys.all(),
      users: users.all(),
      auditEvents: auditEvents.all(),
      notes: notes.all(),
      files: files.all(),
    }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** How `resetMockDb` rebuilds the database. */
export interface ResetOptions {
  /** Seed number of the generated data (default DEFAULT_SEED). */
  seed?: number;
  /** JST date the seed is built around and the database's "today" (default: today in Japan, real clock). */
  referenceDate?: IsoDate;
  /**
   * Number of claims to generate (mocks/seed/sizes.ts: `SEED_SIZES.default` 1,500 with about 2,000
   * policies, up to `SEED_SIZES.large` 100,000). Omitted: the hand-written scenarios only (23 claims,
   * 22 policies): the known state the API tests count on.
   */
  size?: number;
  /** Load this data instead of generating a seed (validated). */
  data?: DbData;
}

let current: MockDb | undefined;

/**
 * Replaces this process's database with a fresh one: `data` when given, else the seed for
 * (`seed`, `referenceDate`, `size`). A `referenceDate` also fixes the database's "today". Returns it.
 * Generated data is loaded without re-validation (mocks/seed.test.ts validates every generated record).
 */
export function resetMockDb(options: ResetOptions = {}): MockDb {
  const clock = options.referenceDate === undefined ? systemClock : fixedDateClock(options.referenceDate);
  if (options.data) {
    current = createDb(options.data, clock);
    return current;
  }
  const data = createSeedData({ seed: options.seed ?? DEFAULT_SEED, referenceDate: clock.today(), size: options.size });
  current = createDb(data, clock, { validate: false });
  return current;
}

/** This process's database, seeded with the default seed around today on first use (scenarios only). */
export function getMockDb(): MockDb {
  return current ?? resetMockDb();
}

/** Makes `db` this process's database (e.g. one restored from persistence). */
export function setMockDb(db: MockDb): void {
  current = db;
}
