/**
 * The queue's exporter (react-admin `<List exporter>`): the listed claims as a CSV file with
 * Japanese headers and personal data masked (csv.ts). Each claim's device, plan and assignee name
 * come with it from the API (`deviceModel`, `plan`, `assigneeName`): no further request. A byte
 * order mark lets Excel read it as UTF-8.
 */
import { downloadCSV, type Exporter } from 'react-admin';
import { queueJa } from '../../../i18n/queue';
import { queueCsvRows, toCsv, type QueueClaim } from './csv';

/** Downloads `claims` as `請求一覧.csv`. */
export const queueExporter: Exporter<QueueClaim> = (claims) => {
  downloadCSV(`\uFEFF${toCsv(queueCsvRows(claims))}`, queueJa.app.queue.csv.filename);
};
