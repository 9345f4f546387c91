import PhoneIphoneIcon from '@mui/icons-material/PhoneIphone';
import type { Policy } from '../../domain/records';
import { PolicyList } from './PolicyList';
import { PolicyShow } from './PolicyShow';

/** The `policies` resource's views, spread into `<Resource name="policies" />`. */
const policies = {
  list: PolicyList,
  show: PolicyShow,
  icon: PhoneIphoneIcon,
  recordRepresentation: (record: Policy) => record.policyNumber,
};
export default policies;
