import '@mantine/dates/styles.css';
import 'dayjs/locale/vi';
import { GRANULARITIES, RANGE_PRESETS, RESPONSE_CHANNELS } from '@footprint/core';
import { Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { IconCalendar, IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSurveys, useTouchpointOptions } from '../../hooks';
import { useBreakdown } from '../hooks';
import { dayLabel } from '../period-label';
import type { RangeChoice, ScoreView } from '../use-score-filters';

interface Props {
  view: ScoreView;
  today: string;
  update: (patch: Partial<Record<keyof ScoreView, string | undefined>>) => void;
}

const FILTER_KEYS = ['surveyId', 'touchpointId', 'channel', 'storeId'] as const;

/** What the Scores screen looks at: survey, touchpoint, channel, store, the days and the step. */
export function ScoreFilters({ view, today, update }: Props) {
  const { t, i18n } = useTranslation();
  const surveys = useSurveys({ sort: 'name', order: 'asc', page: 1, pageSize: 200 });
  const touchpoints = useTouchpointOptions();
  // Stores have no list of their own here yet: offer the ones that have answers in the period.
  const stores = useBreakdown({ from: view.from, to: view.to, groupBy: 'store' });
  const storeOptions = (stores.data?.items ?? []).filter((s) => s.key !== null && s.name !== null).map((s) => ({ value: s.key!, label: s.name! }));
  const filtered = FILTER_KEYS.some((k) => view[k] !== undefined);

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('scores.filters.survey')}
          placeholder={t('scores.filters.allSurveys')}
          clearable
          searchable
          value={view.surveyId ?? null}
          onChange={(v) => update({ surveyId: v ?? undefined })}
          data={(surveys.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
          w={{ base: '100%', xs: 220 }}
        />
        <Select
          label={t('scores.filters.touchpoint')}
          placeholder={t('scores.filters.allTouchpoints')}
          clearable
          searchable
          value={view.touchpointId ?? null}
          onChange={(v) => update({ touchpointId: v ?? undefined })}
          data={touchpoints.data ?? []}
          w={{ base: '100%', xs: 200 }}
        />
        <Select
          label={t('scores.filters.channel')}
          placeholder={t('scores.filters.allChannels')}
          clearable
          value={view.channel ?? null}
          onChange={(v) => update({ channel: v ?? undefined })}
          data={RESPONSE_CHANNELS.map((c) => ({ value: c, label: t(`scores.channels.${c}`) }))}
          w={{ base: '100%', xs: 160 }}
        />
        <Select
          label={t('scores.filters.store')}
          placeholder={storeOptions.length ? t('scores.filters.allStores') : t('scores.filters.noStores')}
          clearable
          searchable
          disabled={storeOptions.length === 0 && !view.storeId}
          value={view.storeId ?? null}
          onChange={(v) => update({ storeId: v ?? undefined })}
          data={view.storeId && !storeOptions.some((s) => s.value === view.storeId) ? [...storeOptions, { value: view.storeId, label: t('scores.deleted.store') }] : storeOptions}
          w={{ base: '100%', xs: 200 }}
        />
        {filtered && (
          <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={() => update({ surveyId: undefined, touchpointId: undefined, channel: undefined, storeId: undefined })}>
            {t('scores.filters.clear')}
          </Button>
        )}
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('scores.filters.period')}
          allowDeselect={false}
          value={view.range}
          onChange={(v) => update(v === 'custom' ? { range: 'custom', from: view.from, to: view.to } : { range: (v as RangeChoice | null) ?? '30d', by: undefined })}
          data={[...RANGE_PRESETS, 'custom' as const].map((r) => ({ value: r, label: t(`scores.ranges.${r}`) }))}
          w={{ base: '100%', xs: 180 }}
        />
        {view.range === 'custom' ? (
          <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'vi', firstDayOfWeek: 1 }}>
            <DatePickerInput
              type="range"
              label={t('scores.filters.days')}
              leftSection={<IconCalendar size={16} aria-hidden />}
              valueFormat="DD/MM/YYYY"
              maxDate={today}
              allowSingleDateInRange
              value={[view.from, view.to]}
              onChange={([from, to]) => {
                if (from && to) update({ range: 'custom', from, to, by: undefined });
              }}
              w={{ base: '100%', xs: 240 }}
            />
          </DatesProvider>
        ) : (
          <Text size="sm" c="dimmed" pb={8}>
            {t('scores.filters.daysText', { from: dayLabel(view.from), to: dayLabel(view.to) })}
          </Text>
        )}
        <Stack gap={4}>
          <Text size="sm" fw={500} id="score-step">
            {t('scores.filters.by')}
          </Text>
          <SegmentedControl
            aria-labelledby="score-step"
            value={view.by}
            onChange={(v) => update({ by: v })}
            data={GRANULARITIES.map((g) => ({ value: g, label: t(`scores.by.${g}`) }))}
          />
        </Stack>
      </Group>
    </Stack>
  );
}
