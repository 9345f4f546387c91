/**
 * The closed set of arithmetic line codes of an adjudication (`Adjudication.lines`), for the
 * adjuster to read. The UI translates each code (src/i18n: `line.<CODE>`), so the set is closed and
 * stable: add a code only together with its translations.
 *
 * How lines read: the first lines establish the covered amount (positive, or a negative reduction of
 * the line before), then the deductible and the caps subtract (negative amounts), and the last line is
 * always `PAYOUT`. Every line before `PAYOUT` adds up to the `PAYOUT` amount, which is the payout.
 */
import { z } from 'zod';
import type { Yen } from '../money';

export const LINE_CODES = [
  /** 修理費: the repair cost of repairable damage, water or failure (+). */
  'REPAIR_COST',
  /** 調査費用: the investigation cost when the phone cannot be repaired (+), page ※1. */
  'INVESTIGATION_COST',
  /** データ復旧費用: the data recovery cost (+). */
  'DATA_RECOVERY_COST',
  /** 端末価格: theft or loss, the lower of purchase price and replacement cost (+), page ※3. */
  'DEVICE_PRICE',
  /**
   * 端末価格の50%: theft or loss, the part of the device price that is not paid (−), so that
   * DEVICE_PRICE + THEFT_LOSS_SHARE = floor(device price × 50%), page ※2.
   */
  'THEFT_LOSS_SHARE',
  /** 自己負担額: the ¥3,000 deductible (−), never more than the cost, so never below zero. */
  'DEDUCTIBLE',
  /** 1事故あたりの保険金額による調整: what exceeds the per-incident limit (−); only when it bites. */
  'PER_INCIDENT_CAP',
  /** 保険期間通算の残額による調整: what exceeds the aggregate left in the period (−); only when it bites. */
  'AGGREGATE_CAP',
  /** 支払保険金: the payout, the sum of the lines before it. Always the last line. */
  'PAYOUT',
] as const;

export const lineCodeSchema = z.enum(LINE_CODES);
export type LineCode = z.infer<typeof lineCodeSchema>;

/** One step of the arithmetic: `code` names the step, `amount` is signed integer yen. */
export interface Line {
  code: LineCode;
  amount: Yen;
}

/** Shorthand to build a line. */
export function line(code: LineCode, amount: Yen): Line {
  return { code, amount };
}
