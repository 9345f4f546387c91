/**
 * Roles × endpoints: every route enforces src/domain/permissions.ts (403 `FORBIDDEN` when the role
 * may not take the action, anything else when it may), 401 without a token, 405 on read-only
 * resources for everyone.
 */
import { describe, expect, it } from 'vitest';
import { ACTIONS, actionsOf, can, PERMISSIONS } from '../../src/domain/permissions';
import { ROLES, type Role } from '../../src/domain/records';
import { ENDPOINTS, type Endpoint } from './endpoints';
import { call, newKey, USERS, setupMockApi, type Actor } from './helpers';

setupMockApi();

const USER_OF: Readonly<Record<Role, string>> = { adjuster: USERS.adjuster, supervisor: USERS.supervisor, manager: USERS.manager };

function request(endpoint: Endpoint, as: Actor) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (endpoint.idempotent) headers['Idempotency-Key'] = newKey();
  return call<{ message?: string; code?: string }>(endpoint.path, {
    as,
    method: endpoint.method,
    headers,
    body: endpoint.body === undefined ? undefined : JSON.stringify(endpoint.body),
  });
}

describe('the permission table (product.md, "Users and roles")', () => {
  it('lets managers read only', () => {
    expect(actionsOf('manager').every((action) => action.endsWith('.read'))).toBe(true);
    expect(can('manager', 'personalData.reveal')).toBe(false);
  });

  it('gives supervisors everything adjusters have, plus approvals of recommendations, take-overs and payment runs', () => {
    for (const action of PERMISSIONS.adjuster) expect(can('supervisor', action)).toBe(true);
    for (const action of ['claims.approveRecommendation', 'claims.takeOverLock', 'payments.run'] as const) {
      expect(can('supervisor', action)).toBe(true);
      expect(can('adjuster', action)).toBe(false);
    }
  });

  it('names only known actions, each granted to someone', () => {
    for (const role of ROLES) for (const action of PERMISSIONS[role]) expect(ACTIONS).toContain(action);
    for (const action of ACTIONS) expect(ROLES.some((role) => can(role, action))).toBe(true);
  });
});

describe('every endpoint enforces the table', () => {
  const cases = ROLES.flatMap((role) => ENDPOINTS.map((endpoint) => [role, endpoint.method, endpoint.path, endpoint] as const));

  it.each(cases)('%s: %s %s', async (role, _method, _path, endpoint) => {
    const { status, body } = await request(endpoint, USER_OF[role]);
    expect(status).not.toBe(401);
    if (can(role, endpoint.action)) {
      expect(body?.code, `${status} ${JSON.stringify(body)}`).not.toBe('FORBIDDEN');
      expect(status).toBeLessThan(500);
    } else {
      expect(status).toBe(403);
      expect(body).toMatchObject({ message: expect.any(String), code: 'FORBIDDEN' });
    }
  });

  it.each(ENDPOINTS.map((endpoint) => [endpoint.method, endpoint.path, endpoint] as const))('anonymous: %s %s answers 401', async (_method, _path, endpoint) => {
    const { status, body } = await request(endpoint, null);
    expect(status).toBe(401);
    expect(body).toMatchObject({ message: expect.any(String), code: 'UNAUTHENTICATED' });
  });
});

describe('read-only resources', () => {
  const writes = ['payments', 'surveys', 'audit-events', 'users'].flatMap((resource) => [
    ['POST', `/${resource}`],
    ['PUT', `/${resource}/x-1`],
    ['DELETE', `/${resource}/x-1`],
  ]);
  it.each(ROLES.flatMap((role) => writes.map(([method, path]) => [role, method, path] as const)))('%s: %s %s answers 405', async (role, method, path) => {
    const { status, body } = await call<{ message: string }>(path ?? '', {
      as: USER_OF[role],
      method,
      headers: { 'Content-Type': 'application/json' },
      body: method === 'DELETE' ? undefined : '{}',
    });
    expect(status).toBe(405);
    expect(body.message).toEqual(expect.any(String));
  });
});
