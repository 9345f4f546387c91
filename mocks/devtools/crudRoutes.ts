/**
 * The routes of one ra-data-simple-rest resource, for the OpenAPI route list: list (sort, range,
 * filter; Content-Range), get, and when writable create, update and delete.
 */
import type { z } from 'zod';
import type { ApiRoute, ParamSpec, ResponseSpec } from './openapiBuilder';
import { conflictSchema, errorBodySchema } from './openapiSchemas';

/** The schemas of a resource; without `create` and `update` it is read-only (writes answer 405). */
export interface CrudSchemas {
  record: z.ZodType;
  create?: z.ZodType;
  update?: z.ZodType;
  /** Whether DELETE exists (default: when `update` does). */
  remove?: boolean;
  /** The 422 codes of this resource's create and update, with what refuses them (default: a generic text). */
  refusals?: string;
}

/** The list query of ra-data-simple-rest. */
export const LIST_QUERY: ParamSpec[] = [
  { name: 'sort', description: 'JSON `["field","ASC"|"DESC"]`; the field may be a dotted path', example: '["dueDate","ASC"]' },
  { name: 'range', description: 'JSON `[start,end]`, both inclusive, from 0; past the end answers 200 [] with the total', example: '[0,24]' },
  {
    name: 'filter',
    description: 'JSON object: exact values, arrays mean IN (`{"id":[…]}` is getMany), `q` searches text, `_gte` `_lte` `_gt` `_lt` `_neq` suffixes compare, nested objects are dotted paths',
    example: '{"status":["in_review","awaiting_documents"],"q":"iPhone"}',
  },
];

const invalid: ResponseSpec = { description: 'Invalid input: `{ message, errors: { field: message } }`', schema: errorBodySchema };
const forbidden: ResponseSpec = { description: "The user's role may not do this", schema: errorBodySchema };
const notFound: ResponseSpec = { description: 'No such record', schema: errorBodySchema };
const tooLarge: ResponseSpec = { description: 'The body is over 1 MiB', schema: errorBodySchema };

/** The CRUD routes of `/api/<name>`. */
export function crudRoutes(name: string, tag: string, schemas: CrudSchemas): ApiRoute[] {
  const base = `/api/${name}`;
  const refused: ResponseSpec = { description: schemas.refusals ?? 'Refused by a business rule', schema: errorBodySchema };
  const routes: ApiRoute[] = [
    {
      method: 'get',
      path: base,
      summary: `List ${name}`,
      tag,
      query: LIST_QUERY,
      responses: {
        200: { description: 'One page', schema: { list: schemas.record }, headers: { 'Content-Range': `\`${name} <start>-<end>/<total>\`, or \`${name} */<total>\` past the end` } },
        400: invalid,
      },
    },
    { method: 'get', path: `${base}/:id`, summary: `One of ${name}`, tag, responses: { 200: { description: 'The record', schema: schemas.record }, 404: notFound } },
  ];
  if (schemas.create) {
    routes.push({
      method: 'post',
      path: base,
      summary: `Create one of ${name}`,
      tag,
      body: schemas.create,
      responses: { 201: { description: 'The created record', schema: schemas.record }, 400: invalid, 403: forbidden, 413: tooLarge, 422: refused },
    });
  }
  if (schemas.update) {
    routes.push({
      method: 'put',
      path: `${base}/:id`,
      summary: `Update one of ${name}`,
      tag,
      body: schemas.update,
      responses: {
        200: { description: 'The updated record', schema: schemas.record },
        400: invalid,
        403: forbidden,
        404: notFound,
        409: { description: 'Stale version, or a state that forbids the change', schema: conflictSchema },
        413: tooLarge,
        422: refused,
      },
    });
  }
  if (schemas.remove ?? schemas.update !== undefined) {
    routes.push({
      method: 'delete',
      path: `${base}/:id`,
      summary: `Delete one of ${name}`,
      tag,
      responses: { 200: { description: 'The deleted record', schema: schemas.record }, 403: forbidden, 404: notFound, 409: { description: 'Other records depend on it, or (claims) it is decided', schema: conflictSchema } },
    });
  }
  if (!schemas.create && !schemas.update) routes.push(...readOnlyWrites(base, name, tag));
  return routes;
}

/** A read-only resource's writes: answered 405 `{ message }`. */
function readOnlyWrites(base: string, name: string, tag: string): ApiRoute[] {
  const refused = { 405: { description: `${name} is read-only`, schema: errorBodySchema } };
  return [
    { method: 'post', path: base, summary: `Refused: ${name} is read-only`, tag, responses: refused },
    { method: 'put', path: `${base}/:id`, summary: `Refused: ${name} is read-only`, tag, responses: refused },
    { method: 'delete', path: `${base}/:id`, summary: `Refused: ${name} is read-only`, tag, responses: refused },
  ];
}
