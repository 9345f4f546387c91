/**
 * Helpers of the queue's view tests: the claims list's route, the claim numbers on screen, and the
 * seeded records read through the API (tests under src/ reach the mock backend only over HTTP).
 */
import { screen } from '@testing-library/react';
import { OPEN_CLAIM_STATUSES, type Claim, type Policy } from '../../../domain/records';

/** Testing Library's long wait (the whole app renders against the mock backend). */
export const LONG = { timeout: 10_000 };

/** `/claims` with the list filter `filter` in the URL (as react-admin keeps it). */
export const queueRoute = (filter: Record<string, unknown>) =>
  `/claims?${new URLSearchParams({ filter: JSON.stringify(filter), order: 'ASC', sort: 'dueDate', page: '1', perPage: '25' }).toString()}`;

/** The claim numbers of the rows shown, top to bottom. */
export function shownClaimNumbers(): string[] {
  return screen.queryAllByText(/^CLM-\d{4}-\d+$/).map((cell) => cell.textContent ?? '');
}

/** A JSON answer of the mock API for `path`, signed in as `as` (every demo password is `demo`). */
export async function api<T>(path: string, { as = 'sato', method = 'GET', body, headers = {} }: { as?: string; method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<T> {
  const login = await fetch('/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: as, password: 'demo' }) });
  const { token } = (await login.json()) as { token: string };
  const response = await fetch(`/api${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Every record of `resource` (up to 1,000), unfiltered, as the API lists them. */
export const listAll = <T>(resource: string) => api<T[]>(`/${resource}?${new URLSearchParams({ range: '[0,999]' }).toString()}`);

/** The seeded world the expectations are computed from: today (JST, the mock's clock), claims, policies. */
export interface Seeded {
  claims: Claim[];
  policies: Map<string, Policy>;
  /** Claims matching `keep`, open ones only unless `all`. */
  select(keep?: (claim: Claim) => boolean, options?: { all?: boolean }): Claim[];
}

/** Reads every claim and policy through the API. */
export async function seeded(): Promise<Seeded> {
  const [claims, policies] = await Promise.all([listAll<Claim>('claims'), listAll<Policy>('policies')]);
  return {
    claims,
    policies: new Map(policies.map((policy) => [policy.id, policy])),
    select: (keep = () => true, { all = false } = {}) => claims.filter((claim) => (all || OPEN_CLAIM_STATUSES.includes(claim.status)) && keep(claim)),
  };
}

/** Claim numbers of `claims`, sorted (to compare sets of rows). */
export const numbersOf = (claims: readonly Claim[]) => claims.map((claim) => claim.claimNumber).sort();
