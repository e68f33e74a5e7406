import { RESPONSE_SCORE_VERSION, responseScore, type Answers, type SurveyDefinition } from '@footprint/core';

/** The response's score as its columns keep it (null when it answered no score question). */
export function scoreColumns(d: Pick<SurveyDefinition, 'questions'>, answers: Answers) {
  const s = responseScore(d, answers);
  return {
    scoreMetric: s?.metric ?? null,
    scoreValue: s?.value ?? null,
    scoreNorm: s?.normalised ?? null,
    scoreGroup: s?.group ?? null,
    npsGroup: s?.npsGroup ?? null,
    scoreVersion: RESPONSE_SCORE_VERSION,
  };
}
