import {
  zPage, ZPersona, ZPersonaCoverage, ZPersonaSummary, type PersonaCreate, type PersonaPatch, type PersonaQuery, type PersonaRule,
} from '@footprint/core';
import { apiGet, apiSend, apiSendVoid, query } from '../../../lib/api';

const v1 = '/api/v1/personas';

export const listPersonas = (q: Partial<PersonaQuery>) => apiGet(`${v1}${query({ ...q })}`, zPage(ZPersonaSummary));
export const getPersona = (id: string) => apiGet(`${v1}/${id}`, ZPersona);
export const createPersona = (input: PersonaCreate) => apiSend('POST', v1, input, ZPersona);
export const patchPersona = (id: string, patch: PersonaPatch) => apiSend('PATCH', `${v1}/${id}`, patch, ZPersona);
export const duplicatePersona = (id: string) => apiSend('POST', `${v1}/${id}/duplicate`, {}, ZPersona);
export const deletePersona = (id: string) => apiSendVoid('DELETE', `${v1}/${id}`);
/** The coverage of a rule being written (the editor's live count). */
export const previewCoverage = (rule: PersonaRule) => apiSend('POST', `${v1}/coverage`, { rule }, ZPersonaCoverage);
