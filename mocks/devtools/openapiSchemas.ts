/**
 * The OpenAPI document's component schemas: the zod schemas the API validates and answers with
 * (src/domain/records.ts, the request schemas of the handlers), each registered under the name it
 * gets in `#/components/schemas`. A route of mocks/openapi.ts may only use schemas registered here.
 */
import { z } from 'zod';
import { documentKindSchema, periodSchema } from '../../src/domain/adjudication/schemas';
import { isoDateSchema } from '../../src/domain/dateSchema';
import { yenSchema } from '../../src/domain/money';
import {
  auditEventSchema,
  claimSchema,
  documentSchema,
  networkRestrictionSchema,
  noteSchema,
  paymentSchema,
  policySchema,
  surveySchema,
  userSchema,
} from '../../src/domain/records';
import { loginRequestSchema } from '../auth';
import { bulkAssignRequestSchema, bulkDocumentRequestRequestSchema, documentRequestRequestSchema } from '../claimWorkflow';
import { noteRequestSchema } from '../notes';
import { claimRevealRequestSchema, deadlineExtensionRequestSchema, lockRequestSchema } from '../claimActions';
import { decisionRequestSchema } from '../decision';
import { paymentRunRequestSchema } from '../payments';
import { revealRequestSchema } from '../policyActions';
import { simulateAnswersRequestSchema } from '../surveys';
import { claimBodySchema, documentBodySchema, documentCreateSchema as documentCreateRequestSchema, policyBodySchema } from '../resources/requestSchemas';
import { mockSettingsPatchSchema, mockSettingsSchema } from './settings';

/** Metadata of a component: its name, and an optional description. */
export interface ComponentMeta {
  id: string;
  description?: string;
  /** JSON Schema `format`, where a refinement says more than the type (e.g. `date`). */
  format?: string;
}

/** The registry the document's components are generated from. */
export const apiComponents = z.registry<ComponentMeta>();

/** The ids of every registered component, in registration order. */
export const COMPONENT_IDS: string[] = [];

/** Registers `schema` as the component `id` and returns it. */
function component<S extends z.ZodType>(schema: S, id: string, description?: string, format?: string): S {
  COMPONENT_IDS.push(id);
  apiComponents.add(schema, { id, ...(description === undefined ? {} : { description }), ...(format === undefined ? {} : { format }) });
  return schema;
}

component(isoDateSchema, 'IsoDate', 'A calendar date in Japan time, YYYY-MM-DD', 'date');
component(yenSchema, 'Yen', 'An amount of money in integer yen');

/** `{ message, errors? }`: every error answer (400 adds `errors`, field → message). */
export const errorBodySchema = component(
  z.object({ message: z.string(), errors: z.record(z.string(), z.string()).optional() }).loose(),
  'Error',
  'Every error answer: a message, and for 400 the invalid fields (dotted path → message)',
);

/** A policy as answered: the stored record with the current period's aggregate usage. */
export const policyResponseSchema = component(
  policySchema.extend({
    aggregate: z.object({ period: periodSchema, limit: yenSchema, used: yenSchema, remaining: yenSchema }),
  }),
  'Policy',
);
/** POST /api/policies body (mirrors mocks/resources/policies.ts). */
export const policyCreateSchema = component(
  policyBodySchema
    .omit({ id: true, version: true })
    .partial({ policyNumber: true, status: true, monthlyPremium: true, paymentMethod: true, enrollmentPhotoOnFile: true }),
  'PolicyCreate',
);
/** PUT /api/policies/:id body: any fields of the policy, with the version read. */
export const policyUpdateSchema = component(
  policyBodySchema.partial(),
  'PolicyUpdate',
  'Fields to change; `version` is the version read (409 when stale). A plan or inception date that would put a period over its aggregate limit answers 422',
);

