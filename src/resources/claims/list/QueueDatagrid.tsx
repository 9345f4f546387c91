/**
 * The queue's columns: claim number, received date, due date with its overdue / due-soon marker,
 * status, peril, device with its plan (from the policy), claimed cost, the assessment (the recorded
 * decision and payout of a decided claim, else the adjudication module's proposal), review flags
 * and assignee. Compact, so that both languages fit
 * beside the menu at 1440 px; narrower screens scroll the table, not the page.
 */
import { Typography } from '@mui/material';
import { memo, type MouseEvent, type ReactNode } from 'react';
import { Datagrid, FunctionField, Link, ReferenceField, TextField, useCreatePath, useLocaleState } from 'react-admin';
import type { Claim } from '../../../domain/records';
import { EnumField, JstDateField } from '../../../ui/fields';
import { formatYen } from '../../../ui/format';
import { DecisionChip } from '../DecisionChip';
import { claimedCost } from './claimedCost';
import { DueCell } from './DueCell';
import { FlagChips } from './FlagChips';
import { QUEUE_CLASSES } from './queueClasses';

/**
 * The claim number as a link to the claim: the row opens on a click anywhere, and this link makes it
 * reachable with Tab and opened with Enter (issue 7, item 5: the queue works with the keyboard alone).
 */
function ClaimNumberLink({ claim }: { claim: Claim }) {
  const createPath = useCreatePath();
  return (
    <Link to={createPath({ resource: 'claims', id: claim.id, type: 'show' })} onClick={(event: MouseEvent) => event.stopPropagation()}>
      {claim.claimNumber}
    </Link>
  );
}

function Yen({ amount }: { amount: number | null | undefined }) {
  const [locale] = useLocaleState();
  return <Typography variant="body2" component="span">{typeof amount === 'number' ? formatYen(amount, locale) : '—'}</Typography>;
}

/**
 * The assessment: the recorded decision (claim.decision) of a decided claim, else the module's
 * proposal; as a chip, with the payout when it pays.
 */
function Proposal({ claim }: { claim: Claim }) {
  const adjudication = claim.decision ?? claim.adjudication;
  if (!adjudication) return <>—</>;
  return (
    <div className={QUEUE_CLASSES.assessment} data-testid={claim.decision ? 'assessment-decided' : 'assessment-proposed'}>
      <DecisionChip decision={adjudication.decision} />
      {adjudication.decision === 'approve' && <Yen amount={adjudication.payout} />}
    </div>
  );
}

/** The insured device's model, its plan below (both read from the claim's policy). */
function DeviceAndPlan() {
  return (
    <div className={QUEUE_CLASSES.stack}>
      <TextField source="device.model" />
      <EnumField source="plan" group="plan" variant="caption" />
    </div>
  );
}

const renderClaimNumber = (claim: Claim) => <ClaimNumberLink claim={claim} />;
const renderClaimedCost = (claim: Claim) => <Yen amount={claimedCost(claim)} />;
const renderProposal = (claim: Claim) => <Proposal claim={claim} />;

/**
 * The columns, made once: the same elements on every render, so the memoized body and rows
 * (`<Datagrid optimized>`) skip re-rendering while only the filters or the fetching state change.
 */
const columns = [
  <FunctionField key="claimNumber" source="claimNumber" render={renderClaimNumber} />,
  <JstDateField key="receivedDate" source="receivedDate" />,
  <DueCell key="dueDate" source="dueDate" label="resources.claims.fields.dueDate" />,
  <EnumField key="status" source="status" group="claim_status" />,
  <EnumField key="peril" source="peril" group="peril" />,
  <ReferenceField key="policyId" source="policyId" reference="policies" link={false} label="app.queue.column.device" sortable={false}>
    <DeviceAndPlan />
  </ReferenceField>,
  <FunctionField key="repairCost" source="repairCost" label="app.queue.column.claimed_cost" textAlign="right" render={renderClaimedCost} />,
  <FunctionField key="proposedDecision" source="proposedDecision" label="app.queue.column.proposed_decision" sortable={false} textAlign="right" render={renderProposal} />,
  <FlagChips key="flags" source="flags" label="app.queue.column.flags" sortable={false} />,
  <ReferenceField key="assigneeId" source="assigneeId" reference="users" link={false} label="app.queue.column.assignee" emptyText="—" sortBy="assigneeId" />,
];

const datagridSx = {
  '& .RaDatagrid-tableWrapper': { overflowX: 'auto' },
  '& td, & th': { px: 1 },
  '& td': { whiteSpace: 'nowrap', verticalAlign: 'middle' },
  '& th': { lineHeight: 1.25, verticalAlign: 'bottom' },
  '& td.column-flags': { whiteSpace: 'normal', minWidth: 120 },
  // The cells' layouts, as class names styled once here rather than a <Stack> (styled per render) in each cell.
  [`& .${QUEUE_CLASSES.stack}`]: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
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
