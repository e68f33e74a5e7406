import '@mantine/dates/styles.css';
import 'dayjs/locale/vi';
import { RANGE_PRESETS } from '@footprint/core';
import { Group, Select, Text } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { KpiRange, KpiView } from '../view';

const dayLabel = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** The period: a preset (last 7/30/90 days, this or last month) or chosen days, kept in the URL. */
export function PeriodPicker({ view, today, update }: { view: KpiView; today: string; update: (patch: Partial<Record<keyof KpiView, string | undefined>>) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label={t('supportKpis.period.label')}
        allowDeselect={false}
        value={view.range}
        onChange={(v) => update(v === 'custom' ? { range: 'custom', from: view.from, to: view.to } : { range: (v as KpiRange | null) ?? '30d', interval: undefined })}
        data={[...RANGE_PRESETS, 'custom' as const].map((r) => ({ value: r, label: t(`supportKpis.period.ranges.${r}`) }))}
        w={{ base: '100%', xs: 200 }}
        data-testid="support-kpi-period"
      />
      {view.range === 'custom' ? (
        <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'vi', firstDayOfWeek: 1 }}>
          <DatePickerInput
            type="range"
            label={t('supportKpis.period.days')}
            leftSection={<IconCalendar size={16} aria-hidden />}
            valueFormat="DD/MM/YYYY"
            maxDate={today}
            allowSingleDateInRange
            value={[view.from, view.to]}
            onChange={([from, to]) => {
              if (from && to) update({ range: 'custom', from, to, interval: undefined });
            }}
            w={{ base: '100%', xs: 240 }}
          />
        </DatesProvider>
      ) : (
        <Text size="sm" c="dimmed" pb={8} data-testid="support-kpi-days">
          {t('supportKpis.period.daysText', { from: dayLabel(view.from), to: dayLabel(view.to) })}
        </Text>
      )}
    </Group>
  );
}
