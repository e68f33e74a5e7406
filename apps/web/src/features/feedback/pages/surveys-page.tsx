import { SURVEY_STATUSES, type SurveyQuery, type SurveyStatus } from '@footprint/core';
import { Button, Card, EmptyState, Group, Pagination, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconMessagePlus, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError, TableSkeleton } from '../../../components/query-state';
import { SearchInput } from '../../../components/search-input';
import { useFormat } from '../../workspace';
import { NewSurveyModal } from '../components/new-survey-modal';
import { SurveysTable } from '../components/surveys-table';
import { useCanManageSurveys, useSurveys, useTouchpointOptions } from '../hooks';

const PAGE_SIZE = 20;
const SORTS = [
  { id: 'updatedAtDesc', sort: 'updatedAt', order: 'desc' },
  { id: 'updatedAtAsc', sort: 'updatedAt', order: 'asc' },
  { id: 'nameAsc', sort: 'name', order: 'asc' },
  { id: 'statusAsc', sort: 'status', order: 'asc' },
] as const satisfies readonly { id: string; sort: SurveyQuery['sort']; order: 'asc' | 'desc' }[];
type SortChoice = (typeof SORTS)[number];
const isStatus = (v: string | null): v is SurveyStatus => SURVEY_STATUSES.some((s) => s === v);

/** Khảo sát: every survey of the workspace (paged, sorted, filtered on the server) and a new one from a template. */
export function SurveysPage() {
  const { t } = useTranslation();
  const canManage = useCanManageSurveys();
  const fmt = useFormat();
  const [creating, { open: startCreating, close: stopCreating }] = useDisclosure(false);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<SurveyStatus | null>(null);
  const [touchpointId, setTouchpointId] = useState<string | null>(null);
  const [sort, setSort] = useState<SortChoice>(SORTS[0]);
  const [page, setPage] = useState(1);
  const touchpoints = useTouchpointOptions();
  const surveys = useSurveys({ q: q || undefined, status: status ?? undefined, touchpointId: touchpointId ?? undefined, sort: sort.sort, order: sort.order, page, pageSize: PAGE_SIZE });
  const pages = surveys.data ? Math.max(1, Math.ceil(surveys.data.total / PAGE_SIZE)) : 1;
  const filtered = Boolean(q) || status !== null || touchpointId !== null;
  const reset = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Text size="sm" c="dimmed" maw={640}>
            {t('feedback.intro')}
          </Text>
          {canManage && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={startCreating}>
              {t('feedback.list.newSurvey')}
            </Button>
          )}
        </Group>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <SearchInput label={t('feedback.list.search')} placeholder={t('feedback.list.searchPlaceholder')} value={search} onChange={reset(setSearch)} />
          <Select
            label={t('feedback.list.status')}
            placeholder={t('feedback.list.allStatuses')}
            clearable
            value={status}
            onChange={(v) => reset(setStatus)(isStatus(v) ? v : null)}
            data={SURVEY_STATUSES.map((s) => ({ value: s, label: t(`feedback.statuses.${s}`) }))}
            w={{ base: '100%', xs: 180 }}
          />
          <Select
            label={t('feedback.list.touchpoint')}
            placeholder={t('feedback.list.allTouchpoints')}
            clearable
            searchable
            value={touchpointId}
            onChange={reset(setTouchpointId)}
            data={touchpoints.data ?? []}
            w={{ base: '100%', xs: 200 }}
          />
          <Select
            label={t('feedback.list.sortBy')}
            allowDeselect={false}
            value={sort.id}
            onChange={(v) => reset(setSort)(SORTS.find((s) => s.id === v) ?? SORTS[0])}
            data={SORTS.map((s) => ({ value: s.id, label: t(`feedback.list.sorts.${s.id}`) }))}
            w={{ base: '100%', xs: 200 }}
          />
        </Group>

        {surveys.isError ? (
          <QueryError error={surveys.error} onRetry={() => void surveys.refetch()} />
        ) : surveys.isPending ? (
          <TableSkeleton cols={7} rows={5} />
        ) : surveys.data.items.length === 0 ? (
          filtered ? (
            <EmptyState icon={<IconSearch size={28} aria-hidden />} title={t('feedback.list.noMatch')} py="xl" />
          ) : (
            <EmptyState
              icon={<IconMessagePlus size={28} aria-hidden />}
              variant="light"
              title={t('feedback.list.emptyTitle')}
              description={t('feedback.list.emptyBody')}
              py="xl"
              maw={640}
              mx="auto"
            >
              {canManage && <Button onClick={startCreating}>{t('feedback.list.createFirst')}</Button>}
            </EmptyState>
          )
        ) : (
          <SurveysTable items={surveys.data.items} busy={surveys.isFetching} canManage={canManage} />
        )}

        {surveys.data && surveys.data.total > 0 && (
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('feedback.list.total', { formatted: fmt.number(surveys.data.total) })}
            </Text>
            {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" />}
          </Group>
        )}
      </Stack>
      {canManage && <NewSurveyModal opened={creating} onClose={stopCreating} />}
    </Card>
  );
}
