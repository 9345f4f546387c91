import { beforeAll, describe, expect, it } from 'vitest';
import { call, resetMockData, tokenFor, USERS } from './client';

type Row = { id: string; version?: number } & Record<string, unknown>;
const errorShape = { message: expect.any(String) };
let adjuster: string;
let supervisor: string;

beforeAll(async () => {
  await resetMockData();
  adjuster = await tokenFor(USERS.adjuster);
  supervisor = await tokenFor(USERS.supervisor);
});

describe('GET /api/<resource>/:id', () => {
  it('answers the record', async () => {
    const { status, body } = await call<Row>('/claims/c-0001', { token: adjuster });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: 'c-0001', version: expect.any(Number), status: expect.any(String) });
    expect((await call<Row>('/policies/p-0001', { token: adjuster })).body).toMatchObject({ id: 'p-0001', aggregate: expect.any(Object) });
  });

  it('answers 404 { message } for an unknown id', async () => {
    for (const path of ['/claims/c-999999', '/policies/no-such-policy', '/documents/d-999999']) {
      const { status, body } = await call(path, { token: adjuster });
      expect(status, path).toBe(404);
      expect(body).toMatchObject(errorShape);
    }
  });
});

describe('create, update, delete a claim', () => {
  let created: Row;

  it('POST creates it: 201 with a server-made id and version 0', async () => {
    const template = (await call<Row>('/claims/c-0004', { token: adjuster })).body;
    const { status, body } = await call<Row>('/claims', {
      method: 'POST',
      token: adjuster,
      body: { policyId: template.policyId, peril: 'damage', incidentDate: template.incidentDate, description: 'contract test', repairCost: 12_000 },
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ id: expect.any(String), policyId: template.policyId, description: 'contract test', version: 0, status: 'received' });
    created = body;
    expect((await call<Row>(`/claims/${created.id}`, { token: adjuster })).body.id).toBe(created.id);
  });

  it('POST answers 400 { message, errors } for an invalid body', async () => {
    const { status, body } = await call('/claims', { method: 'POST', token: adjuster, body: { peril: 'meteor' } });
    expect(status).toBe(400);
    expect(body).toMatchObject({ ...errorShape, errors: { policyId: expect.any(String), peril: expect.any(String) } });
  });

  it('POST answers 422 when a business rule refuses it', async () => {
    const { status, body } = await call('/claims', { method: 'POST', token: adjuster, body: { policyId: created.policyId, peril: 'damage', incidentDate: created.incidentDate, status: 'approved' } });
    expect(status).toBe(422);
    expect(body).toMatchObject(errorShape);
  });

  it('PUT with the version read updates it: 200, version + 1', async () => {
    const { status, body } = await call<Row>(`/claims/${created.id}`, { method: 'PUT', token: adjuster, body: { description: 'updated', version: created.version } });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: created.id, description: 'updated', version: (created.version ?? 0) + 1 });
  });

  it('PUT with a stale version answers 409 { message } with the current record', async () => {
    const { status, body } = await call<{ message: string; current?: Row }>(`/claims/${created.id}`, { method: 'PUT', token: adjuster, body: { description: 'stale', version: created.version } });
    expect(status).toBe(409);
    expect(body).toMatchObject({ ...errorShape, current: { id: created.id, description: 'updated' } });
  });

  it('PUT answers 400 for an invalid field and 404 for an unknown id', async () => {
    const invalid = await call(`/claims/${created.id}`, { method: 'PUT', token: adjuster, body: { repairCost: -5, version: (created.version ?? 0) + 1 } });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ ...errorShape, errors: { repairCost: expect.any(String) } });
    expect((await call('/claims/c-999999', { method: 'PUT', token: adjuster, body: { description: 'x', version: 0 } })).status).toBe(404);
  });

  it('PUT without version answers 400 { errors: { version } } (optimistic locking needs the version read)', async () => {
    const { status, body } = await call(`/claims/${created.id}`, { method: 'PUT', token: adjuster, body: { description: 'no version' } });
    expect(status).toBe(400);
    expect(body).toMatchObject({ ...errorShape, errors: { version: expect.stringMatching(/^Required/) } });
  });

  it('DELETE is refused to an adjuster (403) and done for a supervisor (200, then 404)', async () => {
    const refused = await call(`/claims/${created.id}`, { method: 'DELETE', token: adjuster });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject(errorShape);
    const deleted = await call<Row>(`/claims/${created.id}`, { method: 'DELETE', token: supervisor });
    expect(deleted.status).toBe(200);
    expect(deleted.body.id).toBe(created.id);
    expect((await call(`/claims/${created.id}`, { token: supervisor })).status).toBe(404);
  });
});

describe('policies and read-only resources', () => {
  it('PUT on a policy with a stale version answers 409', async () => {
    const policy = (await call<Row>('/policies/p-0005', { token: adjuster })).body;
    const first = await call<Row>('/policies/p-0005', { method: 'PUT', token: adjuster, body: { enrollmentPhotoOnFile: !policy.enrollmentPhotoOnFile, version: policy.version } });
    expect(first.status).toBe(200);
    const stale = await call('/policies/p-0005', { method: 'PUT', token: adjuster, body: { enrollmentPhotoOnFile: policy.enrollmentPhotoOnFile, version: policy.version } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject(errorShape);
  });

  it('DELETE of a policy that has claims answers 409', async () => {
    const { status, body } = await call('/policies/p-0001', { method: 'DELETE', token: supervisor });
    expect(status).toBe(409);
    expect(body).toMatchObject(errorShape);
  });

  it.each(['payments', 'surveys', 'audit-events', 'users'])('%s refuses writes with 405 { message }', async (resource) => {
    const { status, body } = await call(`/${resource}`, { method: 'POST', token: supervisor, body: {} });
    expect(status).toBe(405);
    expect(body).toMatchObject(errorShape);
  });

  it('every write leaves an audit event', async () => {
    const { body } = await call<Row[]>(`/audit-events?sort=${encodeURIComponent('["at","DESC"]')}&range=${encodeURIComponent('[0,49]')}`, { token: supervisor });
    expect(body.length).toBeGreaterThan(0);
    expect(body[0]).toMatchObject({ actorId: expect.any(String), action: expect.any(String), resource: expect.any(String), at: expect.any(String) });
  });
});
