import { ZPublicCaseCsat } from '@footprint/core';
import { apiGet, apiSend } from '../../../lib/api';

const base = (token: string) => `/api/v1/public/case-csat/${encodeURIComponent(token)}`;
export const getCaseCsat = (token: string) => apiGet(base(token), ZPublicCaseCsat);
export const answerCaseCsat = (token: string, body: { score: number; comment?: string }) => apiSend('POST', base(token), body, ZPublicCaseCsat);
