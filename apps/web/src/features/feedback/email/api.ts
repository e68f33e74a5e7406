import {
  ZAudiencePreview, ZCampaign, ZCampaignSummary, ZCustomerSummary, ZErrorBody, zPage, ZPersonalLink, ZRecipient, ZRecipientDetail, ZRecipientUpload,
  ZSuppression, type AudienceFilters, type CampaignCreate, type CampaignPatch, type CampaignQuery, type PersonalLinkCreate, type RecipientQuery,
} from '@footprint/core';
import { i18n } from '../../../i18n';
import { apiGet, ApiError, apiSend, apiSendVoid, query } from '../../../lib/api';

const base = '/api/v1/email-campaigns';

export const listCampaigns = (q: Partial<CampaignQuery>) => apiGet(`${base}${query({ ...q })}`, zPage(ZCampaignSummary));
export const getCampaign = (id: string) => apiGet(`${base}/${id}`, ZCampaign);
export const createCampaign = (input: CampaignCreate) => apiSend('POST', base, input, ZCampaign);
export const patchCampaign = (id: string, patch: CampaignPatch) => apiSend('PATCH', `${base}/${id}`, patch, ZCampaign);
export const deleteCampaign = (id: string) => apiSendVoid('DELETE', `${base}/${id}`);
export type CampaignAction = 'send' | 'cancel' | 'remind' | 'retry';
export const campaignAction = (id: string, action: CampaignAction, at?: string) => apiSend('POST', `${base}/${id}/${action}`, at ? { at } : {}, ZCampaign);
export const listRecipients = (id: string, q: Partial<RecipientQuery>) => apiGet(`${base}/${id}/recipients${query({ ...q })}`, zPage(ZRecipient));
export const getRecipient = (id: string, recipientId: string) => apiGet(`${base}/${id}/recipients/${recipientId}`, ZRecipientDetail);

export const previewAudience = (surveyId: string, f: AudienceFilters) =>
  apiGet(
    `/api/v1/email-audience${query({ surveyId, provinces: f.provinces.join(',') || undefined, seenFrom: f.seenFrom, seenTo: f.seenTo, answered: f.answered })}`,
    ZAudiencePreview,
  );

export const listSuppressions = (q: { q?: string; reason?: string; page: number; pageSize: number }) => apiGet(`/api/v1/email-suppressions${query(q)}`, zPage(ZSuppression));
export const addSuppression = (email: string) => apiSendVoid('POST', '/api/v1/email-suppressions', { email });

export const makePersonalLink = (surveyId: string, body: PersonalLinkCreate) => apiSend('POST', `/api/v1/surveys/${surveyId}/personal-links`, body, ZPersonalLink);
export const searchCustomers = (q: string) => apiGet(`/api/v1/customers${query({ q, pageSize: 10, sort: 'name', order: 'asc' })}`, zPage(ZCustomerSummary));

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The recipient list goes up as the file itself (CSV or XLSX), as the offline import does. */
export async function uploadRecipients(id: string, file: File) {
  let res: Response;
  try {
    res = await fetch(`${base}/${id}/recipients-file${query({ fileName: file.name.normalize('NFC').slice(0, 200) || 'recipients.csv' })}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': /\.xlsx$/i.test(file.name) ? XLSX : 'text/csv', accept: 'application/json', 'accept-language': i18n.language === 'en' ? 'en' : 'vi' },
      body: file,
    });
  } catch {
    throw new ApiError(0, 'network', 'Network error');
  }
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const e = ZErrorBody.safeParse(data);
    throw e.success ? new ApiError(res.status, e.data.error.code, e.data.error.message, e.data.error.details) : new ApiError(res.status, 'bad_response', res.statusText);
  }
  return ZRecipientUpload.parse(data);
}
