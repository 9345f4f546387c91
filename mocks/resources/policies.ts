/**
 * `policies`: stored as src/domain's Policy; every answer adds
 * `aggregate: { period: { start, end }, limit, used, remaining }` (yen; JST dates) for the policy
 * period containing the database's today, from src/domain's `aggregateUsageOn`.
 */
import { PLAN_TERMS } from '../../src/domain/adjudication';
import { aggregateUsageOn } from '../../src/domain/policyPeriod';
import { policySchema, type Policy } from '../../src/domain/records';
import type { MockDb } from '../db';
import { HttpError } from '../http/errors';
import { mergeUpdate, parseBody, type JsonObject, type Resource } from './resource';

/** POST body: a policy without id and version; number, status, premium and the rest have defaults. */
const createPolicySchema = policySchema
  .omit({ id: true, version: true })
  .partial({ policyNumber: true, status: true, monthlyPremium: true, paymentMethod: true, enrollmentPhotoOnFile: true });

/** The `policies` resource. */
export const policiesResource: Resource<Policy> = {
  name: 'policies',
  collection: (db) => db.policies,
  present: (db: MockDb, policy: Policy): JsonObject => ({
    ...policy,
    aggregate: aggregateUsageOn(policy, db.claimsOfPolicy(policy.id), db.clock.today()),
  }),
  searchText: (_db, policy) => [
    policy.policyNumber,
    policy.holder.name,
    policy.holder.kana,
    policy.holder.phone,
    policy.holder.email,
    policy.device.model,
    policy.device.imei,
  ],
  create(db, body) {
    const input = parseBody(createPolicySchema, body, 'policy');
    const id = db.policies.nextId('p');
    return db.policies.insert({
      ...input,
      id,
      policyNumber: input.policyNumber ?? `BMS-${input.inceptionDate.slice(0, 4)}-${id.slice(2).padStart(5, '0')}`,
      status: input.status ?? 'active',
      monthlyPremium: input.monthlyPremium ?? PLAN_TERMS[input.plan].monthlyPremium,
      paymentMethod: input.paymentMethod ?? 'credit_card',
      enrollmentPhotoOnFile: input.enrollmentPhotoOnFile ?? false,
      version: 0,
    });
  },
  update(db, stored, body) {
    const merged = mergeUpdate(stored, body, ['version']);
    const policy = parseBody(policySchema, merged, 'policy');
    return db.policies.replace({ ...policy, version: stored.version + 1 });
  },
  remove(db, stored) {
    if (db.claimsOfPolicy(stored.id).length > 0) {
      throw new HttpError(409, `Policy ${stored.id} has claims and cannot be deleted`);
    }
    for (const document of db.documents.filter((d) => d.policyId === stored.id)) db.documents.remove(document.id);
    db.policies.remove(stored.id);
  },
};
