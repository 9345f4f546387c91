import AssignmentIcon from '@mui/icons-material/Assignment';
import type { Claim } from '../../domain/records';
import { ClaimList } from './ClaimList';
import { ClaimShow } from './ClaimShow';

/** The `claims` resource's views, spread into `<Resource name="claims" />`. */
const claims = {
  list: ClaimList,
  show: ClaimShow,
  icon: AssignmentIcon,
  recordRepresentation: (record: Claim) => record.claimNumber,
};
export default claims;
