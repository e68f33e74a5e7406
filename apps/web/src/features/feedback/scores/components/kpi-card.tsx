import { isTooFewAnswers, type Metric, type Score, type ScoreComparison } from '@footprint/core';
import { Anchor, Badge, Card, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useScoreFormat } from '../metrics';
import { DeltaBadge } from './delta-badge';

interface Props {
  metric: Metric;
  score: Score | null;
  /** Null when no comparison was asked. */
  comparison: ScoreComparison | null | undefined;
  /** A trend under the figure (a sparkline). */
  trend?: ReactNode;
  /** Where the title leads (the detailed screen). */
  to?: string;
}

/** One headline score: the figure, how many answers it rests on, its 95% interval and the change. */
export function KpiCard({ metric, score, comparison, trend, to }: Props) {
  const { t } = useTranslation();
  const f = useScoreFormat();
  const title = t(`scores.metrics.${metric}`);
  const few = score !== null && isTooFewAnswers(score);
  return (
    <Card withBorder padding="md" h="100%" component="section" aria-label={title}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          {to ? (
            <Anchor component={Link} to={to} size="sm" fw={600} c="dimmed">
              {title}
            </Anchor>
          ) : (
            <Text size="sm" fw={600} c="dimmed">
              {title}
            </Text>
          )}
          {comparison !== undefined && score !== null && <DeltaBadge metric={metric} comparison={comparison} />}
        </Group>
        <Group justify="space-between" align="flex-end" wrap="nowrap" gap="xs">
          <Text fz={32} fw={700} lh={1.1} c={few ? 'dimmed' : undefined} data-testid={`kpi-${metric}`}>
            {f.score(metric, score?.score ?? null)}
          </Text>
          {trend}
        </Group>
        {score ? (
          <Stack gap={2}>
            <Group gap={6}>
              <Text size="xs" c="dimmed">
                {t('scores.nAnswers', { n: f.count(score.n), count: score.n })}
              </Text>
              {few && (
                <Tooltip label={t('scores.fewTip')} multiline w={260} withArrow>
                  <Badge size="xs" variant="light" color="yellow" tt="none" leftSection={<IconAlertTriangle size={10} aria-hidden />}>
                    {t('scores.few')}
                  </Badge>
                </Tooltip>
              )}
            </Group>
            <Tooltip label={t('scores.ciTip')} multiline w={280} withArrow>
              <Text size="xs" c="dimmed" w="fit-content">
                {t('scores.ciShort', { range: f.interval(metric, score.ci) })}
              </Text>
            </Tooltip>
          </Stack>
        ) : (
          <Text size="xs" c="dimmed">
            {t('scores.noAnswersShort')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
