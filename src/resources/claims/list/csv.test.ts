/**
 * The CSV export masks personal data again even when a record arrives unmasked (the API masks it
 * first): no cell keeps a full phone number, e-mail address or IMEI.
 */
import { describe, expect, test } from 'vitest';
import { maskPersonalData, queueCsvRows, toCsv, type QueueClaim } from './csv';

const claim = {
  id: 'c-1',
  claimNumber: 'CLM-2026-0001',
  policyId: 'p-1',
  peril: 'damage',
  incidentDate: '2026-11-01',
  description: '',
  cause: 'accident',
  repairable: true,
  repairCost: 99_000,
  estimateImei: '354142140372105',
  status: 'in_review',
  assigneeId: 'sato',
  receivedDate: '2026-11-21',
  completedDate: '2026-11-23',
  dueDate: '2026-12-23',
  flags: ['IMEI_MISMATCH'],
  adjudication: null,
  decision: null,
  recommendation: null,
  lock: null,
  deadlineExtension: null,
  version: 1,
  plan: 'standard',
  assigneeName: '佐藤 美咲',
  // Personal data where it should never be: the export still masks it.
  holderName: '山田 花子 090-1234-5678 hanako.yamada@example.jp 09012345678',
  deviceModel: 'iPhone 13 356938035643809',
} as unknown as QueueClaim;

describe('queue CSV', () => {
  test("a decided claim exports its recorded decision and payout (決定); an open one the module's estimate (試算)", () => {
    const estimate = { decision: 'approve', payout: 96_000, reasons: [], missingDocuments: [], lines: [], aggregate: { limit: 200_000, paidBefore: 0, remainingAfter: 104_000 } };
    const open = { ...claim, adjudication: estimate } as unknown as QueueClaim;
    const decided = {
      ...claim,
      id: 'c-2',
      status: 'approved',
      adjudication: estimate,
      decision: { decision: 'approve', payout: 80_000, decidedBy: 'suzuki', decidedAt: '2026-11-25T10:00:00+09:00' },
    } as unknown as QueueClaim;
    const [header, openRow, decidedRow] = queueCsvRows([open, decided]);
    const cell = (row: string[] | undefined, name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(cell(openRow, '査定')).toBe('支払');
    expect(cell(openRow, '支払額（円）')).toBe('96000');
    expect(cell(openRow, '査定の区分')).toBe('試算');
    expect(cell(decidedRow, '支払額（円）')).toBe('80000');
    expect(cell(decidedRow, '査定の区分')).toBe('決定');
  });

  test('no cell holds an unmasked phone, e-mail or IMEI', () => {
    const rows = queueCsvRows([claim]);
    const cells = rows.flat();
    expect(cells.some((cell) => /\d{12,}/.test(cell))).toBe(false);
    expect(cells.some((cell) => /0\d{1,4}-\d{1,4}-\d{4}/.test(cell) || /0\d{9,10}/.test(cell))).toBe(false);
    expect(cells.some((cell) => cell.includes('hanako.yamada@'))).toBe(false);
    expect(rows[1]).toContain('***********2105');
    expect(rows[1]).toContain('佐藤 美咲');
    expect(rows[0]?.[0]).toBe('請求番号');
  });

  test('the device, plan and assignee come from the claim as the API presents it; unassigned is empty', () => {
    const [header, row] = queueCsvRows([{ ...claim, deviceModel: 'Pixel 8', plan: 'light' }]);
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(cell('機種')).toBe('Pixel 8');
    expect(cell('担当者')).toBe('佐藤 美咲');
    expect(cell('プラン')).toBe('ライトプラン');
    const [, unassigned] = queueCsvRows([{ ...claim, assigneeId: null, assigneeName: null }]);
    expect(unassigned?.[header?.indexOf('担当者') ?? -1]).toBe('');
  });

  test('masked values stay as they are; dates, claim numbers and yen are not taken for phone numbers', () => {
    expect(maskPersonalData('090-****-5678 ***********7518 t***@example.com')).toBe('090-****-5678 ***********7518 t***@example.com');
    expect(maskPersonalData('CLM-2026-000123 2026-11-29 96000')).toBe('CLM-2026-000123 2026-11-29 96000');
    expect(maskPersonalData('03-1234-5678')).toBe('03-****-5678');
  });

  test('CSV quoting', () => {
    expect(toCsv([['a,b', 'say "hi"', 'x\ny'], ['1', '2', '3']])).toBe('"a,b","say ""hi""","x\ny"\r\n1,2,3');
  });
});
