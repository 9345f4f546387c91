import { describe, expect, it } from 'vitest';
import { isValidImei, PAYMENT_DEADLINE_DAYS, PLAN_TERMS } from '../src/domain/adjudication';
import { addDays, isIsoDate } from '../src/domain/dates';
import { policyPeriodOn } from '../src/domain/policyPeriod';
import { claimSchema, documentSchema, policySchema, type Claim } from '../src/domain/records';
import { createDb, resetMockDb } from './db';
import { adjudicateIn, arrayReader } from './dbData';
import { presentClaim } from './resources/claims';
import { createSeedData, makeImei, SEED_SIZES } from './seed';
import { SCENARIOS } from './seed/scenarios';
import { createRandom } from './random';

const REFERENCE_DATES = ['2026-06-15', '2026-01-05', '2028-02-29', '2027-12-31'];

describe.each(REFERENCE_DATES)('seed around %s', (referenceDate) => {
  const data = createSeedData({ seed: 7, referenceDate });

  it('is deterministic: same seed number and date, same data', () => {
    expect(createSeedData({ seed: 7, referenceDate })).toEqual(data);
  });

  it('passes the zod schemas and loads into a database', () => {
    for (const policy of data.policies) expect(policySchema.parse(policy)).toEqual(policy);
    for (const claim of data.claims) expect(claimSchema.parse(claim)).toEqual(claim);
    for (const document of data.documents) expect(documentSchema.parse(document)).toEqual(document);
    expect(() => createDb(data)).not.toThrow();
  });

  it('gives each claim the adjudication its scenario expects, computed by the domain module', () => {
    const expectations = SCENARIOS.flatMap((s) => s.claims.map((c) => ({ label: c.label, ...c.expect })));
    expect(data.claims).toHaveLength(expectations.length);
    data.claims.forEach((claim, index) => {
      const expected = expectations[index];
      expect(claim.adjudication, `${claim.id}: ${expected?.label}`).toMatchObject({ decision: expected?.decision, payout: expected?.payout, reasons: expected?.reasons });
    });
  });

  it('keeps the claims inside their policy period containing the reference date', () => {
    for (const claim of data.claims) {
      const policy = data.policies.find((p) => p.id === claim.policyId);
      expect(policy).toBeDefined();
      const period = policyPeriodOn(policy?.inceptionDate ?? '', referenceDate);
      expect(claim.incidentDate >= period.start && claim.incidentDate <= referenceDate).toBe(true);
      expect(claim.receivedDate >= claim.incidentDate).toBe(true);
    }
  });

  it('sets completed and due dates only when no document is missing', () => {
    for (const claim of data.claims) {
      const missing = adjudicateIn(arrayReader(data), claim).missingDocuments;
      if (missing.length > 0) expect(claim).toMatchObject({ completedDate: null, dueDate: null });
      else expect(claim.dueDate).toBe(addDays(claim.completedDate ?? '', PAYMENT_DEADLINE_DAYS));
    }
  });

  it('records decisions matching status and counts them in paid-in-period', () => {
    for (const claim of data.claims) {
      if (claim.status === 'approved' || claim.status === 'paid') expect(claim.decision).toMatchObject({ decision: 'approve', payout: claim.adjudication?.payout });
      else if (claim.status === 'denied') expect(claim.decision).toMatchObject({ decision: 'deny', payout: 0 });
      else expect(claim.decision).toBeNull();
    }
  });

  it('writes valid IMEIs, phones, e-mails, kana and plan premiums', () => {
    for (const policy of data.policies) {
      expect(isValidImei(policy.device.imei)).toBe(policy.id !== 'p-0017');
      expect(policy.device.imei).toMatch(/^\d{15}$/);
      expect(policy.holder.phone).toMatch(/^090-\d{4}-\d{4}$/);
      expect(policy.holder.email).toMatch(/^[a-z.]+\d*@example\.jp$/);
      expect(policy.holder.kana).toMatch(/^[\u30A0-\u30FF]+ [\u30A0-\u30FF]+$/);
      expect(policy.monthlyPremium).toBe(PLAN_TERMS[policy.plan].monthlyPremium);
      expect(isIsoDate(policy.inceptionDate)).toBe(true);
    }
  });

  it('gives each document a URL under /api/files and figures matching its claim', () => {
    for (const document of data.documents) {
      expect(document.url).toBe(`/api/files/${document.id}`);
      const claim = data.claims.find((c) => c.id === document.claimId);
      if (document.kind === 'repair_estimate') expect(document.figures.imei).toBe(claim?.estimateImei);
      if (document.kind === 'repair_receipt' && claim?.repairable) expect(document.figures.amount).toBe(claim.repairCost);
    }
  });
});

