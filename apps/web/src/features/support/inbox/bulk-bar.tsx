import { CASE_PRIORITIES, CASE_STATUSES } from '@footprint/core';
import { Button, Group, Paper, Select, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../lib/errors';
import { departmentName, useDepartments, useFormat } from '../../workspace';
import { useBulkCases, useMemberRefs } from '../cases/hooks';

/** What to do to every selected case at once: assign, move, set status or priority, add a tag. */
export function BulkBar({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const message = useErrorMessage();
  const bulk = useBulkCases();
  const members = useMemberRefs();
  const departments = useDepartments();
  const [tag, setTag] = useState('');
  const apply = (set: Record<string, string | null>) =>
    bulk.mutate(
      { ids, set },
      {
        onSuccess: (r) => {
          notifications.show({ message: t('supportInbox.bulk.done', { count: r.changed }) });
          setTag('');
          onDone();
        },
        onError: (e) => notifications.show({ color: 'red', message: message(e) }),
      },
    );
  return (
    <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-blue-light)" role="region" aria-label={t('supportInbox.bulk.label')}>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Text size="sm" fw={600} style={{ alignSelf: 'center' }}>
          {t('supportInbox.bulk.selected', { count: ids.length })}
        </Text>
        <Select
          size="xs"
          label={t('supportInbox.bulk.assign')}
          placeholder={t('supportInbox.bulk.choose')}
          searchable
          value={null}
          disabled={bulk.isPending}
          data={[{ value: '', label: t('supportInbox.table.unassigned') }, ...(members.data ?? []).filter((m) => m.role !== 'viewer').map((m) => ({ value: m.userId, label: m.name }))]}
          onChange={(v) => v !== null && apply({ assigneeId: v || null })}
          w={180}
        />
        <Select
          size="xs"
          label={t('supportInbox.bulk.department')}
          placeholder={t('supportInbox.bulk.choose')}
          value={null}
          disabled={bulk.isPending}
          data={(departments.data ?? []).map((d) => ({ value: d.id, label: departmentName(d, fmt.locale) }))}
          onChange={(v) => v && apply({ departmentId: v })}
          w={180}
        />
        <Select
          size="xs"
          label={t('supportInbox.bulk.status')}
          placeholder={t('supportInbox.bulk.choose')}
          value={null}
          disabled={bulk.isPending}
          data={CASE_STATUSES.map((s) => ({ value: s, label: t(`supportInbox.status.${s}`) }))}
          onChange={(v) => v && apply({ status: v })}
          w={170}
        />
        <Select
          size="xs"
          label={t('supportInbox.bulk.priority')}
          placeholder={t('supportInbox.bulk.choose')}
          value={null}
          disabled={bulk.isPending}
          data={CASE_PRIORITIES.map((p) => ({ value: p, label: t(`supportInbox.priority.${p}`) }))}
          onChange={(v) => v && apply({ priority: v })}
          w={140}
        />
        <Group gap={4} align="flex-end">
          <TextInput size="xs" label={t('supportInbox.bulk.tag')} value={tag} maxLength={40} onChange={(e) => setTag(e.currentTarget.value)} w={140} />
          <Button size="xs" variant="default" disabled={!tag.trim()} loading={bulk.isPending} onClick={() => apply({ addTag: tag.trim() })}>
            {t('supportInbox.bulk.addTag')}
          </Button>
        </Group>
        <Button size="xs" variant="subtle" color="gray" onClick={onDone}>
          {t('supportInbox.bulk.clear')}
        </Button>
      </Group>
    </Paper>
  );
}
