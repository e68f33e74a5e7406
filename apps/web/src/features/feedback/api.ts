import {
  zPage, ZSurvey, ZSurveyDefinition, ZSurveySummary, ZSurveyTemplate, ZTouchpointList, type Survey, type SurveyCreate, type SurveyPatch, type SurveyQuery,
} from '@footprint/core';
import { apiGet, apiSend, apiSendVoid, itemsOf, query, type Parser } from '../../lib/api';

const v1 = '/api/v1';

/** A whole survey with its definition parsed by the shared contract (defaults filled in). */
const surveyParser: Parser<Survey> = {
  parse(data: unknown): Survey {
    const s = ZSurvey.parse(data);
    return { ...s, definition: ZSurveyDefinition.parse(s.definition) };
  },
};

export const listSurveys = (q: Partial<SurveyQuery>) => apiGet(`${v1}/surveys${query({ ...q })}`, zPage(ZSurveySummary));
export const getSurvey = (id: string) => apiGet(`${v1}/surveys/${id}`, surveyParser);
export const createSurvey = (input: SurveyCreate) => apiSend('POST', `${v1}/surveys`, input, surveyParser);
export const patchSurvey = (id: string, patch: SurveyPatch) => apiSend('PATCH', `${v1}/surveys/${id}`, patch, surveyParser);
export const duplicateSurvey = (id: string) => apiSend('POST', `${v1}/surveys/${id}/duplicate`, {}, surveyParser);
export const deleteSurvey = (id: string) => apiSendVoid('DELETE', `${v1}/surveys/${id}`);
export const listTemplates = () => apiGet(`${v1}/survey-templates`, itemsOf(ZSurveyTemplate));
export const listTouchpoints = () => apiGet(`${v1}/touchpoints`, ZTouchpointList);
