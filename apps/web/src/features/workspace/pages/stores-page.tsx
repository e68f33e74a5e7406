import { canManageStores, type Store, type StoreQuery } from '@footprint/core';
import { ActionIcon, Button, Card, EmptyState, Group, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBuildingStore, IconPencil, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal';
import { PageHeader } from '../../../components/page-header';
import { QueryError, TableSkeleton } from '../../../components/query-state';
import { SearchInput } from '../../../components/search-input';
import { isApiError } from '../../../lib/api';
import { useErrorMessage } from '../../../lib/errors';
import { StoreModal } from '../components/store-modal';
import { useFormat } from '../hooks/use-format';
import { useSession } from '../hooks/use-session';
import { useDeleteStore, useStores } from '../hooks/use-stores';
import { TableFooter } from '../../../components/table-footer';

const PAGE_SIZE = 20;
const SORTS = [
  { id: 'nameAsc', sort: 'name', order: 'asc' },
  { id: 'nameDesc', sort: 'name', order: 'desc' },
  { id: 'provinceAsc', sort: 'province', order: 'asc' },
  { id: 'createdAtDesc', sort: 'createdAt', order: 'desc' },
] as const satisfies readonly { id: string; sort: StoreQuery['sort']; order: 'asc' | 'desc' }[];

/** Cài đặt → Cửa hàng: the chain's stores, searched and sorted on the server, with their kiosk tablets counted. */
export function StoresPage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const canManage = canManageStores(actor);
  const fmt = useFormat();
  const errorMessage = useErrorMessage();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [sort, setSort] = useState<(typeof SORTS)[number]>(SORTS[0]);
  const [page, setPage] = useState(1);
  const stores = useStores({ q: q || undefined, sort: sort.sort, order: sort.order, page, pageSize: PAGE_SIZE });
  const remove = useDeleteStore();
  // undefined: closed; null: adding; a store: editing it.
  const [editing, setEditing] = useState<Store | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<Store | null>(null);
  const pages = stores.data ? Math.max(1, Math.ceil(stores.data.total / PAGE_SIZE)) : 1;

  return (
    <>
      <PageHeader
        title={t('stores.title')}
        description={t('stores.intro')}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing(null)}>
              {t('stores.add')}
            </Button>
          )
        }
      />
      <Card withBorder padding="lg">
        <Stack gap="md">
          {!canManage && (
            <Text size="sm" c="dimmed">
              {t('stores.readOnly')}
            </Text>
          )}
          <Group gap="sm" align="flex-end" wrap="wrap">
            <SearchInput
              label={t('stores.search')}
              placeholder={t('stores.searchPlaceholder')}
              value={search}
              onChange={(v) => {
                setSearch(v);
                setPage(1);
              }}
            />
            <Select
              label={t('stores.sortBy')}
              allowDeselect={false}
              value={sort.id}
              onChange={(v) => {
                setSort(SORTS.find((s) => s.id === v) ?? SORTS[0]);
                setPage(1);
              }}
              data={SORTS.map((s) => ({ value: s.id, label: t(`stores.sorts.${s.id}`) }))}
              w={{ base: '100%', xs: 200 }}
            />
          </Group>
          {stores.isError ? (
            <QueryError error={stores.error} onRetry={() => void stores.refetch()} />
          ) : stores.isPending ? (
            <TableSkeleton cols={6} />
          ) : stores.data.items.length === 0 ? (
            q ? (
              <EmptyState icon={<IconSearch size={28} aria-hidden />} title={t('stores.noMatch')} py="xl" />
            ) : (
              <EmptyState icon={<IconBuildingStore size={28} aria-hidden />} variant="light" title={t('stores.emptyTitle')} description={t('stores.emptyBody')} py="xl" maw={640} mx="auto">
                {canManage && <Button onClick={() => setEditing(null)}>{t('stores.addFirst')}</Button>}
              </EmptyState>
            )
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table aria-busy={stores.isFetching} verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('stores.colName')}</Table.Th>
                    <Table.Th>{t('stores.colAddress')}</Table.Th>
                    <Table.Th>{t('stores.colProvince')}</Table.Th>
                    <Table.Th ta="right">{t('stores.colKiosks')}</Table.Th>
                    <Table.Th>{t('stores.colCreated')}</Table.Th>
                    {canManage && <Table.Th ta="right">{t('stores.colActions')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {stores.data.items.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>
                        <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                          {s.name}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c={s.address ? undefined : 'dimmed'}>
                          {s.address || t('common.none')}
                        </Text>
                      </Table.Td>
                      <Table.Td>{s.province || t('common.none')}</Table.Td>
                      <Table.Td ta="right">{fmt.number(s.kioskCount)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.date(s.createdAt)}</Table.Td>
                      {canManage && (
                        <Table.Td>
                          <Group gap={4} justify="flex-end" wrap="nowrap">
                            <Tooltip label={t('stores.edit', { name: s.name })}>
                              <ActionIcon variant="subtle" aria-label={t('stores.edit', { name: s.name })} onClick={() => setEditing(s)}>
                                <IconPencil size={16} aria-hidden />
                              </ActionIcon>
                            </Tooltip>
                            <Tooltip label={t('stores.remove', { name: s.name })}>
                              <ActionIcon variant="subtle" color="red" aria-label={t('stores.remove', { name: s.name })} onClick={() => setDeleting(s)}>
                                <IconTrash size={16} aria-hidden />
                              </ActionIcon>
                            </Tooltip>
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {stores.data && stores.data.total > 0 && (
            <TableFooter summary={t('stores.total', { formatted: fmt.number(stores.data.total) })} pages={pages} page={page} onPage={setPage} />
          )}
        </Stack>
      </Card>
      {canManage && <StoreModal opened={editing !== undefined} store={editing ?? null} onClose={() => setEditing(undefined)} />}
      <ConfirmModal
        opened={deleting !== null}
        title={t('stores.removeTitle')}
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          const name = deleting.name;
          remove.mutate(deleting.id, {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('stores.removed', { name }) });
              setDeleting(null);
            },
            onError: (err) => {
              const inUse = isApiError(err) && err.code === 'store_in_use';
              notifications.show({ color: inUse ? 'orange' : 'red', message: inUse ? t('stores.inUse', { count: deleting.kioskCount || 1 }) : errorMessage(err) });
            },
          });
        }}
      >
        {deleting && (deleting.kioskCount > 0 ? t('stores.inUse', { count: deleting.kioskCount }) : t('stores.removeBody', { name: deleting.name }))}
      </ConfirmModal>
    </>
  );
}
