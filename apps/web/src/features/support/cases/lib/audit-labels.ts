import type { CaseAuditEntry } from '@footprint/core';
import { CASE_PRIORITIES, CASE_STATUSES } from '@footprint/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { departmentName, useDepartments, useFormat } from '../../../workspace';
import { useMemberRefs } from '../hooks';

/** What the server names its automations; a trigger's own name is shown as it is. */
const KNOWN_AUTOMATIONS = ['handoff', 'assignment', 'routing', 'reply', 'SLA'] as const;
const isStatus = (v: string): v is (typeof CASE_STATUSES)[number] => CASE_STATUSES.some((s) => s === v);
const isPriority = (v: string): v is (typeof CASE_PRIORITIES)[number] => CASE_PRIORITIES.some((p) => p === v);
const KNOWN_FIELDS = ['status', 'priority', 'department', 'assignee', 'subject', 'tags', 'firstResponseAt', 'resolvedAt', 'resolutionCsat', 'reopened'] as const;

/**
 * An audit entry in words: "Lan đổi Trạng thái: Mới → Đang xử lý". Values are names, never ids:
 * statuses and priorities by their labels, departments and people by name.
 */
export function useAuditLabels() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const members = useMemberRefs();
  const departments = useDepartments();
  return useMemo(() => {
    const people = new Map((members.data ?? []).map((m) => [m.userId, m.name]));
    const deps = new Map((departments.data ?? []).map((d) => [d.id, departmentName(d, fmt.locale)]));
    const field = (f: string) => (KNOWN_FIELDS.some((k) => k === f) ? t(`supportInbox.audit.fields.${f as (typeof KNOWN_FIELDS)[number]}`) : f);
    const value = (f: string, v: string | null): string => {
      if (v === null || v === '') return t('supportInbox.audit.empty');
      if (f === 'status' && isStatus(v)) return t(`supportInbox.status.${v}`);
      if (f === 'priority' && isPriority(v)) return t(`supportInbox.priority.${v}`);
      // The server names departments and people already; ids it could not name stay as they are.
      if (f === 'department' || f === 'departmentId') return deps.get(v) ?? v;
      if (f === 'assignee' || f === 'assigneeId') return people.get(v) ?? v;
      if (/^\d{4}-\d{2}-\d{2}T/.test(v)) return fmt.dateTime(v);
      return v;
    };
    const automation = (a: string) => (KNOWN_AUTOMATIONS.some((k) => k === a) ? t(`supportInbox.audit.automations.${a as (typeof KNOWN_AUTOMATIONS)[number]}`) : a);
    const who = (e: CaseAuditEntry) => {
      if (e.actor && e.automation) return t('supportInbox.audit.actorVia', { name: e.actor.name, via: automation(e.automation) });
      if (e.actor) return e.actor.name;
      return e.automation ? t('supportInbox.audit.automation', { name: automation(e.automation) }) : t('supportInbox.audit.system');
    };
    return {
      field,
      value,
      who,
      sentence: (e: CaseAuditEntry) => t('supportInbox.audit.sentence', { who: who(e), field: field(e.field), from: value(e.field, e.from), to: value(e.field, e.to) }),
    };
  }, [t, fmt, members.data, departments.data]);
}
