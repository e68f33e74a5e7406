import { ZErrorBody, ZImport, ZImportErrorRow, ZImportSummary, ZJob, zPage, type ImportKind, type ImportMappingInput, type ImportQuery } from '@footprint/core';
import { z } from 'zod';
import { i18n } from '../../../i18n';
import { apiGet, apiSend, apiSendVoid, ApiError, query } from '../../../lib/api';

const base = '/api/v1/imports';
export const ZImportPage = zPage(ZImportSummary);
export const ZImportErrorPage = zPage(ZImportErrorRow);
const ZRunStarted = z.object({ import: ZImport, job: ZJob });

export const listImports = (q: Partial<ImportQuery>) => apiGet(`${base}${query({ ...q })}`, ZImportPage);
export const getImport = (id: string) => apiGet(`${base}/${id}`, ZImport);
export const saveMapping = (id: string, mapping: ImportMappingInput) => apiSend('PUT', `${base}/${id}/mapping`, mapping, ZImport);
export const listImportErrors = (id: string, page: number, pageSize: number) => apiGet(`${base}/${id}/errors${query({ page, pageSize })}`, ZImportErrorPage);
export const runImport = (id: string) => apiSend('POST', `${base}/${id}/run`, undefined, ZRunStarted);
export const deleteImport = (id: string) => apiSendVoid('DELETE', `${base}/${id}`);
export const templateUrl = (kind: ImportKind) => `${base}/template${query({ kind })}`;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The type the server reads the file as: XLSX by its extension, anything else as CSV text. */
export const fileType = (file: File) => (/\.xlsx$/i.test(file.name) || file.type === XLSX ? XLSX : 'text/csv');

/** Sends the file itself as the body (not a form), reporting upload progress; XHR because fetch cannot. */
export function uploadFile(file: File, onProgress: (fraction: number) => void) {
  return new Promise<z.infer<typeof ZImport>>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${base}${query({ fileName: file.name.normalize('NFC').slice(0, 200) || 'file.csv' })}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', fileType(file));
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', i18n.language === 'en' ? 'en' : 'vi');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Network error'));
    xhr.onload = () => {
      let data: unknown;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        data = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        const parsed = ZImport.safeParse(data);
        if (parsed.success) resolve(parsed.data);
        else reject(new ApiError(xhr.status, 'bad_response', 'Unexpected response'));
        return;
      }
      const err = ZErrorBody.safeParse(data);
      if (err.success) reject(new ApiError(xhr.status, err.data.error.code, err.data.error.message, err.data.error.details));
      else reject(new ApiError(xhr.status, xhr.status >= 500 ? 'internal' : 'bad_request', xhr.statusText));
    };
    xhr.send(file);
  });
}
