import type { SurveyDefinition } from '@footprint/core';
import { newQuestion } from './builder-model';

/** A blank survey: one NPS question and a thank-you, in Vietnamese. */
export function blankDefinition(): SurveyDefinition {
  const languages: SurveyDefinition['languages'] = ['vi'];
  return {
    languages,
    questions: [newQuestion('nps', { questions: [], languages })],
    rules: [],
    thankYou: { title: { vi: 'Cảm ơn bạn đã góp ý!' } },
    brand: { color: '#0c8599', logoUrl: null },
  };
}
