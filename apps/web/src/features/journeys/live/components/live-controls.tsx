import '@mantine/dates/styles.css';
import 'dayjs/locale/vi';
import { Group, Select, Text } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { IconCalendar, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LIVE_RANGES, type LiveRange, type LiveView } from '../live-view';
import type { LivePatch } from '../use-live-view';

const dayLabel = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

interface Props {
  view: Pick<LiveView, 'range' | 'from' | 'to' | 'personaId'>;
  today: string;
  update: (patch: LivePatch) => void;
  /** Persona choices; absent where there is no persona to choose (the public page). */
  personas?: { value: string; label: string }[] | undefined;
}

/** The live layer's period (7/30/90 days or custom days, dd/MM/yyyy in Vietnamese) and persona. */
export function LiveControls({ view, today, update, personas }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" data-print-hide>
      <Select
        label={t('journeyLive.period')}
        allowDeselect={false}
        value={view.range}
        onChange={(v) => update(v === 'custom' ? { range: 'custom', from: view.from, to: view.to } : { range: (v as LiveRange | null) ?? '30d' })}
        data={[...LIVE_RANGES, 'custom' as const].map((r) => ({ value: r, label: t(`journeyLive.ranges.${r}`) }))}
        w={{ base: '100%', xs: 170 }}
      />
      {view.range === 'custom' ? (
        <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'vi', firstDayOfWeek: 1 }}>
          <DatePickerInput
            type="range"
            label={t('journeyLive.days')}
            leftSection={<IconCalendar size={16} aria-hidden />}
            valueFormat="DD/MM/YYYY"
            maxDate={today}
            allowSingleDateInRange
            value={[view.from, view.to]}
            onChange={([from, to]) => {
              if (from && to) update({ range: 'custom', from, to });
            }}
            w={{ base: '100%', xs: 240 }}
          />
        </DatesProvider>
      ) : (
        <Text size="sm" c="dimmed" pb={8}>
          {t('journeyLive.daysText', { from: dayLabel(view.from), to: dayLabel(view.to) })}
        </Text>
      )}
      {personas && (
        <Select
          label={t('journeyLive.persona')}
          placeholder={t('journeyLive.allCustomers')}
          leftSection={<IconUser size={16} aria-hidden />}
          clearable
          searchable
          value={view.personaId ?? null}
          onChange={(v) => update({ persona: v })}
          data={personas}
          w={{ base: '100%', xs: 220 }}
        />
      )}
    </Group>
  );
}
