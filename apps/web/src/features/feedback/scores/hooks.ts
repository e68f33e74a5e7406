import type { ScoresBreakdownQuery, ScoresQuery } from '@footprint/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getBreakdown, getCoverage, getNegativeComments, getScores, type NegativeCommentsQuery } from './api';

/** Cache keys of the score dashboards; `responses.changed` marks them all stale (see live.ts). */
export const scoreKeys = {
  all: ['feedback', 'scores'] as const,
  scores: (q: ScoresQuery) => ['feedback', 'scores', 'totals', q] as const,
  breakdown: (q: ScoresBreakdownQuery) => ['feedback', 'scores', 'breakdown', q] as const,
  comments: (q: NegativeCommentsQuery) => ['feedback', 'scores', 'comments', q] as const,
  coverage: ['feedback', 'scores', 'coverage'] as const,
};

// Keeping the previous figures while new filters load: the screen dims instead of flashing empty.
export const useScores = (q: ScoresQuery) => useQuery({ queryKey: scoreKeys.scores(q), queryFn: () => getScores(q), placeholderData: keepPreviousData });
export const useBreakdown = (q: ScoresBreakdownQuery, enabled = true) =>
  useQuery({ queryKey: scoreKeys.breakdown(q), queryFn: () => getBreakdown(q), placeholderData: keepPreviousData, enabled });
export const useNegativeComments = (q: NegativeCommentsQuery) =>
  useQuery({ queryKey: scoreKeys.comments(q), queryFn: () => getNegativeComments(q), placeholderData: keepPreviousData });
export const useCoverage = () => useQuery({ queryKey: scoreKeys.coverage, queryFn: getCoverage });
