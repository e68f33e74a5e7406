import { ZPublicInvite, ZUnsubscribeInfo, type Answers, type SurveyLanguage } from '@footprint/core';
import { z } from 'zod';
import { apiGet, apiSend } from '../../../lib/api';

/** What the public pages reach with an invitation token: no session, the token is the credential. */
const enc = encodeURIComponent;

export const getInvite = (token: string) => apiGet(`/api/v1/public/invites/${enc(token)}`, ZPublicInvite);
export const saveInviteResponse = (token: string, body: { answers: Answers; language: SurveyLanguage; complete: boolean; website: string }) =>
  apiSend('POST', `/api/v1/public/invites/${enc(token)}/responses`, body, z.object({ id: z.string(), completed: z.boolean() }));
export const getUnsubscribe = (token: string) => apiGet(`/api/v1/public/unsubscribe/${enc(token)}`, ZUnsubscribeInfo);
export const unsubscribe = (token: string) => apiSend('POST', `/api/v1/public/unsubscribe/${enc(token)}`, {}, ZUnsubscribeInfo);
