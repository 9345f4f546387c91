/**
 * The dashboard's figures for a filter, through react-admin's react-query client: cached per filter,
 * the previous figures kept on screen while a new range loads, a 401 signing the user out as the
 * dataProvider's errors do.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLogoutIfAccessDenied } from 'react-admin';
import type { DashboardData } from '../domain/metrics';
import { fetchDashboard } from './api';
import { isValidRange, type DashboardFilter } from './filters';

/** The figures of `filter` (not fetched while its range is invalid). */
export function useDashboardData(filter: DashboardFilter) {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const query = useQuery<DashboardData, Error>({
    queryKey: ['dashboard', filter.from, filter.to, filter.plan],
    queryFn: () => fetchDashboard({ from: filter.from, to: filter.to, plan: filter.plan === 'all' ? undefined : filter.plan }),
    enabled: isValidRange(filter),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });
  const { error } = query;
  useEffect(() => {
    if (error) void logoutIfAccessDenied(error);
  }, [error, logoutIfAccessDenied]);
  return query;
}
