import type { Metric, ScoreComparison } from '@footprint/core';
import { Badge, Text, Tooltip } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useScoreFormat } from '../metrics';

/**
 * The change from the previous period. Coloured only when it is significant (p < 0.05): a grey
 * arrow says "moved, but within what chance alone would do". Every score is better when higher.
 */
export function DeltaBadge({ metric, comparison, size = 'sm', compact }: { metric: Metric; comparison: ScoreComparison | null; size?: 'xs' | 'sm'; compact?: boolean }) {
  const { t } = useTranslation();
  const f = useScoreFormat();
  if (!comparison || comparison.delta === null) {
    const why = comparison && comparison.previous === null ? t('scores.delta.noPrevious') : t('scores.delta.unknown');
    // In rows, a dash (its reason on hover) keeps the column quiet.
    if (compact)
      return (
        <Tooltip label={why} withArrow>
          <Text span size="sm" c="dimmed" aria-label={why}>
            —
          </Text>
        </Tooltip>
      );
    return (
      <Badge size={size} variant="light" color="gray" tt="none">
        {why}
      </Badge>
    );
  }
  const d = comparison.delta;
  const Icon = d > 0 ? IconArrowUpRight : d < 0 ? IconArrowDownRight : IconArrowRight;
  const color = !comparison.significant || d === 0 ? 'gray' : d > 0 ? 'teal' : 'red';
  const verdict = comparison.significant ? t('scores.delta.significant') : t('scores.delta.notSignificant');
  return (
    <Tooltip label={`${t('scores.delta.explain', { previous: f.score(metric, comparison.previous) })} ${verdict}`} multiline w={280} withArrow>
      <Badge size={size} variant="light" color={color} tt="none" leftSection={<Icon size={12} aria-hidden />} aria-label={`${t('scores.delta.label', { delta: f.delta(metric, d) })}, ${verdict}`}>
        {f.delta(metric, d)}
        {comparison.significant || compact ? '' : ` · ${t('scores.delta.short')}`}
      </Badge>
    </Tooltip>
  );
}
