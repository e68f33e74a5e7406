import type { CaseListParams } from './api';

/** Cache keys of the case inbox, the case page and hand-offs; live `cases.changed` / `handoffs.changed` mark them stale. */
export const sk = {
  cases: ['support', 'cases'] as const,
  list: (q: CaseListParams) => ['support', 'cases', 'list', q] as const,
  queues: ['support', 'cases', 'queues'] as const,
  one: (id: string) => ['support', 'cases', 'one', id] as const,
  messages: (id: string) => ['support', 'cases', 'one', id, 'messages'] as const,
  audit: (id: string) => ['support', 'cases', 'one', id, 'audit'] as const,
  caseHandoffs: (id: string) => ['support', 'cases', 'one', id, 'handoffs'] as const,
  handoffs: ['support', 'handoffs'] as const,
  handoffList: (q: Record<string, unknown>) => ['support', 'handoffs', q] as const,
  views: ['support', 'views'] as const,
  departments: ['support', 'departments'] as const,
  me: ['support', 'me'] as const,
  members: ['support', 'members'] as const,
  customers: (q: string) => ['support', 'customers', q] as const,
};
