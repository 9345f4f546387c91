/**
 * The hand-computed example of testing.ts as full records (validated with src/domain/records.ts's
 * schemas), for the tests that load it into the mock database (the aggregates endpoint, the
 * dashboard). Personal data and devices are fixed placeholders; money in yen, dates JST.
 */
import { PLAN_TERMS } from '../adjudication/terms';
import { claimSchema, paymentSchema, policySchema, surveySchema, type Claim, type Payment, type Policy, type Survey, type User } from '../records';
import { EXAMPLE_CLAIMS, EXAMPLE_PAYMENTS, EXAMPLE_POLICIES, EXAMPLE_SURVEYS } from './testing';

/** The example's records: five policies, eight claims, five payments, six surveys, two adjusters and a manager. */
export interface ExampleRecords {
  policies: Policy[];
  claims: Claim[];
  payments: Payment[];
  surveys: Survey[];
  users: User[];
}

/** Builds the example's full records (numbers `BMS-EX-0001`…, `CLM-EX-0001`…; ids as in testing.ts). */
export function exampleRecords(): ExampleRecords {
  const policies = EXAMPLE_POLICIES.map((policy, index) =>
    policySchema.parse({
      ...policy,
      policyNumber: `BMS-EX-${String(index + 1).padStart(4, '0')}`,
      holder: { name: '山田 太郎', kana: 'ヤマダ タロウ', phone: '090-1234-5678', email: 'taro@example.jp' },
      monthlyPremium: PLAN_TERMS[policy.plan].monthlyPremium,
      paymentMethod: 'credit_card',
      device: { model: 'iPhone 12', imei: '490154203237518', carrier: 'ymobile', gitekiCertified: true, purchasePrice: 60_000, purchaseDate: '2024-08-20' },
      enrollmentPhotoOnFile: true,
      version: 0,
    }),
  );
  const claims = EXAMPLE_CLAIMS.map((claim, index) =>
    claimSchema.parse({
      ...claim,
      claimNumber: `CLM-EX-${String(index + 1).padStart(4, '0')}`,
      description: '例の請求',
      cause: 'accident',
      repairable: claim.peril !== 'theft_loss',
      assigneeId: claim.decision?.decidedBy ?? null,
      flags: [],
      adjudication: null,
      version: 0,
    }),
  );
  const payments = EXAMPLE_PAYMENTS.map((payment, index) =>
    paymentSchema.parse({ ...payment, id: `pay-ex-${index + 1}`, idempotencyKey: null, scheduledDate: payment.paidDate ?? '2026-06-01' }),
  );
  const surveys = EXAMPLE_SURVEYS.map((survey, index) =>
    surveySchema.parse({
      ...survey,
      id: `sv-ex-${index + 1}`,
      comment: survey.answer === 'satisfied' ? '対応が早くて助かりました。' : null,
      answeredDate: survey.answer === null ? null : survey.sentDate,
    }),
  );
  const users: User[] = [
    { id: 'sato', name: '佐藤 美咲', email: 'sato@claims.example.jp', role: 'adjuster' },
    { id: 'tanaka', name: '田中 健一', email: 'tanaka@claims.example.jp', role: 'adjuster' },
    { id: 'suzuki', name: '鈴木 恵子', email: 'suzuki@claims.example.jp', role: 'supervisor' },
    { id: 'takahashi', name: '高橋 直樹', email: 'takahashi@claims.example.jp', role: 'manager' },
  ];
  return { policies, claims, payments, surveys, users };
}
