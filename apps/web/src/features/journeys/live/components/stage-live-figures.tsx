import type { LiveStage } from '@footprint/core';
import { Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowRight, IconClock, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLiveFormat } from '../format';

/** Under a stage's title: customers who reached it, how many went on to the next, and the median time it took. */
export function StageLiveFigures({ stage, last }: { stage: LiveStage | undefined; last: boolean }) {
  const { t } = useTranslation();
  const f = useLiveFormat();
  const customers = stage?.customers ?? 0;
  return (
    <Stack gap={2} mt={4} data-testid="stage-live">
      <Group gap={4} wrap="nowrap">
        <IconUsers size={12} aria-hidden />
        <Text size="xs">{t('journeyLive.stage.customers', { n: f.count(customers), count: customers })}</Text>
      </Group>
      <Group gap={4} wrap="nowrap">
        <IconArrowRight size={12} aria-hidden />
        <Text size="xs">{last ? t('journeyLive.stage.last') : t('journeyLive.stage.conversion', { pct: f.pct(stage?.conversion ?? null) })}</Text>
      </Group>
      {!last && stage?.medianHoursToNext != null && (
        <Tooltip label={t('journeyLive.stage.medianTip')} multiline w={240} withArrow>
          <Group gap={4} wrap="nowrap" w="fit-content">
            <IconClock size={12} aria-hidden />
            <Text size="xs">{t('journeyLive.stage.median', { time: f.duration(stage.medianHoursToNext) })}</Text>
          </Group>
        </Tooltip>
      )}
    </Stack>
  );
}
