import { beforeAll, describe, expect, it } from 'vitest';
import { call, tokenFor, USERS } from './client';

type Schema = { required?: string[]; properties?: Record<string, unknown> };
type Document = { openapi: string; paths: Record<string, Record<string, { responses: object }>>; components: { schemas: Record<string, Schema> } };
let document: Document;

beforeAll(async () => {
  const { status, body } = await call<Document>('/openapi.json');
  expect(status).toBe(200);
  document = body;
});

function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refs(item, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') found.push(inner);
      else refs(inner, found);
    }
  }
  return found;
}

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document, served without a token', () => {
    expect(document.openapi).toBe('3.1.0');
  });

  it('lists the resources and the actions', () => {
    const paths = Object.keys(document.paths);
    for (const resource of ['policies', 'claims', 'documents', 'payments', 'surveys', 'audit-events', 'users']) {
      expect(paths).toEqual(expect.arrayContaining([`/api/${resource}`, `/api/${resource}/{id}`]));
    }
    expect(paths).toEqual(expect.arrayContaining(['/api/claims/{id}/decision', '/api/auth/login', '/api/auth/me', '/api/payments/run', '/api/files/{id}']));
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) expect(Object.keys(operation.responses).length, `${method} ${path}`).toBeGreaterThan(0);
    }
  });

  it('resolves every $ref to a component schema', () => {
    for (const ref of refs(document)) expect(document.components.schemas[ref.replace('#/components/schemas/', '')], ref).toBeDefined();
  });

  it('describes what the API answers: every required field of Claim and Policy is in a real answer', async () => {
    const token = await tokenFor(USERS.adjuster);
    for (const [path, component] of [['/claims/c-0001', 'Claim'], ['/policies/p-0001', 'Policy']] as const) {
      const { body } = await call<Record<string, unknown>>(path, { token });
      const required = document.components.schemas[component]?.required ?? [];
      expect(required.length).toBeGreaterThan(0);
      for (const field of required) expect(body, `${component}.${field}`).toHaveProperty(field);
    }
  });
});
