/**
 * The dashboard's filter: a range of JST dates and a plan, applied to every figure. Presets count
 * whole months back from today's month (12 months = the first day of the month eleven months ago
 * to today).
 */
import { addMonths, isIsoDate, type IsoDate } from '../domain/dates';
import type { Plan } from '../domain/adjudication';
import { monthOf, monthStart } from '../domain/metrics';

/** The dashboard's filter: `from`…`to` JST dates (inclusive) and a plan ('all' = both). */
export interface DashboardFilter {
  from: IsoDate;
  to: IsoDate;
  plan: Plan | 'all';
}

/** The period presets, in months. */
export const PRESET_MONTHS = [3, 6, 12, 18] as const;
export type PresetMonths = (typeof PRESET_MONTHS)[number];

/** The range of the last `months` months up to `today`: from the first day of the month `months − 1` months ago. */
export function presetRange(months: number, today: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: addMonths(monthStart(monthOf(today)), -(months - 1)), to: today };
}

/** The preset `filter`'s range matches (ending today), or null. */
export function presetOf(filter: Pick<DashboardFilter, 'from' | 'to'>, today: IsoDate): PresetMonths | null {
  return PRESET_MONTHS.find((months) => {
    const range = presetRange(months, today);
    return range.from === filter.from && range.to === filter.to;
  }) ?? null;
}

/** The filter a manager starts with: the last 12 months, both plans. */
export function defaultFilter(today: IsoDate): DashboardFilter {
  return { ...presetRange(12, today), plan: 'all' };
}

/** True when the range can be asked for: two real dates, `from` ≤ `to`. */
export function isValidRange(filter: Pick<DashboardFilter, 'from' | 'to'>): boolean {
  return isIsoDate(filter.from) && isIsoDate(filter.to) && filter.from <= filter.to;
}
