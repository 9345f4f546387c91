/**
 * The payment due date of a claim with its deadline state: a red "overdue" or amber "due soon"
 * marker on open claims (adjudication.md, "Claims payment deadline").
 */
import { Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { todayInJapan } from '../../domain/dates';
import { deadlineState, effectiveDueDate } from '../../domain/deadline';
import type { Claim } from '../../domain/records';
import { formatJstDate } from '../../ui/format';

export function DueDateField(_props: { label?: string; source?: string; sortBy?: string }) {
  const claim = useRecordContext<Claim>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!claim) return null;
  const due = effectiveDueDate(claim);
  if (!due) return <Typography variant="body2">—</Typography>;
  const state = deadlineState(claim, todayInJapan());
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <Typography variant="body2" color={state === 'overdue' ? 'error' : undefined}>
        {formatJstDate(due, locale)}
      </Typography>
      {state === 'overdue' && <Chip size="small" color="error" label={translate('app.deadline.overdue')} />}
      {state === 'due_soon' && <Chip size="small" color="warning" variant="outlined" label={translate('app.deadline.due_soon')} />}
    </Stack>
  );
}
