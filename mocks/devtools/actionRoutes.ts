/**
 * OpenAPI entries of the actions beyond CRUD and decisions (mocks/claimActions.ts,
 * mocks/policyActions.ts, mocks/payments.ts, mocks/surveys.ts), part of mocks/openapi.ts's list.
 */
import type { ApiRoute, ResponseSpec } from './openapiBuilder';
import * as s from './openapiSchemas';

const error = (description: string): ResponseSpec => ({ description, schema: s.errorBodySchema });
const idempotencyKey = { name: 'Idempotency-Key', required: true, description: 'A replay with the same key answers the first response; the same key with another body answers 422' };
const claimAnswer = { description: 'The claim', schema: s.claimResponseSchema };

/** The action routes. */
export const ACTION_ROUTES: readonly ApiRoute[] = [
  {
    method: 'post',
    path: '/api/claims/:id/lock',
    summary: 'Take the visible lock on a claim (a supervisor may take over)',
    tag: 'claims',
    body: s.lockBodySchema,
    bodyOptional: true,
    responses: { 200: claimAnswer, 403: error('A manager, or an adjuster taking over'), 404: error('No such claim'), 409: { description: 'Held by another user, or decided', schema: s.conflictSchema } },
  },
  {
    method: 'delete',
    path: '/api/claims/:id/lock',
    summary: 'Release the lock (its holder, or a supervisor)',
    tag: 'claims',
    responses: { 200: claimAnswer, 403: error('A manager'), 404: error('No such claim'), 409: { description: 'Held by another user', schema: s.conflictSchema } },
  },
  {
    method: 'post',
    path: '/api/claims/:id/deadline-extension',
    summary: 'Extend the payment deadline with a recorded reason and a notice to the customer',
    tag: 'claims',
    body: s.deadlineExtensionBodySchema,
    responses: {
      200: claimAnswer,
      400: error('Invalid body, or not after the current due date'),
      403: error('A manager'),
      404: error('No such claim'),
      409: { description: 'Stale version, decided, or locked by another user', schema: s.conflictSchema },
      422: error('The claim is not complete yet: no deadline to extend'),
    },
  },
  {
    method: 'get',
    path: '/api/policies/:id/network-restriction',
    summary: 'The device\'s network-use restriction (ネットワーク利用制限), looked up once per device',
    tag: 'policies',
    responses: { 200: { description: 'The result', schema: s.networkRestrictionResultSchema }, 403: error('A manager'), 404: error('No such policy') },
  },
  {
    method: 'post',
    path: '/api/claims/:id/reveal',
    summary: 'Show the estimate IMEI of a claim in full (audited)',
    tag: 'claims',
    body: s.claimRevealBodySchema,
    responses: { 200: { description: 'The value', schema: s.claimRevealResultSchema }, 400: error('Malformed body'), 403: error('A manager'), 404: error('No such claim') },
  },
  {
    method: 'post',
    path: '/api/policies/:id/reveal',
    summary: 'Show one item of personal data in full (audited)',
    tag: 'policies',
    body: s.revealBodySchema,
    responses: { 200: { description: 'The value', schema: s.revealResultSchema }, 400: error('Malformed body'), 403: error('A manager'), 404: error('No such policy') },
  },
  {
    method: 'post',
    path: '/api/payments/run',
    summary: 'Payment run: pay approved claims and send their surveys',
    tag: 'payments',
    headers: [idempotencyKey],
    body: s.paymentRunBodySchema,
    bodyOptional: true,
    responses: {
      200: { description: 'What the run paid', schema: s.paymentRunResultSchema },
      400: error('Malformed body or missing Idempotency-Key'),
      403: error('Not a supervisor'),
      422: error('A listed claim is not approved, or the key was reused with another body'),
    },
  },
  {
    method: 'post',
    path: '/api/surveys/simulate-answers',
    summary: 'Mock only: let the simulated survey answers up to a date arrive',
    tag: 'surveys',
    body: s.simulateAnswersBodySchema,
    bodyOptional: true,
    responses: { 200: { description: 'The surveys answered by this call', schema: s.simulateAnswersResultSchema }, 400: error('Malformed body'), 403: error('A manager') },
  },
];
