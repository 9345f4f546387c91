/**
 * Builds an OpenAPI 3.1 document from a declarative route list (mocks/openapi.ts) and the zod
 * schemas registered in mocks/devtools/openapiSchemas.ts, with zod 4's `z.toJSONSchema`
 * (JSON Schema 2020-12, which OpenAPI 3.1 uses).
 */
import { z } from 'zod';
import { apiComponents, errorBodySchema } from './openapiSchemas';

/** An HTTP method of a route. */
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A query or header parameter (its value is a string). */
export interface ParamSpec {
  name: string;
  description: string;
  required?: boolean;
  example?: string;
}

/** A body: a registered schema, or `{ list }` for a JSON array of one. */
export type BodySpec = z.ZodType | { list: z.ZodType };

/** One response of a route. */
export interface ResponseSpec {
  description: string;
  /** JSON body (default content type application/json). */
  schema?: BodySpec;
  /** Another content type, e.g. `image/svg+xml` (the body is then a string). */
  contentType?: string;
  /** Response headers: name → description. */
  headers?: Record<string, string>;
}

/** One route of the API. */
export interface ApiRoute {
  method: HttpMethod;
  /** Express-style path: `/api/claims/:id/decision`. */
  path: string;
  summary: string;
  tag: string;
  /** Whether `Authorization: Bearer <token>` is required (default true: 401 is then documented). */
  auth?: boolean;
  query?: ParamSpec[];
  headers?: ParamSpec[];
  body?: z.ZodType;
  /** The body may be left out (an empty body counts as `{}`). */
  bodyOptional?: boolean;
  /** The body's media type (default `application/json`; an upload: `multipart/form-data`). */
  bodyContentType?: string;
  responses: Record<number, ResponseSpec>;
}

/** A JSON Schema or another JSON object of the document. */
export type JsonObject = { [key: string]: unknown };

/** The document as served at `/api/openapi.json`. */
export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  jsonSchemaDialect: string;
  security: JsonObject[];
  tags: { name: string }[];
  paths: Record<string, Record<string, JsonObject>>;
  components: { schemas: Record<string, JsonObject>; securitySchemes: Record<string, JsonObject> };
}

const REF_PREFIX = '#/components/schemas/';

/** `{ $ref }` of a registered schema; throws naming the route when it is not registered. */
function refTo(schema: z.ZodType, where: string): JsonObject {
  const id = apiComponents.get(schema)?.id;
  if (!id) throw new Error(`${where}: its schema is not registered in mocks/devtools/openapiSchemas.ts`);
  return { $ref: `${REF_PREFIX}${id}` };
}

function bodySchema(spec: BodySpec, where: string): JsonObject {
  return 'list' in spec && !(spec instanceof z.ZodType) ? { type: 'array', items: refTo(spec.list, where) } : refTo(spec as z.ZodType, where);
}

/** `/api/claims/:id` → `/api/claims/{id}` and its path parameters. */
export function toOpenApiPath(path: string): { path: string; params: string[] } {
  const params: string[] = [];
  const converted = path.replace(/:([A-Za-z0-9_]+)/g, (_match, name: string) => {
    params.push(name);
    return `{${name}}`;
  });
  return { path: converted, params };
}

function operation(route: ApiRoute, pathParams: string[], requestIds: Set<string>): JsonObject {
  const where = `${route.method.toUpperCase()} ${route.path}`;
  const parameters = [
    ...pathParams.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
    ...(route.query ?? []).map((p) => ({ name: p.name, in: 'query', required: p.required ?? false, description: p.description, schema: { type: 'string' }, ...(p.example ? { example: p.example } : {}) })),
    ...(route.headers ?? []).map((p) => ({ name: p.name, in: 'header', required: p.required ?? false, description: p.description, schema: { type: 'string' } })),
  ];
  const responses: Record<string, JsonObject> = {};
  const declared = { ...route.responses };
  if (route.auth !== false && !declared[401]) declared[401] = { description: 'No valid bearer token', schema: errorBodySchema };
  // Every JSON body is read only under a JSON Content-Type (mocks/http/limits.ts): anything else is refused.
  if (route.body && (route.bodyContentType ?? 'application/json') === 'application/json' && !declared[415]) {
    declared[415] = { description: 'The Content-Type is not application/json', schema: errorBodySchema };
  }
  for (const [status, spec] of Object.entries(declared)) {
    const headers = spec.headers && Object.fromEntries(Object.entries(spec.headers).map(([name, description]) => [name, { description, schema: { type: 'string' } }]));
    const content = spec.contentType
      ? { [spec.contentType]: { schema: { type: 'string' } } }
      : spec.schema && { 'application/json': { schema: bodySchema(spec.schema, where) } };
    responses[status] = { description: spec.description, ...(headers ? { headers } : {}), ...(content ? { content } : {}) };
  }
  const op: JsonObject = { summary: route.summary, tags: [route.tag], operationId: operationId(route), responses };
  if (parameters.length > 0) op.parameters = parameters;
  if (route.body) {
    const ref = refTo(route.body, where);
    requestIds.add(String(ref.$ref).slice(REF_PREFIX.length));
    op.requestBody = { required: route.bodyOptional !== true, content: { [route.bodyContentType ?? 'application/json']: { schema: ref } } };
  }
  if (route.auth === false) op.security = [];
  return op;
}

/** `GET /api/claims/{id}` → `getApiClaimsId`. */
function operationId(route: ApiRoute): string {
  const words = route.path.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return route.method + words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

function stripIds(schemas: Record<string, JsonObject>): Record<string, JsonObject> {
  const out: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    out[id] = Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema' && key !== '$id'));
  }
  return out;
}

function componentSchemas(io: 'input' | 'output'): Record<string, JsonObject> {
  const generated = z.toJSONSchema(apiComponents, { target: 'draft-2020-12', io, unrepresentable: 'any', metadata: apiComponents, uri: (id) => `${REF_PREFIX}${id}` });
  return stripIds(generated.schemas as Record<string, JsonObject>);
}

/** The OpenAPI 3.1 document of `routes`; throws when a route uses an unregistered schema. */
export function buildOpenApiDocument(routes: readonly ApiRoute[], info: OpenApiDocument['info']): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  const requestIds = new Set<string>();
  for (const route of routes) {
    const { path, params } = toOpenApiPath(route.path);
    const item = (paths[path] ??= {});
    if (item[route.method]) throw new Error(`Duplicate route ${route.method.toUpperCase()} ${route.path}`);
    item[route.method] = operation(route, params, requestIds);
  }
  const outputs = componentSchemas('output');
  const inputs = componentSchemas('input');
  const schemas: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries(outputs)) schemas[id] = requestIds.has(id) ? (inputs[id] ?? schema) : schema;
  return {
    openapi: '3.1.0',
    info,
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    security: [{ bearerAuth: [] }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: { schemas, securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'The token of POST /api/auth/login' } } },
  };
}
