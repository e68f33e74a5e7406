import { canManageDepartments, type Department } from '@footprint/core';
import { ActionIcon, Button, Card, EmptyState, Group, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal';
import { PageHeader } from '../../../components/page-header';
import { QueryError, TableSkeleton } from '../../../components/query-state';
import { useErrorMessage } from '../../../lib/errors';
import { DepartmentModal } from '../components/department-modal';
import { departmentName } from '../department-name';
import { useDeleteDepartment, useDepartments } from '../hooks/use-departments';
import { useFormat } from '../hooks/use-format';
import { useSession } from '../hooks/use-session';

export function DepartmentsPage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const fmt = useFormat();
  const canManage = canManageDepartments(actor);
  const departments = useDepartments();
  const remove = useDeleteDepartment();
  const errorMessage = useErrorMessage();
  // undefined: closed; null: adding; a department: renaming it.
  const [editing, setEditing] = useState<Department | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<Department | null>(null);
  const other = (d: Department) => (fmt.locale === 'en' ? d.nameVi : d.nameEn);
  const sorted = [...(departments.data ?? [])].sort((a, b) =>
    departmentName(a, fmt.locale).localeCompare(departmentName(b, fmt.locale), fmt.locale),
  );

  return (
    <>
      <PageHeader
        title={t('settings.departments.title')}
        description={t('settings.departments.intro')}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing(null)}>
              {t('settings.departments.add')}
            </Button>
          )
        }
      />
      <Card withBorder padding="lg">
        {departments.isError ? (
          <QueryError error={departments.error} onRetry={() => void departments.refetch()} />
        ) : departments.isPending ? (
          <TableSkeleton cols={canManage ? 5 : 4} />
        ) : sorted.length === 0 ? (
          <EmptyState
            icon={<IconUsersGroup size={28} aria-hidden />}
            title={t('settings.departments.empty')}
            description={t('settings.departments.emptyHint')}
            py="xl"
          />
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('settings.departments.colName')}</Table.Th>
                  <Table.Th>{t('settings.departments.colOtherName')}</Table.Th>
                  <Table.Th ta="right">{t('settings.departments.colMembers')}</Table.Th>
                  <Table.Th>{t('settings.departments.colCreated')}</Table.Th>
                  {canManage && <Table.Th ta="right">{t('settings.departments.colActions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((d) => {
                  const name = departmentName(d, fmt.locale);
                  return (
                    <Table.Tr key={d.id}>
                      <Table.Td>
                        <Text size="sm" fw={500} id={`department-${d.id}`}>
                          {name}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c="dimmed" lang={fmt.locale === 'en' ? 'vi' : 'en'}>
                          {other(d)}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">{fmt.number(d.memberCount)}</Table.Td>
                      <Table.Td>{fmt.date(d.createdAt)}</Table.Td>
                      {canManage && (
                        <Table.Td>
                          <Group gap={4} justify="flex-end" wrap="nowrap">
                            <Tooltip label={t('settings.departments.rename', { name })}>
                              <ActionIcon variant="subtle" aria-label={t('settings.departments.renameShort')} aria-describedby={`department-${d.id}`} onClick={() => setEditing(d)}>
                                <IconPencil size={16} aria-hidden />
                              </ActionIcon>
                            </Tooltip>
                            <Tooltip label={t('settings.departments.remove', { name })}>
                              <ActionIcon variant="subtle" color="red" aria-label={t('settings.departments.removeShort')} aria-describedby={`department-${d.id}`} onClick={() => setDeleting(d)}>
                                <IconTrash size={16} aria-hidden />
                              </ActionIcon>
                            </Tooltip>
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      {canManage && <DepartmentModal opened={editing !== undefined} department={editing ?? null} onClose={() => setEditing(undefined)} />}
      <ConfirmModal
        opened={deleting !== null}
        title={t('settings.departments.removeTitle')}
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(deleting.id, {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('settings.departments.removed') });
              setDeleting(null);
            },
            onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }),
          });
        }}
      >
        {deleting && t('settings.departments.removeBody', { name: departmentName(deleting, fmt.locale), members: fmt.number(deleting.memberCount) })}
      </ConfirmModal>
    </>
  );
}
