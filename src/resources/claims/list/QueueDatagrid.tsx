/**
 * The queue's columns: claim number, received date, due date with its overdue / due-soon marker,
 * status, peril, device with its plan, claimed cost, the assessment (the recorded decision and payout
 * of a decided claim, else the adjudication module's proposal), review flags and assignee. Compact,
 * so that both languages fit beside the menu at 1440 px; narrower screens scroll the table, not the page.
 * Every cell reads the claim record alone: the API presents the policy's device model and plan and
 * the assignee's name (`deviceModel`, `plan`, `assigneeName`), so a page of rows costs no request to
 * /api/policies or /api/users and no re-render when such answers arrive; text cells are plain spans
 * (./PlainCells.tsx) (issue 6, item 4: filter change → updated rows).
 */
import { memo, type MouseEvent, type ReactNode } from 'react';
import { Datagrid, Link, useCreatePath, useRecordContext } from 'react-admin';
import type { Claim } from '../../../domain/records';
import { DecisionChip } from '../DecisionChip';
import { claimedCost } from './claimedCost';
import { DueCell } from './DueCell';
import { FlagChips } from './FlagChips';
import { DateCell, DeviceAndPlanCell, EnumCell, TextCell, YenText, type ColumnProps } from './PlainCells';
import { QUEUE_CLASSES } from './queueClasses';

/**
 * The claim number as a link to the claim: the row opens on a click anywhere, and this link makes it
 * reachable with Tab and opened with Enter (issue 7, item 5: the queue works with the keyboard alone).
 */
function ClaimNumberCell(_props: ColumnProps) {
  const claim = useRecordContext<Claim>();
  const createPath = useCreatePath();
  if (!claim) return null;
  return (
    <Link to={createPath({ resource: 'claims', id: claim.id, type: 'show' })} onClick={(event: MouseEvent) => event.stopPropagation()}>
      {claim.claimNumber}
    </Link>
  );
}

/** The claimed cost (claimedCost.ts) in yen. */
function ClaimedCostCell(_props: ColumnProps) {
  const claim = useRecordContext<Claim>();
  return claim ? <YenText amount={claimedCost(claim)} /> : null;
}

/**
 * The assessment: the recorded decision (claim.decision) of a decided claim, else the module's
 * proposal; as a chip, with the payout when it pays.
 */
function ProposalCell(_props: ColumnProps) {
  const claim = useRecordContext<Claim>();
  const adjudication = claim?.decision ?? claim?.adjudication;
  if (!claim || !adjudication) return <>—</>;
  return (
    <div className={QUEUE_CLASSES.assessment} data-testid={claim.decision ? 'assessment-decided' : 'assessment-proposed'}>
      <DecisionChip decision={adjudication.decision} />
      {adjudication.decision === 'approve' && <YenText amount={adjudication.payout} />}
    </div>
  );
}

/**
 * The columns, made once: the same elements on every render, so the memoized body and rows
 * (`<Datagrid optimized>`) skip re-rendering while only the filters or the fetching state change.
 */
const columns = [
  <ClaimNumberCell key="claimNumber" source="claimNumber" />,
  <DateCell key="receivedDate" source="receivedDate" />,
  <DueCell key="dueDate" source="dueDate" label="resources.claims.fields.dueDate" />,
  <EnumCell key="status" source="status" group="claim_status" />,
  <EnumCell key="peril" source="peril" group="peril" />,
  <DeviceAndPlanCell key="deviceModel" source="deviceModel" label="app.queue.column.device" sortable={false} />,
  <ClaimedCostCell key="repairCost" source="repairCost" label="app.queue.column.claimed_cost" textAlign="right" />,
  <ProposalCell key="proposedDecision" source="proposedDecision" label="app.queue.column.proposed_decision" sortable={false} textAlign="right" />,
  <FlagChips key="flags" source="flags" label="app.queue.column.flags" sortable={false} />,
  <TextCell key="assigneeName" source="assigneeName" label="app.queue.column.assignee" sortBy="assigneeId" />,
];

const datagridSx = {
  '& .RaDatagrid-tableWrapper': { overflowX: 'auto' },
  '& td, & th': { px: 1 },
  '& td': { whiteSpace: 'nowrap', verticalAlign: 'middle' },
  '& th': { lineHeight: 1.25, verticalAlign: 'bottom' },
  '& td.column-flags': { whiteSpace: 'normal', minWidth: 120 },
  // The cells' layouts, as class names styled once here rather than a <Stack> (styled per render) in each cell.
  [`& .${QUEUE_CLASSES.stack}`]: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  [`& .${QUEUE_CLASSES.caption}`]: { typography: 'caption' },
  [`& .${QUEUE_CLASSES.due}`]: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.25 },
  [`& .${QUEUE_CLASSES.assessment}`]: { display: 'flex', flexDirection: 'row', alignItems: 'center', justifyContent: 'flex-end', gap: 1 },
  [`& .${QUEUE_CLASSES.flags}`]: { display: 'flex', flexDirection: 'row', flexWrap: 'wrap', gap: 0.5, maxWidth: 220 },
} as const;

/**
 * The datagrid of the queue; `bulkActionButtons` false for a read-only role (pass the same element
 * on every render: the grid is memoized). Optimized: a filter change re-renders the 25 rows once,
 * when the new page arrives, not while the list waits for it (issue 6, item 4).
 */
export const QueueDatagrid = memo(function QueueDatagrid({ bulkActionButtons }: { bulkActionButtons: ReactNode | false }) {
  return (
    <Datagrid rowClick="show" size="small" optimized bulkActionButtons={bulkActionButtons} sx={datagridSx}>
      {columns}
    </Datagrid>
  );
});
