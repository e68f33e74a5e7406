import {
  ZTouchpoint, ZTouchpointList, ZTouchpointPreview, ZUnmatchedList, type TouchpointInput, type TouchpointRulesInput,
} from '@footprint/core';
import { apiGet, apiSend, apiSendVoid, query } from '../../lib/api';
import { ZCustomer, ZCustomerPage, ZEventPage, ZTimelinePage, type CustomerQuery, type EventFilters } from './schemas';

const v1 = '/api/v1';
const customerPath = (userId: string) => `${v1}/customers/${encodeURIComponent(userId)}`;

export const listEvents = (filters: EventFilters & { limit?: number; before?: string }) =>
  apiGet(`${v1}/events${query({ ...filters })}`, ZEventPage);

export const listCustomers = (q: CustomerQuery) => apiGet(`${v1}/customers${query({ ...q })}`, ZCustomerPage);
export const getCustomer = (userId: string) => apiGet(customerPath(userId), ZCustomer);
export const getTimeline = (userId: string, limit: number, before?: string) =>
  apiGet(`${customerPath(userId)}/timeline${query({ limit, before })}`, ZTimelinePage);


export const listTouchpoints = () => apiGet(`${v1}/touchpoints`, ZTouchpointList);
export const createTouchpoint = (input: TouchpointInput) => apiSend('POST', `${v1}/touchpoints`, input, ZTouchpoint);
export const updateTouchpoint = (id: string, patch: Partial<TouchpointInput>) => apiSend('PATCH', `${v1}/touchpoints/${id}`, patch, ZTouchpoint);
export const deleteTouchpoint = (id: string) => apiSendVoid('DELETE', `${v1}/touchpoints/${id}`);
export const reorderTouchpoints = (ids: string[]) => apiSend('PUT', `${v1}/touchpoints/order`, { ids }, ZTouchpointList.pick({ items: true }));
export const previewRules = (rules: TouchpointRulesInput) => apiSend('POST', `${v1}/touchpoints/preview`, { rules }, ZTouchpointPreview);
export const listUnmatched = (days: number) => apiGet(`${v1}/touchpoints/unmatched${query({ days })}`, ZUnmatchedList);
