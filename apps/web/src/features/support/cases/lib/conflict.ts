import type { Case, CaseAuditEntry } from '@footprint/core';

/** The fields a person edits on the case page, as the audit names them, and how to read each from a case. */
const FIELDS: { field: string; value: (c: Case) => string | null; shown: (c: Case) => string | null }[] = [
  { field: 'status', value: (c) => c.status, shown: (c) => c.status },
  { field: 'priority', value: (c) => c.priority, shown: (c) => c.priority },
  { field: 'department', value: (c) => c.department?.id ?? null, shown: (c) => c.department?.nameVi ?? null },
  { field: 'assignee', value: (c) => c.assignee?.id ?? null, shown: (c) => c.assignee?.name ?? null },
  { field: 'subject', value: (c) => c.subject, shown: (c) => c.subject },
  { field: 'tags', value: (c) => c.tags.join(', ') || null, shown: (c) => c.tags.join(', ') || null },
];

/**
 * What someone else changed: every field that differs between the case on screen and the case now,
 * told by the latest audit entry of that field (who, from, to); without one, just from → to.
 */
export function conflictChanges(mine: Case, now: Case, audit: CaseAuditEntry[]): CaseAuditEntry[] {
  return FIELDS.filter((f) => f.value(mine) !== f.value(now)).map((f) => {
    const latest = audit.filter((a) => a.field === f.field).reduce<CaseAuditEntry | null>((best, a) => (!best || a.at >= best.at ? a : best), null);
    return latest ?? { id: `diff-${f.field}`, actor: null, automation: null, field: f.field, from: f.shown(mine), to: f.shown(now), at: now.updatedAt };
  });
}
