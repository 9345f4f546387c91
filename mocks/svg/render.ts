/**
 * The image of a stored document, as the browser displays it (`GET /api/files/:documentId`): an SVG
 * drawn from the document's figures, its policy (model, phone, IMEI) and its claim (peril, story).
 * The phone number and IMEI are printed masked as every API answer shows them (APPI;
 * src/domain/personalData.ts: `090-****-5678`, `***********7518`): the image is readable by anyone
 * who may read the document, a manager too, while the full values need the audited reveal. The
 * adjuster compares IMEIs through the claim's `imeiCheck`, not by reading the image.
 */
import { maskImei, maskPhone } from '../../src/domain/personalData';
import type { Claim, ClaimDocument, Policy } from '../../src/domain/records';
import { damagePhotoSvg, enrollmentPhotoSvg } from './photos';
import { policeReportSvg, repairEstimateSvg, repairReceiptSvg, type PaperFacts } from './paper';

/** What drawing a document needs: the document, its policy, and its claim when it belongs to one. */
export interface DocumentImageContext {
  document: ClaimDocument;
  policy: Policy;
  claim?: Claim;
}

/** The SVG text of the document's image (UTF-8; every text escaped). */
export function renderDocumentSvg({ document, policy, claim }: DocumentImageContext): string {
  const { figures } = document;
  const photo = { documentId: document.id, model: policy.device.model, date: figures.date };
  const paper: PaperFacts = {
    documentId: document.id,
    holderName: policy.holder.name,
    phone: maskPhone(policy.holder.phone),
    model: policy.device.model,
    imei: figures.imei === undefined ? undefined : maskImei(figures.imei),
    shop: figures.shop,
    date: figures.date,
    amount: figures.amount,
    peril: claim?.peril ?? 'damage',
    repairable: claim?.repairable ?? true,
    description: claim?.description ?? '',
    policeReportNumber: figures.policeReportNumber,
  };
  switch (document.kind) {
    case 'damage_photo':
      return damagePhotoSvg(photo, claim?.peril ?? 'damage');
    case 'enrollment_photo':
      return enrollmentPhotoSvg({ ...photo, imei: maskImei(figures.imei ?? policy.device.imei) });
    case 'repair_estimate':
      return repairEstimateSvg(paper);
    case 'repair_receipt':
      return repairReceiptSvg(paper);
    case 'police_report':
      return policeReportSvg(paper);
  }
}

/** Size in bytes of `svg` encoded as UTF-8 (what `size` of a generated document records). */
export function svgByteLength(svg: string): number {
  return new TextEncoder().encode(svg).length;
}
