import { CASE_PRIORITIES, type CasePriority, type CaseTrigger } from '@footprint/core';
import { Badge, Card, EmptyState, Group, Select, Stack, TagsInput, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBolt } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmRemoval } from '../../../../components/confirm-removal';
import { QueryError, TableSkeleton } from '../../../../components/query-state';
import { useErrorMessage } from '../../../../lib/errors';
import { useFormat } from '../../../workspace';
import { PriorityBadge } from '../components/priority-badge';
import { RuleEditor } from '../components/rule-editor';
import { RuleList, RulesHeader } from '../components/rule-list';
import { ssk, useCanManageSupport, useCreateTrigger, useDeleteTrigger, useOrderTriggers, usePatchTrigger, useTriggers } from '../hooks';
import { blankConditions, draftOfConditions } from '../lib/conditions';

const isPriority = (v: string | null): v is CasePriority => CASE_PRIORITIES.some((p) => p === v);

/** Tự động tạo yêu cầu: which feedback opens a case, checked in order, with the priority and tags it gets. */
export function TriggersPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const message = useErrorMessage();
  const qc = useQueryClient();
  const canEdit = useCanManageSupport();
  const triggers = useTriggers();
  const create = useCreateTrigger();
  const patch = usePatchTrigger();
  const order = useOrderTriggers();
  const remove = useDeleteTrigger();
  const [editing, setEditing] = useState<CaseTrigger | 'new' | null>(null);
  const [removing, setRemoving] = useState<CaseTrigger | null>(null);
  const [priority, setPriority] = useState<CasePriority>('normal');
  const [tags, setTags] = useState<string[]>([]);
  const items = triggers.data ?? [];
  const fail = (err: unknown) => notifications.show({ color: 'red', message: message(err) });

  const open = (rule: CaseTrigger | 'new') => {
    setPriority(rule === 'new' ? 'high' : rule.priority);
    setTags(rule === 'new' ? [] : rule.tags);
    setEditing(rule);
  };
  const reorder = (ids: string[]) => {
    order.mutate(ids, { onSuccess: () => notifications.show({ color: 'teal', message: t('supportSettings.rules.reordered') }), onError: fail });
  };

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <RulesHeader intro={t('supportSettings.triggers.intro')} addLabel={t('supportSettings.triggers.add')} count={items.length} canEdit={canEdit} onAdd={() => open('new')} />
        {triggers.isError ? (
          <QueryError error={triggers.error} onRetry={() => void triggers.refetch()} />
        ) : triggers.isPending ? (
          <TableSkeleton cols={3} rows={3} />
        ) : items.length === 0 ? (
          <EmptyState
            icon={<IconBolt size={28} aria-hidden />}
            variant="light"
            title={t('supportSettings.triggers.emptyTitle')}
            description={canEdit ? t('supportSettings.triggers.emptyBody') : t('supportSettings.triggers.emptyReadOnly')}
            py="xl"
          />
        ) : (
          <RuleList
            rules={items}
            canEdit={canEdit}
            busy={order.isPending}
            outcome={(r) => (
              <>
                <PriorityBadge priority={r.priority} />
                {r.tags.map((tag) => (
                  <Badge key={tag} size="sm" variant="outline" color="gray" tt="none">
                    {tag}
                  </Badge>
                ))}
                <Text size="xs" c="dimmed">
                  {t('supportSettings.triggers.fired', { count: r.fired, n: fmt.number(r.fired) })}
                </Text>
              </>
            )}
            onToggle={(r, enabled) => {
              // The switch moves at once; the list is refetched when the server has answered.
              qc.setQueryData<CaseTrigger[]>(ssk.triggers, items.map((x) => (x.id === r.id ? { ...x, enabled } : x)));
              patch.mutate({ id: r.id, input: { enabled } }, { onError: fail });
            }}
            onReorder={reorder}
            onEdit={open}
            onRemove={setRemoving}
          />
        )}
      </Stack>
      {editing && (
        <RuleEditor
          title={editing === 'new' ? t('supportSettings.triggers.newTitle') : t('supportSettings.triggers.editTitle')}
          initial={editing === 'new' ? { name: '', enabled: true, conditions: blankConditions() } : { name: editing.name, enabled: editing.enabled, conditions: draftOfConditions(editing.conditions) }}
          saving={create.isPending || patch.isPending}
          onClose={() => setEditing(null)}
          outcome={
            <Group align="flex-start" gap="md" wrap="wrap">
              <Select
                label={t('supportSettings.triggers.priority')}
                allowDeselect={false}
                value={priority}
                onChange={(v) => isPriority(v) && setPriority(v)}
                data={CASE_PRIORITIES.map((p) => ({ value: p, label: t(`supportSettings.priorities.${p}`) }))}
                w={200}
              />
              <TagsInput
                label={t('supportSettings.triggers.tags')}
                placeholder={t('supportSettings.triggers.tagsPlaceholder')}
                value={tags}
                onChange={setTags}
                maxTags={20}
                splitChars={[',']}
                style={{ flex: 1, minWidth: 220 }}
              />
            </Group>
          }
          onSave={(rule, done) => {
            const input = { ...rule, priority, tags };
            const onSuccess = () => {
              notifications.show({ color: 'teal', message: editing === 'new' ? t('supportSettings.triggers.created') : t('supportSettings.saved') });
              setEditing(null);
            };
            if (editing === 'new') create.mutate(input, { onSuccess, onError: done.onError });
            else patch.mutate({ id: editing.id, input }, { onSuccess, onError: done.onError });
          }}
        />
      )}
      <ConfirmRemoval
        target={removing}
        onClose={() => setRemoving(null)}
        mutation={remove}
        title={t('supportSettings.rules.removeTitle')}
        confirmLabel={t('common.delete')}
        successMessage={t('supportSettings.rules.removed')}
        body={(r) => t('supportSettings.rules.removeBody', { name: r.name })}
      />
    </Card>
  );
}
