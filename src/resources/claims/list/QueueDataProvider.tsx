/**
 * The claims list's dataProvider: the app's own, with the queue's relative filters (`assignee`,
 * `overdue`: see queueFilter.ts) resolved for the signed-in user and today's JST date on every
 * `getList` of claims, the list's and the CSV export's alike.
 */
import { useContext, useMemo, type ReactNode } from 'react';
import { DataProviderContext, useGetIdentity, type DataProvider } from 'react-admin';
import { todayInJapan } from '../../../domain/dates';
import { toApiFilter } from './queueFilter';

/** Wraps `dataProvider` so that getList('claims') sends the API's filter. */
export function withQueueFilters(dataProvider: DataProvider, userId: string | null): DataProvider {
  return {
    ...dataProvider,
    getList: (resource, params) =>
      dataProvider.getList(resource, resource === 'claims' ? { ...params, filter: toApiFilter(params.filter ?? {}, { userId, today: todayInJapan() }) } : params),
  };
}

/** Provides the wrapped dataProvider to the list below it. */
export function QueueDataProvider({ children }: { children: ReactNode }) {
  const dataProvider = useContext(DataProviderContext);
  const { identity, isPending } = useGetIdentity();
  const userId = identity ? String(identity.id) : null;
  const wrapped = useMemo(() => (dataProvider ? withQueueFilters(dataProvider, userId) : null), [dataProvider, userId]);
  // Wait for the identity: a list fetched before it would resolve "mine" for nobody, under the same query key.
  if (isPending) return null;
  if (!wrapped) return <>{children}</>;
  return <DataProviderContext.Provider value={wrapped}>{children}</DataProviderContext.Provider>;
}
