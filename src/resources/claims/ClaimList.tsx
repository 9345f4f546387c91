/**
 * The claims list: oldest payment due date first, with the adjudication module's proposal
 * (as the backend last computed it) beside each claim.
 */
import {
  Datagrid,
  FunctionField,
  List,
  ReferenceField,
  SearchInput,
  SelectArrayInput,
  TextField,
  useTranslate,
} from 'react-admin';
import { CLAIM_STATUSES, OPEN_CLAIM_STATUSES, type Claim } from '../../domain/records';
import { PERILS } from '../../domain/adjudication';
import { EnumField, JstDateField, YenField } from '../../ui/fields';
import { DecisionChip } from './DecisionChip';
import { DueDateField } from './DueDateField';

function useChoices(values: readonly string[], group: string) {
  const translate = useTranslate();
  return values.map((id) => ({ id, name: translate(`app.${group}.${id}`) }));
}

function ClaimFilters() {
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectArrayInput key="status" source="status" choices={useChoices(CLAIM_STATUSES, 'claim_status')} alwaysOn />,
    <SelectArrayInput key="peril" source="peril" choices={useChoices(PERILS, 'peril')} />,
  ];
}

export function ClaimList() {
  return (
    <List
      sort={{ field: 'dueDate', order: 'ASC' }}
      filters={ClaimFilters()}
      filterDefaultValues={{ status: [...OPEN_CLAIM_STATUSES] }}
      perPage={25}
      exporter={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false} sx={{ '& td': { whiteSpace: 'nowrap' } }}>
        <TextField source="claimNumber" />
        <JstDateField source="receivedDate" />
        <DueDateField source="dueDate" label="resources.claims.fields.dueDate" />
        <ReferenceField source="policyId" reference="policies" link={false} label="resources.policies.fields.device.model" sortable={false}>
          <TextField source="device.model" />
        </ReferenceField>
        <EnumField source="peril" group="peril" />
        <EnumField source="status" group="claim_status" />
        <YenField source="repairCost" />
        <FunctionField
          source="proposedDecision"
          sortable={false}
          render={(claim: Claim) => (claim.adjudication ? <DecisionChip decision={claim.adjudication.decision} /> : null)}
        />
        <FunctionField
          source="proposedPayout"
          sortable={false}
          textAlign="right"
          render={(claim: Claim) => (claim.adjudication?.decision === 'approve' ? <YenField source="adjudication.payout" /> : '—')}
        />
      </Datagrid>
    </List>
  );
}
