/**
 * Races (issue 7, item 2), each run many times with interleavings chosen by fast-check's scheduler
 * (`fc.scheduler()` releases the requests in a random order; they then overlap inside the mock):
 *
 * - simultaneous approvals of claims of one policy whose sum exceeds the aggregate limit: the total
 *   paid never exceeds it, each claim is decided and paid at most once;
 * - a stale edit (PUT with an old version) against a fresh one: the stale one gets 409, no update is lost;
 * - a replayed Idempotency-Key: the same response every time, one decision;
 * - a double-clicked approve (same key, or two keys): one decision, one payment after the payment run
 *   (itself double-clicked).
 *
 * Complements tests/api/invariants.test.ts and idempotency.test.ts (one fixed interleaving each).
 * The number of races run is printed at the end.
 */
import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { getMockDb, type DbData } from '../../mocks/db';
import { restoreData } from '../fuzz/harness';
import { paidInPeriod } from '../../src/domain/policyPeriod';
import type { Claim } from '../../src/domain/records';
import { seedContestedPolicy } from './fixtures';
import { decide, newKey, send, sendIdempotent, setupMockApi, USERS, type JsonResult } from './helpers';

setupMockApi();

const AGGREGATE = 200_000;
const PERIOD = { start: '2025-10-01', end: '2026-09-30' };
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
let races = 0;

afterAll(() => console.info(`[races] ${races} races run`));

let baseline: DbData;
// The seeded database (setupMockApi reseeds before each test), restored before each run of a property.
beforeEach(() => {
  baseline = getMockDb().snapshot();
});


/** Starts each request when the scheduler releases it, and waits for all of them. */
async function race<T>(s: fc.Scheduler, requests: readonly (() => Promise<T>)[]): Promise<T[]> {
  races += 1;
  const all = Promise.all(requests.map((start, i) => s.schedule(Promise.resolve(i), `request ${i}`).then(() => start())));
  await s.waitAll();
  return all;
}

const decisionsOn = (claimId: string) => getMockDb().auditEvents.filter((e) => e.recordId === claimId && e.action.startsWith('decision.'));
const paymentsOf = (claimId: string) => getMockDb().payments.filter((p) => p.claimId === claimId);

describe('simultaneous approvals on one policy', () => {
  it('never pay past the aggregate limit, nor any claim twice, whatever the interleaving', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.integer({ min: 5, max: 9 }),
        fc.integer({ min: 25_000, max: 33_000 }),
        fc.array(fc.constantFrom(USERS.adjuster, USERS.adjuster2, USERS.supervisor), { minLength: 9, maxLength: 9 }),
        async (s, count, repairCost, actors) => {
          restoreData(baseline);
          const ids = seedContestedPolicy(count, repairCost);
          const payout = repairCost - 3_000;
          const answers = await race(
            s,
            ids.map((id, i) => () => decide<{ code?: string }>(id, { decision: 'approve', payout }, { as: actors[i] ?? USERS.adjuster })),
          );
          const fits = Math.min(count, Math.floor(AGGREGATE / payout));
          expect(answers.filter((a) => a.status === 200)).toHaveLength(fits);
          for (const refused of answers.filter((a) => a.status !== 200)) expect([refused.status, refused.body.code]).toEqual([422, 'PAYOUT_MISMATCH']);
          const db = getMockDb();
          expect(paidInPeriod(db.claimsOfPolicy('p-race'), PERIOD)).toBe(fits * payout);
          for (const id of ids) expect(decisionsOn(id).length).toBeLessThanOrEqual(1);
          // Two payment runs clicked at once (two keys): each approved claim paid exactly once.
          const runs = await race(s, [() => sendIdempotent('/payments/run', {}, { as: USERS.supervisor }), () => sendIdempotent('/payments/run', {}, { as: USERS.supervisor2 })]);
          expect(runs.map((r) => r.status)).toEqual([200, 200]);
          for (const id of ids) expect(paymentsOf(id).length).toBe(db.claims.get(id)?.status === 'paid' ? 1 : 0);
          const paid = db.payments.filter((p) => p.policyId === 'p-race').reduce((sum, p) => sum + p.amount, 0);
          expect(paid).toBe(fits * payout);
          expect(paid).toBeLessThanOrEqual(AGGREGATE);
        },
      ),
      { numRuns: 25, seed: SEED },
    );
  });

  it('never approve one recommendation twice when two supervisors click at once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.boolean(), async (s, sameTime) => {
        restoreData(baseline);
        const [id = ''] = seedContestedPolicy(1, 99_000);
        expect((await decide(id, { decision: 'recommend', payout: 96_000 })).status).toBe(200);
        const approve = (as: string) => () => decide<Claim>(id, { decision: 'approve', payout: 96_000 }, { as });
        const answers = await race(s, sameTime ? [approve(USERS.supervisor), approve(USERS.supervisor2)] : [approve(USERS.supervisor2), approve(USERS.supervisor2)]);
        expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
        expect(answers.filter((a) => a.status === 409)).toHaveLength(1);
        expect(decisionsOn(id).map((e) => e.action)).toEqual(['decision.recommend', 'decision.approve']);
      }),
      { numRuns: 15, seed: SEED },
    );
  });
});

