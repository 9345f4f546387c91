/**
 * The queue's bulk actions on the claims service (issue 4 backend contracts), signed in like the
 * dataProvider, answers checked with zod:
 * - `POST {api}/claims/assign { ids, assigneeId }` → `{ updated: id[], skipped: { id, code, message }[] }`;
 * - `POST {api}/claims/document-requests { ids }` → `{ requested: id[], skipped: [...] }`.
 * Errors are react-admin HttpErrors (status, body `{ message, code? }`).
 */
import { fetchUtils } from 'react-admin';
import { z } from 'zod';
import { apiUrl } from '../../../app/apiUrl';
import { readSession } from '../../../app/session';

const skippedSchema = z.array(z.object({ id: z.string(), code: z.string(), message: z.string() }));
const assignResultSchema = z.object({ updated: z.array(z.string()), skipped: skippedSchema });
const documentRequestsResultSchema = z.object({ requested: z.array(z.string()), skipped: skippedSchema });

/** What a bulk action did: how many claims it changed and which it skipped, with why. */
export interface BulkOutcome {
  done: string[];
  skipped: z.infer<typeof skippedSchema>;
}

async function post(path: string, body: unknown): Promise<unknown> {
  const session = readSession();
  const { json } = await fetchUtils.fetchJson(`${apiUrl}${path}`, {
    method: 'POST',
    body: JSON.stringify(body),
    ...(session ? { user: { authenticated: true, token: `Bearer ${session.token}` } } : {}),
  });
  return json;
}

/** Assigns the claims `ids` (1..100) to `assigneeId`, or unassigns them with null. */
export async function assignClaims(ids: readonly string[], assigneeId: string | null): Promise<BulkOutcome> {
  const result = assignResultSchema.parse(await post('/claims/assign', { ids, assigneeId }));
  return { done: result.updated, skipped: result.skipped };
}

/** Asks the customer for each claim's missing documents (template letter per peril, made by the backend). */
export async function requestDocuments(ids: readonly string[]): Promise<BulkOutcome> {
  const result = documentRequestsResultSchema.parse(await post('/claims/document-requests', { ids }));
  return { done: result.requested, skipped: result.skipped };
}
