/**
 * `POST {api}/policies/:id/reveal { field }` → `{ field, value }`: one item of a policyholder's
 * personal data in full. The backend writes an audit event for every call (APPI,
 * shared/spec/product.md "Personal data"); managers get 403. Errors are react-admin HttpErrors.
 */
import { fetchUtils } from 'react-admin';
import { z } from 'zod';
import { apiUrl } from '../../app/apiUrl';
import { readSession } from '../../app/session';

/** The personal data of a policy that may be revealed. */
export type RevealField = 'phone' | 'email' | 'imei';

const revealResultSchema = z.object({ field: z.enum(['phone', 'email', 'imei']), value: z.string() });

/** The full value of `field` of policy `policyId` (audited by the backend). */
export async function revealPolicyField(policyId: string, field: RevealField): Promise<string> {
  const session = readSession();
  const { json } = await fetchUtils.fetchJson(`${apiUrl}/policies/${encodeURIComponent(policyId)}/reveal`, {
    method: 'POST',
    body: JSON.stringify({ field }),
    ...(session ? { user: { authenticated: true, token: `Bearer ${session.token}` } } : {}),
  });
  return revealResultSchema.parse(json).value;
}
