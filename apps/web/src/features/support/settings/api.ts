import type { z } from 'zod';
import {
  zPage, ZCaseTrigger, ZHoliday, ZRoutingRule, ZRulePreview, ZSlaSettings, ZSupportDepartment, ZSupportDepartmentPatch, ZSurveySummary, ZTouchpointList, ZMember,
  type CaseConditions, type CaseTriggerInput, type RoutingRuleInput, type SlaSettingsInput,
} from '@footprint/core';
import { apiGet, apiSend, apiSendVoid, itemsOf, query } from '../../../lib/api';

const v1 = '/api/v1';
const support = `${v1}/support`;

export const listTriggers = () => apiGet(`${support}/triggers`, itemsOf(ZCaseTrigger));
export const createTrigger = (input: CaseTriggerInput) => apiSend('POST', `${support}/triggers`, input, ZCaseTrigger);
export const patchTrigger = (id: string, input: Partial<CaseTriggerInput>) => apiSend('PATCH', `${support}/triggers/${id}`, input, ZCaseTrigger);
export const deleteTrigger = (id: string) => apiSendVoid('DELETE', `${support}/triggers/${id}`);
export const orderTriggers = (ids: string[]) => apiSendVoid('PUT', `${support}/triggers/order`, { ids });

export const listRoutingRules = () => apiGet(`${support}/routing-rules`, itemsOf(ZRoutingRule));
export const createRoutingRule = (input: RoutingRuleInput) => apiSend('POST', `${support}/routing-rules`, input, ZRoutingRule);
export const patchRoutingRule = (id: string, input: Partial<RoutingRuleInput>) => apiSend('PATCH', `${support}/routing-rules/${id}`, input, ZRoutingRule);
export const deleteRoutingRule = (id: string) => apiSendVoid('DELETE', `${support}/routing-rules/${id}`);
export const orderRoutingRules = (ids: string[]) => apiSendVoid('PUT', `${support}/routing-rules/order`, { ids });

/** What a rule being written would catch in the last 30 days' feedback. */
export const previewRule = (conditions: CaseConditions) => apiSend('POST', `${support}/rules/preview`, { conditions }, ZRulePreview);

export const listSupportDepartments = () => apiGet(`${support}/departments`, itemsOf(ZSupportDepartment));
/** What a department's PATCH may change. */
export type SupportDepartmentPatch = z.input<typeof ZSupportDepartmentPatch>;
/** The answer is not needed: the departments list is refetched, since a new default changes two departments. */
export const patchSupportDepartment = (id: string, patch: SupportDepartmentPatch) => apiSendVoid('PATCH', `${support}/departments/${id}`, patch);
export const setShift = (userId: string, onShift: boolean) => apiSendVoid('PUT', `${support}/agents/${userId}/shift`, { onShift });

export const getSla = () => apiGet(`${support}/sla`, ZSlaSettings);
export const putSla = (input: SlaSettingsInput) => apiSend('PUT', `${support}/sla`, input, ZSlaSettings);
export const listHolidays = (year: number) => apiGet(`${support}/holidays${query({ year })}`, itemsOf(ZHoliday));

/** What the conditions pick from: the workspace's touchpoints, surveys and members (for leads and reassignment). */
export const listTouchpoints = () => apiGet(`${v1}/touchpoints`, ZTouchpointList);
export const listSurveys = () => apiGet(`${v1}/surveys${query({ pageSize: 200, sort: 'name', order: 'asc' })}`, zPage(ZSurveySummary));
export const listMembers = () => apiGet(`${v1}/members${query({ pageSize: 200, sort: 'name', order: 'asc' })}`, zPage(ZMember));
