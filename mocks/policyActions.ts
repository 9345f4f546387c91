/**
 * Actions on a policy beyond CRUD:
 *
 * - `GET /api/policies/:id/network-restriction` (adjuster, supervisor): the device's network-use
 *   restriction (ネットワーク利用制限, product.md "Fraud and review flags") from its original
 *   carrier. MOCKED: deterministic from the IMEI and the carrier. The first call looks it up, stores
 *   it on the policy's `device.networkRestriction` (policy version + 1, audited as
 *   `networkRestriction.lookup`); later calls answer the stored result (`cached: true`) without
 *   asking the carrier again: one lookup per device (a new IMEI or carrier clears it).
 *   200 `{ policyId, imei (masked), carrier, originalCarrier, result, symbol, cached }` with result
 *   `clear` ○ | `instalments` △ | `blocked` × | `not_applicable` − (SIM-free, not that carrier's).
 * - `POST /api/policies/:id/reveal` `{ field: 'phone' | 'email' | 'imei' }` (adjuster, supervisor):
 *   one item of personal data in full (APPI: lists show it masked, src/domain/personalData.ts);
 *   200 `{ policyId, field, value }`, audited as `personalData.reveal` (`after: { field }`, never
 *   the value itself).
 * Both: 401; 403 managers; 404 no policy; 400 a malformed body.
 */
import { HttpResponse } from 'msw';
import { z } from 'zod';
import { maskImei } from '../src/domain/personalData';
import type { NetworkRestriction, Policy } from '../src/domain/records';
import { appendAudit, audited } from './audit';
import { notFound, readJsonBody } from './http/errors';
import { API_PREFIX } from './http/prefix';
import { route } from './http/route';
import { parseBody } from './resources/resource';

/** The symbol shown for each result. */
export const NETWORK_RESTRICTION_SYMBOL: Readonly<Record<NetworkRestriction, string>> = {
  clear: '○',
  instalments: '△',
  blocked: '×',
  not_applicable: '−',
};

/** The carriers that run a network-use restriction check (a device's original seller). */
const CHECKING_CARRIERS = ['docomo', 'au', 'softbank', 'rakuten_mobile'] as const;

function unit(text: string, salt: number): number {
  let hash = 0x811c9dc5 ^ salt;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 0x1_0000_0000;
}

/** The mocked carrier answer for a device: its original carrier (null: SIM-free) and the result. */
export function lookUpNetworkRestriction(device: Pick<Policy['device'], 'imei' | 'carrier'>): { originalCarrier: string | null; result: NetworkRestriction } {
  const key = `${device.imei}|${device.carrier}`;
  if (unit(key, 1) < 0.3) return { originalCarrier: null, result: 'not_applicable' };
  const originalCarrier = CHECKING_CARRIERS[Math.floor(unit(key, 2) * CHECKING_CARRIERS.length)] ?? 'docomo';
  const r = unit(key, 3);
  return { originalCarrier, result: r < 0.85 ? 'clear' : r < 0.95 ? 'instalments' : 'blocked' };
}

/** The reveal request body. */
export const revealRequestSchema = z.object({ field: z.enum(['phone', 'email', 'imei']) }).strict();

/** The policy action routes. */
export const policyActionHandlers = [
  route('get', `${API_PREFIX}/policies/:id/network-restriction`, { action: 'networkRestriction.lookup' }, ({ params, user, db }) => {
    const policy = db.policies.get(params.id ?? '');
    if (!policy) throw notFound('policies', params.id ?? '');
    const { originalCarrier, result } = lookUpNetworkRestriction(policy.device);
    const cached = policy.device.networkRestriction !== null;
    const stored = cached
      ? policy
      : audited(db, user, 'networkRestriction.lookup', () =>
          db.policies.replace({ ...policy, device: { ...policy.device, networkRestriction: result }, version: policy.version + 1 }),
        );
    const answer = stored.device.networkRestriction ?? result;
    return HttpResponse.json({
      policyId: policy.id,
      imei: maskImei(policy.device.imei),
      carrier: policy.device.carrier,
      originalCarrier,
      result: answer,
      symbol: NETWORK_RESTRICTION_SYMBOL[answer],
      cached,
    });
  }),
  route('post', `${API_PREFIX}/policies/:id/reveal`, { action: 'personalData.reveal' }, async ({ request, params, user, db }) => {
    const body = await readJsonBody(request);
    const policy = db.policies.get(params.id ?? '');
    if (!policy) throw notFound('policies', params.id ?? '');
    const { field } = parseBody(revealRequestSchema, body, 'reveal request');
    const value = field === 'imei' ? policy.device.imei : policy.holder[field];
    appendAudit(db, user, [{ action: 'personalData.reveal', resource: 'policies', recordId: policy.id, before: null, after: { field } }]);
    return HttpResponse.json({ policyId: policy.id, field, value });
  }),
];
