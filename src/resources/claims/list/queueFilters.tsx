/**
 * The queue's filters: the text search (IME-safe), status (several), assignee (me / unassigned /
 * anyone), peril, plan, review flag, overdue, and received / due date ranges. Relative filters
 * (`assignee`, `overdue`) are resolved for the API by queueFilter.ts.
 */
import { useMemo } from 'react';
import { BooleanInput, DateInput, SelectArrayInput, SelectInput, useTranslate } from 'react-admin';
import { PERILS, PLANS } from '../../../domain/adjudication/codes';
import { CLAIM_STATUSES } from '../../../domain/recordCodes';
import { FLAG_CODES } from '../../../domain/triage/flagCodes';
import { ImeSearchInput } from './ImeSearchInput';
import { ASSIGNEE_CHOICES } from './queueFilter';

/** The filter inputs of the queue, for `<List filters>`: the same elements until the language changes. */
export function useQueueFilters() {
  const translate = useTranslate();
  return useMemo(() => queueFilters(translate), [translate]);
}

function queueFilters(translate: (key: string) => string) {
  const choices = (values: readonly string[], key: (value: string) => string) => values.map((id) => ({ id, name: translate(key(id)) }));
  return [
    <ImeSearchInput key="q" source="q" alwaysOn />,
    <SelectArrayInput key="status" source="status" label="app.queue.filter.status" choices={choices(CLAIM_STATUSES, (s) => `app.claim_status.${s}`)} alwaysOn sx={{ minWidth: 180 }} />,
    <SelectInput
      key="assignee"
      source="assignee"
      label="app.queue.filter.assignee"
      choices={choices(ASSIGNEE_CHOICES, (a) => `app.queue.filter.assignee_${a}`)}
      emptyText="app.queue.filter.assignee_anyone"
      alwaysOn
      sx={{ minWidth: 140 }}
    />,
    <SelectArrayInput key="peril" source="peril" label="app.queue.filter.peril" choices={choices(PERILS, (p) => `app.peril.${p}`)} sx={{ minWidth: 160 }} />,
    <SelectInput key="plan" source="plan" label="app.queue.filter.plan" choices={choices(PLANS, (p) => `app.plan.${p}`)} />,
    <SelectInput key="flags" source="flags" label="app.queue.filter.flags" choices={choices(FLAG_CODES, (f) => `app.queue.flag.${f}`)} />,
    <BooleanInput key="overdue" source="overdue" label="app.queue.filter.overdue" alwaysOn />,
    <DateInput key="receivedDate_gte" source="receivedDate_gte" label="app.queue.filter.received_from" />,
    <DateInput key="receivedDate_lte" source="receivedDate_lte" label="app.queue.filter.received_to" />,
    <DateInput key="dueDate_gte" source="dueDate_gte" label="app.queue.filter.due_from" />,
    <DateInput key="dueDate_lte" source="dueDate_lte" label="app.queue.filter.due_to" />,
  ];
}
