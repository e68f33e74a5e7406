import { Button, Card, EmptyState, Group, Pagination, Stack, Text } from '@mantine/core';
import { IconMessageSearch, IconMessages } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryError, TableSkeleton } from '../../../components/query-state';
import { useFormat } from '../../workspace';
import { SURVEYS_PATH } from '../paths';
import { ExportMenu } from '../responses/components/export-menu';
import { ResponseDrawer } from '../responses/components/response-drawer';
import { ResponsesFilters } from '../responses/components/responses-filters';
import { ResponsesTable } from '../responses/components/responses-table';
import { useResponses } from '../responses/hooks';
import { paramsFromView, queryOfView, viewFromParams, type ResponseView } from '../responses/url-filters';

const PAGE_SIZE = 25;

/** Phản hồi: every answer, filtered and sorted on the server, the filters kept in the address; a drawer shows one. */
export function ResponsesPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const view = viewFromParams(params);
  const change = (update: (v: ResponseView) => ResponseView) => setParams((p) => paramsFromView(update(viewFromParams(p))));
  const query = queryOfView(view, PAGE_SIZE);
  const responses = useResponses(query);
  const items = responses.data?.items ?? [];
  const pages = responses.data ? Math.max(1, Math.ceil(responses.data.total / PAGE_SIZE)) : 1;
  const { sort: _s, order: _o, page: _p, pageSize: _ps, ...filters } = query;
  const filtered = Object.values(filters).some((v) => v !== undefined && v !== 'completed');
  const customerName = view.customer ? (items.find((i) => i.customer?.userId === view.customer)?.customer?.name ?? null) : null;
  const storeName = view.storeId ? (items.find((i) => i.store?.id === view.storeId)?.store?.name ?? null) : null;

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Text size="sm" c="dimmed" maw={640}>
            {t('responses.intro')}
          </Text>
          <ExportMenu filters={filters} />
        </Group>
        <ResponsesFilters key={params.get('customer') ?? ''} view={view} onChange={change} customerName={customerName} storeName={storeName} />

        {responses.isError ? (
          <QueryError error={responses.error} onRetry={() => void responses.refetch()} />
        ) : responses.isPending ? (
          <TableSkeleton cols={8} rows={8} />
        ) : items.length === 0 ? (
          filtered ? (
            <EmptyState icon={<IconMessageSearch size={28} aria-hidden />} title={t('responses.empty.noMatch')} description={t('responses.empty.noMatchHint')} py="xl" />
          ) : (
            <EmptyState icon={<IconMessages size={28} aria-hidden />} variant="light" title={t('responses.empty.title')} description={t('responses.empty.body')} py="xl" maw={640} mx="auto">
              <EmptyState.Actions>
                <Button component={Link} to={SURVEYS_PATH} variant="light">
                  {t('responses.empty.action')}
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          )
        ) : (
          <ResponsesTable
            items={items}
            sort={view.sort ?? 'answeredAt'}
            order={view.order ?? 'desc'}
            onSort={(sort, order) => change((v) => ({ ...v, sort, order, page: 1 }))}
            onOpen={(id) => change((v) => ({ ...v, response: id }))}
            busy={responses.isFetching}
            dimmed={responses.isPlaceholderData}
          />
        )}

        {responses.data && responses.data.total > 0 && (
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('responses.table.total', { formatted: fmt.number(responses.data.total) })}
            </Text>
            {pages > 1 && (
              <Pagination
                total={pages}
                value={view.page ?? 1}
                onChange={(page) => change((v) => ({ ...v, page }))}
                size="sm"
                getControlProps={(c) => (c === 'previous' ? { 'aria-label': t('responses.table.previous') } : c === 'next' ? { 'aria-label': t('responses.table.next') } : {})}
              />
            )}
          </Group>
        )}
      </Stack>
      <ResponseDrawer id={view.response ?? null} onClose={() => change((v) => ({ ...v, response: undefined }))} />
    </Card>
  );
}
