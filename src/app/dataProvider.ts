/**
 * The app's dataProvider: ra-data-simple-rest against `/api` (the mocked backend in mock mode, a
 * real one when `VITE_API_URL` is set at build time), plus the claims service's actions beyond CRUD.
 */
import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider } from 'react-admin';
import type { Claim } from '../domain/records';
import type { Decision } from '../domain/adjudication';

/** `POST /api/claims/:id/decision`'s body: an approval names the payout (yen) it expects. */
export type DecisionRequest =
  | { decision: 'approve'; payout: number; note?: string }
  | { decision: Exclude<Decision, 'approve'>; note?: string };

/** The dataProvider with the claims service's own actions. */
export interface ClaimsDataProvider extends DataProvider {
  /**
   * Records a decision. The backend recomputes the adjudication and answers 422 (an HttpError whose
   * `body` holds `{ message, reasons, adjudication }`) when an approval's payout differs from it.
   */
  decideClaim(id: string, request: DecisionRequest): Promise<{ data: Claim }>;
}

/** The API's base URL: `VITE_API_URL` when set at build time, else the mock's `/api`. */
export const apiUrl: string = import.meta.env.VITE_API_URL ?? '/api';

/** Builds the dataProvider for `baseUrl` (default {@link apiUrl}). */
export function createDataProvider(baseUrl: string = apiUrl): ClaimsDataProvider {
  const httpClient = fetchUtils.fetchJson;
  return {
    ...simpleRestProvider(baseUrl, httpClient),
    async decideClaim(id, request) {
      const { json } = await httpClient(`${baseUrl}/claims/${encodeURIComponent(id)}/decision`, {
        method: 'POST',
        body: JSON.stringify(request),
      });
      return { data: json as Claim };
    },
  };
}
