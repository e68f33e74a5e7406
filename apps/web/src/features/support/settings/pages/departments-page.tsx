import { ASSIGNMENT_MODES, type AssignmentMode, type SupportDepartment } from '@footprint/core';
import { Anchor, Badge, Button, Card, EmptyState, Group, Select, SimpleGrid, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBuilding } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError, TableSkeleton } from '../../../../components/query-state';
import { useErrorMessage } from '../../../../lib/errors';
import { departmentName, useFormat, useSession } from '../../../workspace';
import { ssk, useCanManageSupport, usePatchSupportDepartment, useSetShift, useSupportDepartments, useSupportMembers } from '../hooks';

const isMode = (v: string | null): v is AssignmentMode => ASSIGNMENT_MODES.some((m) => m === v);
const collator = new Intl.Collator('vi');

function DepartmentCard({ d, canEdit }: { d: SupportDepartment; canEdit: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const message = useErrorMessage();
  const { me } = useSession();
  const members = useSupportMembers();
  const patch = usePatchSupportDepartment();
  const shift = useSetShift();
  const qc = useQueryClient();
  const name = departmentName(d, fmt.locale);
  const fail = (err: unknown) => notifications.show({ color: 'red', message: message(err) });
  const saved = () => notifications.show({ color: 'teal', message: t('supportSettings.saved') });
  // Admins and the department's lead switch anyone's shift; an agent switches their own.
  const canSwitch = (userId: string) => canEdit || d.lead?.id === me.user.id || userId === me.user.id;
  const agents = [...d.agents].sort((a, b) => collator.compare(a.name, b.name));
  const leadOptions = [
    ...(members.data?.items ?? []).filter((m) => m.role !== 'viewer').map((m) => ({ value: m.userId, label: m.name })),
    ...(d.lead && !members.data?.items.some((m) => m.userId === d.lead?.id) ? [{ value: d.lead.id, label: d.lead.name }] : []),
  ];
  const onShift = agents.filter((a) => a.onShift).length;

  return (
    <Card withBorder padding="md" radius="md" component="section" aria-label={name} data-testid="support-department">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={2} fz="h4">
                {name}
              </Title>
              {d.isDefault && (
                <Badge size="sm" variant="light" color="teal">
                  {t('supportSettings.departments.default')}
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              {t('supportSettings.departments.counts', { cases: fmt.number(d.openCases), handoffs: fmt.number(d.openHandoffs) })}
            </Text>
          </Stack>
        </Group>
        <Select
          label={t('supportSettings.departments.assignment')}
          description={t(`supportSettings.departments.modeHints.${d.assignment}`)}
          allowDeselect={false}
          value={d.assignment}
          disabled={!canEdit || patch.isPending}
          data={ASSIGNMENT_MODES.map((m) => ({ value: m, label: t(`supportSettings.departments.modes.${m}`) }))}
          onChange={(v) => isMode(v) && v !== d.assignment && patch.mutate({ id: d.id, patch: { assignment: v } }, { onSuccess: saved, onError: fail })}
        />
        <Select
          label={t('supportSettings.departments.lead')}
          description={t('supportSettings.departments.leadHint')}
          placeholder={t('supportSettings.departments.noLead')}
          searchable
          clearable
          value={d.lead?.id ?? null}
          disabled={!canEdit || patch.isPending}
          data={leadOptions}
          nothingFoundMessage={t('supportSettings.departments.noLead')}
          onChange={(v) => v !== (d.lead?.id ?? null) && patch.mutate({ id: d.id, patch: { leadId: v } }, { onSuccess: saved, onError: fail })}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('supportSettings.departments.agents')}
          </Text>
          {agents.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('supportSettings.departments.noAgents')}{' '}
              {canEdit && (
                <Anchor component={Link} to="/settings/members" size="sm">
                  {t('supportSettings.departments.members')}
                </Anchor>
              )}
            </Text>
          ) : (
            <>
              <Table verticalSpacing={4} aria-label={`${t('supportSettings.departments.agents')} — ${name}`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('supportSettings.departments.agent')}</Table.Th>
                    <Table.Th>{t('supportSettings.departments.onShift')}</Table.Th>
                    <Table.Th ta="right">{t('supportSettings.departments.openCases')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {agents.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>{a.name}</Table.Td>
                      <Table.Td>
                        {canSwitch(a.id) ? (
                          <Switch
                            aria-label={t('supportSettings.departments.shiftOf', { name: a.name })}
                            checked={a.onShift}
                            disabled={shift.isPending}
                            onChange={(e) => {
                              const on = e.currentTarget.checked;
                              // The switch moves at once (in every department the agent is listed in); the list is refetched after.
                              qc.setQueryData<SupportDepartment[]>(ssk.departments, (old) =>
                                old?.map((x) => ({ ...x, agents: x.agents.map((g) => (g.id === a.id ? { ...g, onShift: on } : g)) })),
                              );
                              shift.mutate({ userId: a.id, onShift: on }, { onSuccess: () => notifications.show({ color: 'teal', message: t('supportSettings.departments.shiftSaved') }), onError: fail });
                            }}
                          />
                        ) : (
                          // Read-only: words, since a disabled switch hides whether it is on.
                          <Badge size="sm" variant="light" color={a.onShift ? 'teal' : 'gray'} tt="none">
                            {a.onShift ? t('supportSettings.departments.onShiftBadge') : t('supportSettings.departments.offShiftBadge')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">{fmt.number(a.openCases)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {onShift === 0 && d.assignment !== 'manual' && (
                <Text size="xs" c="orange.8">
                  {t('supportSettings.departments.noneOnShift')}
                </Text>
              )}
            </>
          )}
        </Stack>
      </Stack>
    </Card>
  );
}

/** Phòng ban & nhân viên: per department, how cases are assigned, who leads, who is on shift and how loaded. */
export function DepartmentsPage() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const canEdit = useCanManageSupport();
  const departments = useSupportDepartments();
  if (departments.isError) return <QueryError error={departments.error} onRetry={() => void departments.refetch()} />;
  if (departments.isPending) return <TableSkeleton cols={3} rows={6} />;
  const items = [...departments.data].sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || collator.compare(departmentName(a, locale), departmentName(b, locale)));
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={680}>
          {t('supportSettings.departments.intro')}
        </Text>
        {canEdit && items.length > 0 && (
          <Button component={Link} to="/settings/departments" variant="default" size="xs">
            {t('supportSettings.departments.manage')}
          </Button>
        )}
      </Group>
      {items.length === 0 ? (
        <Card withBorder padding="lg">
          <EmptyState icon={<IconBuilding size={28} aria-hidden />} variant="light" title={t('supportSettings.departments.emptyTitle')} description={t('supportSettings.departments.emptyBody')} py="xl">
            {canEdit && (
              <EmptyState.Actions>
                <Button component={Link} to="/settings/departments" variant="light">
                  {t('supportSettings.departments.manage')}
                </Button>
              </EmptyState.Actions>
            )}
          </EmptyState>
        </Card>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          {items.map((d) => (
            <DepartmentCard key={d.id} d={d} canEdit={canEdit} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
