/**
 * The queue's CSV export, pure: rows with Japanese headers (whatever the UI language), every cell
 * passed through {@link maskPersonalData} (the API already masks personal data; the export masks
 * again, so nothing it writes can hold a full phone number, e-mail address or IMEI: APPI,
 * shared/spec/product.md "Personal data"), and a small RFC 4180 writer.
 */
import { maskEmail, maskImei, maskPhone } from '../../../domain/personalData';
import type { Claim } from '../../../domain/records';
import { ja } from '../../../i18n/ja';
import { queueJa } from '../../../i18n/queue';
import { claimedCost } from './claimedCost';

const EMAIL = /[^\s@,;"'<>()]+@[^\s@,;"'<>()]+\.[A-Za-z]{2,}/g;
const HYPHENATED_PHONE = /(?<![\d-])0\d{1,4}-\d{1,4}-\d{3,4}(?![\d-])/g;
const PLAIN_PHONE = /(?<!\d)0\d{9,10}(?!\d)/g;
const LONG_DIGITS = /\d{12,}/g;

/**
 * `text` with every phone number (`090-1234-5678`, `09012345678`), e-mail address and run of 12 or
 * more digits (an IMEI is 15) masked with src/domain/personalData.ts. Already-masked values are
 * left as they are.
 */
export function maskPersonalData(text: string): string {
  return text
    .replace(EMAIL, (email) => maskEmail(email))
    .replace(HYPHENATED_PHONE, (phone) => maskPhone(phone))
    .replace(LONG_DIGITS, (digits) => maskImei(digits))
    .replace(PLAIN_PHONE, (phone) => maskImei(phone));
}

/**
 * A claim as the queue lists it: the stored claim plus what the API derives from its policy
 * (`holderName`, `plan`, `deviceModel`) and its assignee (`assigneeName`, null when unassigned)
 * (mocks/resources/claimPresentation.ts).
 */
export type QueueClaim = Claim & { holderName?: string | null; plan?: string | null; deviceModel?: string | null; assigneeName?: string | null };

const HEADERS = queueJa.app.queue.csv;
const label = (group: Record<string, string>, value: string | undefined | null) => (value ? (group[value] ?? value) : '');

/**
 * The export's rows, header first: one row a claim, labels in Japanese, yen as plain integers,
 * dates `YYYY-MM-DD` (JST); the device, plan and assignee name as the API presents them on the claim
 * (the assignee's id when a claim carries no name); the assessment as the queue shows it — a decided
 * claim's recorded decision and payout (区分 決定), else the module's estimate (区分 試算).
 */
export function queueCsvRows(claims: readonly QueueClaim[]): string[][] {
  const header = [
    HEADERS.claimNumber,
    HEADERS.receivedDate,
    HEADERS.dueDate,
    HEADERS.status,
    HEADERS.peril,
    HEADERS.plan,
    HEADERS.device,
    HEADERS.holder,
    HEADERS.estimateImei,
    HEADERS.claimedCost,
    HEADERS.proposedDecision,
    HEADERS.proposedPayout,
    HEADERS.assessmentBasis,
    HEADERS.flags,
    HEADERS.assignee,
  ];
  const rows = claims.map((claim) => {
    const cost = claimedCost(claim);
    // As the queue shows it: a decided claim's recorded decision, else the module's estimate.
    const assessment = claim.decision ?? claim.adjudication;
    return [
      claim.claimNumber,
      claim.receivedDate,
      claim.deadlineExtension?.until ?? claim.dueDate ?? '',
      label(ja.app.claim_status, claim.status),
      label(ja.app.peril, claim.peril),
      label(ja.app.plan, claim.plan),
      claim.deviceModel ?? '',
      claim.holderName ?? '',
      claim.estimateImei ? maskImei(claim.estimateImei) : '',
      cost === null ? '' : String(cost),
      assessment ? label(ja.app.decision, assessment.decision) : '',
      assessment?.decision === 'approve' ? String(assessment.payout) : '',
      claim.decision ? HEADERS.basisDecided : claim.adjudication ? HEADERS.basisEstimate : '',
      claim.flags.map((flag) => label(queueJa.app.queue.flag, flag)).join('、'),
      claim.assigneeId ? (claim.assigneeName ?? claim.assigneeId) : '',
    ];
  });
  return [header, ...rows].map((row) => row.map(maskPersonalData));
}

/** RFC 4180 CSV: fields with a comma, quote or line break quoted, quotes doubled, CRLF between rows. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return rows.map((row) => row.map(field).join(',')).join('\r\n');
}
