/**
 * Documents of the generated records: records whose figures match their claim (amount, IMEI, shop,
 * date, police report number), except where the claim's plan says otherwise (a receipt for another
 * amount, an estimate with another IMEI, a police report without its number). No image is drawn
 * here: mocks/svg draws any document from its record when `/api/files/:id` is asked for it; `size`
 * is an estimate of that drawing's size in bytes.
 */
import type { DocumentKind } from '../../src/domain/adjudication';
import type { IsoDate } from '../../src/domain/dates';
import type { Claim, ClaimDocument, Policy } from '../../src/domain/records';
import { DOCUMENT_MIME_TYPE, documentUrl, jstInstant } from '../builders';
import type { Random } from '../random';
import type { ClaimPlan } from './bulkClaims';
import type { SeedCalendar } from './calendar';
import { nextDocumentId, pad, type SeedState } from './state';

/** Typical size in bytes of each kind's SVG (measured on the scenario documents). */
const TYPICAL_SIZE: Readonly<Record<DocumentKind, number>> = {
  enrollment_photo: 1_916,
  damage_photo: 2_926,
  repair_estimate: 3_121,
  repair_receipt: 2_439,
  police_report: 2_851,
};

/** `figures` without its undefined fields (as the record reads after a JSON round trip). */
function compact(figures: ClaimDocument['figures']): ClaimDocument['figures'] {
  const defined: ClaimDocument['figures'] = {};
  if (figures.amount !== undefined) defined.amount = figures.amount;
  if (figures.imei !== undefined) defined.imei = figures.imei;
  if (figures.shop !== undefined) defined.shop = figures.shop;
  if (figures.date !== undefined) defined.date = figures.date;
  if (figures.policeReportNumber !== undefined) defined.policeReportNumber = figures.policeReportNumber;
  return defined;
}

function addDocument(state: SeedState, random: Random, owner: { policy: Policy; claim?: Claim }, kind: DocumentKind, date: IsoDate, figures: ClaimDocument['figures']): void {
  const id = nextDocumentId(state);
  const name = owner.claim?.claimNumber ?? owner.policy.policyNumber;
  const time = `${pad(random.int(9, 21), 2)}:${pad(random.int(0, 59), 2)}`;
  const document: ClaimDocument = {
    id,
    claimId: owner.claim?.id ?? null,
    policyId: owner.policy.id,
    kind,
    fileName: `${kind.replace(/_/g, '-')}-${name}.svg`,
    mimeType: DOCUMENT_MIME_TYPE,
    size: TYPICAL_SIZE[kind] + random.int(-120, 240),
    url: documentUrl(id),
    uploadedAt: jstInstant(date, time),
    figures: compact(figures),
  };
  state.data.documents.push(document);
  state.index.addDocument(document);
}

/** The enrollment photo kept on file for `policy` (taken on its inception day, showing its IMEI). */
export function addEnrollmentPhoto(state: SeedState, random: Random, policy: Policy): void {
  addDocument(state, random, { policy }, 'enrollment_photo', policy.inceptionDate, { date: policy.inceptionDate, imei: policy.device.imei });
}

/**
 * The documents of `claim` as planned: the damage photo (and enrollment photo, police report) sent
 * with the claim, the estimate and receipt when the last document arrived; the planned missing
 * ones never arrive.
 */
export function addClaimDocuments(state: SeedState, random: Random, calendar: SeedCalendar, claim: Claim, plan: ClaimPlan): void {
  const { policy } = plan;
  const owner = { policy, claim };
  const sent = claim.receivedDate;
  const arrived = plan.lastDocumentDate;
  const shop = claim.repairShop;
  const claimed = claim.repairable ? claim.repairCost : claim.investigationCost;
  const estimated = calendar.shift(claim.incidentDate, random.int(0, 2));
  const estimateDate = estimated < arrived ? estimated : arrived;
  const kinds: DocumentKind[] =
    claim.peril === 'theft_loss' ? ['police_report'] : claim.peril === 'data_recovery' ? ['repair_estimate', 'repair_receipt'] : ['damage_photo', 'repair_estimate', 'repair_receipt'];
  if (!policy.enrollmentPhotoOnFile) kinds.push('enrollment_photo');
  for (const kind of kinds) {
    if (plan.missing.includes(kind)) continue;
    if (kind === 'damage_photo') addDocument(state, random, owner, kind, sent, { date: claim.incidentDate });
    if (kind === 'enrollment_photo') addDocument(state, random, owner, kind, sent, { date: policy.inceptionDate, imei: policy.device.imei });
    if (kind === 'police_report') {
      const reported = calendar.shift(claim.incidentDate, random.int(0, 1));
      const figures = { date: reported > sent ? sent : reported, imei: policy.device.imei };
      addDocument(state, random, owner, kind, sent, plan.policeReportNumber === undefined ? figures : { ...figures, policeReportNumber: plan.policeReportNumber });
    }
    if (kind === 'repair_estimate') addDocument(state, random, owner, kind, arrived, { amount: claimed, imei: claim.estimateImei, shop, date: estimateDate });
    if (kind === 'repair_receipt') addDocument(state, random, owner, kind, arrived, { amount: plan.receiptAmount, shop, date: arrived });
  }
}
