/**
 * The side menu: the dashboard item for those who may read reports (managers and supervisors,
 * permission `reports.read`), then every resource's list. Adjusters see no dashboard entry (its
 * route sends them to the claims list: src/dashboard/index.tsx). No chart code is imported here:
 * the menu ships in the first bundle.
 */
import { Menu, usePermissions } from 'react-admin';
import { can } from '../domain/permissions';
import { roleSchema } from '../domain/records';

/** True once the signed-in user's role is known and may read reports. */
export function useMayReadReports(): boolean {
  const { permissions } = usePermissions<unknown>();
  const role = roleSchema.safeParse(permissions);
  return role.success && can(role.data, 'reports.read');
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
