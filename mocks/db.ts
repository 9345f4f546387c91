/**
 * The in-memory mock database: three collections (policies, claims, documents) validated with the
 * zod schemas of src/domain/records.ts, and a clock. One database per process (or browser tab),
 * reached through `getMockDb()`; tests start each case from a known state with `resetMockDb()`.
 *
 * Later work plugs in here without changing the handlers: persistence can load a snapshot with
 * `createDb(snapshot)` and save on `subscribe`; audit events can be written from the same changes.
 */
import { todayInJapan, type IsoDate } from '../src/domain/dates';
import {
  auditEventSchema,
  claimSchema,
  documentSchema,
  paymentSchema,
  policySchema,
  surveySchema,
  userSchema,
  type AuditEvent,
  type Claim,
  type ClaimDocument,
  type Payment,
  type Policy,
  type Survey,
  type User,
} from '../src/domain/records';
import { Collection, type Change } from './collection';
import type { DataReader, DbData } from './dbData';
import { createSeedData, DEFAULT_SEED } from './seed';

export type { DbData } from './dbData';

/** The clock the database answers with: "today" in Japan for periods and dates, `now` for instants. */
export interface DbClock {
  /** Today's JST calendar date `YYYY-MM-DD` (the policy period shown is the one containing it). */
  today(): IsoDate;
  /** The current instant (decision and upload times). */
  now(): Date;
}

/** The mock database. Its reader methods return copies; writes go through the collections. */
export interface MockDb extends DataReader {
  readonly policies: Collection<Policy>;
  readonly claims: Collection<Claim>;
  readonly documents: Collection<ClaimDocument>;
  readonly payments: Collection<Payment>;
  readonly surveys: Collection<Survey>;
  readonly users: Collection<User>;
  /** Append-only: written by the backend, never updated or removed through the API. */
  readonly auditEvents: Collection<AuditEvent>;
  readonly clock: DbClock;
  /** A deep copy of every record. */
  snapshot(): DbData;
  /** Calls `listener` after every write; returns the function that unsubscribes it. */
  subscribe(listener: (change: Change) => void): () => void;
}

/** The real clock: today in Japan, now. */
export const systemClock: DbClock = { today: () => todayInJapan(), now: () => new Date() };

/** A clock fixed on the JST date `date` (its instants are the current time of day). */
export function fixedDateClock(date: IsoDate): DbClock {
  return { today: () => date, now: () => new Date() };
}

/**
 * A database holding `data` (validated: throws ZodError on an invalid record, CollectionError on a
 * duplicate id). It does not check references; the seed and the handlers keep them consistent.
 */
export function createDb(data: DbData, clock: DbClock = systemClock): MockDb {
  const listeners = new Set<(change: Change) => void>();
  const emit = (change: Change) => {
    for (const listener of listeners) listener(change);
  };
  const policies = new Collection<Policy>('policies', policySchema, emit, data.policies);
  const claims = new Collection<Claim>('claims', claimSchema, emit, data.claims);
  const documents = new Collection<ClaimDocument>('documents', documentSchema, emit, data.documents);
  const payments = new Collection<Payment>('payments', paymentSchema, emit, data.payments);
  const surveys = new Collection<Survey>('surveys', surveySchema, emit, data.surveys);
  const users = new Collection<User>('users', userSchema, emit, data.users);
  const auditEvents = new Collection<AuditEvent>('auditEvents', auditEventSchema, emit, data.auditEvents);
  return {
    policies,
    claims,
    documents,
    payments,
    surveys,
    users,
    auditEvents,
    clock,
    policy: (id) => policies.get(id),
    claimsOfPolicy: (policyId) => claims.filter((c) => c.policyId === policyId),
    documentsOfClaim: (claimId) => documents.filter((d) => d.claimId === claimId),
    snapshot: () => ({
      policies: policies.all(),
      claims: claims.all(),
      documents: documents.all(),
      payments: payments.all(),
      surveys: surveys.all(),
      users: users.all(),
      auditEvents: auditEvents.all(),
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
  /** Load this data instead of generating a seed. */
  data?: DbData;
}

let current: MockDb | undefined;

/**
 * Replaces this process's database with a fresh one: `data` when given, else the seed for
 * (`seed`, `referenceDate`). A `referenceDate` also fixes the database's "today". Returns it.
 */
export function resetMockDb(options: ResetOptions = {}): MockDb {
  const clock = options.referenceDate === undefined ? systemClock : fixedDateClock(options.referenceDate);
  const data = options.data ?? createSeedData({ seed: options.seed ?? DEFAULT_SEED, referenceDate: clock.today() });
  current = createDb(data, clock);
  return current;
}

/** This process's database, seeded with the default seed around today on first use. */
export function getMockDb(): MockDb {
  return current ?? resetMockDb();
}

/** Makes `db` this process's database (e.g. one restored from persistence). */
export function setMockDb(db: MockDb): void {
  current = db;
}
