/**
 * Every authenticated endpoint of the mock API, each with a request that is valid against seed 1
 * and the permission it needs: the permission matrix and the robustness tests walk this list.
 */
import type { Action } from '../../src/domain/permissions';

/** One API endpoint with a valid request and the action it needs. */
export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  action: Action;
  body?: unknown;
  idempotent?: boolean;
}

/** Every endpoint of the API except sign-in, with a request valid for the seed (seed 1). */
export const ENDPOINTS: readonly Endpoint[] = [
  { method: 'GET', path: '/claims', action: 'claims.read' },
  { method: 'GET', path: '/claims/c-0001', action: 'claims.read' },
  { method: 'POST', path: '/claims', action: 'claims.create', body: { policyId: 'p-0020', peril: 'damage', incidentDate: '2026-06-10', repairCost: 20_000 } },
  { method: 'PUT', path: '/claims/c-0004', action: 'claims.update', body: { description: '画面割れ' } },
  { method: 'DELETE', path: '/claims/c-0007', action: 'claims.delete' },
  { method: 'POST', path: '/claims/c-0006/decision', action: 'claims.decide', body: { decision: 'deny' }, idempotent: true },
  { method: 'POST', path: '/claims/c-0016/decision', action: 'claims.approve', body: { decision: 'approve', payout: 5_500 }, idempotent: true },
  { method: 'POST', path: '/claims/c-0001/decision', action: 'claims.recommend', body: { decision: 'recommend', payout: 96_000 }, idempotent: true },
  { method: 'POST', path: '/claims/c-0004/lock', action: 'claims.lock' },
  { method: 'DELETE', path: '/claims/c-0004/lock', action: 'claims.lock' },
  {
    method: 'POST',
    path: '/claims/c-0002/deadline-extension',
    action: 'claims.extendDeadline',
    body: { until: '2026-08-31', reason: 'police_inquiry', note: '警察に照会中', customerNotified: true },
  },
  { method: 'GET', path: '/policies', action: 'policies.read' },
  { method: 'GET', path: '/policies/p-0001', action: 'policies.read' },
  { method: 'POST', path: '/policies', action: 'policies.create', body: { plan: 'light' } },
  { method: 'PUT', path: '/policies/p-0004', action: 'policies.update', body: { status: 'active' } },
  { method: 'DELETE', path: '/policies/p-0020', action: 'policies.delete' },
  { method: 'GET', path: '/policies/p-0001/network-restriction', action: 'networkRestriction.lookup' },
  { method: 'POST', path: '/policies/p-0001/reveal', action: 'personalData.reveal', body: { field: 'phone' } },
  { method: 'GET', path: '/documents', action: 'documents.read' },
  { method: 'GET', path: '/documents/d-0002', action: 'documents.read' },
  { method: 'GET', path: '/files/d-0002', action: 'documents.read' },
  { method: 'POST', path: '/documents', action: 'documents.create', body: { policyId: 'p-0004', claimId: 'c-0004', kind: 'damage_photo' } },
  { method: 'PUT', path: '/documents/d-0002', action: 'documents.update', body: { figures: {} } },
  { method: 'DELETE', path: '/documents/d-0002', action: 'documents.delete' },
  { method: 'GET', path: '/payments', action: 'payments.read' },
  { method: 'POST', path: '/payments/run', action: 'payments.run', body: {}, idempotent: true },
  { method: 'GET', path: '/surveys', action: 'surveys.read' },
  { method: 'POST', path: '/surveys/simulate-answers', action: 'surveys.simulate', body: {} },
  { method: 'GET', path: '/audit-events', action: 'audit.read' },
  { method: 'GET', path: '/users', action: 'users.read' },
];

