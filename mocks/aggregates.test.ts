/**
 * The dashboard's metrics index kept up to date from the collections' write logs
 * (mocks/aggregates.ts → src/domain/metrics/liveIndex.ts): after any sequence of inserts, replaces
 * and removals of policies, claims, payments and surveys, the updated index answers every dashboard
 * query exactly as `computeDashboard` over the records as they are then; a new database, a new day
 * or more writes than the logs keep rebuild it from every record.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDashboard, dashboardFromIndex, type MetricsQuery } from '../src/domain/metrics';
import type { Claim, Payment, Policy, Survey } from '../src/domain/records';
import { metricsIndexCounts, metricsIndexOf, metricsInputOf } from './aggregates';
import { MAX_WRITE_LOG, type Collection } from './collection';
import { createDb, fixedDateClock, resetMockDb, setMockDb, type DbClock, type DbData, type MockDb } from './db';

const TODAY = '2026-06-15';
/** Ranges and plans the figures are compared on: the last 12 months, a quarter, one ending before today, a long one. */
const QUERIES: readonly MetricsQuery[] = [
  { from: '2025-07-01', to: TODAY },
  { from: '2025-07-01', to: TODAY, plan: 'standard' },
  { from: '2025-07-01', to: TODAY, plan: 'light' },
  { from: '2026-01-01', to: '2026-03-31' },
  { from: '2025-10-01', to: '2026-02-28', plan: 'light' },
  { from: '2024-06-01', to: '2026-12-31', plan: 'standard' },
];

/** The seed the properties start from: 120 claims, about 160 policies, their payments and surveys (generated once; records are frozen, so shared). */
let seedData: DbData | undefined;
function smallDb(): MockDb {
  seedData ??= resetMockDb({ seed: 7, referenceDate: TODAY, size: 120 }).snapshot();
  const db = createDb(seedData, fixedDateClock(TODAY), { validate: false });
  setMockDb(db);
  return db;
}

/** Every query answered from the kept index and from scratch over the current records. */
function expectSameFigures(db: MockDb): void {
  const index = metricsIndexOf(db);
  const input = metricsInputOf(db);
  for (const query of QUERIES) expect(dashboardFromIndex(index, query), JSON.stringify(query)).toEqual(computeDashboard(input, query));
}

type Kind = 'policies' | 'claims' | 'payments' | 'surveys';
/** One step: a write to a collection, or a dashboard read (the index catches up there). */
type Step = { kind: Kind; op: 'insert' | 'replace' | 'remove'; target: number; source: number; relink: number } | { kind: 'read' };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constantFrom<Kind>('policies', 'claims', 'payments', 'surveys'), op: fc.constantFrom('insert' as const, 'replace' as const, 'replace' as const, 'remove' as const), target: fc.nat(), source: fc.nat(), relink: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'read' as const }) },
);

/** The original records, whose fields writes copy (always valid records: a decision, a paid payment, an answer, another plan…). */
interface Pool {
  policies: readonly Policy[];
  claims: readonly Claim[];
  payments: readonly Payment[];
  surveys: readonly Survey[];
}

const pick = <T>(values: readonly T[], n: number): T | undefined => (values.length === 0 ? undefined : values[n % values.length]);

/**
 * Applies `step` to `db`: a replace gives a record another record's fields (status, decision, dates,
 * plan, answer…) under its own id; an insert copies one under a new id; `relink` sometimes moves
 * the record to another policy or claim (one that may since have been removed).
 */
function apply(db: MockDb, pool: Pool, step: Step, fresh: () => string): void {
  if (step.kind === 'read') {
    metricsIndexOf(db);
    return;
  }
  const write = <T extends { id: string }>(collection: Collection<T>, sources: readonly T[], relink: (record: T) => T) => {
    const source = pick(sources, step.source);
    const target = pick(collection.values(), step.target);
    if (step.op === 'remove') {
      if (target) collection.remove(target.id);
    } else if (step.op === 'replace') {
      if (target && source) collection.replace(relink({ ...source, id: target.id }));
    } else if (source) {
      collection.insert(relink({ ...source, id: fresh() }));
    }
  };
  const policyId = pick(pool.policies, step.relink)?.id ?? 'p-none';
  const claim = pick(pool.claims, step.relink);
  const moves = step.relink % 3 === 0;
  switch (step.kind) {
    case 'policies':
      return write(db.policies, pool.policies, (policy) => policy);
    case 'claims':
      return write(db.claims, pool.claims, (record) => (moves ? { ...record, policyId } : record));
    case 'payments':
      return write(db.payments, pool.payments, (record) => (moves && claim ? { ...record, claimId: claim.id, policyId: claim.policyId } : record));
    case 'surveys':
      return write(db.surveys, pool.surveys, (record) => (moves && claim ? { ...record, claimId: claim.id, policyId: claim.policyId, peril: claim.peril } : record));
  }
}

