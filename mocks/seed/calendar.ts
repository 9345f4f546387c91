/**
 * Fast calendar arithmetic for generating 100,000 claims: the JST dates around the reference date
 * computed once with src/domain/dates.ts's `addDays`, then shifted by index. Same answers as
 * `addDays` / `daysBetween` (it falls back to them outside its window), a tenth of the cost.
 */
import { addDays, daysBetween, type IsoDate } from '../../src/domain/dates';

/** Dates from `today − daysBack` to `today + daysAhead`, by index. */
export class SeedCalendar {
  private readonly dates: IsoDate[] = [];
  private readonly indexOf = new Map<IsoDate, number>();

  constructor(
    readonly today: IsoDate,
    daysBack = 2_000,
    daysAhead = 400,
  ) {
    const first = addDays(today, -daysBack);
    for (let i = 0; i <= daysBack + daysAhead; i += 1) {
      const date = i === 0 ? first : addDays(first, i);
      this.dates.push(date);
      this.indexOf.set(date, i);
    }
  }

  /** `date` + `days` (may be negative), as `addDays`. */
  shift(date: IsoDate, days: number): IsoDate {
    const at = this.indexOf.get(date);
    const shifted = at === undefined ? undefined : this.dates[at + days];
    return shifted ?? addDays(date, days);
  }

  /** Whole days from `from` to `to`, as `daysBetween`. */
  between(from: IsoDate, to: IsoDate): number {
    const a = this.indexOf.get(from);
    const b = this.indexOf.get(to);
    return a === undefined || b === undefined ? daysBetween(from, to) : b - a;
  }
}
