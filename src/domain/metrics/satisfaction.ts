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
import { inRange, monthOf, monthsOf, ratio, type DateRange } from './months';
import type { SatisfactionQuery } from './query';
import type { SatisfactionBreakdown, SatisfactionFigure } from './schema';
import type { MetricsSurvey, Scope } from './scope';

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

function groupBy<K>(surveys: readonly MetricsSurvey[], key: (survey: MetricsSurvey) => K): Map<K, MetricsSurvey[]> {
  const groups = new Map<K, MetricsSurvey[]>();
  for (const survey of surveys) {
    const k = key(survey);
    const group = groups.get(k);
    if (group) group.push(survey);
    else groups.set(k, [survey]);
  }
  return groups;
}

/**
 * Satisfaction of the surveys sent in `range`: per month (every month of the range listed), per
 * peril (every peril listed) and per adjuster (those with surveys, most surveys first, then by
 * id; `name` from the input's users, null when unknown), with `target`.
 */
export function satisfactionBreakdown(scope: Scope, range: DateRange, target: number): SatisfactionBreakdown {
  const sent = scope.surveys.filter((survey) => inRange(survey.sentDate, range));
  const byMonth = groupBy(sent, (survey) => monthOf(survey.sentDate));
  const byPeril = groupBy(sent, (survey) => survey.peril);
  const byAdjuster = groupBy(sent, (survey) => survey.adjusterId);
  return {
    target,
    byMonth: monthsOf(range).map((month) => ({ month, ...satisfactionOf(byMonth.get(month) ?? []) })),
    byPeril: PERILS.map((peril) => ({ peril, ...satisfactionOf(byPeril.get(peril) ?? []) })),
    byAdjuster: [...byAdjuster.entries()]
      .map(([adjusterId, group]) => ({ adjusterId, name: adjusterId === null ? null : (scope.users.get(adjusterId) ?? null), ...satisfactionOf(group) }))
      .sort((a, b) => b.sent - a.sent || String(a.adjusterId).localeCompare(String(b.adjusterId))),
  };
}

/**
 * The surveys matching the survey list's filter (satisfactionQuerySchema): sent `from`…`to` (each
 * bound optional), of `peril`, decided by `adjusterId`, on a policy of `plan` (`planOf` by policy id).
 */
export function filterSurveys<S extends MetricsSurvey>(surveys: readonly S[], query: SatisfactionQuery, planOf: ReadonlyMap<string, Plan>): S[] {
  return surveys.filter(
    (survey) =>
      (query.from === undefined || survey.sentDate >= query.from) &&
      (query.to === undefined || survey.sentDate <= query.to) &&
      (query.peril === undefined || survey.peril === query.peril) &&
      (query.adjusterId === undefined || survey.adjusterId === query.adjusterId) &&
      (query.plan === undefined || planOf.get(survey.policyId) === query.plan),
  );
}