describe('the dashboard index kept up to date from the write logs', () => {
  it('answers like an index built from scratch after any sequence of writes', () => {
    let n = 0;
    const fresh = () => `x-${String((n += 1)).padStart(6, '0')}`;
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 40 }), (steps) => {
        const db = smallDb();
        const pool: Pool = { policies: db.policies.all(), claims: db.claims.all(), payments: db.payments.all(), surveys: db.surveys.all() };
        metricsIndexOf(db);
        const { builds } = metricsIndexCounts();
        for (const step of steps) apply(db, pool, step, fresh);
        expectSameFigures(db);
        // Updated from the logs, never rebuilt: what is compared is the incremental path.
        expect(metricsIndexCounts().builds).toBe(builds);
      }),
      { numRuns: 100 },
    );
  });

  it('follows a decision, a payment, an answer and a policy change one by one', () => {
    const db = smallDb();
    expectSameFigures(db);
    const open = db.claims.values().find((claim) => claim.status === 'in_review');
    const decided = db.claims.values().find((claim) => claim.status === 'approved' && claim.decision?.decision === 'approve');
    const scheduled = db.payments.values().find((payment) => payment.status === 'scheduled');
    const paid = db.payments.values().find((payment) => payment.status === 'paid' && payment.paidDate !== null);
    const unanswered = db.surveys.values().find((survey) => survey.answer === null);
    const active = db.policies.values().find((policy) => policy.status === 'active' && db.claims.lookup('policyId', policy.id)?.some((claim) => claim.status === 'paid'));
    expect([open, decided, scheduled, paid, unanswered, active].every(Boolean)).toBe(true);
    const { updates } = metricsIndexCounts();
    if (open && decided) db.claims.replace({ ...open, status: decided.status, decision: decided.decision, recommendation: decided.recommendation });
    expectSameFigures(db);
    if (scheduled && paid) db.payments.replace({ ...scheduled, status: 'paid', paidDate: paid.paidDate });
    expectSameFigures(db);
    if (unanswered) db.surveys.replace({ ...unanswered, answer: 'satisfied', answeredDate: TODAY });
    expectSameFigures(db);
    if (active) db.policies.replace({ ...active, plan: active.plan === 'standard' ? 'light' : 'standard' });
    expectSameFigures(db);
    if (active) db.policies.replace({ ...active, status: 'cancelled' });
    expectSameFigures(db);
    expect(metricsIndexCounts().updates).toBe(updates + 5);
  });
});

describe('falling back to a build from every record', () => {
  it('rebuilds once a collection has had more writes than its log keeps, and answers the current data', () => {
    const db = smallDb();
    metricsIndexOf(db);
    const { builds } = metricsIndexCounts();
    const claim = db.claims.values().find((record) => record.status === 'in_review');
    if (!claim) throw new Error('The seed has no claim in review');
    for (let i = 0; i <= MAX_WRITE_LOG; i += 1) db.claims.replace({ ...claim, repairCost: 10_000 + i });
    db.claims.replace({ ...claim, status: 'denied' });
    expect(db.claims.writesSince(db.claims.revision - MAX_WRITE_LOG - 1)).toBeUndefined();
    expectSameFigures(db);
    expect(metricsIndexCounts().builds).toBe(builds + 1);
  });

  it('rebuilds for a new database (a reset or a restore), never reading another database’s logs', () => {
    const first = smallDb();
    metricsIndexOf(first);
    const { builds } = metricsIndexCounts();
    const second = resetMockDb({ seed: 8, referenceDate: TODAY, size: 60 });
    expectSameFigures(second);
    expect(metricsIndexCounts().builds).toBe(builds + 1);
    expect(dashboardFromIndex(metricsIndexOf(second), QUERIES[0] as MetricsQuery).kpis.openClaims).not.toBe(
      dashboardFromIndex(metricsIndexOf(first), QUERIES[0] as MetricsQuery).kpis.openClaims,
    );
  });

  it('rebuilds when the day changes (open and overdue are as of today), and not on a read without writes', () => {
    let today = TODAY;
    const clock: DbClock = { today: () => today, now: () => new Date() };
    const db = createDb(smallDb().snapshot(), clock, { validate: false });
    metricsIndexOf(db);
    const counted = metricsIndexCounts();
    metricsIndexOf(db);
    expect(metricsIndexCounts()).toEqual(counted);
    today = '2026-07-20';
    expectSameFigures(db);
    expect(metricsIndexCounts().builds).toBe(counted.builds + 1);
  });
});