export const claimResponseSchema = component(
  claimSchema.extend({
    plan: z.enum(['standard', 'light']).nullable(),
    holderName: z.string().nullable(),
    deviceModel: z.string().nullable(),
    assigneeName: z.string().nullable(),
    imeiCheck: z.object({ matchesPolicy: z.boolean(), checkDigitValid: z.boolean() }).nullable(),
  }),
  'Claim',
  'A claim; `adjudication` and `flags` are recomputed on every answer, `plan`, `holderName` and `deviceModel` come from its policy, `assigneeName` is the display name of its assignee (null when unassigned), `estimateImei` is masked (reveal it with POST /api/claims/:id/reveal) and `imeiCheck` says whether it is the policy\'s IMEI and passes its check digit (null without one)',
);
/** POST /api/claims body (mirrors mocks/resources/claims.ts). */
export const claimCreateSchema = component(
  claimBodySchema
    .omit({ id: true, version: true, claimNumber: true, adjudication: true, decision: true, completedDate: true, dueDate: true })
    .partial({ description: true, cause: true, repairable: true, status: true, assigneeId: true, receivedDate: true, flags: true }),
  'ClaimCreate',
);
export const claimUpdateSchema = component(
  claimBodySchema.partial(),
  'ClaimUpdate',
  'Fields to change; `version` is the version read (409 when stale). A decided claim answers 409; `status` follows the lifecycle (422); `completedDate` and `dueDate` are the server\'s (422 unless unchanged); `decision`, `adjudication`, `recommendation`, `lock`, `deadlineExtension` are ignored',
);

export const documentResponseSchema = component(documentSchema, 'Document');
/** POST /api/documents body (mirrors mocks/resources/documents.ts). */
export const documentCreateSchema = component(documentCreateRequestSchema, 'DocumentCreate', 'The file facts (mimeType, size, uploadedAt, url) are set by the server');
export const documentUpdateSchema = component(documentBodySchema.partial(), 'DocumentUpdate');

export const paymentResponseSchema = component(paymentSchema, 'Payment', 'Read-only: made by the payment run');
export const surveyResponseSchema = component(surveySchema, 'Survey', 'Read-only: sent after payment, answered over the following weeks');

export const auditEventResponseSchema = component(auditEventSchema, 'AuditEvent', 'Append-only: written by the backend on every change');
export const userResponseSchema = component(userSchema, 'User');

export const decisionBodySchema = component(decisionRequestSchema, 'DecisionRequest', 'An approval names the payout (yen) the adjuster saw');
/** 422 of the decision endpoint: the module's reasons and adjudication. */
export const decisionRejectionSchema = component(
  z.object({ message: z.string(), reasons: z.array(z.string()), adjudication: z.unknown() }).loose(),
  'DecisionRejection',
);
/** 409 of a stale write: the message and the record as stored now. */
export const conflictSchema = component(z.object({ message: z.string() }).loose(), 'Conflict', 'The record changed since it was read (or its state forbids the change); may carry the current record');

export const loginBodySchema = component(loginRequestSchema, 'LoginRequest', 'A mock user id and the demo password');
export const loginResponseSchema = component(z.object({ token: z.string(), user: userSchema }), 'LoginResponse');
export const paymentRunBodySchema = component(paymentRunRequestSchema, 'PaymentRunRequest', 'Optional: only these approved claims (default every approved claim)');
export const paymentRunResultSchema = component(
  z.object({ paidDate: isoDateSchema, total: yenSchema, claimIds: z.array(z.string()), payments: z.array(paymentSchema), surveys: z.array(surveySchema) }),
  'PaymentRunResult',
);
export const lockBodySchema = component(lockRequestSchema, 'LockRequest', 'Optional; `takeOver: true` lets a supervisor take over another user\'s lock');
export const deadlineExtensionBodySchema = component(deadlineExtensionRequestSchema, 'DeadlineExtensionRequest');
export const revealBodySchema = component(revealRequestSchema, 'RevealRequest');
export const claimRevealBodySchema = component(claimRevealRequestSchema, 'ClaimRevealRequest');
export const claimRevealResultSchema = component(z.object({ claimId: z.string(), field: z.literal('estimateImei'), value: z.string().nullable() }), 'ClaimRevealResult');
export const revealResultSchema = component(z.object({ policyId: z.string(), field: z.enum(['phone', 'email', 'imei']), value: z.string() }), 'RevealResult');
export const networkRestrictionResultSchema = component(
  z.object({
    policyId: z.string(),
    imei: z.string(),
    carrier: z.string(),
    originalCarrier: z.string().nullable(),
    result: networkRestrictionSchema,
    symbol: z.string(),
    cached: z.boolean(),
  }).loose(),
  'NetworkRestrictionResult',
  'ネットワーク利用制限: clear ○, instalments △, blocked ×, not_applicable −',
);
export const simulateAnswersBodySchema = component(simulateAnswersRequestSchema, 'SimulateAnswersRequest', 'Optional `until` (JST date, default today)');
export const simulateAnswersResultSchema = component(z.object({ until: isoDateSchema, answered: z.number().int(), surveys: z.array(surveySchema) }), 'SimulateAnswersResult');

