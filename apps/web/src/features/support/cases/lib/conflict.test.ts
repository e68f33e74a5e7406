import type { Case, CaseAuditEntry } from '@footprint/core';
import { describe, expect, it } from 'vitest';
import { conflictChanges } from './conflict';

const base: Case = {
  id: 'c1', number: 29, subject: 'Tủ lạnh giao thiếu ngăn đá', status: 'resolved', priority: 'normal', source: 'manual', channel: 'hotline', tags: [],
  customer: null, department: { id: 'd1', nameVi: 'Chăm sóc khách hàng', nameEn: 'Customer care' }, assignee: null, touchpoint: null, responseId: null,
  firstResponseDueAt: null, resolutionDueAt: null, firstResponseAt: null, resolvedAt: null, sla: { firstResponse: 'none', resolution: 'none' }, waitingOn: [],
  createdAt: '2026-11-24T09:00:00.000Z', updatedAt: '2026-11-24T09:10:00.000Z', version: 5, description: '', feedback: null, resolutionCsat: null, reopenedCount: 0, createdBy: null,
};
const entry = (id: string, field: string, from: string | null, to: string | null, at: string, name: string): CaseAuditEntry => ({ id, actor: { id: name, name }, automation: null, field, from, to, at });

describe('conflictChanges', () => {
  it('tells only the fields that moved on, by their latest audit entry', () => {
    const now = { ...base, priority: 'urgent' as const, version: 6, updatedAt: '2026-11-24T09:12:00.000Z' };
    const audit = [
      entry('a1', 'status', 'open', 'resolved', '2026-11-24T09:10:00.001Z', 'Võ Thị Mai'),
      entry('a2', 'priority', null, 'normal', '2026-11-24T09:00:00.000Z', 'Võ Thị Mai'),
      entry('a3', 'priority', 'normal', 'urgent', '2026-11-24T09:12:00.000Z', 'Ngô Thị Chăm'),
    ];
    expect(conflictChanges(base, now, audit)).toEqual([audit[2]]);
  });
  it('still says what changed when the history has no entry for it', () => {
    const now = { ...base, tags: ['vip'], version: 6 };
    expect(conflictChanges(base, now, [])).toEqual([{ id: 'diff-tags', actor: null, automation: null, field: 'tags', from: null, to: 'vip', at: base.updatedAt }]);
  });
});
