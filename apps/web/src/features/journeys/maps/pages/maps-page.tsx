import { JOURNEY_KINDS, type JourneyKind, type JourneyQuery, type JourneyTemplateKey } from '@footprint/core';
import { Button, Card, EmptyState, Group, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconRoute, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError, TableSkeleton } from '../../../../components/query-state';
import { SearchInput } from '../../../../components/search-input';
import { TableFooter } from '../../../../components/table-footer';
import { useFormat } from '../../../workspace';
import { MapsTable } from '../components/maps-table';
import { NewMapModal } from '../components/new-map-modal';
import { TemplateCards } from '../components/template-cards';
import { useCanEditJourney, useJourneys, usePersonaRefs } from '../hooks';

const PAGE_SIZE = 20;
const SORTS = [
  { id: 'updatedAtDesc', sort: 'updatedAt', order: 'desc' },
  { id: 'updatedAtAsc', sort: 'updatedAt', order: 'asc' },
  { id: 'nameAsc', sort: 'name', order: 'asc' },
  { id: 'kindAsc', sort: 'kind', order: 'asc' },
] as const satisfies readonly { id: string; sort: JourneyQuery['sort']; order: 'asc' | 'desc' }[];
type SortChoice = (typeof SORTS)[number];
const isKind = (v: string | null): v is JourneyKind => JOURNEY_KINDS.some((k) => k === v);

/** /journeys/maps — every journey map of the workspace (paged, sorted, filtered on the server) and a new one. */
export function MapsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const canEdit = useCanEditJourney();
  const [creating, setCreating] = useState<{ template: JourneyTemplateKey | null } | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [kind, setKind] = useState<JourneyKind | null>(null);
  const [personaId, setPersonaId] = useState<string | null>(null);
  const [sort, setSort] = useState<SortChoice>(SORTS[0]);
  const [page, setPage] = useState(1);
  const personas = usePersonaRefs();
  const maps = useJourneys({ q: q || undefined, kind: kind ?? undefined, personaId: personaId ?? undefined, sort: sort.sort, order: sort.order, page, pageSize: PAGE_SIZE });
  const pages = maps.data ? Math.max(1, Math.ceil(maps.data.total / PAGE_SIZE)) : 1;
  const filtered = Boolean(q) || kind !== null || personaId !== null;
  const reset = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Text size="sm" c="dimmed" maw={640}>
            {t('journeyMaps.list.intro')}
          </Text>
          {canEdit && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating({ template: null })}>
              {t('journeyMaps.list.newMap')}
            </Button>
          )}
        </Group>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <SearchInput label={t('journeyMaps.list.search')} placeholder={t('journeyMaps.list.searchPlaceholder')} value={search} onChange={reset(setSearch)} />
          <Select
            label={t('journeyMaps.list.kind')}
            placeholder={t('journeyMaps.list.allKinds')}
            clearable
            value={kind}
            onChange={(v) => reset(setKind)(isKind(v) ? v : null)}
            data={JOURNEY_KINDS.map((k) => ({ value: k, label: t(`journeyMaps.kinds.${k}`) }))}
            w={{ base: '100%', xs: 200 }}
          />
          <Select
            label={t('journeyMaps.list.persona')}
            placeholder={t('journeyMaps.list.allPersonas')}
            clearable
            searchable
            value={personaId}
            onChange={reset(setPersonaId)}
            data={(personas.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            w={{ base: '100%', xs: 200 }}
          />
          <Select
            label={t('journeyMaps.list.sortBy')}
            allowDeselect={false}
            value={sort.id}
            onChange={(v) => reset(setSort)(SORTS.find((s) => s.id === v) ?? SORTS[0])}
            data={SORTS.map((s) => ({ value: s.id, label: t(`journeyMaps.list.sorts.${s.id}`) }))}
            w={{ base: '100%', xs: 200 }}
          />
        </Group>

        {maps.isError ? (
          <QueryError error={maps.error} onRetry={() => void maps.refetch()} />
        ) : maps.isPending ? (
          <TableSkeleton cols={7} rows={5} />
        ) : maps.data.items.length === 0 ? (
          filtered ? (
            <EmptyState icon={<IconSearch size={28} aria-hidden />} title={t('journeyMaps.list.noMatch')} py="xl" />
          ) : (
            <Stack gap="md" py="md">
              <EmptyState icon={<IconRoute size={28} aria-hidden />} variant="light" title={t('journeyMaps.list.emptyTitle')} description={t('journeyMaps.list.emptyBody')} maw={640} mx="auto" />
              {canEdit && (
                <>
                  <Text id="empty-template-choice" fw={500} size="sm">
                    {t('journeyMaps.create.templateHint')}
                  </Text>
                  <TemplateCards value={null} onChange={(template) => setCreating({ template })} language={fmt.locale} labelledBy="empty-template-choice" />
                </>
              )}
            </Stack>
          )
        ) : (
          <MapsTable items={maps.data.items} busy={maps.isFetching} canEdit={canEdit} />
        )}

        {maps.data && maps.data.total > 0 && (
          <TableFooter summary={t('journeyMaps.list.total', { formatted: fmt.number(maps.data.total) })} pages={pages} page={page} onPage={setPage} />
        )}
      </Stack>
      {canEdit && <NewMapModal opened={creating !== null} onClose={() => setCreating(null)} initialTemplate={creating?.template ?? null} />}
    </Card>
  );
}
