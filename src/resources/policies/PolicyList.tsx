/** The policies list; personal data masked (APPI). */
import { Datagrid, FunctionField, List, SearchInput, TextField } from 'react-admin';
import { maskPhone } from '../../domain/personalData';
import type { Policy } from '../../domain/records';
import { EnumField, JstDateField } from '../../ui/fields';
import { ListLoadError } from '../../ui/ListLoadError';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export function PolicyList() {
  return (
    <List sort={{ field: 'policyNumber', order: 'ASC' }} filters={filters} perPage={25} exporter={false} error={<ListLoadError />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="policyNumber" />
        <TextField source="holder.name" />
        <FunctionField source="holder.phone" sortable={false} render={(policy: Policy) => maskPhone(policy.holder.phone)} />
        <EnumField source="plan" group="plan" />
        <EnumField source="status" group="policy_status" />
        <TextField source="device.model" />
        <EnumField source="device.carrier" group="carrier" />
        <JstDateField source="inceptionDate" />
      </Datagrid>
    </List>
  );
}
