/**
 * Where a generated claim stands on the reference date, from its facts and the adjudication
 * module's answer (never re-deciding anything): old claims mostly paid, denied, referred or
 * withdrawn, recent ones open; decisions recorded by the mock users with the four-eyes route of
 * src/domain/authority.ts; deadlines met, close or overdue (some extended with a recorded reason).
 * Dates JST; the lifecycle is product.md's "Claim lifecycle".
 */
import type { Adjudication } from '../../src/domain/adjudication';
import { approvalRoute } from '../../src/domain/authority';
import { PAYMENT_DEADLINE_DAYS } from '../../src/domain/adjudication';
import type { IsoDate } from '../../src/domain/dates';
import type { Claim, ClaimDecision, ClaimStatus, DeadlineExtension, Recommendation } from '../../src/domain/records';
import { jstInstant } from '../builders';
import type { Random } from '../random';
import { MOCK_USERS } from '../users';
import type { SeedCalendar } from './calendar';
import { pad } from './state';
import { SUPERVISOR_IDS } from './staff';

/** What happened to a claim up to the reference date. */
export interface Outcome {
  status: ClaimStatus;
  assigneeId: string | null;
  completedDate: IsoDate | null;
  dueDate: IsoDate | null;
  decision: ClaimDecision | null;
  recommendation: Recommendation | null;
  deadlineExtension: DeadlineExtension | null;
  /** Approved and paid claims: when the payment was scheduled and (paid) made. */
  payment: { scheduledDate: IsoDate; paidDate: IsoDate | null } | null;
  version: number;
}

const ASSIGNEES = [
  ['sato', 45],
  ['tanaka', 45],
  ['suzuki', 5],
  ['ito', 5],
] as const;

const roleOf = (userId: string) => MOCK_USERS.find((u) => u.id === userId)?.role ?? 'adjuster';

const DENIAL_NOTES = {
  imei: '見積書のIMEIがご契約の端末と一致せず、補償対象の端末であることを確認できませんでした',
  amount: '修理金額を確認できる書類が提出されませんでした',
} as const;

/** Days from completion to decision: mostly within two weeks, some close to or past the 30-day deadline. */
function decisionLag(random: Random): number {
  return random.weighted([
    [random.int(1, 14), 62],
    [random.int(15, 28), 24],
    [random.int(29, 35), 9],
    [random.int(36, 60), 5],
  ]);
}

const instant = (random: Random, date: IsoDate) => jstInstant(date, `${pad(random.int(9, 18), 2)}:${pad(random.int(0, 59), 2)}`);
const earlier = (a: IsoDate, b: IsoDate) => (a < b ? a : b);

function extension(random: Random, calendar: SeedCalendar, claim: Pick<Claim, 'peril'>, due: IsoDate, by: string): DeadlineExtension | null {
  const today = calendar.today;
  if (today < calendar.shift(due, -7) || !random.chance(0.5)) return null;
  const police = claim.peril === 'theft_loss';
  return {
    until: calendar.shift(due, 30),
    reason: police ? 'police_inquiry' : 'expert_inquiry',
    note: police ? '警察署へ盗難届の照会中のため支払期限を延長（お客様へ通知済み）' : '修理店へ見積内容の照会中のため支払期限を延長（お客様へ通知済み）',
    extendedBy: by,
    extendedAt: instant(random, earlier(today, calendar.shift(due, -3))),
  };
}

/**
 * The outcome of `claim` (facts, ids, received date) whose last document arrived on
 * `lastDocumentDate` and whose adjudication (in incident order, the policy's real paid-in-period)
 * is `adjudication`, as of the calendar's today.
 */
export function outcomeOf(random: Random, calendar: SeedCalendar, claim: Claim, lastDocumentDate: IsoDate, adjudication: Adjudication): Outcome {
  const { today } = calendar;
  const assignee = random.weighted(ASSIGNEES);
  const completedDate = adjudication.missingDocuments.length === 0 ? lastDocumentDate : null;
  const dueDate = completedDate === null ? null : calendar.shift(completedDate, PAYMENT_DEADLINE_DAYS);
  const base: Outcome = { status: 'in_review', assigneeId: assignee, completedDate, dueDate, decision: null, recommendation: null, deadlineExtension: null, payment: null, version: completedDate ? 2 : 1 };
  const age = calendar.between(claim.receivedDate, today);
  if (age <= 1 && random.chance(0.7)) return { ...base, status: 'received', assigneeId: null, version: completedDate ? 1 : 0 };
  if (age >= 10 && random.chance(0.03)) return { ...base, status: 'withdrawn', version: base.version + 1 };
  if (completedDate === null || dueDate === null) {
    if (age > 75 && random.chance(0.8)) return { ...base, status: 'withdrawn', version: 2 };
    return { ...base, status: 'awaiting_documents' };
  }
  const decisionDate = calendar.shift(completedDate, decisionLag(random));
  const open = decisionDate > today;
  const decided = (decision: ClaimDecision['decision'], by: string, note?: string): ClaimDecision => ({
    decision,
    payout: decision === 'approve' ? adjudication.payout : 0,
    decidedBy: by,
    decidedAt: instant(random, decisionDate),
    ...(note === undefined ? {} : { note }),
  });
  if (adjudication.decision === 'approve') {
    const recommend = approvalRoute(roleOf(assignee), adjudication.payout, claim.peril) === 'recommend';
    const recommendedOn = earlier(today, earlier(decisionDate, calendar.shift(completedDate, random.int(0, 2))));
    const recommendation = recommend ? { payout: adjudication.payout, recommendedBy: assignee, recommendedAt: instant(random, recommendedOn) } : null;
    if (open) {
      if (!recommend || random.chance(0.5)) return { ...base, deadlineExtension: extension(random, calendar, claim, dueDate, assignee) };
      return { ...base, status: 'pending_approval', recommendation, version: 3 };
    }
    const approver = recommend ? random.pick(SUPERVISOR_IDS.filter((id) => id !== assignee)) : assignee;
    const paidDate = calendar.shift(decisionDate, random.int(1, 4));
    const paid = paidDate <= today;
    return {
      ...base,
      status: paid ? 'paid' : 'approved',
      decision: decided('approve', approver),
      recommendation,
      payment: { scheduledDate: decisionDate, paidDate: paid ? paidDate : null },
      version: (recommend ? 4 : 3) + (paid ? 1 : 0),
    };
  }
  if (open) return { ...base, deadlineExtension: adjudication.decision === 'pend' ? extension(random, calendar, claim, dueDate, assignee) : null };
  if (adjudication.decision === 'deny') return { ...base, status: 'denied', decision: decided('deny', assignee), version: 3 };
  if (adjudication.decision === 'refer') return { ...base, status: 'referred', decision: decided('refer', assignee), version: 3 };
  // A pend with every document in (IMEI or amount in doubt): denied after inquiry, withdrawn, or still open.
  const roll = random.next();
  if (roll < 0.5) {
    const note = adjudication.reasons.includes('AMOUNT_MISSING') ? DENIAL_NOTES.amount : DENIAL_NOTES.imei;
    return { ...base, status: 'denied', decision: decided('deny', assignee, note), version: 3 };
  }
  if (roll < 0.8) return { ...base, status: 'withdrawn', version: 3 };
  return { ...base, deadlineExtension: extension(random, calendar, claim, dueDate, assignee) };
}
