/**
 * Data for the adjuster-workspace end-to-end test (tests/e2e/workspace.e2e.test.ts), made through
 * the mocked API from inside the page (through the service worker, so the records live in this
 * browser profile's IndexedDB) with the signed-in user's bearer token — as the UI itself calls it.
 * Also a small valid PNG to upload on a customer's behalf. Dates are JST calendar dates
 * (src/domain/dates.ts), amounts integer yen.
 */
import { crc32, deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { completeImei } from '../../src/domain/adjudication';
import { addDays, addMonths, todayInJapan } from '../../src/domain/dates';

/** An API answer: the HTTP status and the parsed JSON body (null when there is none). */
export interface ApiAnswer {
  status: number;
  body: unknown;
}

/**
 * Calls `/api<path>` from inside the page as the signed-in user (the session the app keeps in
 * localStorage); a decision gets a fresh `Idempotency-Key`. Never throws on an HTTP error status.
 */
export async function api(page: Page, method: string, path: string, body?: unknown): Promise<ApiAnswer> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = JSON.parse(localStorage.getItem('claims.session') ?? '{}') as { token?: string };
      const headers: Record<string, string> = { Authorization: `Bearer ${session.token ?? ''}` };
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (path.endsWith('/decision')) headers['Idempotency-Key'] = crypto.randomUUID();
      const response = await fetch(`/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await response.text();
      return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
    },
    { method, path, body },
  );
}

const createdSchema = z.object({ id: z.string() });
const claimAnswerSchema = z.object({
  id: z.string(),
  claimNumber: z.string(),
  policyId: z.string(),
  status: z.string(),
  adjudication: z.object({ decision: z.string(), payout: z.number(), missingDocuments: z.array(z.string()) }).nullable(),
});
/** A claim as the API answers it (the fields the test reads). */
export type ClaimAnswer = z.infer<typeof claimAnswerSchema>;

/** A record written by the test: its collection (the resource name) and id. */
interface RecordRef {
  collection: string;
  id: string;
}

/**
 * POSTs `body` to `/api/<resource>`, notes the new record in `made` and returns it; throws with
 * the answer unless 201/200.
 */
async function create(page: Page, made: RecordRef[], resource: string, body: unknown): Promise<unknown> {
  const answer = await api(page, 'POST', `/${resource}`, body);
  if (answer.status !== 201 && answer.status !== 200) throw new Error(`POST /api/${resource} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  made.push({ collection: resource, id: createdSchema.parse(answer.body).id });
  return answer.body;
}

/**
 * Waits until every record of `made` is saved in the browser's copy of the mock database
 * (IndexedDB `bm-claims-mock`, store `changes`, key `<collection>\u0000<id>`: mocks/devtools/indexedDbStore.ts).
 * The mock writes behind in batches, after the answer: a reload before the batch is saved would
 * lose the record, and the tests switch users by reloading.
 */
async function waitUntilSaved(page: Page, made: readonly RecordRef[]): Promise<void> {
  const keys = made.map(({ collection, id }) => `${collection}\u0000${id}`);
  const allSaved = () =>
    page.evaluate(
      (wanted) =>
        new Promise<boolean>((resolve) => {
          const request = indexedDB.open('bm-claims-mock');
          request.onerror = () => resolve(false);
          request.onsuccess = () => {
            const db = request.result;
            try {
              const store = db.transaction('changes', 'readonly').objectStore('changes');
              let found = 0;
              for (const key of wanted) {
                const get = store.get(key);
                get.onsuccess = () => {
                  found += get.result === undefined ? 0 : 1;
                };
              }
              store.transaction.oncomplete = () => {
                db.close();
                resolve(found === wanted.length);
              };
              store.transaction.onerror = () => resolve(false);
            } catch {
              db.close();
              resolve(false);
            }
          };
        }),
      keys,
    );
  const deadline = Date.now() + 60_000;
  while (!(await allSaved())) {
    if (Date.now() > deadline) throw new Error(`not saved in the browser within 60 s: ${keys.join(', ')}`);
    await page.waitForTimeout(250);
  }
}

/** The claim `id` as the API answers it now. */
export async function readClaim(page: Page, id: string): Promise<ClaimAnswer> {
  const answer = await api(page, 'GET', `/claims/${id}`);
  if (answer.status !== 200) throw new Error(`GET /api/claims/${id} answered ${answer.status}`);
  return claimAnswerSchema.parse(answer.body);
}

interface PolicyInput {
  model: string;
  holder: { name: string; kana: string };
  /** Yen. */
  purchasePrice: number;
  /** Yen. */
  replacementCost: number;
  imeiBody: string;
}

/**
 * Creates an active standard-plan policy (eligible carrier, giteki certified, inception three months
 * ago, bought fourteen months ago) with its enrollment photo on file. Needs a supervisor's session.
 * The policy and the photo are noted in `made`.
 */
async function createPolicy(page: Page, made: RecordRef[], input: PolicyInput): Promise<{ id: string; imei: string }> {
  const today = todayInJapan();
  const imei = completeImei(input.imeiBody);
  const policy = createdSchema.parse(
    await create(page, made, 'policies', {
      holder: { ...input.holder, phone: '090-4821-7365', email: 'e2e-holder@example.jp' },
      plan: 'standard',
      inceptionDate: addMonths(today, -3),
      device: {
        model: input.model,
        imei,
        carrier: 'iijmio',
        gitekiCertified: true,
        purchasePrice: input.purchasePrice,
        purchaseDate: addMonths(today, -14),
        replacementCost: input.replacementCost,
      },
      enrollmentPhotoOnFile: true,
    }),
  );
  await create(page, made, 'documents', { policyId: policy.id, claimId: null, kind: 'enrollment_photo', figures: { date: addMonths(today, -3), imei } });
  return { id: policy.id, imei };
}

/**
 * A theft claim in review whose module payout is ¥60,000 (adjudication.md, Amount rules 4: half the
 * lower of the purchase price ¥128,000 and the replacement cost ¥120,000, no deductible, under the
 * standard plan's ¥100,000 per-incident limit; nothing paid yet in the period): a police report with
 * its report number, the enrollment photo on file. Needs a supervisor's session (creating a policy).
 * Returns once the records are saved in the browser, so a reload keeps them.
 */
export async function createTheftClaim(page: Page): Promise<ClaimAnswer> {
  const incidentDate = addDays(todayInJapan(), -4);
  const made: RecordRef[] = [];
  const policy = await createPolicy(page, made, {
    model: 'iPhone 15 Pro',
    holder: { name: '山本 由美', kana: 'ヤマモト ユミ' },
    purchasePrice: 128_000,
    replacementCost: 120_000,
    imeiBody: '35407215830194',
  });
  const claim = createdSchema.parse(
    await create(page, made, 'claims', {
      policyId: policy.id,
      peril: 'theft_loss',
      incidentDate,
      description: '駅のホームでかばんごとスマートフォンを盗まれ、交番に盗難届を出した',
      status: 'in_review',
    }),
  );
  await create(page, made, 'documents', {
    policyId: policy.id,
    claimId: claim.id,
    kind: 'police_report',
    figures: { policeReportNumber: `${incidentDate.slice(0, 4)}-482913`, date: incidentDate, imei: policy.imei },
  });
  await waitUntilSaved(page, made);
  return readClaim(page, claim.id);
}

/**
 * A screen-damage claim just received (repair ¥35,200) with the damage photo and the repair
 * estimate but without the repair receipt. Needs a supervisor's session (creating a policy).
 * Returns once the records are saved in the browser, so a reload keeps them.
 */
export async function createClaimMissingReceipt(page: Page): Promise<ClaimAnswer> {
  const incidentDate = addDays(todayInJapan(), -6);
  const made: RecordRef[] = [];
  const policy = await createPolicy(page, made, {
    model: 'Google Pixel 8',
    holder: { name: '小林 翔太', kana: 'コバヤシ ショウタ' },
    purchasePrice: 62_800,
    replacementCost: 59_800,
    imeiBody: '35291874406128',
  });
  const claim = createdSchema.parse(
    await create(page, made, 'claims', {
      policyId: policy.id,
      peril: 'damage',
      incidentDate,
      description: '自転車に乗っていて落とし、画面が割れた',
      repairShop: 'スマホ修理工房 渋谷店',
      repairCost: 35_200,
      status: 'received',
    }),
  );
  await create(page, made, 'documents', { policyId: policy.id, claimId: claim.id, kind: 'damage_photo', figures: { date: incidentDate } });
  await create(page, made, 'documents', {
    policyId: policy.id,
    claimId: claim.id,
    kind: 'repair_estimate',
    figures: { amount: 35_200, imei: policy.imei, shop: 'スマホ修理工房 渋谷店', date: addDays(incidentDate, 1) },
  });
  await waitUntilSaved(page, made);
  return readClaim(page, claim.id);
}

/** One PNG chunk: length, type, data, CRC-32 of type and data. */
function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A valid `width`×`height` truecolour PNG: a pale receipt-like sheet with grey "lines" of text. */
export function receiptPng(width = 120, height = 160): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, not interlaced
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3, 0xf7);
    row[0] = 0; // filter: none
    const textLine = y % 14 >= 8 && y % 14 < 11 && y > 12 && y < height - 12;
    for (let x = 10; textLine && x < width - 10 - (y % 28 < 14 ? 30 : 0); x += 1) row.fill(0x88, 1 + x * 3, 4 + x * 3);
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
