/**
 * What a refused write tells the adjuster: the backend's error body `{ message, code?, errors?,
 * current?, lock? }` (contracts of issue 4), read with zod from react-admin's HttpError so an
 * unexpected answer still shows its message.
 */
import { HttpError } from 'react-admin';
import { z } from 'zod';
import { claimLockSchema, claimStatusSchema } from '../../../domain/records';

const bodySchema = z.object({
  message: z.string().optional(),
  code: z.string().optional(),
  errors: z.record(z.string(), z.string()).optional().catch(undefined),
  lock: claimLockSchema.optional().catch(undefined),
  current: z
    .object({ status: claimStatusSchema, version: z.number(), lock: claimLockSchema.nullable().optional() })
    .optional()
    .catch(undefined),
});

/** A refused or failed write: HTTP status (0 when none arrived), the backend's code and message, and the 409 details. */
export interface CommandFailure {
  status: number;
  code?: string;
  message: string;
  /** Field messages of a 400. */
  errors?: Record<string, string>;
  /** The lock of a 409 CLAIM_LOCKED. */
  lock?: z.infer<typeof claimLockSchema>;
  /** The claim as it is now, from a 409 VERSION_CONFLICT. */
  current?: z.infer<typeof bodySchema>['current'];
}

/** Reads a {@link CommandFailure} off whatever a dataProvider call threw. */
export function failureOf(error: unknown): CommandFailure {
  if (error instanceof HttpError) {
    const parsed = bodySchema.safeParse(error.body);
    const body = parsed.success ? parsed.data : {};
    return { status: error.status, message: body.message ?? error.message, code: body.code, errors: body.errors, lock: body.lock, current: body.current };
  }
  return { status: 0, message: error instanceof Error ? error.message : String(error) };
}

/** True for the refusals that mean "the claim changed under you" (stale version, locked, decided). */
export function isConflict(failure: CommandFailure): boolean {
  return failure.status === 409;
}
