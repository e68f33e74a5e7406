import { NPS_GROUPS, RESPONSE_CHANNELS, RESPONSE_SCORE_FILTERS, SCORE_GROUPS } from '@footprint/core';
import { Button, CloseButton, Group, Pill, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchInput } from '../../../../components/search-input';
import { useSurveys, useTouchpointOptions } from '../../hooks';
import { dayFromInput, inputFromDay } from '../days';
import type { ResponseView } from '../url-filters';

interface Props {
  view: ResponseView;
  /** Takes an update of the current view; filters go back to page 1. */
  onChange: (update: (v: ResponseView) => ResponseView) => void;
  /** Names the customer and store filters, which have no list of their own here. */
  customerName: string | null;
  storeName: string | null;
}

const pick = <T extends string>(all: readonly T[], v: string | null): T | undefined => all.find((x) => x === v);

/** The responses screen's filters; text applies as one types, days once they are whole dates. */
export function ResponsesFilters({ view, onChange, customerName, storeName }: Props) {
  const { t } = useTranslation();
  const surveys = useSurveys({ pageSize: 200, sort: 'name', order: 'asc' });
  const touchpoints = useTouchpointOptions();
  const [search, setSearch] = useState(view.q ?? '');
  const [days, setDays] = useState({ from: inputFromDay(view.from), to: inputFromDay(view.to) });
  const applySearch = useDebouncedCallback((q: string) => onChange((v) => ({ ...v, q: q.trim() || undefined, page: 1 })), 350);
  const set = (patch: Partial<ResponseView>) => onChange((v) => ({ ...v, ...patch, page: 1 }));
  const setDay = (which: 'from' | 'to', input: string) => {
    setDays((d) => ({ ...d, [which]: input }));
    if (input.trim() === '') set({ [which]: undefined });
    else {
      const day = dayFromInput(input);
      if (day) set({ [which]: day });
    }
  };
  const dayError = (which: 'from' | 'to') => (days[which].trim() !== '' && !dayFromInput(days[which]) ? t('responses.filters.badDate') : undefined);
  const filtered = Boolean(view.q || view.surveyId || view.touchpointId || view.channel || view.storeId || view.scoreGroup || view.from || view.to || view.customer || view.status !== 'completed');

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-start" wrap="wrap">
        <SearchInput
          label={t('responses.filters.search')}
          placeholder={t('responses.filters.searchPlaceholder')}
          value={search}
          onChange={(q) => {
            setSearch(q);
            applySearch(q);
          }}
        />
        <Select
          label={t('responses.filters.scoreGroup')}
          placeholder={t('responses.filters.allGroups')}
          clearable
          value={view.scoreGroup ?? null}
          onChange={(v) => set({ scoreGroup: pick(RESPONSE_SCORE_FILTERS, v) })}
          data={[
            { group: t('responses.filters.npsGroups'), items: NPS_GROUPS.map((g) => ({ value: g, label: t(`responses.groups.${g}`) })) },
            { group: t('responses.filters.feelings'), items: SCORE_GROUPS.map((g) => ({ value: g, label: t(`responses.groups.${g}`) })) },
          ]}
          w={{ base: '100%', xs: 250 }}
        />
        <Select
          label={t('responses.filters.survey')}
          placeholder={t('responses.filters.allSurveys')}
          clearable
          searchable
          value={view.surveyId ?? null}
          onChange={(v) => set({ surveyId: v ?? undefined })}
          data={(surveys.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
          w={{ base: '100%', xs: 220 }}
        />
        <Select
          label={t('responses.filters.touchpoint')}
          placeholder={t('responses.filters.allTouchpoints')}
          clearable
          searchable
          value={view.touchpointId ?? null}
          onChange={(v) => set({ touchpointId: v ?? undefined })}
          data={touchpoints.data ?? []}
          w={{ base: '100%', xs: 200 }}
        />
        <Select
          label={t('responses.filters.channel')}
          placeholder={t('responses.filters.allChannels')}
          clearable
          value={view.channel ?? null}
          onChange={(v) => set({ channel: pick(RESPONSE_CHANNELS, v) })}
          data={RESPONSE_CHANNELS.map((c) => ({ value: c, label: t(`responses.channels.${c}`) }))}
          w={{ base: '100%', xs: 170 }}
        />
        {(['from', 'to'] as const).map((which) => (
          <TextInput
            key={which}
            label={t(`responses.filters.${which}`)}
            placeholder="dd/mm/yyyy"
            inputMode="numeric"
            value={days[which]}
            onChange={(e) => setDay(which, e.currentTarget.value)}
            error={dayError(which)}
            w={{ base: '100%', xs: 130 }}
          />
        ))}
      </Group>
      <Group gap="sm" justify="space-between" wrap="wrap">
        <Group gap="xs" wrap="wrap">
          <SegmentedControl
            size="xs"
            aria-label={t('responses.filters.status')}
            value={view.status ?? 'all'}
            onChange={(v) => set({ status: v === 'completed' || v === 'partial' ? v : undefined })}
            data={(['completed', 'partial', 'all'] as const).map((s) => ({ value: s, label: t(`responses.statuses.${s}`) }))}
          />
          {view.customer && (
            <Pill size="md" withRemoveButton onRemove={() => set({ customer: undefined })} removeButtonProps={{ 'aria-label': t('responses.filters.removeCustomer') }}>
              {t('responses.filters.customer', { name: customerName ?? view.customer })}
            </Pill>
          )}
          {view.storeId && (
            <Group gap={4} wrap="nowrap">
              <Text size="sm">
                {t('responses.filters.store')}: {storeName ?? t('common.none')}
              </Text>
              <CloseButton size="sm" aria-label={t('responses.filters.allStores')} onClick={() => set({ storeId: undefined })} />
            </Group>
          )}
        </Group>
        {filtered && (
          <Button
            variant="subtle"
            color="gray"
            size="xs"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={() => {
              applySearch.cancel();
              setSearch('');
              setDays({ from: '', to: '' });
              onChange((v) => ({ sort: v.sort, order: v.order, status: 'completed' }));
            }}
          >
            {t('responses.filters.clear')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
