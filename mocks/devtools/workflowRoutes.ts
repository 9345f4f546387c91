/**
 * OpenAPI entries of the adjuster workspace's workflow (issue 4): document requests and bulk
 * assignment (mocks/claimWorkflow.ts), uploads (mocks/uploads.ts), notes (mocks/notes.ts); part of
 * mocks/openapi.ts's list.
 */
import { crudRoutes } from './crudRoutes';
import type { ApiRoute, ResponseSpec } from './openapiBuilder';
import * as s from './openapiSchemas';

const error = (description: string): ResponseSpec => ({ description, schema: s.errorBodySchema });
const conflict = (description: string): ResponseSpec => ({ description, schema: s.conflictSchema });
const refusedNote = { 405: error('Notes are append-only') };

/** The workflow routes. */
export const WORKFLOW_ROUTES: readonly ApiRoute[] = [
  {
    method: 'post',
    path: '/api/claims/:id/document-request',
    summary: 'Ask the customer for missing documents: the claim waits in awaiting_documents',
    tag: 'claims',
    body: s.documentRequestBodySchema,
    responses: {
      200: { description: 'The claim, awaiting documents, with `documentRequest`', schema: s.claimResponseSchema },
      400: error('Invalid body'),
      403: error('A manager'),
      404: error('No such claim'),
      409: conflict('Stale version (VERSION_CONFLICT), decided (ALREADY_DECIDED), waiting for approval (PENDING_APPROVAL) or locked by another user (CLAIM_LOCKED)'),
    },
  },
  {
    method: 'post',
    path: '/api/claims/document-requests',
    summary: 'Ask for the missing documents of many claims, each with its peril\'s letter',
    tag: 'claims',
    body: s.bulkDocumentRequestBodySchema,
    responses: { 200: { description: 'The claims asked, and the ones skipped with why', schema: s.bulkDocumentRequestResultSchema }, 400: error('Invalid body'), 403: error('A manager') },
  },
  {
    method: 'post',
    path: '/api/claims/assign',
    summary: 'Assign or unassign many claims',
    tag: 'claims',
    body: s.bulkAssignBodySchema,
    responses: {
      200: { description: 'The claims updated, and the ones skipped with why', schema: s.bulkAssignResultSchema },
      400: error('Invalid body or unknown assignee'),
      403: error('A manager, or an adjuster assigning to someone else'),
    },
  },
  {
    method: 'post',
    path: '/api/claims/:id/documents',
    summary: 'Upload a document on the customer\'s behalf (JPEG, PNG, WebP or PDF by content, at most 10 MB)',
    tag: 'documents',
    body: s.documentUploadBodySchema,
    bodyContentType: 'multipart/form-data',
    responses: {
      201: { description: 'The document; its bytes are served at its `url`', schema: s.documentResponseSchema },
      400: error('A missing or invalid field, or an empty file'),
      403: error('A manager'),
      404: error('No such claim'),
      409: conflict('Decided (ALREADY_DECIDED) or locked by another user (CLAIM_LOCKED)'),
      413: error('The file is over 10 MB'),
      415: error('Not a JPEG, PNG, WebP or PDF file by content, or not multipart/form-data'),
    },
  },
  ...crudRoutes('notes', 'notes', { record: s.noteResponseSchema, create: s.noteCreateSchema }).map((route) =>
    route.method === 'post'
      ? { ...route, summary: 'Add a note to a claim', responses: { ...route.responses, 409: conflict('Decided (ALREADY_DECIDED) or locked by another user (CLAIM_LOCKED)') } }
      : route,
  ),
  { method: 'put', path: '/api/notes/:id', summary: 'Refused: notes are append-only', tag: 'notes', responses: refusedNote },
  { method: 'delete', path: '/api/notes/:id', summary: 'Refused: notes are append-only', tag: 'notes', responses: refusedNote },
];
