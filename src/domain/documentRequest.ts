/**
 * The letter that asks a customer for missing documents (shared/spec/product.md, "Claim lifecycle":
 * "Asking for missing documents sends the customer a request (a template per peril, naming exactly
 * what is missing); the claim waits in awaiting_documents and returns to review when they arrive").
 * The documents and their wording are the product page's 必要書類 (src/domain/adjudication/terms.ts,
 * REQUIRED_DOCUMENTS; page ※1: the estimate must show the phone number and IMEI; ※2: the enrollment
 * photo is not needed when it was uploaded at enrollment). The backend's bulk request sends it as is;
 * the UI pre-fills the request form with it and the adjuster may edit it. Pure: no I/O.
 */
import { DOCUMENT_KINDS, type DocumentKind, type Peril } from './adjudication/schemas';

/** What the letter needs. */
export interface DocumentRequestInput {
  /** The claim's peril: picks the template (the incident's wording, what each document must show). */
  peril: Peril;
  /** The documents to ask for (at least one; duplicates are named once, in the page's order). */
  missing: readonly DocumentKind[];
  /** The claim number the customer quotes (e.g. `CLM-2026-0001`). */
  claimNumber: string;
  /** The policyholder's name, as on the policy (the letter addresses them with 様). */
  holderName: string;
}

/**
 * Each document's name in the letter, as the product page's 必要書類 lists it. A letter names a
 * document by exactly this string, and names no document it does not ask for.
 */
export const DOCUMENT_NAMES_JA: Readonly<Record<DocumentKind, string>> = {
  repair_estimate: '修理見積書',
  repair_receipt: '修理代領収証',
  damage_photo: '壊れたスマホの写真',
  enrollment_photo: '保険ご加入時のスマホの写真',
  police_report: '警察への盗難届・遺失物届の内容',
};

/** One template per peril: how the incident is called, and what each document must show for it. */
interface PerilTemplate {
  /** The incident, as the letter calls it (「…」の事故). */
  incident: string;
  /** What a document must show for this peril (a line under its name); absent: the general note. */
  details: Partial<Record<DocumentKind, string>>;
}

const ESTIMATE_NOTE = '修理するスマホの電話番号とIMEI番号が記載されたもの（記載を修理業者へご依頼ください）';

/** Notes that hold for every peril. */
const GENERAL_DETAILS: Readonly<Record<DocumentKind, string>> = {
  repair_estimate: ESTIMATE_NOTE,
  repair_receipt: '修理業者が発行した、修理代金のわかるもの',
  damage_photo: 'スマホの状態がわかるもの',
  enrollment_photo: '保険ご加入時（または機種変更時）に撮影された、スマホの画面と外観がわかるもの',
  police_report: '届け出た警察署名、届出日、受理番号がわかるもの',
};

/** The templates, one per peril of src/domain/adjudication (PERILS). */
export const PERIL_TEMPLATES: Readonly<Record<Peril, PerilTemplate>> = {
  damage: {
    incident: 'スマホの破損・汚損',
    details: { damage_photo: '画面割れなど、破損・汚損の箇所がはっきりわかるもの' },
  },
  water: {
    incident: 'スマホの水濡れ',
    details: { damage_photo: '水濡れの跡や、電源が入らないなどの状態がわかるもの' },
  },
  failure: {
    incident: 'スマホの故障',
    details: { damage_photo: '故障の症状（表示の乱れ、電源が入らないなど）がわかるもの' },
  },
  data_recovery: {
    incident: 'データの消失（データ復旧）',
    details: {
      repair_estimate: `データ復旧作業の見積書で、${ESTIMATE_NOTE}`,
      repair_receipt: 'データ復旧業者が発行した、作業代金のわかるもの',
    },
  },
  theft_loss: {
    incident: 'スマホの盗難・紛失',
    details: {
      police_report:
        '届け出た警察署名、届出日、受理番号（届出番号）。受理番号は警察署で届け出た際に伝えられる番号で、審査に必ず必要です',
    },
  },
};

/**
 * The Japanese letter to the policyholder asking for exactly the `missing` documents of a claim for
 * `peril`: the greeting, the claim number, each document (its {@link DOCUMENT_NAMES_JA} name and,
 * under it, what it must show for this peril: the IMEI on the estimate, the police report's
 * 受理番号 for theft or loss…), how to send them, and that the review resumes once they arrive.
 * Throws a RangeError when `missing` is empty.
 */
export function documentRequestTemplate(input: DocumentRequestInput): string {
  const kinds = DOCUMENT_KINDS.filter((kind) => input.missing.includes(kind));
  if (kinds.length === 0) throw new RangeError('A document request names at least one missing document');
  const template = PERIL_TEMPLATES[input.peril];
  const items = kinds.flatMap((kind, i) => [`${i + 1}. ${DOCUMENT_NAMES_JA[kind]}`, `   ${template.details[kind] ?? GENERAL_DETAILS[kind]}`]);
  const count = kinds.length === 1 ? '次の書類' : `次の${kinds.length}点の書類`;
  return [
    `${input.holderName} 様`,
    '',
    'このたびはBack Market スマホ保険をご利用いただき、誠にありがとうございます。',
    `「${template.incident}」による保険金のご請求（請求番号：${input.claimNumber}）につきまして、審査を進めるため、${count}のご提出をお願いいたします。`,
    '',
    ...items,
    '',
    '書類は、写真またはPDF（JPEG・PNG・WebP・PDF、1ファイル10MBまで）でお送りください。',
    '書類がすべて届きしだい、審査を再開いたします。お手元にない書類がございましたら、担当者までご相談ください。',
    'お手数をおかけいたしますが、どうぞよろしくお願いいたします。',
    '',
    'Back Market スマホ保険 保険金請求窓口（引受保険会社：Mysurance株式会社）',
  ].join('\n');
}
