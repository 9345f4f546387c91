/**
 * The aggregates endpoint as the dashboard calls it: `GET {api}/dashboard?from&to[&plan]` with the
 * session's bearer token (the dataProvider's way, through react-admin's fetchJson), the answer
 * parsed with src/domain/metrics's zod schema. (The lead may move this into the dataProvider as
 * `getDashboard`.)
 */
import { fetchUtils } from 'react-admin';
import { apiUrl } from '../app/apiUrl';
import { readSession } from '../app/session';
import { dashboardDataSchema, type DashboardData, type MetricsQuery } from '../domain/metrics';

/** GETs `path` (under the API) with `params`, signed in; throws react-admin's HttpError on an error status. */
export async function getJson(path: string, params: Record<string, string | undefined>): Promise<unknown> {
  const search = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));
  const session = readSession();
  const query = search.toString();
  const { json } = await fetchUtils.fetchJson(`${apiUrl}${path}${query ? `?${query}` : ''}`, session ? { user: { authenticated: true, token: `Bearer ${session.token}` } } : {});
  return json;
}

/** The dashboard's figures for `query` (JST range, optional plan). */
export async function fetchDashboard(query: MetricsQuery): Promise<DashboardData> {
  return dashboardDataSchema.parse(await getJson('/dashboard', { from: query.from, to: query.to, plan: query.plan }));
}
