/**
 * Simulated survey answers (MOCK ONLY; adjudication.md, "Satisfaction survey"; product.md: "answers
 * come back over the following weeks"). Customers are simulated deterministically from each
 * survey's id: about two thirds answer, 1 to 28 days after the survey was sent (most within the
 * first week), with a fixed spread of the five answers and, for half of them, a comment in Japanese.
 *
 * `POST /api/surveys/simulate-answers` `{ until?: 'YYYY-MM-DD' }` (JST, default today): every
 * unanswered survey whose simulated answer date is on or before `until` gets its answer, comment and
 * `answeredDate`. Calling it again with the same or an earlier date changes nothing; a later date
 * lets more answers arrive, as if time went by. 200 `{ until, answered, surveys }` (the surveys
 * answered by this call); 400 a malformed body; 401; 403 managers (read only). Audited as
 * `surveys.answer`.
 */
import { HttpResponse } from 'msw';
import { z } from 'zod';
import { addDays, type IsoDate } from '../src/domain/dates';
import { isoDateSchema } from '../src/domain/dateSchema';
import { SURVEY_ANSWERS, type Survey, type SurveyAnswer } from '../src/domain/records';
import { audited } from './audit';
import type { MockDb } from './db';
import { readOptionalJsonBody } from './http/errors';
import { API_PREFIX } from './http/prefix';
import { route } from './http/route';
import { parseBody } from './resources/resource';

/** The simulation's request body. */
export const simulateAnswersRequestSchema = z.object({ until: isoDateSchema.optional() }).strict();

/** What one simulated customer does: answer on `answeredDate`, or never (null). */
export interface SimulatedAnswer {
  answer: SurveyAnswer;
  comment: string | null;
  answeredDate: IsoDate;
}

/** Share of the five answers, in percent, in the order of SURVEY_ANSWERS. */
const ANSWER_SHARES = [42, 30, 14, 9, 5] as const;

const COMMENTS: Readonly<Record<SurveyAnswer, readonly string[]>> = {
  satisfied: ['対応が早くて助かりました。', '手続きが分かりやすかったです。', '担当の方が丁寧でした。'],
  somewhat_satisfied: ['おおむね満足です。', '書類の案内がもう少し早ければ良かったです。'],
  neutral: ['特に問題はありませんでした。', '普通だと思います。'],
  somewhat_dissatisfied: ['支払いまで時間がかかりました。', '必要書類が分かりにくかったです。'],
  dissatisfied: ['何度も書類を求められました。', '連絡が遅く不安でした。'],
};

/** A deterministic number in [0, 1) from `text` and `salt` (FNV-1a). */
function unit(text: string, salt: number): number {
  let hash = 0x811c9dc5 ^ salt;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash >>> 0) / 0x1_0000_0000;
}

/** The simulated customer of `survey`: their answer and its date, or null when they never answer. */
export function simulatedAnswer(survey: Pick<Survey, 'id' | 'sentDate'>): SimulatedAnswer | null {
  if (unit(survey.id, 1) >= 0.65) return null;
  const delay = 1 + Math.floor(unit(survey.id, 2) ** 2 * 28);
  let pick = unit(survey.id, 3) * 100;
  let index = 0;
  while (index < ANSWER_SHARES.length - 1 && pick >= (ANSWER_SHARES[index] ?? 0)) pick -= ANSWER_SHARES[index++] ?? 0;
  const answer = SURVEY_ANSWERS[index] ?? 'neutral';
  const comments = COMMENTS[answer];
  const comment = unit(survey.id, 4) < 0.5 ? (comments[Math.floor(unit(survey.id, 5) * comments.length)] ?? null) : null;
  return { answer, comment, answeredDate: addDays(survey.sentDate, delay) };
}

/** Lets the answers due by `until` arrive; returns the surveys answered now. */
export function simulateAnswers(db: MockDb, actor: { id: string }, until: IsoDate): Survey[] {
  const due = db.surveys.filter((survey) => {
    if (survey.answer !== null || survey.sentDate > until) return false;
    const simulated = simulatedAnswer(survey);
    return simulated !== null && simulated.answeredDate <= until;
  });
  return audited(db, actor, 'surveys.answer', () =>
    due.map((survey) => {
      const simulated = simulatedAnswer(survey);
      return simulated === null ? survey : db.surveys.replace({ ...survey, ...simulated });
    }),
  );
}

/** The simulation route. */
export const surveyHandlers = [
  route('post', `${API_PREFIX}/surveys/simulate-answers`, { action: 'surveys.simulate' }, async ({ request, user, db }) => {
    const { until = db.clock.today() } = parseBody(simulateAnswersRequestSchema, await readOptionalJsonBody(request), 'simulation');
    const surveys = simulateAnswers(db, user, until);
    return HttpResponse.json({ until, answered: surveys.length, surveys });
  }),
];