export const mockSettingsComponent = component(
  mockSettingsSchema,
  'MockSettings',
  'latencyMs: delay added to every other /api request (ms); failureRate: share of them answered 503 (0..1); seed and size (claims): what the next reset generates',
);
export const mockSettingsPatchComponent = component(mockSettingsPatchSchema, 'MockSettingsPatch');
export const mockResetRequestSchema = component(mockSettingsPatchSchema.pick({ seed: true, size: true }), 'MockResetRequest');
export const mockStatusSchema = component(
  z.object({
    persistence: z.enum(['indexeddb', 'memory']),
    data: z.object({ seed: z.number().int(), size: z.number().int(), generatedAt: z.string() }),
    counts: z.record(z.string(), z.number().int()),
    settings: mockSettingsSchema,
  }),
  'MockStatus',
);
export const mockUsersSchema = component(z.object({ password: z.string(), users: z.array(userSchema) }), 'MockUsers', 'The demo users; every one signs in with `password`');

// The adjuster workspace's workflow (issue 4): mocks/claimWorkflow.ts, mocks/uploads.ts, mocks/notes.ts.
export const documentRequestBodySchema = component(
  documentRequestRequestSchema,
  'DocumentRequestRequest',
  'The documents to ask for (1..5, each once) and the letter to the customer (src/domain/documentRequest.ts\'s template, perhaps edited); `version` the version read (409 when stale)',
);
export const bulkDocumentRequestBodySchema = component(bulkDocumentRequestRequestSchema, 'BulkDocumentRequestRequest', 'Up to 100 claims; each gets the documents the module finds missing and its peril\'s letter');
export const bulkAssignBodySchema = component(bulkAssignRequestSchema, 'BulkAssignRequest', 'Up to 100 claims; `assigneeId` null unassigns (an adjuster: only to themself, or unassigning their own)');
/** A claim a bulk action left alone. */
export const bulkSkippedSchema = component(
  z.object({ id: z.string(), code: z.string(), message: z.string() }),
  'BulkSkipped',
  'NOT_FOUND, ALREADY_DECIDED, CLAIM_LOCKED, PENDING_APPROVAL, NOTHING_MISSING (document requests); UNCHANGED, NOT_YOURS, ASSIGNED_TO_OTHER (assignment)',
);
export const bulkDocumentRequestResultSchema = component(z.object({ requested: z.array(z.string()), skipped: z.array(bulkSkippedSchema) }), 'BulkDocumentRequestResult');
export const bulkAssignResultSchema = component(z.object({ updated: z.array(z.string()), skipped: z.array(bulkSkippedSchema) }), 'BulkAssignResult');
export const documentUploadBodySchema = component(
  z.object({ kind: documentKindSchema, file: component(z.string(), 'BinaryFile', 'The file\'s bytes (a multipart part)', 'binary') }),
  'DocumentUpload',
  'multipart/form-data: `kind` and `file` (JPEG, PNG, WebP or PDF by content, at most 10 MB)',
);
export const noteResponseSchema = component(noteSchema, 'Note', 'Append-only: never edited nor deleted');
export const noteCreateSchema = component(noteRequestSchema, 'NoteCreate');
