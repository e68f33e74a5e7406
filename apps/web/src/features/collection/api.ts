import { apiGet, query } from '../../lib/api';
import { ZCustomer, ZCustomerPage, ZEventPage, type CustomerQuery, type EventFilters } from './schemas';

const v1 = '/api/v1';
const customerPath = (userId: string) => `${v1}/customers/${encodeURIComponent(userId)}`;

export const listEvents = (filters: EventFilters & { limit?: number; before?: string }) =>
  apiGet(`${v1}/events${query({ ...filters })}`, ZEventPage);

export const listCustomers = (q: CustomerQuery) => apiGet(`${v1}/customers${query({ ...q })}`, ZCustomerPage);
export const getCustomer = (userId: string) => apiGet(customerPath(userId), ZCustomer);
export const getTimeline = (userId: string, limit: number, before?: string) =>
  apiGet(`${customerPath(userId)}/timeline${query({ limit, before })}`, ZEventPage);

