import type { SurveyQuery } from '@footprint/core';

/** Cache keys of the feedback part; live `surveys.changed` messages mark them stale. */
export const sk = {
  all: ['feedback'] as const,
  lists: ['feedback', 'surveys', 'list'] as const,
  list: (q: Partial<SurveyQuery>) => ['feedback', 'surveys', 'list', q] as const,
  one: (id: string) => ['feedback', 'surveys', 'one', id] as const,
  templates: ['feedback', 'templates'] as const,
};
