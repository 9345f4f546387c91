/**
 * The satisfaction rate (product.md, "Figures managers read"; adjudication.md, "Satisfaction
 * survey"): (満足 + やや満足) ÷ answers, always with the number of answers and the response rate
 * (answers ÷ surveys sent), by month, peril and adjuster, against a target.
 *
 * Surveys are counted by the **month they were sent** (the payment day): a month's answers and
 * response rate are those of the surveys sent that month, whenever the answers came back, so the
 * latest months still fill in as answers arrive over the following weeks.
 */
import { PERILS, type Plan } from '../adjudication/schemas';
import { SURVEY_ANSWERS, type SurveyAnswer } from '../records';
import { monthsOf, ratio, type DateRange } from './months';
import { rangeDays } from './payouts';
import type { SatisfactionQuery } from './query';
import type { SatisfactionBreakdown, SatisfactionFigure } from './schema';
import { NO_PLAN, planMatcher, type MetricsSurvey, type Scope } from './scope';

/** Answers counted as satisfied: 満足 and やや満足. */
export const SATISFIED_ANSWERS: readonly SurveyAnswer[] = ['satisfied', 'somewhat_satisfied'];

/** The satisfaction figure of `surveys` (see satisfactionFigureSchema): rate null without answers, response rate null without surveys. */
export function satisfactionOf(surveys: readonly Pick<MetricsSurvey, 'answer'>[]): SatisfactionFigure {
  const byAnswer = Object.fromEntries(SURVEY_ANSWERS.map((answer) => [answer, 0])) as Record<SurveyAnswer, number>;
  let answers = 0;
  for (const survey of surveys) {
    if (survey.answer === null) continue;
    byAnswer[survey.answer] += 1;
    answers += 1;
  }
  const satisfied = SATISFIED_ANSWERS.reduce((sum, answer) => sum + byAnswer[answer], 0);
  return { sent: surveys.length, answers, satisfied, byAnswer, rate: ratio(satisfied, answers), responseRate: ratio(answers, surveys.length) };
}

/** Counts of a set of surveys: sent, then answers per level in the order of SURVEY_ANSWERS. */
class Tally {
  sent = 0;
  readonly byAnswer: number[] = SURVEY_ANSWERS.map(() => 0);

  add(answer: number): void {
    this.sent += 1;
    if (answer >= 0) this.byAnswer[answer] = (this.byAnswer[answer] ?? 0) + 1;
  }

  figure(): SatisfactionFigure {
    const byAnswer = Object.fromEntries(SURVEY_ANSWERS.map((answer, index) => [answer, this.byAnswer[index] ?? 0])) as Record<SurveyAnswer, number>;
    const answers = this.byAnswer.reduce((sum, count) => sum + count, 0);
    const satisfied = SATISFIED_ANSWERS.reduce((sum, answer) => sum + byAnswer[answer], 0);
    return { sent: this.sent, answers, satisfied, byAnswer, rate: ratio(satisfied, answers), responseRate: ratio(answers, this.sent) };
  }
}

/** The satisfaction of the surveys of `scope` sent in `range` (the KPI card). */
export function satisfactionIn(scope: Scope, range: DateRange): SatisfactionFigure {
  const tally = new Tally();
  forEachSentIn(scope, range, (slot) => tally.add(scope.index.surveys.answer[slot] ?? -1));
  return tally.figure();
}

function forEachSentIn(scope: Scope, range: DateRange, visit: (slot: number) => void): void {
  const { fromDay, toDay } = rangeDays(range);
  const { surveys } = scope.index;
  const inPlan = planMatcher(scope);
  for (let slot = 0; slot < surveys.count; slot += 1) {
    const day = surveys.day[slot] ?? 0;
    if (day >= fromDay && day <= toDay && inPlan(surveys.plan[slot] ?? NO_PLAN)) visit(slot);
  }
}

/**
 * Satisfaction of the surveys sent in `range`: per month (every month of the range listed), per
 * peril (every peril listed) and per adjuster (those with surveys, most surveys first, then by
 * id; `name` from the input's users, null when unknown), with `target`.
 */
export function satisfactionBreakdown(scope: Scope, range: DateRange, target: number): SatisfactionBreakdown {
  const months = monthsOf(range);
  const { firstMonth } = rangeDays(range);
  const byMonth = months.map(() => new Tally());
  const byPeril = PERILS.map(() => new Tally());
  const byAdjuster = new Map<number, Tally>();
  const { surveys, adjusters } = scope.index;
  forEachSentIn(scope, range, (slot) => {
    const answer = surveys.answer[slot] ?? -1;
    byMonth[(surveys.month[slot] ?? 0) - firstMonth]?.add(answer);
    byPeril[surveys.peril[slot] ?? -1]?.add(answer);
    const code = surveys.adjuster[slot] ?? 0;
    let tally = byAdjuster.get(code);
    if (!tally) byAdjuster.set(code, (tally = new Tally()));
    tally.add(answer);
  });
  return {
    target,
    byMonth: months.map((month, index) => ({ month, ...(byMonth[index] ?? new Tally()).figure() })),
    byPeril: PERILS.map((peril, index) => ({ peril, ...(byPeril[index] ?? new Tally()).figure() })),
    byAdjuster: [...byAdjuster.entries()]
      .map(([code, tally]) => {
        const adjusterId = adjusters[code] ?? null;
        return { adjusterId, name: adjusterId === null ? null : (scope.index.users.get(adjusterId) ?? null), ...tally.figure() };
      })
      .sort((a, b) => b.sent - a.sent || String(a.adjusterId).localeCompare(String(b.adjusterId))),
  };
}

/**
 * The surveys matching the survey list's filter (satisfactionQuerySchema): sent `from`…`to` (each
 * bound optional), of `peril`, decided by `adjusterId`, on a policy of `plan` (`planOf`: a policy's
 * plan by its id, undefined for an unknown policy; read only with a plan in the query).
 */
export function filterSurveys<S extends MetricsSurvey>(surveys: readonly S[], query: SatisfactionQuery, planOf: (policyId: string) => Plan | undefined): S[] {
  return surveys.filter(
    (survey) =>
      (query.from === undefined || survey.sentDate >= query.from) &&
      (query.to === undefined || survey.sentDate <= query.to) &&
      (query.peril === undefined || survey.peril === query.peril) &&
      (query.adjusterId === undefined || survey.adjusterId === query.adjusterId) &&
      (query.plan === undefined || planOf(survey.policyId) === query.plan),
  );
}
