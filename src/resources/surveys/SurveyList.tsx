/**
 * Survey results (issue 5): every satisfaction survey with its answer, comment, claim, peril,
 * adjuster and dates; filters on the answer, peril, adjuster and the date sent; above the list, the
 * satisfaction rate, its answers and the response rate of the current filter.
 */
import { Chip } from '@mui/material';
import {
  Datagrid,
  DateInput,
  FunctionField,
  List,
  ReferenceField,
  SelectArrayInput,
  SelectInput,
  TextField,
  useGetList,
  useTranslate,
  type InputProps,
} from 'react-admin';
import { PERILS } from '../../domain/adjudication';
import { SURVEY_ANSWERS, type Survey, type SurveyAnswer, type User } from '../../domain/records';
import { EnumField, JstDateField } from '../../ui/fields';
import { SatisfactionSummary } from './SatisfactionSummary';
import { ListLoadError } from '../../ui/ListLoadError';

const ANSWER_COLORS: Readonly<Record<SurveyAnswer, 'success' | 'info' | 'default' | 'warning' | 'error'>> = {
  satisfied: 'success',
  somewhat_satisfied: 'info',
  neutral: 'default',
  somewhat_dissatisfied: 'warning',
  dissatisfied: 'error',
};

/** The answer as a labelled chip (colour only repeats the label), or 未回答. */
function AnswerChip({ answer }: { answer: SurveyAnswer | null }) {
  const translate = useTranslate();
  if (answer === null) return <Chip size="small" variant="outlined" label={translate('app.survey_answer.none')} />;
  return <Chip size="small" color={ANSWER_COLORS[answer]} label={translate(`app.survey_answer.${answer}`)} />;
}

/**
 * The adjuster filter: a plain select of the adjusters and supervisors (not a ReferenceInput, whose
 * module brings MUI's Autocomplete, ~30 kB, into the first bundle).
 */
function AdjusterInput(props: Omit<InputProps, 'source'> & { source: string }) {
  const { data } = useGetList<User>('users', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' }, filter: { role: ['adjuster', 'supervisor'] } });
  return <SelectInput {...props} choices={data ?? []} optionText="name" />;
}

function useSurveyFilters() {
  const translate = useTranslate();
  return [
    <SelectArrayInput key="answer" source="answer" choices={SURVEY_ANSWERS.map((id) => ({ id, name: translate(`app.survey_answer.${id}`) }))} alwaysOn />,
    <SelectInput key="peril" source="peril" choices={PERILS.map((id) => ({ id, name: translate(`app.peril.${id}`) }))} alwaysOn />,
    <AdjusterInput key="adjusterId" source="adjusterId" alwaysOn />,
    <DateInput key="sentDate_gte" source="sentDate_gte" alwaysOn />,
    <DateInput key="sentDate_lte" source="sentDate_lte" alwaysOn />,
  ];
}

/** The survey list, newest first. */
export function SurveyList() {
  return (
    <List sort={{ field: 'sentDate', order: 'DESC' }} filters={useSurveyFilters()} perPage={25} exporter={false} error={<ListLoadError />}>
      <SatisfactionSummary />
      <Datagrid bulkActionButtons={false} rowClick={false} sx={{ '& td': { verticalAlign: 'top' } }}>
        <FunctionField source="answer" render={(survey: Survey) => <AnswerChip answer={survey.answer} />} />
        <TextField source="comment" emptyText="—" sortable={false} />
        <ReferenceField source="claimId" reference="claims" link="show" />
        <EnumField source="peril" group="peril" />
        <ReferenceField source="adjusterId" reference="users" link={false} emptyText="—" />
        <JstDateField source="sentDate" />
        <JstDateField source="answeredDate" />
      </Datagrid>
    </List>
  );
}
