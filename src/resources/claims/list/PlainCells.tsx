/**
 * The queue's text cells as plain `<span>`s reading the claim record in context: a table cell
 * already sets the body2 typography a MUI `<Typography variant="body2">` would set again, so each
 * of the 25 rows × 7 text cells skips a styled component computing its styles on every render
 * (issue 6, item 4: filter change → updated rows). The caption line (a device's plan) is styled
 * once by the queue's datagrid (QUEUE_CLASSES.caption). The props the Datagrid reads for the
 * column (`source`, `label`, `sortable`, `sortBy`, `textAlign`) are accepted as they are.
 */
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatJstDate, formatYen } from '../../../ui/format';
import type { QueueClaim } from './csv';
import { QUEUE_CLASSES } from './queueClasses';

/** What the Datagrid reads of a column's element (header label, sorting, alignment). */
export interface ColumnProps {
  source: string;
  label?: string;
  sortable?: boolean;
  sortBy?: string;
  textAlign?: 'left' | 'right';
}

/** A string field of the record, `—` when empty (null, undefined, ''). */
export function TextCell({ source }: ColumnProps) {
  const record = useRecordContext<Record<string, unknown>>();
  const value = record?.[source];
  return <span>{typeof value === 'string' && value !== '' ? value : '—'}</span>;
}

/** A code of the record translated from the catalog group `app.<group>` (e.g. claim_status). */
export function EnumCell({ source, group }: ColumnProps & { group: string }) {
  const record = useRecordContext<Record<string, unknown>>();
  const translate = useTranslate();
  const value = record?.[source];
  return <span>{typeof value === 'string' ? translate(`app.${group}.${value}`, { _: value }) : ''}</span>;
}

/** A JST calendar date `YYYY-MM-DD` of the record, in the UI's locale. */
export function DateCell({ source }: ColumnProps) {
  const record = useRecordContext<Record<string, unknown>>();
  const [locale] = useLocaleState();
  const value = record?.[source];
  return <span>{typeof value === 'string' ? formatJstDate(value, locale) : ''}</span>;
}

/** Integer yen in the UI's locale, `—` when there is no amount. */
export function YenText({ amount }: { amount: number | null | undefined }) {
  const [locale] = useLocaleState();
  return <span>{typeof amount === 'number' ? formatYen(amount, locale) : '—'}</span>;
}

/**
 * The insured device's model, its plan below: the claim's `deviceModel` and `plan`, which the API
 * presents from the claim's policy (mocks/resources/claimPresentation.ts).
 */
export function DeviceAndPlanCell(_props: ColumnProps) {
  const claim = useRecordContext<QueueClaim>();
  const translate = useTranslate();
  if (!claim) return null;
  return (
    <div className={QUEUE_CLASSES.stack}>
      <span>{claim.deviceModel ?? ''}</span>
      <span className={QUEUE_CLASSES.caption}>{claim.plan ? translate(`app.plan.${claim.plan}`, { _: claim.plan }) : ''}</span>
    </div>
  );
}
