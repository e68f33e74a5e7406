import type { SurveyWidget } from '@footprint/core';
import { Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../workspace';

/** How the widget went over 30 days: shown, closed, answered, as figures and one bar that compares them. */
export function WidgetStats({ stats }: { stats: SurveyWidget['stats'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const pct = (n: number) => (stats.shown > 0 ? Math.min(100, (n / stats.shown) * 100) : 0);
  const rate = stats.shown > 0 ? `${fmt.number(Math.round(pct(stats.answered)))} %` : '—';
  const figures = [
    { label: t('widget.shown'), value: fmt.number(stats.shown) },
    { label: t('widget.answered'), value: fmt.number(stats.answered) },
    { label: t('widget.dismissed'), value: fmt.number(stats.dismissed) },
    { label: t('widget.responseRate'), value: rate },
  ];
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={3} fz="h5">
          {t('widget.stats')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          {figures.map((f) => (
            <div key={f.label}>
              <Text size="xs" c="dimmed">
                {f.label}
              </Text>
              <Text fz={22} fw={650}>
                {f.value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
        {stats.shown > 0 ? (
          <Stack gap={4}>
            <Progress.Root size="lg" aria-label={`${t('widget.chartLabel')}: ${figures.map((f) => `${f.label} ${f.value}`).join(', ')}`}>
              <Progress.Section value={pct(stats.answered)} color="teal" />
              <Progress.Section value={pct(stats.dismissed)} color="orange" />
            </Progress.Root>
            <Group gap="md" aria-hidden>
              <Text size="xs" c="teal.8">
                ■ {t('widget.answered')}
              </Text>
              <Text size="xs" c="orange.8">
                ■ {t('widget.dismissed')}
              </Text>
            </Group>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('widget.noStats')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