describe('the product page examples', () => {
  const data = createSeedData({ seed: 1, referenceDate: '2026-06-15' });

  it.each([
    ['c-0001', 'p-0001', 'iPhone 11 Pro Max', 'damage', 99_000, 96_000, '地面に落として画面が割れた'],
    ['c-0002', 'p-0002', 'iPhone XS', 'water', 65_780, 62_780, 'お風呂に落と'],
    ['c-0003', 'p-0003', 'iPhone 11', 'failure', 47_080, 44_080, '電子コネクターが故障'],
  ])('%s on %s (%s) is in review with its documents', (claimId, policyId, model, peril, repairCost, payout, story) => {
    const claim = data.claims.find((c) => c.id === claimId);
    const policy = data.policies.find((p) => p.id === policyId);
    expect(policy).toMatchObject({ plan: 'standard', enrollmentPhotoOnFile: true, device: { model } });
    expect(claim).toMatchObject({ policyId, peril, repairCost, status: 'in_review', estimateImei: policy?.device.imei });
    expect(claim?.description).toContain(story);
    expect(claim?.claimNumber).toBe(`CLM-2026-${claimId.slice(2)}`);
    expect(claim?.adjudication).toMatchObject({ decision: 'approve', payout, aggregate: { paidBefore: 0, remainingAfter: 200_000 - payout } });
    expect(data.claims.filter((c) => c.policyId === policyId)).toHaveLength(1);
    const kinds = data.documents.filter((d) => d.claimId === claimId).map((d) => d.kind).sort();
    expect(kinds).toEqual(['damage_photo', 'repair_estimate', 'repair_receipt']);
  });
});

describe('seed numbers', () => {
  it('vary people and IMEIs but not the scenarios', () => {
    const a = createSeedData({ seed: 1, referenceDate: '2026-06-15' });
    const b = createSeedData({ seed: 2, referenceDate: '2026-06-15' });
    expect(a.policies.map((p) => p.device.imei)).not.toEqual(b.policies.map((p) => p.device.imei));
    expect(a.claims.map((c) => c.adjudication?.payout)).toEqual(b.claims.map((c) => c.adjudication?.payout));
  });

  it('makeImei makes valid IMEIs, or a deliberately invalid one', () => {
    const random = createRandom(42);
    for (let i = 0; i < 50; i += 1) expect(isValidImei(makeImei(random))).toBe(true);
    for (let i = 0; i < 50; i += 1) expect(isValidImei(makeImei(random, true))).toBe(false);
  });
});

