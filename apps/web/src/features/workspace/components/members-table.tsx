import { canManageMembers, ROLES, type Member, type MemberQuery } from '@footprint/core';
import { Card, EmptyState, Group, Pagination, Select, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal';
import { QueryError, TableSkeleton } from '../../../components/query-state';
import { useErrorMessage } from '../../../lib/errors';
import { departmentName } from '../department-name';
import { useDepartments } from '../hooks/use-departments';
import { useFormat } from '../hooks/use-format';
import { useMembers, useRemoveMember } from '../hooks/use-members';
import { useSession } from '../hooks/use-session';
import { MemberRow } from './member-row';
import { SortHeader } from './sort-header';
import { SearchInput } from '../../../components/search-input';

type SortKey = MemberQuery['sort'];
const PAGE_SIZE = 25;

export function MembersTable() {
  const { t } = useTranslation();
  const { me, actor } = useSession();
  const fmt = useFormat();
  const canManage = canManageMembers(actor);
  const errorMessage = useErrorMessage();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [role, setRole] = useState<string | null>(null);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [sort, setSort] = useState<SortKey>('name');
  const [order, setOrder] = useState<'asc' | 'desc'>('asc');
  const [page, setPage] = useState(1);
  const [removing, setRemoving] = useState<Member | null>(null);
  const departments = useDepartments();
  const remove = useRemoveMember();

  const query: MemberQuery = {
    q: q || undefined,
    role: ROLES.find((r) => r === role),
    departmentId: departmentId ?? undefined,
    sort,
    order,
    page,
    pageSize: PAGE_SIZE,
  };
  const members = useMembers(query);
  const pages = members.data ? Math.max(1, Math.ceil(members.data.total / PAGE_SIZE)) : 1;

  const onSort = (column: SortKey) => {
    if (column === sort) setOrder(order === 'asc' ? 'desc' : 'asc');
    else {
      setSort(column);
      setOrder(column === 'joinedAt' ? 'desc' : 'asc');
    }
    setPage(1);
  };
  const header = (column: SortKey, label: string) => (
    <SortHeader column={column} label={label} sort={sort} order={order} onSort={onSort} />
  );
  const deptList = departments.data ?? [];
  const colCount = canManage ? 6 : 5;

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <SearchInput
            label={t('settings.members.search')}
            placeholder={t('settings.members.searchPlaceholder')}
            value={search}
            onChange={(v) => {
              setSearch(v);
              setPage(1);
            }}
          />
          <Select
            label={t('settings.members.filterRole')}
            placeholder={t('settings.members.allRoles')}
            clearable
            value={role}
            onChange={(v) => {
              setRole(v);
              setPage(1);
            }}
            data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            w={{ base: '100%', xs: 200 }}
          />
          <Select
            label={t('settings.members.filterDepartment')}
            placeholder={t('settings.members.allDepartments')}
            clearable
            searchable
            value={departmentId}
            onChange={(v) => {
              setDepartmentId(v);
              setPage(1);
            }}
            data={deptList.map((d) => ({ value: d.id, label: departmentName(d, fmt.locale) }))}
            w={{ base: '100%', xs: 220 }}
          />
        </Group>

        {members.isError ? (
          <QueryError error={members.error} onRetry={() => void members.refetch()} />
        ) : members.isPending ? (
          <TableSkeleton cols={colCount} rows={6} />
        ) : members.data.items.length === 0 ? (
          <EmptyState
            icon={<IconUsers size={28} aria-hidden />}
            title={t('settings.members.empty')}
            description={t('settings.members.emptyHint')}
            py="xl"
          />
        ) : (
          <Table.ScrollContainer minWidth={860}>
            <Table style={{ opacity: members.isPlaceholderData ? 0.6 : 1 }} aria-busy={members.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  {header('name', t('settings.members.colName'))}
                  {header('email', t('settings.members.colEmail'))}
                  {header('role', t('settings.members.colRole'))}
                  <Table.Th>{t('settings.members.colDepartment')}</Table.Th>
                  {header('joinedAt', t('settings.members.colJoined'))}
                  {canManage && <Table.Th>{t('settings.members.colActions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.data.items.map((m) => (
                  <MemberRow
                    key={m.userId}
                    member={m}
                    actor={actor}
                    isSelf={m.userId === me.user.id}
                    canManage={canManage}
                    departments={deptList}
                    onRemove={setRemoving}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}

        {members.data && members.data.total > 0 && (
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('settings.members.total', { formatted: fmt.number(members.data.total) })}
            </Text>
            {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" />}
          </Group>
        )}
      </Stack>

      <ConfirmModal
        opened={removing !== null}
        title={t('settings.members.removeTitle')}
        loading={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          const who = removing;
          remove.mutate(who.userId, {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('settings.members.removed', { name: who.name }) });
              setRemoving(null);
            },
            onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }),
          });
        }}
      >
        {removing && t('settings.members.removeBody', { name: removing.name, email: removing.email })}
      </ConfirmModal>
    </Card>
  );
}
