/**
 * Test-data builders: a valid record with sensible defaults, any field overridden. Shared by the
 * seed and the tests; every built record is validated with its zod schema from src/domain/records.ts,
 * so a builder never hands out a record the backend would refuse (a deliberately invalid IMEI is
 * still a string, so it passes: IMEI validity is a business condition, not a schema rule).
 * Money is integer yen; dates are JST calendar dates `YYYY-MM-DD`.
 */
import { addDays, type IsoDate } from '../src/domain/dates';
import { PAYMENT_DEADLINE_DAYS, PLAN_TERMS } from '../src/domain/adjudication';
import {
  claimSchema,
  documentSchema,
  policySchema,
  type Claim,
  type ClaimDocument,
  type Device,
  type Policy,
} from '../src/domain/records';

/** MIME type of every generated document image. */
export const DOCUMENT_MIME_TYPE = 'image/svg+xml';

/** The URL a document's image is served at: `/api/files/<documentId>`. */
export function documentUrl(documentId: string): string {
  return `/api/files/${encodeURIComponent(documentId)}`;
}

/** An instant at `time` (JST, `HH:MM`) on the JST calendar date `date`, e.g. `2026-06-01T10:30:00+09:00`. */
export function jstInstant(date: IsoDate, time = '10:00'): string {
  return `${date}T${time}:00+09:00`;
}

/** Overrides for {@link buildPolicy}: any policy field; `holder` and `device` merge field by field. */
export type PolicyOverrides = Partial<Omit<Policy, 'holder' | 'device'>> & {
  holder?: Partial<Policy['holder']>;
  device?: Partial<Device>;
};

/**
 * A valid policy (standard plan, iPhone on Y!mobile, IMEI 490154203237518) with `overrides` applied.
 * `monthlyPremium` follows the plan (PLAN_TERMS) unless overridden. Throws ZodError when the result
 * is not a valid Policy.
 */
export function buildPolicy(overrides: PolicyOverrides = {}): Policy {
  const { holder, device, ...rest } = overrides;
  const plan = rest.plan ?? 'standard';
  return policySchema.parse({
    id: 'p-test',
    policyNumber: 'POL-2025-0000',
    plan,
    status: 'active',
    inceptionDate: '2025-10-01',
    monthlyPremium: PLAN_TERMS[plan].monthlyPremium,
    paymentMethod: 'credit_card',
    enrollmentPhotoOnFile: true,
    version: 0,
    ...rest,
    holder: {
      name: '山田 太郎',
      kana: 'ヤマダ タロウ',
      phone: '090-1234-5678',
      email: 'taro.yamada@example.jp',
      ...holder,
    },
    device: {
      model: 'iPhone 11 Pro Max',
      imei: '490154203237518',
      carrier: 'ymobile',
      gitekiCertified: true,
      purchasePrice: 54_800,
      purchaseDate: '2024-08-20',
      replacementCost: 52_000,
      ...device,
    },
  });
}

/** Overrides for {@link buildClaim}: any claim field. */
export type ClaimOverrides = Partial<Claim>;

/**
 * A valid claim (damage, repair ¥99,000, in review, complete) with `overrides` applied. When
 * `completedDate` is given and `dueDate` is not, the due date is `completedDate + PAYMENT_DEADLINE_DAYS`
 * (null when `completedDate` is null). Throws ZodError when the result is not a valid Claim.
 */
export function buildClaim(overrides: ClaimOverrides = {}): Claim {
  const completedDate = overrides.completedDate === undefined ? '2026-01-14' : overrides.completedDate;
  const dueDate = overrides.dueDate !== undefined ? overrides.dueDate : dueDateFor(completedDate);
  return claimSchema.parse({
    id: 'c-test',
    claimNumber: 'CLM-2026-9999',
    policyId: 'p-test',
    peril: 'damage',
    incidentDate: '2026-01-10',
    description: '地面に落として画面が割れた',
    cause: 'accident',
    repairable: true,
    repairCost: 99_000,
    status: 'in_review',
    assigneeId: null,
    receivedDate: '2026-01-12',
    flags: [],
    adjudication: null,
    decision: null,
    version: 0,
    ...overrides,
    completedDate,
    dueDate,
  });
}

/** The payment due date of a claim completed on `completedDate`: + PAYMENT_DEADLINE_DAYS, or null. */
export function dueDateFor(completedDate: IsoDate | null): IsoDate | null {
  return completedDate === null ? null : addDays(completedDate, PAYMENT_DEADLINE_DAYS);
}

/** Overrides for {@link buildDocument}: any document field; `figures` replaces the default (empty). */
export type DocumentOverrides = Partial<ClaimDocument>;

/**
 * A valid document (a damage photo of claim `c-test`) with `overrides` applied. Unless overridden,
 * `url` is `/api/files/<id>` and `fileName` is `<kind>-<id>.svg`. Throws ZodError when invalid.
 */
export function buildDocument(overrides: DocumentOverrides = {}): ClaimDocument {
  const id = overrides.id ?? 'd-test';
  const kind = overrides.kind ?? 'damage_photo';
  return documentSchema.parse({
    id,
    claimId: 'c-test',
    policyId: 'p-test',
    kind,
    fileName: `${kind.replace(/_/g, '-')}-${id}.svg`,
    mimeType: DOCUMENT_MIME_TYPE,
    size: 0,
    url: documentUrl(id),
    uploadedAt: jstInstant('2026-01-12'),
    figures: {},
    ...overrides,
  });
}
