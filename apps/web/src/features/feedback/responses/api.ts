import {
  zPage, ZJob, ZResponseDetailWithCase, ZResponseExport, ZResponseSummary, type ResponseExportCreate, type ResponseQuery,
} from '@footprint/core';
import { z } from 'zod';
import { apiGet, apiSend, itemsOf, query } from '../../../lib/api';

const v1 = '/api/v1';

export const listResponses = (q: Partial<ResponseQuery>) => apiGet(`${v1}/responses${query({ ...q })}`, zPage(ZResponseSummary));
export const getResponse = (id: string) => apiGet(`${v1}/responses/${id}`, ZResponseDetailWithCase);
export const createExport = (body: ResponseExportCreate) => apiSend('POST', `${v1}/response-exports`, body, z.object({ export: ZResponseExport, job: ZJob }));
export const getExport = (id: string) => apiGet(`${v1}/response-exports/${id}`, ZResponseExport);
export const listExports = () => apiGet(`${v1}/response-exports`, itemsOf(ZResponseExport));
/** Same-origin: the session cookie goes with a plain link, so the browser downloads it itself. */
export const exportFileUrl = (id: string) => `${v1}/response-exports/${id}/file`;