describe('the seeded database', () => {
  const db = resetMockDb({ seed: 5, referenceDate: '2026-06-15', size: SEED_SIZES.small });

  it('loads the seed of the size asked for, and only the scenarios without a size', () => {
    expect(db.claims.size).toBe(SEED_SIZES.small);
    expect(db.users.size).toBe(5);
    const scenarios = createDb(createSeedData({ seed: 5, referenceDate: '2026-06-15' }));
    expect([scenarios.policies.size, scenarios.claims.size, scenarios.payments.size, scenarios.surveys.size]).toEqual([22, 23, 0, 0]);
  });

  it('hands out stored records frozen, without copies, so no caller can change them', () => {
    const claim = db.claims.get('c-0001');
    expect(Object.isFrozen(claim) && Object.isFrozen(claim?.adjudication)).toBe(true);
    expect(db.claims.get('c-0001')).toBe(claim);
    expect(() => {
      (claim as { status: string }).status = 'paid';
    }).toThrow(TypeError);
    expect(db.claims.values()).toBe(db.claims.values());
    const written = { ...db.claims.get('c-0002'), description: 'changed' } as Claim;
    const stored = db.claims.replace(written);
    written.description = 'changed again';
    expect(db.claims.get('c-0002')?.description).toBe('changed');
    expect(stored).toBe(db.claims.get('c-0002'));
  });

  it('indexes claims by policy and documents by claim, kept up to date on writes', () => {
    const reader = arrayReader({ policies: db.policies.all(), claims: db.claims.all(), documents: db.documents.all() });
    for (const policy of db.policies.values().slice(0, 60)) expect(db.claimsOfPolicy(policy.id)).toEqual(reader.claimsOfPolicy(policy.id));
    for (const claim of db.claims.values()) expect(db.documentsOfClaim(claim.id)).toEqual(reader.documentsOfClaim(claim.id));
    const document = db.documentsOfClaim('c-0001')[0];
    if (!document) throw new Error('c-0001 has documents');
    db.documents.remove(document.id);
    expect(db.documentsOfClaim('c-0001').map((d) => d.id)).not.toContain(document.id);
    db.documents.insert(document);
    expect(db.documentsOfClaim('c-0001').map((d) => d.id)).toContain(document.id);
  });

  it('looks claims up by status without a scan, following status changes', () => {
    const sorted = (claims: readonly Claim[] | undefined) => (claims ?? []).map((c) => c.id).sort();
    expect(sorted(db.claims.lookup('status', ['in_review', 'paid']))).toEqual(sorted(db.claims.filter((c) => c.status === 'in_review' || c.status === 'paid')));
    const claim = db.claims.lookup('status', 'in_review')?.[0];
    if (!claim) throw new Error('no claim in review');
    db.claims.replace({ ...claim, status: 'awaiting_documents' });
    expect(sorted(db.claims.lookup('status', 'in_review'))).not.toContain(claim.id);
    expect(db.claims.lookup('status', 'awaiting_documents')?.map((c) => c.id)).toContain(claim.id);
    expect(db.claims.lookup('description', 'x')).toBeUndefined();
  });

  it('caches what is derived from a claim until its policy changes', () => {
    const claim = db.claims.get('c-0001');
    if (!claim) throw new Error('no c-0001');
    let computed = 0;
    const derive = () => db.memoForClaim(claim, 'test', () => ++computed);
    expect([derive(), derive()]).toEqual([1, 1]);
    const other = db.claims.values().find((c) => c.policyId !== claim.policyId);
    if (other) db.claims.replace({ ...other, description: `${other.description}。` });
    expect(derive()).toBe(1);
    const policy = db.policy(claim.policyId);
    if (policy) db.policies.replace({ ...policy, version: policy.version + 1 });
    expect(derive()).toBe(2);
    expect(db.memoForClaim({ ...claim }, 'test', () => 'not cached')).toBe('not cached');
  });

  it('answers claims with flags computed afresh from current data', () => {
    const claim = db.claims.get('c-0018');
    if (!claim) throw new Error('no c-0018');
    expect(presentClaim(db, claim).flags).toEqual(['IMEI_MISMATCH']);
    const policy = db.policy(claim.policyId);
    if (policy) db.policies.replace({ ...policy, device: { ...policy.device, networkRestriction: 'blocked' } });
    expect(presentClaim(db, db.claims.get('c-0018') ?? claim)).toMatchObject({ flags: ['NETWORK_RESTRICTED', 'IMEI_MISMATCH'], adjudication: { decision: 'pend' } });
  });

  it('numbers new records after the highest id', () => {
    expect(db.claims.nextId('c')).toBe(`c-0${SEED_SIZES.small + 1}`);
    expect(db.payments.nextId('pay', 6)).toBe(`pay-${String(db.payments.size + 1).padStart(6, '0')}`);
  });
});
