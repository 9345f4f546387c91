/**
 * The REST resources' request-body schemas: the stored records' zod schemas (src/domain/records.ts)
 * with the string fields a client writes capped at a sane length (mocks/http/limits.ts's
 * TEXT_LIMITS), so an over-long value answers 400 with its field instead of being stored. The
 * stored records' own schemas stay as they are (the seed and persistence load through them).
 */
import { z } from 'zod';
import { claimSchema, deviceSchema, documentFiguresSchema, documentSchema, policyholderSchema, policySchema } from '../../src/domain/records';
import { TEXT_LIMITS } from '../http/limits';

/** A string of at most `max` characters, with a message that says so. */
export function text(max: number): z.ZodString {
  return z.string().max(max, `At most ${max.toLocaleString('en-US')} characters`);
}

/** A non-empty string of at most `max` characters. */
export function required(max: number): z.ZodString {
  return text(max).min(1, 'Required');
}

/** A claim as a POST or PUT may write it. */
export const claimBodySchema = claimSchema.extend({
  claimNumber: required(TEXT_LIMITS.id),
  policyId: required(TEXT_LIMITS.id),
  description: text(TEXT_LIMITS.description),
  repairShop: text(TEXT_LIMITS.short).optional(),
  estimateImei: text(TEXT_LIMITS.imei).optional(),
  assigneeId: text(TEXT_LIMITS.id).nullable(),
  flags: z.array(text(TEXT_LIMITS.id)).max(50, 'At most 50 flags'),
});

/** A policy as a POST or PUT may write it. */
export const policyBodySchema = policySchema.extend({
  policyNumber: required(TEXT_LIMITS.id),
  holder: policyholderSchema.extend({
    name: required(TEXT_LIMITS.short),
    kana: required(TEXT_LIMITS.short),
    phone: text(TEXT_LIMITS.phone),
    email: text(TEXT_LIMITS.email),
  }),
  device: deviceSchema.extend({
    model: required(TEXT_LIMITS.short),
    imei: text(TEXT_LIMITS.imei),
  }),
});

/** A document as a POST or PUT may write it. */
export const documentBodySchema = documentSchema.extend({
  claimId: text(TEXT_LIMITS.id).nullable(),
  policyId: required(TEXT_LIMITS.id),
  fileName: required(TEXT_LIMITS.fileName),
  mimeType: required(TEXT_LIMITS.short),
  figures: documentFiguresSchema.extend({
    imei: text(TEXT_LIMITS.imei).optional(),
    shop: text(TEXT_LIMITS.short).optional(),
    policeReportNumber: text(TEXT_LIMITS.id).optional(),
  }),
});

/**
 * POST /documents body: kind and owner required; file name and figures optional. The file facts
 * (`mimeType`, `size`, `uploadedAt`, `url`) are the server's: the record's file is drawn from it
 * (or uploaded through POST /claims/:id/documents), so a body naming them is refused (422 SERVER_MANAGED).
 */
export const documentCreateSchema = documentBodySchema
  .omit({ id: true, url: true, mimeType: true, size: true, uploadedAt: true })
  .partial({ claimId: true, fileName: true, figures: true });
