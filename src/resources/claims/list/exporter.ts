/**
 * The queue's exporter (react-admin `<List exporter>`): the listed claims as a CSV file with
 * Japanese headers and personal data masked (csv.ts), with each claim's device, plan and assignee
 * name fetched in one request per resource. A byte order mark lets Excel read it as UTF-8.
 */
import { downloadCSV, type Exporter } from 'react-admin';
import type { Policy, User } from '../../../domain/records';
import { queueJa } from '../../../i18n/queue';
import { queueCsvRows, toCsv, type QueueClaim } from './csv';

/** Downloads `claims` as `請求一覧.csv`. */
export const queueExporter: Exporter<QueueClaim> = async (claims, fetchRelatedRecords) => {
  const [policies, users] = await Promise.all([
    fetchRelatedRecords<Policy>(claims, 'policyId', 'policies'),
    fetchRelatedRecords<User>(claims.filter((claim) => claim.assigneeId !== null), 'assigneeId', 'users'),
  ]);
  downloadCSV(`\uFEFF${toCsv(queueCsvRows(claims, policies, users))}`, queueJa.app.queue.csv.filename);
};
