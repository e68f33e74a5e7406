import { CASE_PRIORITIES, CASE_STATUSES, type Case, type CasePatch } from '@footprint/core';
import { Group, Select, Stack, TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { departmentName, useDepartments, useFormat } from '../../../workspace';
import { useMemberRefs, useSupportDepartments } from '../hooks';

/** Status, priority, department, assignee and tags of a case; each change is one PATCH with the version on screen. */
export function CaseControls({ c, canWork, busy, onPatch }: { c: Case; canWork: boolean; busy: boolean; onPatch: (p: Omit<CasePatch, 'version'>) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const members = useMemberRefs();
  const departments = useDepartments();
  const support = useSupportDepartments();
  const disabled = !canWork || busy;
  const deps = departments.data ?? [];
  const depOptions = deps.map((d) => ({ value: d.id, label: departmentName(d, fmt.locale) }));
  if (c.department && !deps.some((d) => d.id === c.department?.id)) depOptions.push({ value: c.department.id, label: departmentName(c.department, fmt.locale) });
  // Agents of the case's department first; anyone who works cases may be picked.
  const inDepartment = new Set(
    support.data?.find((d) => d.id === c.department?.id)?.agents.map((a) => a.id) ?? (members.data ?? []).filter((m) => m.department?.id === c.department?.id).map((m) => m.userId),
  );
  const people = (members.data ?? []).filter((m) => m.role !== 'viewer');
  const peopleOptions = [
    { value: '', label: t('supportInbox.table.unassigned') },
    ...people.filter((m) => inDepartment.has(m.userId)).map((m) => ({ value: m.userId, label: m.name })),
    ...people.filter((m) => !inDepartment.has(m.userId)).map((m) => ({ value: m.userId, label: m.name })),
  ];
  if (c.assignee && !people.some((m) => m.userId === c.assignee?.id)) peopleOptions.push({ value: c.assignee.id, label: c.assignee.name });
  return (
    <Stack gap="sm">
      <Group gap="sm" grow align="flex-start">
        <Select
          label={t('supportInbox.table.status')}
          allowDeselect={false}
          disabled={disabled}
          value={c.status}
          onChange={(v) => v && v !== c.status && onPatch({ status: v as Case['status'] })}
          data={CASE_STATUSES.map((s) => ({ value: s, label: t(`supportInbox.status.${s}`) }))}
        />
        <Select
          label={t('supportInbox.table.priority')}
          allowDeselect={false}
          disabled={disabled}
          value={c.priority}
          onChange={(v) => v && v !== c.priority && onPatch({ priority: v as Case['priority'] })}
          data={CASE_PRIORITIES.map((p) => ({ value: p, label: t(`supportInbox.priority.${p}`) }))}
        />
      </Group>
      <Group gap="sm" grow align="flex-start">
        <Select
          label={t('supportInbox.table.department')}
          placeholder={t('supportInbox.table.noDepartment')}
          disabled={disabled}
          value={c.department?.id ?? null}
          onChange={(v) => v && v !== c.department?.id && onPatch({ departmentId: v })}
          data={depOptions}
        />
        <Select
          label={t('supportInbox.table.assignee')}
          searchable
          allowDeselect={false}
          disabled={disabled}
          value={c.assignee?.id ?? ''}
          onChange={(v) => v !== null && (v || null) !== (c.assignee?.id ?? null) && onPatch({ assigneeId: v || null })}
          data={peopleOptions}
        />
      </Group>
      <TagsInput
        label={t('supportInbox.case.tags')}
        placeholder={canWork ? t('supportInbox.case.tagsPlaceholder') : undefined}
        disabled={disabled}
        value={c.tags}
        maxTags={20}
        onChange={(tags) => onPatch({ tags: tags.map((x) => x.trim()).filter(Boolean).slice(0, 20) })}
      />
    </Stack>
  );
}
