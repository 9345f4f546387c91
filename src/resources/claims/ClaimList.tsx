/**
 * The claims list as an adjuster's triage queue (issue 4, item 2): by default the open statuses,
 * oldest payment due date first; filters, saved filters, bulk actions for roles that work claims
 * (a manager reads it only), and a CSV export with personal data masked. The pieces live in ./list/.
 * The bulk actions and the CSV export are loaded when first used, not with the first page (issue 6, item 3).
 */
import { lazy, Suspense } from 'react';
import { List, useListContext, usePermissions, type Exporter } from 'react-admin';
import { can } from '../../domain/permissions';
import { isRole, OPEN_CLAIM_STATUSES } from '../../domain/recordCodes';
import { QueueAside } from './list/QueueAside';
import { QueueDataProvider } from './list/QueueDataProvider';
import { QueueDatagrid } from './list/QueueDatagrid';
import { ListLoadError } from '../../ui/ListLoadError';
import { useQueueFilters } from './list/queueFilters';
import type { QueueClaim } from './list/csv';

const QueueBulkActions = lazy(() => import('./list/BulkActions').then((module) => ({ default: module.QueueBulkActions })));

/**
 * The bulk action buttons, loaded once claims are first selected: react-admin renders the (collapsed)
 * bulk actions toolbar with every list, and the buttons are only of use with a selection.
 */
function LazyBulkActions() {
  const { selectedIds } = useListContext();
  if (selectedIds.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <QueueBulkActions />
    </Suspense>
  );
}

/** The queue's CSV exporter (./list/exporter.ts), loaded on the first export. */
const queueExporter: Exporter<QueueClaim> = (...args) => import('./list/exporter').then((module) => module.queueExporter(...args));

const filterDefaultValues = { status: [...OPEN_CLAIM_STATUSES] };
const aside = <QueueAside />;
// The main column takes the width left, never more: a wide table scrolls inside it.
const listSx = { '& .RaList-main': { minWidth: 0, width: 0 } } as const;

/** The bulk actions, made once (the datagrid is memoized on it). */
const bulkActionButtons = <LazyBulkActions />;

function QueueList() {
  const { permissions } = usePermissions();
  const mayWork = isRole(permissions) && can(permissions, 'claims.update');
  return (
    <List
      sort={{ field: 'dueDate', order: 'ASC' }}
      filters={useQueueFilters()}
      filterDefaultValues={filterDefaultValues}
      perPage={25}
      exporter={queueExporter}
      error={<ListLoadError />}
      aside={aside}
      sx={listSx}
    >
      <QueueDatagrid bulkActionButtons={mayWork ? bulkActionButtons : false} />
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
