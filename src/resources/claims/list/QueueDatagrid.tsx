/**
 * The queue's columns: claim number, received date, due date with its overdue / due-soon marker,
 * status, peril, device with its plan (from the policy), claimed cost, the assessment (the recorded
 * decision and payout of a decided claim, else the adjudication module's proposal), review flags
 * and assignee. Compact, so that both languages fit
 * beside the menu at 1440 px; narrower screens scroll the table, not the page.
 */
import { Stack, Typography } from '@mui/material';
import type { MouseEvent, ReactNode } from 'react';
import { Datagrid, FunctionField, Link, ReferenceField, TextField, useCreatePath, useLocaleState } from 'react-admin';
import type { Claim } from '../../../domain/records';
import { EnumField, JstDateField } from '../../../ui/fields';
import { formatYen } from '../../../ui/format';
import { DecisionChip } from '../DecisionChip';
import { claimedCost } from './claimedCost';
import { DueCell } from './DueCell';
import { FlagChips } from './FlagChips';

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
    <Stack direction="row" spacing={1} alignItems="center" justifyContent="flex-end" data-testid={claim.decision ? 'assessment-decided' : 'assessment-proposed'}>
      <DecisionChip decision={adjudication.decision} />
      {adjudication.decision === 'approve' && <Yen amount={adjudication.payout} />}
    </Stack>
  );
}

/** The insured device's model, its plan below (both read from the claim's policy). */
function DeviceAndPlan() {
  return (
    <Stack spacing={0}>
      <TextField source="device.model" />
      <EnumField source="plan" group="plan" variant="caption" />
    </Stack>
  );
}

/** The datagrid of the queue; `bulkActionButtons` false for a read-only role. */
export function QueueDatagrid({ bulkActionButtons }: { bulkActionButtons: ReactNode | false }) {
  return (
    <Datagrid
      rowClick="show"
      size="small"
      bulkActionButtons={bulkActionButtons}
      sx={{
        '& .RaDatagrid-tableWrapper': { overflowX: 'auto' },
        '& td, & th': { px: 1 },
        '& td': { whiteSpace: 'nowrap', verticalAlign: 'middle' },
        '& th': { lineHeight: 1.25, verticalAlign: 'bottom' },
        '& td.column-flags': { whiteSpace: 'normal', minWidth: 120 },
      }}
    >
      <FunctionField source="claimNumber" render={(claim: Claim) => <ClaimNumberLink claim={claim} />} />
      <JstDateField source="receivedDate" />
      <DueCell source="dueDate" label="resources.claims.fields.dueDate" />
      <EnumField source="status" group="claim_status" />
      <EnumField source="peril" group="peril" />
      <ReferenceField source="policyId" reference="policies" link={false} label="app.queue.column.device" sortable={false}>
        <DeviceAndPlan />
      </ReferenceField>
      <FunctionField source="repairCost" label="app.queue.column.claimed_cost" textAlign="right" render={(claim: Claim) => <Yen amount={claimedCost(claim)} />} />
      <FunctionField source="proposedDecision" label="app.queue.column.proposed_decision" sortable={false} textAlign="right" render={(claim: Claim) => <Proposal claim={claim} />} />
      <FlagChips source="flags" label="app.queue.column.flags" sortable={false} />
      <ReferenceField source="assigneeId" reference="users" link={false} label="app.queue.column.assignee" emptyText="—" sortBy="assigneeId" />
    </Datagrid>
  );
}
