import type { ResponseQuery } from '@footprint/core';

/** Under the feedback part's key, so "surveys changed" refreshes responses too. */
export const rk = {
  all: ['feedback', 'responses'] as const,
  list: (q: Partial<ResponseQuery>, lang: string) => ['feedback', 'responses', 'list', q, lang] as const,
  one: (id: string, lang: string) => ['feedback', 'responses', 'one', id, lang] as const,
  exports: ['feedback', 'responses', 'exports'] as const,
  export: (id: string) => ['feedback', 'responses', 'exports', id] as const,
};
