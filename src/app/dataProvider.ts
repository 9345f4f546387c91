/**
 * The app's dataProvider: ra-data-simple-rest against `/api` (the mocked backend in mock mode, a
 * real one when `VITE_API_URL` is set at build time), plus the claims service's actions beyond CRUD.
 */
import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider } from 'react-admin';
import type { Claim } from '../domain/records';
import type { Decision } from '../domain/adjudication';
import { apiUrl } from './apiUrl';
import { readSession } from './session';

/**
 * `POST /api/claims/:id/decision`'s body: an approval or a recommendation names the payout (yen)
 * the adjuster saw; `version` is the claim's version on screen (a stale one gets 409).
 */
export type DecisionRequest =
  | { decision: 'approve' | 'recommend'; payout: number; note?: string; version?: number }
  | { decision: Exclude<Decision, 'approve'>; note?: string; version?: number };

/** The dataProvider with the claims service's own actions. */
export interface ClaimsDataProvider extends DataProvider {
  /**
   * Records a decision. The backend recomputes the adjudication and answers 422 (an HttpError whose
   * `body` holds `{ message, reasons, adjudication }`) when an approval's payout differs from it.
   * `idempotencyKey` makes a retry of the same request safe: the backend answers it once.
   */
  decideClaim(id: string, request: DecisionRequest, idempotencyKey: string): Promise<{ data: Claim }>;
  /**
   * `POST|DELETE /api/claims/:id/<action>` (`lock`, `document-request`, `deadline-extension`): the
   * claim as the backend answers it. Errors are react-admin HttpErrors with the JSON `body`.
   */
  claimAction(id: string, action: ClaimAction, init: { method: 'POST' | 'DELETE'; body?: unknown }): Promise<{ data: Claim }>;
}

/** The claim actions of {@link ClaimsDataProvider.claimAction} (mocks/claimActions.ts). */
export type ClaimAction = 'lock' | 'document-request' | 'deadline-extension';

/** Builds the dataProvider for `baseUrl` (default {@link apiUrl}). */
export function createDataProvider(baseUrl: string = apiUrl): ClaimsDataProvider {
  const httpClient = (url: string, options: fetchUtils.Options = {}) => {
    const session = readSession();
    return fetchUtils.fetchJson(url, session ? { ...options, user: { authenticated: true, token: `Bearer ${session.token}` } } : options);
  };
  return {
    ...simpleRestProvider(baseUrl, httpClient),
    async decideClaim(id, request, idempotencyKey) {
      const { json } = await httpClient(`${baseUrl}/claims/${encodeURIComponent(id)}/decision`, {
        method: 'POST',
        body: JSON.stringify(request),
        headers: new Headers({ 'Idempotency-Key': idempotencyKey }),
      });
      return { data: json as Claim };
    },
    async claimAction(id, action, { method, body }) {
      const { json } = await httpClient(`${baseUrl}/claims/${encodeURIComponent(id)}/${action}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
      return { data: json as Claim };
    },
  };
}