type Refusal = { code?: string; current?: Claim };

describe('a stale edit against a fresh one', () => {
  it('refuses the stale one with 409 and loses no update, whatever arrives first', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 1, max: 3 }), async (s, edits) => {
        restoreData(baseline);
        // Bring c-0004 to some version v > 0: the screen of one user shows v, another's shows v − 1.
        for (let i = 0; i < edits; i++) {
          const current = getMockDb().claims.get('c-0004')?.version;
          expect((await send('PUT', '/claims/c-0004', { description: `edit ${i}`, version: current })).status).toBe(200);
        }
        const version = getMockDb().claims.get('c-0004')?.version ?? -1;
        const [fresh, stale] = await race<JsonResult<Refusal & Claim>>(s, [
          () => send('PUT', '/claims/c-0004', { repairShop: '新宿修理店', version }, { as: USERS.adjuster }),
          () => send('PUT', '/claims/c-0004', { description: '古い画面からの編集', version: version - 1 }, { as: USERS.adjuster2 }),
        ]);
        expect(fresh?.status).toBe(200);
        expect(stale?.status).toBe(409);
        expect(stale?.body.code).toBe('VERSION_CONFLICT');
        expect(getMockDb().claims.get('c-0004')).toMatchObject({ repairShop: '新宿修理店', description: `edit ${edits - 1}`, version: version + 1 });
      }),
      { numRuns: 20, seed: SEED },
    );
  });

  it('lets exactly one of two edits from the same version through; the other reloads and re-applies: both survive', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), async (s) => {
        restoreData(baseline);
        const version = getMockDb().claims.get('c-0004')?.version ?? -1;
        const answers = await race<JsonResult<Refusal & Claim>>(s, [
          () => send('PUT', '/claims/c-0004', { repairShop: '渋谷修理店', version }, { as: USERS.adjuster }),
          () => send('PUT', '/claims/c-0004', { description: '画面割れ（再確認）', version }, { as: USERS.adjuster2 }),
        ]);
        expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
        const loser = answers.findIndex((a) => a.status === 409);
        const current = answers[loser]?.body.current;
        expect(current?.version).toBe(version + 1);
        const retry = loser === 0 ? { repairShop: '渋谷修理店' } : { description: '画面割れ（再確認）' };
        expect((await send('PUT', '/claims/c-0004', { ...retry, version: current?.version })).status).toBe(200);
        expect(getMockDb().claims.get('c-0004')).toMatchObject({ repairShop: '渋谷修理店', description: '画面割れ（再確認）', version: version + 2 });
      }),
      { numRuns: 20, seed: SEED },
    );
  });
});

describe('a replayed Idempotency-Key', () => {
  it('answers the same response every time and decides once, however many replays race', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 2, max: 6 }), fc.constantFrom('approve', 'deny'), async (s, copies, verdict) => {
        restoreData(baseline);
        const key = newKey();
        const body = verdict === 'approve' ? { decision: 'approve', payout: 5_500 } : { decision: 'deny' };
        const answers = await race(s, Array.from({ length: copies }, () => () => decide('c-0016', body, { key })));
        expect(new Set(answers.map((a) => `${a.status} ${JSON.stringify(a.body)}`)).size).toBe(1);
        expect(answers[0]?.status).toBe(200);
        expect(answers.filter((a) => a.headers.get('Idempotency-Replayed') === 'true')).toHaveLength(copies - 1);
        expect(decisionsOn('c-0016')).toHaveLength(1);
        // A replay long after still answers the same.
        const later = await decide('c-0016', body, { key });
        expect(later.body).toEqual(answers[0]?.body);
      }),
      { numRuns: 20, seed: SEED },
    );
  });
});

describe('a double-clicked approve', () => {
  it('decides once and pays once, with one key or two', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.boolean(), fc.boolean(), async (s, sameKey, runTwice) => {
        restoreData(baseline);
        const first = newKey();
        const keys = [first, sameKey ? first : newKey()];
        const answers = await race(
          s,
          keys.map((key) => () => decide<{ code?: string }>('c-0016', { decision: 'approve', payout: 5_500 }, { key })),
        );
        if (sameKey) expect(answers.map((a) => a.status)).toEqual([200, 200]);
        else {
          expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
          expect(answers.find((a) => a.status === 409)?.body.code).toBe('ALREADY_DECIDED');
        }
        expect(decisionsOn('c-0016')).toHaveLength(1);
        const run = () => sendIdempotent('/payments/run', { claimIds: ['c-0016'] }, { as: USERS.supervisor });
        const runs = await race(s, runTwice ? [run, run] : [run]);
        expect(runs.filter((r) => r.status === 200)).toHaveLength(1);
        for (const refused of runs.filter((r) => r.status !== 200)) expect(refused.status).toBe(422);
        expect(paymentsOf('c-0016')).toHaveLength(1);
        expect(paymentsOf('c-0016')[0]?.amount).toBe(5_500);
        expect(getMockDb().claims.get('c-0016')?.status).toBe('paid');
      }),
      { numRuns: 25, seed: SEED },
    );
  });
});

