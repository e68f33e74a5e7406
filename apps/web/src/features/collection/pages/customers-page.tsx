import { Anchor, Card, Group, Pagination, Select, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryError, TableSkeleton } from '../../../components/query-state';
import { useFormat } from '../../workspace';
import { CustomersEmpty } from '../components/customers-empty';
import { useCustomers } from '../hooks/use-customers';
import { customerPath } from '../paths';
import type { CustomerQuery, CustomerSort } from '../schemas';
import { SearchInput } from '../../../components/search-input';

const PAGE_SIZE = 25;
const SORTS = [
  { id: 'lastSeenDesc', sort: 'lastSeen', order: 'desc' },
  { id: 'lastSeenAsc', sort: 'lastSeen', order: 'asc' },
  { id: 'firstSeenDesc', sort: 'firstSeen', order: 'desc' },
  { id: 'firstSeenAsc', sort: 'firstSeen', order: 'asc' },
  { id: 'nameAsc', sort: 'name', order: 'asc' },
  { id: 'nameDesc', sort: 'name', order: 'desc' },
] as const satisfies readonly { id: string; sort: CustomerSort; order: 'asc' | 'desc' }[];
type SortChoice = (typeof SORTS)[number];

export function CustomersPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [sort, setSort] = useState<SortChoice>(SORTS[0]);
  const [page, setPage] = useState(1);
  const query: CustomerQuery = { q: q || undefined, sort: sort.sort, order: sort.order, page, pageSize: PAGE_SIZE };
  const customers = useCustomers(query);
  const pages = customers.data ? Math.max(1, Math.ceil(customers.data.total / PAGE_SIZE)) : 1;

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <SearchInput
            label={t('collection.customers.search')}
            placeholder={t('collection.customers.searchPlaceholder')}
            value={search}
            onChange={(v) => {
              setSearch(v);
              setPage(1);
            }}
          />
          <Select
            label={t('collection.customers.sortBy')}
            allowDeselect={false}
            value={sort.id}
            onChange={(v) => {
              setSort(SORTS.find((s) => s.id === v) ?? SORTS[0]);
              setPage(1);
            }}
            data={SORTS.map((s) => ({ value: s.id, label: t(`collection.customers.sorts.${s.id}`) }))}
            w={{ base: '100%', xs: 260 }}
          />
        </Group>

        {customers.isError ? (
          <QueryError error={customers.error} onRetry={() => void customers.refetch()} />
        ) : customers.isPending ? (
          <TableSkeleton cols={7} rows={8} />
        ) : customers.data.items.length === 0 ? (
          <CustomersEmpty searched={Boolean(q)} />
        ) : (
          <Table.ScrollContainer minWidth={920}>
            <Table style={{ opacity: customers.isPlaceholderData ? 0.6 : 1 }} aria-busy={customers.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('collection.customers.colName')}</Table.Th>
                  <Table.Th>{t('collection.customers.colEmail')}</Table.Th>
                  <Table.Th>{t('collection.customers.colPhone')}</Table.Th>
                  <Table.Th>{t('collection.customers.colProvince')}</Table.Th>
                  <Table.Th>{t('collection.customers.colFirstSeen')}</Table.Th>
                  <Table.Th>{t('collection.customers.colLastSeen')}</Table.Th>
                  <Table.Th ta="right">{t('collection.customers.colEvents')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {customers.data.items.map((c) => (
                  // The name is the keyboard path to the profile; the whole row is a larger mouse target.
                  <Table.Tr key={c.id} onClick={() => void navigate(customerPath(c.userId))} style={{ cursor: 'pointer' }}>
                    <Table.Td>
                      <Anchor component={Link} to={customerPath(c.userId)} size="sm" fw={500} onClick={(e) => e.stopPropagation()} style={{ overflowWrap: 'anywhere' }}>
                        {c.name ?? c.userId}
                      </Anchor>
                      {c.name && (
                        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                          {c.userId}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{c.email ?? t('common.none')}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.phone ?? t('common.none')}</Table.Td>
                    <Table.Td>{c.province ?? t('common.none')}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(c.firstSeen)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(c.lastSeen)}</Table.Td>
                    <Table.Td ta="right">{fmt.number(c.eventCount)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}

        {customers.data && customers.data.total > 0 && (
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('collection.customers.total', { formatted: fmt.number(customers.data.total) })}
            </Text>
            {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" getControlProps={pageLabel(t)} />}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** Names the previous/next arrows of the pagination in the UI language. */
function pageLabel(t: (key: 'collection.paging.previous' | 'collection.paging.next') => string) {
  return (control: 'first' | 'previous' | 'last' | 'next') =>
    control === 'previous' ? { 'aria-label': t('collection.paging.previous') } : control === 'next' ? { 'aria-label': t('collection.paging.next') } : {};
}
