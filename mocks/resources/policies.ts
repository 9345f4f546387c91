/**
 * `policies`: stored as src/domain's Policy; every answer adds
 * `aggregate: { period: { start, end }, limit, used, remaining }` (yen; JST dates) for the policy
 * period containing the database's today, from src/domain's `aggregateUsageOn`. A PUT with a stale
 * `version` answers 409; `device.networkRestriction` is set only by the lookup
 * (`GET /api/policies/:id/network-restriction`) and cleared when the IMEI or carrier changes.
 * Personal data (holder phone and e-mail, device IMEI) is answered masked (mocks/resources/masking.ts);
 * a PUT sending the masked value back keeps the stored one, another masked-looking value is a 400.
 * A change of plan or inception date that would put a policy period's approved and paid payouts
 * over the plan's aggregate limit answers 422 `{ code: 'AGGREGATE_EXCEEDED', errors: { plan }, periods }`.
 */
import { PLAN_TERMS } from '../../src/domain/adjudication';
import type { Period } from '../../src/domain/adjudication/schemas';
import { aggregateUsageOn, policyPeriodOn } from '../../src/domain/policyPeriod';
import { PAYOUT_COUNTING_STATUSES, type Policy } from '../../src/domain/records';
import type { MockDb } from '../db';
import { HttpError } from '../http/errors';
import { policyBodySchema } from './requestSchemas';
import { mergeUpdate, parseBody, type JsonObject, type Resource } from './resource';
import { maskPolicy, unmaskPolicyBody } from './masking';
import { imeiMatcher, textSearch } from './search';

/** POST body: a policy without id and version; number, status, premium and the rest have defaults. */
const createPolicySchema = policyBodySchema
  .omit({ id: true, version: true })
  .partial({ policyNumber: true, status: true, monthlyPremium: true, paymentMethod: true, enrollmentPhotoOnFile: true });

// Phone and e-mail are personal data: never searched, so `q` cannot probe them (product.md, "Personal data").
const policyText = textSearch((policy: Policy) => [policy.policyNumber, policy.holder.name, policy.holder.kana, policy.device.model]);

/**
 * A 422 `AGGREGATE_EXCEEDED` `{ errors: { plan } }` when, with `next`'s plan and inception date, a
 * policy period's approved and paid payouts exceed the plan's aggregate limit (adjudication.md,
 * Amount rules 6): a plan change (or a new inception date that regroups the periods) may not put a
 * period over its limit after the fact.
 */
function checkAggregates(db: MockDb, stored: Policy, next: Policy): void {
  const limit = PLAN_TERMS[next.plan].aggregateLimit;
  const used = new Map<string, { period: Period; total: number }>();
  for (const claim of db.claimsOfPolicy(stored.id)) {
    if (!PAYOUT_COUNTING_STATUSES.includes(claim.status)) continue;
    const period = policyPeriodOn(next.inceptionDate, claim.incidentDate);
    const entry = used.get(period.start) ?? { period, total: 0 };
    entry.total += claim.decision?.payout ?? 0;
    used.set(period.start, entry);
  }
  const over = [...used.values()].filter((entry) => entry.total > limit).sort((a, b) => (a.period.start < b.period.start ? -1 : 1));
  if (over.length === 0) return;
  const yen = (amount: number) => `¥${amount.toLocaleString('en-US')}`;
  const periods = over.map(({ period, total }) => `${yen(total)} in ${period.start}–${period.end}`).join(', ');
  const message = `Policy ${stored.policyNumber} already has ${periods} approved or paid: more than the ${next.plan} plan's aggregate limit of ${yen(limit)} per period`;
  const errors: Record<string, string> = { plan: `The ${next.plan} plan's aggregate limit ${yen(limit)} is below what was already paid in a period` };
  if (next.inceptionDate !== stored.inceptionDate) errors.inceptionDate = 'With this inception date a period would exceed its aggregate limit';
  throw new HttpError(422, message, { code: 'AGGREGATE_EXCEEDED', errors, periods: over.map(({ period, total }) => ({ period, used: total, limit })) });
}

/** The `policies` resource. */
export const policiesResource: Resource<Policy> = {
  name: 'policies',
  actions: { read: 'policies.read', create: 'policies.create', update: 'policies.update', delete: 'policies.delete' },
  source: (db) => db.policies,
  // The masked personal data too: a filter or sort on them compares the masked values.
  derived: ['aggregate', 'holder.phone', 'holder.email', 'device.imei'],
  versionOf: (policy) => policy.version,
  present: (db: MockDb, policy: Policy): JsonObject => ({
    ...maskPolicy(policy),
    aggregate: aggregateUsageOn(policy, db.claimsOfPolicy(policy.id), db.clock.today()),
  }),
  // q: policy number, holder name, kana, model; IMEI last 4 digits (or all 15).
  searcher: (_db, needle) => {
    const imei = imeiMatcher(needle);
    return (policy) => policyText(policy, needle) || imei(policy.device.imei);
  },
  create(db, body) {
    const input = parseBody(createPolicySchema, typeof body === 'object' && body !== null && !Array.isArray(body) ? unmaskPolicyBody(body as JsonObject, undefined) : body, 'policy');
    const id = db.policies.nextId('p');
    return db.policies.insert({
      ...input,
      id,
      policyNumber: input.policyNumber ?? `BMS-${input.inceptionDate.slice(0, 4)}-${id.slice(2).padStart(5, '0')}`,
      status: input.status ?? 'active',
      monthlyPremium: input.monthlyPremium ?? PLAN_TERMS[input.plan].monthlyPremium,
      paymentMethod: input.paymentMethod ?? 'credit_card',
      enrollmentPhotoOnFile: input.enrollmentPhotoOnFile ?? false,
      device: { ...input.device, networkRestriction: null },
      version: 0,
    });
  },
  update(db, stored, body) {
    // An edit form sends the masked phone, e-mail and IMEI back: unchanged, they keep the stored values.
    const merged = mergeUpdate(stored, unmaskPolicyBody(body, stored), ['version']);
    delete merged.aggregate; // answer-only
    const policy = parseBody(policyBodySchema, merged, 'policy');
    if (policy.plan !== stored.plan || policy.inceptionDate !== stored.inceptionDate) checkAggregates(db, stored, policy);
    // The network-use restriction is the lookup's (server-managed): kept unless the device changed.
    const sameDevice = policy.device.imei === stored.device.imei && policy.device.carrier === stored.device.carrier;
    const device = { ...policy.device, networkRestriction: sameDevice ? stored.device.networkRestriction : null };
    return db.policies.replace({ ...policy, device, version: stored.version + 1 });
  },
  remove(db, stored) {
    if (db.claimsOfPolicy(stored.id).length > 0) {
      throw new HttpError(409, `Policy ${stored.id} has claims and cannot be deleted`);
    }
    for (const document of db.documents.filter((d) => d.policyId === stored.id)) db.documents.remove(document.id);
    db.policies.remove(stored.id);
  },
};
