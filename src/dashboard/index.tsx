/**
 * The dashboard as `<Admin dashboard>` sees it: managers and supervisors (permission `reports.read`)
 * get the dashboard, loaded on demand (React.lazy: recharts and the charts are a separate chunk that
 * adjusters never download); anyone else goes to the claims list. This module imports no chart code.
 */
import { lazy, Suspense } from 'react';
import { Loading, Navigate, usePermissions } from 'react-admin';
import { withMessages } from '../app/i18nProvider';
import { can } from '../domain/permissions';
import { isRole } from '../domain/recordCodes';

const Dashboard = lazy(() => withMessages(['analytics'], () => import('./Dashboard')));

/** The home page: the dashboard for those who may read reports, else a redirect to the claims. */
export function DashboardPage() {
  const { permissions, isPending } = usePermissions<unknown>();
  if (isPending) return <Loading />;
  if (!isRole(permissions) || !can(permissions, 'reports.read')) return <Navigate to="/claims" replace />;
  return (
    <Suspense fallback={<Loading />}>
      <Dashboard />
    </Suspense>
  );
}
