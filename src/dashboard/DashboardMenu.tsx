/**
 * The side menu: the dashboard item for those who may read reports (managers and supervisors,
 * permission `reports.read`), then every resource's list. Adjusters see no dashboard entry (its
 * route sends them to the claims list: src/dashboard/index.tsx). No chart code is imported here:
 * the menu ships in the first bundle.
 */
import { Menu, usePermissions } from 'react-admin';
import { can } from '../domain/permissions';
import { isRole } from '../domain/recordCodes';

/** True once the signed-in user's role is known and may read reports. */
export function useMayReadReports(): boolean {
  const { permissions } = usePermissions<unknown>();
  return isRole(permissions) && can(permissions, 'reports.read');
}

/** react-admin's menu, its dashboard item only for those who may read reports. */
export function DashboardMenu() {
  const mayReadReports = useMayReadReports();
  return (
    <Menu>
      {mayReadReports && <Menu.DashboardItem />}
      <Menu.ResourceItems />
    </Menu>
  );
}
