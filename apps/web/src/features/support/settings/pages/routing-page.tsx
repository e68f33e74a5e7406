import type { RoutingRule, SupportDepartment } from '@footprint/core';
import { Badge, Button, Card, EmptyState, Group, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsSplit, IconBuilding } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmRemoval } from '../../../../components/confirm-removal';
import { QueryError, TableSkeleton } from '../../../../components/query-state';
import { useErrorMessage } from '../../../../lib/errors';
import { departmentName, useFormat } from '../../../workspace';
import { RuleEditor } from '../components/rule-editor';
import { RuleList, RulesHeader } from '../components/rule-list';
import {
  ssk, useCanManageSupport, useCreateRoutingRule, useDeleteRoutingRule, useOrderRoutingRules, usePatchRoutingRule, usePatchSupportDepartment, useRoutingRules,
  useSupportDepartments,
} from '../hooks';
import { blankConditions, draftOfConditions } from '../lib/conditions';

/** Where a case goes when no rule matches: one department is the default. */
function DefaultDepartment({ departments, canEdit }: { departments: SupportDepartment[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const message = useErrorMessage();
  const patch = usePatchSupportDepartment();
  const current = departments.find((d) => d.isDefault) ?? null;
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-label={t('supportSettings.routing.defaultTitle')}>
      <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
        <Stack gap={2}>
          <Title order={2} fz="h5">
            {t('supportSettings.routing.defaultTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('supportSettings.routing.defaultHint')}
          </Text>
        </Stack>
        <Select
          aria-label={t('supportSettings.routing.defaultLabel')}
          allowDeselect={false}
          value={current?.id ?? null}
          disabled={!canEdit || patch.isPending}
          data={departments.map((d) => ({ value: d.id, label: departmentName(d, locale) }))}
          onChange={(id) =>
            id &&
            id !== current?.id &&
            patch.mutate(
              { id, patch: { isDefault: true } },
              {
                onSuccess: () => notifications.show({ color: 'teal', message: t('supportSettings.routing.defaultSaved') }),
                onError: (err) => notifications.show({ color: 'red', message: message(err) }),
              },
            )
          }
          w={{ base: '100%', xs: 280 }}
        />
      </Group>
    </Card>
  );
}

/** Điều phối: routing rules in order (first match sends the case to its department) and the default department. */
export function RoutingPage() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const message = useErrorMessage();
  const qc = useQueryClient();
  const canEdit = useCanManageSupport();
  const rules = useRoutingRules();
  const departments = useSupportDepartments();
  const create = useCreateRoutingRule();
  const patch = usePatchRoutingRule();
  const order = useOrderRoutingRules();
  const remove = useDeleteRoutingRule();
  const [editing, setEditing] = useState<RoutingRule | 'new' | null>(null);
  const [removing, setRemoving] = useState<RoutingRule | null>(null);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const items = rules.data ?? [];
  const depts = departments.data ?? [];
  const fail = (err: unknown) => notifications.show({ color: 'red', message: message(err) });
  const deptName = (id: string) => {
    const d = depts.find((x) => x.id === id);
    return d ? departmentName(d, locale) : t('supportSettings.summary.unknown');
  };
  const open = (rule: RoutingRule | 'new') => {
    setDepartmentId(rule === 'new' ? null : rule.departmentId);
    setEditing(rule);
  };
  const reorder = (ids: string[]) => {
    order.mutate(ids, { onSuccess: () => notifications.show({ color: 'teal', message: t('supportSettings.rules.reordered') }), onError: fail });
  };

  if (departments.isError) return <QueryError error={departments.error} onRetry={() => void departments.refetch()} />;
  if (departments.isSuccess && depts.length === 0) {
    return (
      <Card withBorder padding="lg">
        <EmptyState icon={<IconBuilding size={28} aria-hidden />} variant="light" title={t('supportSettings.departments.emptyTitle')} description={t('supportSettings.routing.noDepartments')} py="xl">
          {canEdit && (
            <EmptyState.Actions>
              <Button component={Link} to="/settings/departments" variant="light">
                {t('supportSettings.routing.createDepartments')}
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      </Card>
    );
  }

  return (
    <Stack gap="md">
      {departments.isSuccess && <DefaultDepartment departments={depts} canEdit={canEdit} />}
      <Card withBorder padding="lg">
        <Stack gap="md">
          <RulesHeader intro={t('supportSettings.routing.intro')} addLabel={t('supportSettings.routing.add')} count={items.length} canEdit={canEdit} onAdd={() => open('new')} />
          {rules.isError ? (
            <QueryError error={rules.error} onRetry={() => void rules.refetch()} />
          ) : rules.isPending || departments.isPending ? (
            <TableSkeleton cols={3} rows={3} />
          ) : items.length === 0 ? (
            <EmptyState
              icon={<IconArrowsSplit size={28} aria-hidden />}
              variant="light"
              title={t('supportSettings.routing.emptyTitle')}
              description={canEdit ? t('supportSettings.routing.emptyBody') : t('supportSettings.routing.emptyReadOnly')}
              py="xl"
            />
          ) : (
            <RuleList
              rules={items}
              canEdit={canEdit}
              busy={order.isPending}
              outcome={(r) => (
                <Badge size="sm" variant="light" color="teal" tt="none">
                  {t('supportSettings.routing.outcome', { department: deptName(r.departmentId) })}
                </Badge>
              )}
              onToggle={(r, enabled) => {
                qc.setQueryData<RoutingRule[]>(ssk.routing, items.map((x) => (x.id === r.id ? { ...x, enabled } : x)));
                patch.mutate({ id: r.id, input: { enabled } }, { onError: fail });
              }}
              onReorder={reorder}
              onEdit={open}
              onRemove={setRemoving}
            />
          )}
        </Stack>
      </Card>
      {editing && (
        <RuleEditor
          title={editing === 'new' ? t('supportSettings.routing.newTitle') : t('supportSettings.routing.editTitle')}
          initial={
            editing === 'new'
              ? { name: '', enabled: true, conditions: { ...blankConditions(), score: { ...blankConditions().score, on: false } } }
              : { name: editing.name, enabled: editing.enabled, conditions: draftOfConditions(editing.conditions) }
          }
          saving={create.isPending || patch.isPending}
          onClose={() => setEditing(null)}
          outcomeProblem={departmentId ? null : t('supportSettings.routing.departmentRequired')}
          outcome={
            <Select
              label={t('supportSettings.routing.department')}
              required
              allowDeselect={false}
              value={departmentId}
              onChange={setDepartmentId}
              data={depts.map((d) => ({ value: d.id, label: departmentName(d, locale) }))}
              w={{ base: '100%', xs: 320 }}
            />
          }
          onSave={(rule, done) => {
            if (!departmentId) return;
            const input = { ...rule, departmentId };
            const onSuccess = () => {
              notifications.show({ color: 'teal', message: editing === 'new' ? t('supportSettings.routing.created') : t('supportSettings.saved') });
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
    </Stack>
  );
}
