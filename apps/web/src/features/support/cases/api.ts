import {
  zPage, ZCase, ZCaseAuditEntry, ZCaseQueues, ZCaseBulkResult, ZCaseMessage, ZCaseSummary, ZCaseView, ZCustomer, ZCustomerSummary, ZHandoff, ZMember, ZSupportDepartment, ZSupportMe, ZTouchpointList,
  type CaseCreate, type CaseMessageCreate, type CasePatch, type HandoffCreate,
} from '@footprint/core';
import { apiGet, apiSend, apiSendVoid, itemsOf, query } from '../../../lib/api';

const v1 = '/api/v1';


/** The list's query as the URL and the API carry it: plain strings. */
export type CaseListParams = Record<string, string>;

export const casePath = (id: string) => `${v1}/cases/${id}`;
export const listCases = (q: CaseListParams) => apiGet(`${v1}/cases${query(q)}`, zPage(ZCaseSummary));
export const getQueues = () => apiGet(`${v1}/cases/queues`, ZCaseQueues);
export const getCase = (id: string) => apiGet(casePath(id), ZCase);
export const createCase = (input: CaseCreate) => apiSend('POST', `${v1}/cases`, input, ZCase);
export const patchCase = (id: string, patch: CasePatch) => apiSend('PATCH', casePath(id), patch, ZCase);
export const bulkCases = (body: { ids: string[]; set: Record<string, string | null> }) => apiSend('POST', `${v1}/cases/bulk`, body, ZCaseBulkResult);

export const listMessages = (id: string) => apiGet(`${casePath(id)}/messages`, itemsOf(ZCaseMessage));
export const postMessage = (id: string, body: CaseMessageCreate) => apiSend('POST', `${casePath(id)}/messages`, body, ZCaseMessage);
export const listAudit = (id: string) => apiGet(`${casePath(id)}/audit`, itemsOf(ZCaseAuditEntry));
export const listCaseHandoffs = (id: string) => apiGet(`${casePath(id)}/handoffs`, itemsOf(ZHandoff));
export const createHandoff = (id: string, body: HandoffCreate) => apiSend('POST', `${casePath(id)}/handoffs`, body, ZHandoff);

export const listHandoffs = (q: { departmentId?: string; status: string; page: number; pageSize: number; direction?: string }) =>
  apiGet(`${v1}/handoffs${query(q)}`, zPage(ZHandoff));
export const answerHandoff = (id: string, answer: string) => apiSend('POST', `${v1}/handoffs/${id}/answer`, { answer }, ZHandoff);
export const cancelHandoff = (id: string) => apiSend('POST', `${v1}/handoffs/${id}/cancel`, {}, ZHandoff);

export const listViews = () => apiGet(`${v1}/case-views`, itemsOf(ZCaseView));
export const createView = (body: { name: string; query: Record<string, string> }) => apiSend('POST', `${v1}/case-views`, body, ZCaseView);
export const deleteView = (id: string) => apiSendVoid('DELETE', `${v1}/case-views/${id}`);

export const listSupportDepartments = () => apiGet(`${v1}/support/departments`, itemsOf(ZSupportDepartment));
export const getSupportMe = () => apiGet(`${v1}/support/me`, ZSupportMe);
export const setShift = (userId: string, onShift: boolean) => apiSendVoid('PUT', `${v1}/support/agents/${userId}/shift`, { onShift });

/** Members for the assignee and @mention pickers (the workspace's people, by name). */
export const listMemberRefs = () => apiGet(`${v1}/members${query({ pageSize: 200, sort: 'name', order: 'asc' })}`, zPage(ZMember));
/** Customers for the new case's picker, searched without diacritics by the server. */
export const searchCustomers = (q: string) => apiGet(`${v1}/customers${query({ q, pageSize: 20, sort: 'name', order: 'asc' })}`, zPage(ZCustomerSummary));
export const listTouchpointRefs = () => apiGet(`${v1}/touchpoints`, ZTouchpointList);
export const getCustomer = (userId: string) => apiGet(`${v1}/customers/${encodeURIComponent(userId)}`, ZCustomer);
