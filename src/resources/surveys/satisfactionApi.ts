/**
 * `GET {api}/dashboard/satisfaction` (mocks/aggregates.ts): the satisfaction rate, answers and
 * response rate of the surveys matching the survey list's filter, computed by the backend with
 * src/domain/metrics (the browser never downloads every survey). Signed in like the dataProvider.
 */
import { fetchUtils } from 'react-admin';
import { apiUrl } from '../../app/apiUrl';
import { readSession } from '../../app/session';
import { satisfactionFigureSchema, type SatisfactionFigure } from '../../domain/metrics/schema';
import type { SatisfactionQuery } from '../../domain/metrics/query';

/** The figure of the surveys matching `query` (every field optional). */
export async function fetchSatisfaction(query: SatisfactionQuery): Promise<SatisfactionFigure> {
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
  const session = readSession();
  const text = search.toString();
  const { json } = await fetchUtils.fetchJson(`${apiUrl}/dashboard/satisfaction${text ? `?${text}` : ''}`, session ? { user: { authenticated: true, token: `Bearer ${session.token}` } } : {});
  return satisfactionFigureSchema.parse(json);
}

/**
 * The summary's query from the survey list's filter values: `sentDate_gte`/`sentDate_lte` → `from`/
 * `to`, one `peril`, one `adjusterId`; the `answer` filter is left out on purpose (a rate of only the
 * satisfied answers would always read 100 %), as is anything else.
 */
export function satisfactionQueryOf(filter: Record<string, unknown>): SatisfactionQuery {
  const one = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : Array.isArray(value) && value.length === 1 && typeof value[0] === 'string' ? value[0] : undefined);
  const query: Record<string, string> = {};
  const from = one(filter.sentDate_gte);
  const to = one(filter.sentDate_lte);
  const peril = one(filter.peril);
  const adjusterId = one(filter.adjusterId);
  if (from) query.from = from;
  if (to) query.to = to;
  if (peril) query.peril = peril;
  if (adjusterId) query.adjusterId = adjusterId;
  return query as SatisfactionQuery;
}
