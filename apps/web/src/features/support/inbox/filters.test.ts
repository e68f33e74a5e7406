import { describe, expect, it } from 'vitest';
import { apiParams, isNarrowed, queueKey, readFilters, readPage } from './filters';

const dep = '0190a2b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b';

describe('inbox filters', () => {
  it('keeps known keys with valid values and drops the rest', () => {
    const sp = new URLSearchParams({ status: 'new,open', priority: 'urgent,nope', channel: 'hotline', sort: 'dueAt', order: 'sideways', evil: '1', q: ' giao hàng ' });
    expect(readFilters(sp)).toEqual({ status: 'new,open', channel: 'hotline', sort: 'dueAt', q: 'giao hàng' });
  });
  it('needs a department for the department queue, and a department only with it', () => {
    expect(readFilters({ queue: 'department' })).toEqual({});
    expect(readFilters({ queue: 'department', departmentId: dep })).toEqual({ queue: 'department', departmentId: dep });
    expect(readFilters({ queue: 'mine', departmentId: dep })).toEqual({ queue: 'mine' });
    expect(readFilters({ queue: 'department', departmentId: 'kho' })).toEqual({});
  });
  it('pages from 1, and the API gets defaults for sorting', () => {
    expect(readPage(new URLSearchParams('page=3'))).toBe(3);
    expect(readPage(new URLSearchParams('page=-1'))).toBe(1);
    expect(readPage(new URLSearchParams('page=x'))).toBe(1);
    expect(apiParams({ queue: 'mine' }, 2)).toEqual({ queue: 'mine', sort: 'createdAt', order: 'desc', page: '2', pageSize: '25' });
  });
  it('tells queues apart and knows when the person narrowed them', () => {
    expect(queueKey({})).toBe('all');
    expect(queueKey({ breached: 'true' })).toBe('breached');
    expect(queueKey({ queue: 'department', departmentId: dep })).toBe(`department:${dep}`);
    expect(isNarrowed({ queue: 'mine', sort: 'number' })).toBe(false);
    expect(isNarrowed({ queue: 'mine', tag: 'vip' })).toBe(true);
  });
});
