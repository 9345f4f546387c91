/**
 * The queue's payment due date: the effective date (extension included), red when overdue, with
 * the overdue / due-soon marker below it so the column stays narrow (adjudication.md, "Claims
 * payment deadline"; src/domain/deadline.ts).
 */
import { Chip, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { todayInJapan } from '../../../domain/dates';
import { deadlineState, effectiveDueDate } from '../../../domain/deadline';
import type { Claim } from '../../../domain/records';
import { formatJstDate } from '../../../ui/format';
import { QUEUE_CLASSES } from './queueClasses';

/** The due date of the claim in context, with its marker; an em dash before the claim is complete. */
export function DueCell(_props: { label?: string; source?: string; sortBy?: string }) {
  const claim = useRecordContext<Claim>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!claim) return null;
  const due = effectiveDueDate(claim);
  if (!due) return <Typography variant="body2">—</Typography>;
  const state = deadlineState(claim, todayInJapan());
  return (
    <div className={QUEUE_CLASSES.due}>
      <Typography variant="body2" color={state === 'overdue' ? 'error' : undefined}>
        {formatJstDate(due, locale)}
      </Typography>
      {state === 'overdue' && <Chip size="small" color="error" label={translate('app.deadline.overdue')} sx={{ height: 20 }} />}
      {state === 'due_soon' && <Chip size="small" color="warning" variant="outlined" label={translate('app.deadline.due_soon')} sx={{ height: 20 }} />}
    </div>
  );
}
