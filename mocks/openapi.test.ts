import { describe, expect, it } from 'vitest';
import { COMPONENT_IDS } from './devtools/openapiSchemas';
import { buildOpenApiDocument, toOpenApiPath, type JsonObject } from './devtools/openapiBuilder';
import { z } from 'zod';
import { handlers } from './handlers';
import { API_ROUTES, openApiDocument } from './openapi';

/** Every `$ref` value anywhere in `value`. */
function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refsIn(item, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') found.push(inner);
      else refsIn(inner, found);
    }
  }
  return found;
}

describe('the OpenAPI document', () => {
  const document = openApiDocument();

  it('is OpenAPI 3.1 and plain JSON', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });

  it('has every listed route, each with responses and a unique operationId', () => {
    const ids = new Set<string>();
    for (const route of API_ROUTES) {
      const operation = document.paths[toOpenApiPath(route.path).path]?.[route.method];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(Object.keys((operation as JsonObject).responses as object).length).toBeGreaterThan(0);
      ids.add(String((operation as JsonObject).operationId));
    }
    expect(ids.size).toBe(API_ROUTES.length);
  });

  it('documents the 415 of every JSON body and the codes of the claims\' and documents\' 422', () => {
    const operationOf = (method: string, path: string) => document.paths[toOpenApiPath(path).path]?.[method] as JsonObject;
    for (const route of API_ROUTES.filter((r) => r.body && (r.bodyContentType ?? 'application/json') === 'application/json')) {
      expect(Object.keys(operationOf(route.method, route.path).responses as object), `${route.method} ${route.path}`).toContain('415');
    }
    const upload = API_ROUTES.find((r) => r.bodyContentType === 'multipart/form-data');
    expect(upload && Object.keys(operationOf(upload.method, upload.path).responses as object)).toContain('415');
    const description = (method: string, path: string) => String(((operationOf(method, path).responses as Record<string, JsonObject>)['422'] ?? {}).description);
    expect(description('post', '/api/claims')).toContain('INVALID_INCIDENT_DATE');
    expect(description('put', '/api/claims/:id')).toContain('INVALID_INCIDENT_DATE');
    expect(description('post', '/api/documents')).toContain('SERVER_MANAGED');
  });

  it('covers the resources and the endpoints of issue 3', () => {
    const paths = Object.keys(document.paths);
    for (const resource of ['policies', 'claims', 'documents', 'payments', 'surveys', 'audit-events', 'users']) {
      expect(paths).toContain(`/api/${resource}`);
      expect(paths).toContain(`/api/${resource}/{id}`);
    }
    for (const path of ['/api/claims/{id}/decision', '/api/auth/login', '/api/auth/me', '/api/payments/run', '/api/files/{id}', '/api/openapi.json', '/api/_mock/settings', '/api/_mock/reset', '/api/_mock/users']) {
      expect(paths).toContain(path);
    }
  });

  it('documents every route of the handler set (catch-alls aside)', () => {
    const undocumented = handlers
      .map((handler) => ({ method: String(handler.info.method).toLowerCase(), path: String(handler.info.path) }))
      .filter(({ method, path }) => method !== 'all' && method !== '/.+/' && !path.endsWith('/*')) // http.all: catch-alls and the request guard
      .map(({ method, path }) => ({ method, path: toOpenApiPath(path.replace(/^\*\/api/, '/api')).path }))
      .filter(({ method, path }) => !document.paths[path]?.[method])
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    expect(undocumented, 'add these to mocks/openapi.ts').toEqual([]);
  });

  it('produces every registered component schema, and every $ref resolves', () => {
    expect(Object.keys(document.components.schemas).sort()).toEqual([...COMPONENT_IDS].sort());
    for (const ref of refsIn(document)) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(document.components.schemas[ref.split('/').pop() ?? ''], ref).toBeDefined();
    }
    for (const schema of Object.values(document.components.schemas)) {
      expect(schema).not.toHaveProperty('$id');
      expect(schema).not.toHaveProperty('$schema');
    }
  });

  it('describes request bodies as input (defaults optional) and answers as output', () => {
    const create = document.components.schemas.ClaimCreate as { required?: string[] };
    expect(create.required).toContain('policyId');
    expect(create.required).not.toContain('recommendation');
    const claim = document.components.schemas.Claim as { required?: string[] };
    expect(claim.required).toContain('recommendation');
  });

  it('marks the open endpoints as needing no token', () => {
    expect(document.paths['/api/auth/login']?.post?.security).toEqual([]);
    expect(document.paths['/api/_mock/settings']?.get?.security).toEqual([]);
    expect(document.paths['/api/claims']?.get?.security).toBeUndefined();
    expect(document.security).toEqual([{ bearerAuth: [] }]);
  });

  it('refuses a route whose schema is not registered', () => {
    const route = { method: 'get' as const, path: '/api/x', summary: 'x', tag: 'x', responses: { 200: { description: 'x', schema: z.object({}) } } };
    expect(() => buildOpenApiDocument([route], { title: 't', version: '1', description: 'd' })).toThrow(/not registered/);
  });
});
