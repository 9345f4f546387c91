/**
 * The claims list as an adjuster's triage queue (issue 4, item 2): by default the open statuses,
 * oldest payment due date first; filters, saved filters, bulk actions for roles that work claims
 * (a manager reads it only), and a CSV export with personal data masked. The pieces live in ./list/.
 */
import { List, usePermissions } from 'react-admin';
import { can } from '../../domain/permissions';
import { OPEN_CLAIM_STATUSES, roleSchema } from '../../domain/records';
import { QueueBulkActions } from './list/BulkActions';
import { queueExporter } from './list/exporter';
import { QueueAside } from './list/QueueAside';
import { QueueDataProvider } from './list/QueueDataProvider';
import { QueueDatagrid } from './list/QueueDatagrid';
import { ListLoadError } from '../../ui/ListLoadError';
import { useQueueFilters } from './list/queueFilters';

function QueueList() {
  const { permissions } = usePermissions();
  const role = roleSchema.safeParse(permissions);
  const mayWork = role.success && can(role.data, 'claims.update');
  return (
    <List
      sort={{ field: 'dueDate', order: 'ASC' }}
      filters={useQueueFilters()}
      filterDefaultValues={{ status: [...OPEN_CLAIM_STATUSES] }}
      perPage={25}
      exporter={queueExporter}
      error={<ListLoadError />}
      aside={<QueueAside />}
      // The main column takes the width left, never more: a wide table scrolls inside it.
      sx={{ '& .RaList-main': { minWidth: 0, width: 0 } }}
    >
      <QueueDatagrid bulkActionButtons={mayWork ? <QueueBulkActions /> : false} />
    </List>
  );
}

export function ClaimList() {
  return (
    <QueueDataProvider>
      <QueueList />
    </QueueDataProvider>
  );
}
