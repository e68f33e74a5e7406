import type { BusinessHours } from '@footprint/core';
import { ActionIcon, Button, Group, Stack, Switch, Table, Text } from '@mantine/core';
import { TimePicker } from '@mantine/dates';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TimeZoneSelect } from '../../../../components/time-zone-select';

/** Monday first, as Vietnamese calendars show the week. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;
const MAX_INTERVALS = 4;

/** A wall-clock time, 24-hour (08:00, 17:30) whatever the browser's locale; the calendar keeps HH:mm. */
function ClockInput({ label, value, onChange, disabled, error }: { label: string; value: string; onChange: (v: string) => void; disabled: boolean; error: boolean }) {
  const { t } = useTranslation();
  return (
    <TimePicker
      size="xs"
      format="24h"
      aria-label={label}
      hoursInputLabel={`${label}, ${t('supportSettings.sla.hours')}`}
      minutesInputLabel={`${label}, ${t('supportSettings.sla.minutes')}`}
      value={value}
      disabled={disabled}
      error={error}
      onChange={(v) => onChange(v.slice(0, 5))}
      w={84}
    />
  );
}

/** Opening hours per weekday (several intervals a day, none = closed) and the calendar's time zone. */
export function WeekHours({ hours, onChange, disabled, badDay }: { hours: BusinessHours; onChange: (h: BusinessHours) => void; disabled: boolean; badDay: number | null }) {
  const { t } = useTranslation();
  const setDay = (weekday: number, day: BusinessHours['week'][number]) => onChange({ ...hours, week: hours.week.map((d, i) => (i === weekday ? day : d)) });
  return (
    <Stack gap="sm">
      <TimeZoneSelect
        label={t('supportSettings.sla.timeZone')}
        value={hours.timeZone}
        onChange={(timeZone) => timeZone && onChange({ ...hours, timeZone })}
        disabled={disabled}
        searchable
        allowDeselect={false}
        w={{ base: '100%', xs: 360 }}
      />
      <Table verticalSpacing={6} aria-label={t('supportSettings.sla.week')}>
        <Table.Tbody>
          {WEEK_ORDER.map((weekday) => {
            const dayName = t(`supportSettings.sla.days.d${weekday}`);
            const day = hours.week[weekday] ?? [];
            const open = day.length > 0;
            return (
              <Table.Tr key={weekday} data-testid={`week-day-${weekday}`}>
                <Table.Td w={120}>
                  <Text size="sm" fw={500}>
                    {dayName}
                  </Text>
                </Table.Td>
                <Table.Td w={150}>
                  <Switch
                    size="sm"
                    label={open ? t('supportSettings.sla.open') : t('supportSettings.sla.closed')}
                    aria-label={`${dayName}: ${t('supportSettings.sla.open')}`}
                    checked={open}
                    disabled={disabled}
                    onChange={(e) => setDay(weekday, e.currentTarget.checked ? [{ open: '08:00', close: '17:00' }] : [])}
                  />
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    <Group gap="xs" wrap="wrap">
                      {day.map((iv, n) => (
                        <Group key={n} gap={4} wrap="nowrap">
                          <ClockInput
                            label={t('supportSettings.sla.fromOf', { day: dayName, n: n + 1 })}
                            value={iv.open}
                            disabled={disabled}
                            error={badDay === weekday}
                            onChange={(open) => setDay(weekday, day.map((x, j) => (j === n ? { ...x, open } : x)))}
                          />
                          <Text size="xs" c="dimmed">
                            –
                          </Text>
                          <ClockInput
                            label={t('supportSettings.sla.toOf', { day: dayName, n: n + 1 })}
                            value={iv.close}
                            disabled={disabled}
                            error={badDay === weekday}
                            onChange={(close) => setDay(weekday, day.map((x, j) => (j === n ? { ...x, close } : x)))}
                          />
                          {!disabled && (
                            <ActionIcon size="sm" variant="subtle" color="gray" aria-label={`${t('supportSettings.sla.removeInterval')} (${dayName} ${n + 1})`} onClick={() => setDay(weekday, day.filter((_, j) => j !== n))}>
                              <IconX size={14} aria-hidden />
                            </ActionIcon>
                          )}
                        </Group>
                      ))}
                      {open && !disabled && day.length < MAX_INTERVALS && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          leftSection={<IconPlus size={12} aria-hidden />}
                          aria-label={`${t('supportSettings.sla.addInterval')} (${dayName})`}
                          onClick={() => setDay(weekday, [...day, { open: '13:00', close: '17:00' }])}
                        >
                          {t('supportSettings.sla.addInterval')}
                        </Button>
                      )}
                    </Group>
                    {badDay === weekday && (
                      <Text size="xs" c="red" role="alert">
                        {t('supportSettings.sla.badInterval')}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
