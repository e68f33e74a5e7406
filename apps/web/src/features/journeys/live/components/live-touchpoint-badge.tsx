import { isTooFewAnswers, MIN_SAMPLE, TARGET_METRICS, type LiveTouchpoint, type TouchpointTarget } from '@footprint/core';
import { Badge, Box, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useScoreFormat } from '../../../feedback';
import { useLiveFormat } from '../format';
import { TARGET_LOOK, TargetStatusBadge } from './target-status';

interface Props {
  live: LiveTouchpoint | undefined;
  target: TouchpointTarget | null;
  /** For the screen reader's label. */
  name: string;
}

/**
 * What was measured at one touchpoint of the map, inside its card: customers and events, NPS, CSAT
 * and CES each with its number of answers (few answers marked), the share of negative comments,
 * and a ring in the colour of its target status with the status in words.
 */
export function LiveTouchpointBadge({ live, target, name }: Props) {
  const { t } = useTranslation();
  const f = useScoreFormat();
  const lf = useLiveFormat();
  const status = live?.target ?? 'none';
  const { color } = TARGET_LOOK[status];
  const scores = live ? TARGET_METRICS.flatMap((m) => (live[m] ? [{ metric: m, score: live[m] }] : [])) : [];
  return (
    <Box
      component="section"
      aria-label={t('journeyLive.badge.label', { name })}
      data-testid="live-badge"
      data-target={status}
      mt={6}
      p={6}
      style={{ borderRadius: 6, border: `2px solid var(--mantine-color-${color}-${status === 'none' ? 3 : 6})`, background: `var(--mantine-color-${color}-0)` }}
    >
      <Stack gap={4}>
        {/* The target itself is on the card already; the badge says how it stands. */}
        <TargetStatusBadge status={status} hasTarget={target !== null} size="xs" />
        <Text size="xs">
          {t('journeyLive.badge.customers', { n: lf.count(live?.customers ?? 0), count: live?.customers ?? 0 })} · {t('journeyLive.badge.events', { n: lf.count(live?.events ?? 0), count: live?.events ?? 0 })}
        </Text>
        {scores.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t('journeyLive.badge.noAnswers')}
          </Text>
        ) : (
          scores.map(({ metric, score }) => {
            const few = isTooFewAnswers(score);
            return (
              <Group key={metric} gap={4} wrap="nowrap">
                <Text size="xs" fw={600} c={few ? 'dimmed' : undefined}>
                  {t('journeyLive.badge.score', { metric: t(`scores.metrics.${metric}`), value: f.score(metric, score.score) })}
                </Text>
                <Text size="xs" c="dimmed">
                  ({t('journeyLive.badge.n', { n: lf.count(score.n) })})
                </Text>
                {few && (
                  <Tooltip label={t('journeyLive.badge.fewTip', { min: MIN_SAMPLE })} withArrow>
                    <Badge size="xs" variant="light" color="yellow" tt="none" px={4} aria-label={t('journeyLive.badge.few')}>
                      <IconAlertTriangle size={10} aria-hidden />
                    </Badge>
                  </Tooltip>
                )}
              </Group>
            );
          })
        )}
        {live && live.negativeShare !== null && (
          <Text size="xs" c={live.negativeShare >= 0.3 ? 'red.8' : 'dimmed'}>
            {t('journeyLive.badge.negative', { pct: lf.pct(live.negativeShare) })}
          </Text>
        )}
      </Stack>
    </Box>
  );
}
