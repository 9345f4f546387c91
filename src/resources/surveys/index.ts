import SentimentSatisfiedAltIcon from '@mui/icons-material/SentimentSatisfiedAlt';
import { SurveyList } from './SurveyList';

/** The `surveys` resource's views, spread into `<Resource name="surveys" />`: the list only (read-only). */
const surveys = {
  list: SurveyList,
  icon: SentimentSatisfiedAltIcon,
};
export default surveys;
