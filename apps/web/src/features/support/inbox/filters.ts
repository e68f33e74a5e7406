import { CASE_CHANNELS, CASE_PRIORITIES, CASE_QUEUES, CASE_STATUSES } from '@footprint/core';

/**
 * The inbox's state lives in the URL (shareable, back-button friendly) and a saved view keeps the
 * same keys. Only known keys with valid values pass; the API gets exactly these.
 */
export const SORT_KEYS = ['number', 'priority', 'dueAt', 'createdAt', 'updatedAt'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const FILTER_KEYS = ['queue', 'departmentId', 'status', 'priority', 'assigneeId', 'touchpointId', 'channel', 'tag', 'q', 'breached', 'sort', 'order'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type InboxFilters = Partial<Record<FilterKey, string>>;
export const PAGE_SIZE = 25;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const oneOf = (values: readonly string[]) => (v: string) => values.includes(v);
const listOf = (values: readonly string[]) => (v: string) => v.split(',').every((x) => values.includes(x));
const VALID: Record<FilterKey, (v: string) => boolean> = {
  queue: oneOf(CASE_QUEUES),
  departmentId: (v) => UUID.test(v),
  status: listOf(CASE_STATUSES),
  priority: listOf(CASE_PRIORITIES),
  assigneeId: (v) => UUID.test(v),
  touchpointId: (v) => UUID.test(v),
  channel: oneOf(CASE_CHANNELS),
  tag: (v) => v.length <= 40,
  q: (v) => v.length <= 200,
  breached: oneOf(['true']),
  sort: oneOf(SORT_KEYS),
  order: oneOf(['asc', 'desc']),
};

/** The filters of a URL (or a saved view), dropping anything unknown or malformed. */
export function readFilters(source: URLSearchParams | Record<string, string>): InboxFilters {
  const get = (k: string) => (source instanceof URLSearchParams ? source.get(k) : source[k]) ?? '';
  const out: InboxFilters = {};
  for (const k of FILTER_KEYS) {
    const v = get(k).trim();
    if (v && VALID[k](v)) out[k] = v;
  }
  if (out.queue !== 'department') delete out.departmentId;
  if (out.queue === 'department' && !out.departmentId) delete out.queue;
  return out;
}

export function readPage(sp: URLSearchParams): number {
  const n = Number(sp.get('page'));
  return Number.isInteger(n) && n >= 1 && n <= 100000 ? n : 1;
}

/** The API's query: the filters, the page, and sorting defaults (newest first). */
export function apiParams(f: InboxFilters, page: number): Record<string, string> {
  return { ...f, sort: f.sort ?? 'createdAt', order: f.order ?? 'desc', page: String(page), pageSize: String(PAGE_SIZE) };
}

/** Filters beyond the queue the person narrowed to (for "no match" vs "empty" and the clear button). */
export const isNarrowed = (f: InboxFilters): boolean => FILTER_KEYS.some((k) => k !== 'queue' && k !== 'departmentId' && k !== 'sort' && k !== 'order' && f[k] !== undefined);

/** Which side-list entry a set of filters is. */
export function queueKey(f: InboxFilters): string {
  if (f.breached === 'true' && !f.queue) return 'breached';
  if (f.queue === 'department' && f.departmentId) return `department:${f.departmentId}`;
  return f.queue ?? 'all';
}
