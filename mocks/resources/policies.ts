/**
 * `policies`: stored as src/domain's Policy; every answer adds
 * `aggregate: { period: { start, end }, limit, used, remaining }` (yen; JST dates) for the policy
 * period containing the database's today, from src/domain's `aggregateUsageOn`. A PUT with a stale
 * `version` answers 409; `device.networkRestriction` is set only by the lookup
 * (`GET /api/policies/:id/network-restriction`) and cleared when the IMEI or carrier changes.
 */
import { PLAN_TERMS } from '../../src/domain/adjudication';
import { aggregateUsageOn } from '../../src/domain/policyPeriod';
import { policySchema, type Policy } from '../../src/domain/records';
import type { MockDb } from '../db';
import { HttpError } from '../http/errors';
import { mergeUpdate, parseBody, type JsonObject, type Resource } from './resource';
import { imeiSuffix, textSearch } from './search';

/** POST body: a policy without id and version; number, status, premium and the rest have defaults. */
const createPolicySchema = policySchema
  .omit({ id: true, version: true })
  .partial({ policyNumber: true, status: true, monthlyPremium: true, paymentMethod: true, enrollmentPhotoOnFile: true });

const policyText = textSearch((policy: Policy) => [policy.policyNumber, policy.holder.name, policy.holder.kana, policy.holder.phone, policy.holder.email, policy.device.model]);

/** The `policies` resource. */
export const policiesResource: Resource<Policy> = {
  name: 'policies',
  actions: { read: 'policies.read', create: 'policies.create', update: 'policies.update', delete: 'policies.delete' },
  source: (db) => db.policies,
  derived: ['aggregate'],
  versionOf: (policy) => policy.version,
  present: (db: MockDb, policy: Policy): JsonObject => ({
    ...policy,
    aggregate: aggregateUsageOn(policy, db.claimsOfPolicy(policy.id), db.clock.today()),
  }),
  // q: policy number, holder name, kana, phone, e-mail, model; IMEI last digits.
  searcher: (_db, needle) => {
    const imei = imeiSuffix(needle);
    return (policy) => policyText(policy, needle) || imei(policy.device.imei);
  },
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
      device: { ...input.device, networkRestriction: null },
      version: 0,
    });
  },
  update(db, stored, body) {
    const merged = mergeUpdate(stored, body, ['version']);
    const policy = parseBody(policySchema, merged, 'policy');
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
