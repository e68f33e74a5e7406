import {
  ZNegativeComments, ZScores, ZScoresBreakdown, ZScoresCoverage,
  type NegativeCommentsQuery as CommentsInput, type ScoresBreakdownQuery, type ScoresQuery,
} from '@footprint/core';
import { apiGet, query } from '../../../lib/api';

const v1 = '/api/v1/scores';

/** The comments query as the client builds it (the server coerces `limit` from the query string). */
export type NegativeCommentsQuery = Omit<CommentsInput, 'limit'> & { limit?: number };

export const getScores = (q: ScoresQuery) => apiGet(`${v1}${query({ ...q })}`, ZScores);
export const getBreakdown = (q: ScoresBreakdownQuery) => apiGet(`${v1}/breakdown${query({ ...q })}`, ZScoresBreakdown);
export const getNegativeComments = (q: NegativeCommentsQuery) => apiGet(`${v1}/negative-comments${query({ ...q })}`, ZNegativeComments);
export const getCoverage = () => apiGet(`${v1}/coverage`, ZScoresCoverage);
