import { IMPORT_STATUSES, type ImportQuery, type ImportStatus, type ImportSummary } from '@footprint/core';
import { Anchor, Button, Card, EmptyState, Group, Pagination, Select, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFileImport, IconFileSearch, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryError, TableSkeleton } from '../../../components/query-state';
import { SearchInput } from '../../../components/search-input';
import { useFormat } from '../../workspace';
import { useImports } from '../import/hooks';
import { ImportStatusBadge } from '../import/status-badge';
import { TemplateMenu } from '../import/template-menu';
import { useCanImport } from '../import/use-can-import';

const PAGE_SIZE = 20;
const SORTS = [
  { id: 'createdAtDesc', sort: 'createdAt', order: 'desc' },
  { id: 'createdAtAsc', sort: 'createdAt', order: 'asc' },
  { id: 'fileNameAsc', sort: 'fileName', order: 'asc' },
  { id: 'rowCountDesc', sort: 'rowCount', order: 'desc' },
] as const satisfies readonly { id: string; sort: ImportQuery['sort']; order: 'asc' | 'desc' }[];
type SortChoice = (typeof SORTS)[number];
const isStatus = (v: string | null): v is ImportStatus => IMPORT_STATUSES.some((s) => s === v);
export const importPath = (id: string) => `/collection/imports/${id}`;

/** Nhập dữ liệu: past imports (paged, sorted, filtered) and the way to a new one. */
export function ImportsPage() {
  const { t } = useTranslation();
  const canImport = useCanImport();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<ImportStatus | null>(null);
  const [sort, setSort] = useState<SortChoice>(SORTS[0]);
  const [page, setPage] = useState(1);
  const imports = useImports({ q: q || undefined, status: status ?? undefined, sort: sort.sort, order: sort.order, page, pageSize: PAGE_SIZE });
  const pages = imports.data ? Math.max(1, Math.ceil(imports.data.total / PAGE_SIZE)) : 1;
  const fmt = useFormat();
  const filtered = Boolean(q) || status !== null;

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Text size="sm" c="dimmed" maw={640}>
            {t('imports.intro')}
          </Text>
          <Group gap="xs">
            <TemplateMenu />
            {canImport && (
              <Button component={Link} to="/collection/imports/new" leftSection={<IconPlus size={16} aria-hidden />}>
                {t('imports.newImport')}
              </Button>
            )}
          </Group>
        </Group>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <SearchInput
            label={t('imports.list.search')}
            placeholder={t('imports.list.searchPlaceholder')}
            value={search}
            onChange={(v) => {
              setSearch(v);
              setPage(1);
            }}
          />
          <Select
            label={t('imports.list.status')}
            placeholder={t('imports.list.allStatuses')}
            clearable
            value={status}
            onChange={(v) => {
              setStatus(isStatus(v) ? v : null);
              setPage(1);
            }}
            data={IMPORT_STATUSES.map((s) => ({ value: s, label: t(`imports.statuses.${s}`) }))}
            w={{ base: '100%', xs: 200 }}
          />
          <Select
            label={t('imports.list.sortBy')}
            allowDeselect={false}
            value={sort.id}
            onChange={(v) => {
              setSort(SORTS.find((s) => s.id === v) ?? SORTS[0]);
              setPage(1);
            }}
            data={SORTS.map((s) => ({ value: s.id, label: t(`imports.list.sorts.${s.id}`) }))}
            w={{ base: '100%', xs: 220 }}
          />
        </Group>

        {imports.isError ? (
          <QueryError error={imports.error} onRetry={() => void imports.refetch()} />
        ) : imports.isPending ? (
          <TableSkeleton cols={7} rows={6} />
        ) : imports.data.items.length === 0 ? (
          filtered ? (
            <EmptyState icon={<IconFileSearch size={28} aria-hidden />} title={t('imports.list.noMatch')} py="xl" />
          ) : (
            <EmptyState icon={<IconFileImport size={28} aria-hidden />} variant="light" title={t('imports.list.emptyTitle')} description={t('imports.list.emptyBody')} py="xl" maw={640} mx="auto" />
          )
        ) : (
          <ImportsTable items={imports.data.items} busy={imports.isFetching} />
        )}

        {imports.data && imports.data.total > 0 && (
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('imports.list.total', { formatted: fmt.number(imports.data.total) })}
            </Text>
            {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" />}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function ImportsTable({ items, busy }: { items: ImportSummary[]; busy: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const result = (i: ImportSummary) => {
    if (i.status === 'done' && i.imported !== null) {
      const values = { imported: fmt.number(i.imported), duplicates: fmt.number(i.duplicates ?? 0) };
      return i.duplicates ? t('imports.list.resultDuplicates', values) : t('imports.list.result', values);
    }
    if (i.status === 'invalid') return t('imports.list.errors', { formatted: fmt.number(i.errorCount) });
    return t('common.none');
  };
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-busy={busy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('imports.list.colFile')}</Table.Th>
            <Table.Th>{t('imports.list.colKind')}</Table.Th>
            <Table.Th>{t('imports.list.colStatus')}</Table.Th>
            <Table.Th ta="right">{t('imports.list.colRows')}</Table.Th>
            <Table.Th>{t('imports.list.colResult')}</Table.Th>
            <Table.Th>{t('imports.list.colBy')}</Table.Th>
            <Table.Th>{t('imports.list.colCreated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.id} onClick={() => void navigate(importPath(i.id))} style={{ cursor: 'pointer' }}>
              <Table.Td>
                <Anchor component={Link} to={importPath(i.id)} size="sm" fw={500} onClick={(e) => e.stopPropagation()} style={{ overflowWrap: 'anywhere' }}>
                  {i.fileName}
                </Anchor>
              </Table.Td>
              <Table.Td>{i.kind ? t(`imports.kinds.${i.kind}`) : t('common.none')}</Table.Td>
              <Table.Td>
                <ImportStatusBadge status={i.status} />
              </Table.Td>
              <Table.Td ta="right">{fmt.number(i.rowCount)}</Table.Td>
              <Table.Td>{result(i)}</Table.Td>
              <Table.Td>{i.createdBy?.name ?? t('imports.list.byKey')}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(i.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
