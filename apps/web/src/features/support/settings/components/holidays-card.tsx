import { formatDate, vnPublicHolidays, type BusinessHours } from '@footprint/core';
import { ActionIcon, Alert, Badge, Group, Select, SimpleGrid, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import 'dayjs/locale/vi';
import { IconCalendarPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError, TableSkeleton } from '../../../../components/query-state';
import { useFormat } from '../../../workspace';
import { useHolidays } from '../hooks';
import { holidayRows, toggleDay } from '../lib/sla-draft';

/** "Thứ Năm, 01/01/2026": a calendar day (yyyy-MM-dd), not an instant, so no time zone applies. */
function useDayLabel() {
  const { locale } = useFormat();
  return (day: string) => {
    const at = new Date(`${day}T00:00:00Z`);
    const weekday = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'vi-VN', { weekday: 'long', timeZone: 'UTC' }).format(at);
    return `${weekday}, ${formatDate(at, locale, 'UTC')}`;
  };
}

/**
 * The support calendar's closed days for a chosen year: Vietnam's public holidays (solar and lunar,
 * each one can be worked anyway) and the workspace's own closed days.
 */
export function HolidaysCard({ hours, onChange, disabled }: { hours: BusinessHours; onChange: (h: BusinessHours) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const dayLabel = useDayLabel();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const holidays = useHolidays(year);
  const vn = holidays.data ? holidayRows(holidays.data, vnPublicHolidays(year), hours.workingDays) : [];
  const inYear = (d: string) => d.startsWith(`${year}-`);
  const extra = hours.extraHolidays.filter(inYear);
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - 1 + i));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Switch
          label={t('supportSettings.sla.vnHolidays')}
          checked={hours.vnHolidays}
          disabled={disabled}
          onChange={(e) => onChange({ ...hours, vnHolidays: e.currentTarget.checked })}
          style={{ flex: 1, minWidth: 260 }}
        />
        <Select label={t('supportSettings.sla.year')} allowDeselect={false} value={String(year)} data={years} onChange={(v) => v && setYear(Number(v))} w={110} />
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="xs" component="section" aria-label={t('supportSettings.sla.sourceVn')}>
          <Title order={3} fz="sm">
            {t('supportSettings.sla.sourceVn')} {year}
          </Title>
          {!hours.vnHolidays ? (
            <Text size="sm" c="dimmed">
              {t('supportSettings.sla.noVnHolidays')}
            </Text>
          ) : holidays.isError ? (
            <QueryError error={holidays.error} onRetry={() => void holidays.refetch()} />
          ) : holidays.isPending ? (
            <TableSkeleton cols={3} rows={6} />
          ) : vn.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('supportSettings.sla.holidaysEmpty', { year })}
            </Text>
          ) : (
            <Table verticalSpacing={4} aria-label={`${t('supportSettings.sla.sourceVn')} ${year}`} style={{ opacity: holidays.isFetching ? 0.6 : 1 }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('supportSettings.sla.holidayDay')}</Table.Th>
                  <Table.Th>{t('supportSettings.sla.holidayName')}</Table.Th>
                  <Table.Th>{t('supportSettings.sla.workAnyway')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {vn.map((h) => {
                  const working = hours.workingDays.includes(h.day);
                  return (
                    <Table.Tr key={h.day} data-testid="vn-holiday">
                      <Table.Td>
                        <Text size="sm" td={working ? 'line-through' : undefined}>
                          {dayLabel(h.day)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{locale === 'en' ? h.name.en : h.name.vi}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Switch
                          size="xs"
                          aria-label={t('supportSettings.sla.workAnywayOf', { day: dayLabel(h.day) })}
                          checked={working}
                          disabled={disabled}
                          onChange={(e) => onChange({ ...hours, workingDays: toggleDay(hours.workingDays, h.day, e.currentTarget.checked) })}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
        <Stack gap="xs" component="section" aria-label={t('supportSettings.sla.extra')}>
          <Title order={3} fz="sm">
            {t('supportSettings.sla.extra')} {year}
          </Title>
          <Text size="xs" c="dimmed">
            {t('supportSettings.sla.extraHint')}
          </Text>
          {!disabled && (
            <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>
              <DatePickerInput
                label={t('supportSettings.sla.addClosed')}
                placeholder={t('supportSettings.sla.pickDay')}
                leftSection={<IconCalendarPlus size={16} aria-hidden />}
                valueFormat="DD/MM/YYYY"
                value={null}
                minDate={`${year}-01-01`}
                maxDate={`${year}-12-31`}
                defaultDate={year === thisYear ? undefined : `${year}-01-01`}
                excludeDate={(d) => hours.extraHolidays.includes(d)}
                onChange={(d) => d && onChange({ ...hours, extraHolidays: toggleDay(hours.extraHolidays, d, true), workingDays: toggleDay(hours.workingDays, d, false) })}
                w={{ base: '100%', xs: 240 }}
              />
            </DatesProvider>
          )}
          {extra.length === 0 ? (
            <Alert variant="light" color="gray">
              {t('supportSettings.sla.extraEmpty', { year })}
            </Alert>
          ) : (
            <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {extra.map((d) => (
                <Group key={d} component="li" gap="xs" justify="space-between" data-testid="extra-holiday">
                  <Group gap="xs">
                    <Badge size="sm" variant="light" color="grape" tt="none">
                      {t('supportSettings.sla.sourceWorkspace')}
                    </Badge>
                    <Text size="sm">{dayLabel(d)}</Text>
                  </Group>
                  {!disabled && (
                    <ActionIcon size="sm" variant="subtle" color="red" aria-label={t('supportSettings.sla.removeDay', { day: dayLabel(d) })} onClick={() => onChange({ ...hours, extraHolidays: toggleDay(hours.extraHolidays, d, false) })}>
                      <IconX size={14} aria-hidden />
                    </ActionIcon>
                  )}
                </Group>
              ))}
            </Stack>
          )}
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
