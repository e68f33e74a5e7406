import { isTooFewAnswers, MIN_SAMPLE, type Metric, type GroupScores } from '@footprint/core';
import { Anchor, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../../components/query-state';
import type { OverviewPeriod } from '../../../workspace';
import { DeltaBadge } from '../components/delta-badge';
import { IntervalBar } from '../components/interval-bar';
import { useBreakdown } from '../hooks';
import { useScoreFormat } from '../metrics';
import { TileCard } from './tile-card';

const SHOWN = 5;

/**
 * The touchpoints with the lowest score, among those with at least MIN_SAMPLE answers (a
 * touchpoint with 4 answers is not "the worst", it is unknown). NPS when there is any, else CSAT,
 * else CES. Touchpoints with fewer answers are counted, and listed muted only when none qualifies.
 */
export function LowestTouchpointsTile({ period }: { period: OverviewPeriod }) {
  const { t } = useTranslation();
  const f = useScoreFormat();
  const breakdown = useBreakdown({ from: period.from, to: period.to, groupBy: 'touchpoint', compare: 'previous' });
  const items = (breakdown.data?.items ?? []).filter((i) => i.key !== null && i.name !== null);
  const metric: Metric = (['nps', 'csat', 'ces'] as const).find((m) => items.some((i) => i[m] !== null)) ?? 'nps';
  const scored = items.filter((i) => i[metric] !== null).sort((a, b) => a[metric]!.score! - b[metric]!.score!);
  const ranked = scored.filter((i) => !isTooFewAnswers(i[metric]!));
  const few = scored.length - ranked.length;
  const shown = (ranked.length > 0 ? ranked : scored).slice(0, SHOWN);
  const link = (i?: GroupScores) => `/feedback/scores?range=${period.preset}&group=touchpoint&metric=${metric}&sort=score&order=asc${i?.key ? `&touchpoint=${i.key}` : ''}`;

  return (
    <TileCard title={t('scores.overview.lowestTitle')} to={link()} linkLabel={t('scores.overview.allTouchpoints')}>
      {breakdown.isError ? (
        <QueryError error={breakdown.error} onRetry={() => void breakdown.refetch()} />
      ) : breakdown.isPending ? (
        <Stack gap="xs">{[0, 1, 2].map((i) => <Skeleton key={i} height={28} />)}</Stack>
      ) : shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('scores.overview.noTouchpointScores')}
        </Text>
      ) : (
        <Stack gap="xs">
          <Text size="xs" c="dimmed">
            {ranked.length > 0 ? t('scores.overview.lowestBy', { metric: t(`scores.metrics.${metric}`), min: MIN_SAMPLE }) : t('scores.overview.noneRanked', { min: MIN_SAMPLE })}
          </Text>
          <Stack gap={6} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
            {shown.map((i) => {
              const s = i[metric]!;
              const muted = isTooFewAnswers(s);
              return (
                <Group key={i.key} component="li" gap="sm" wrap="nowrap" style={muted ? { opacity: 0.62 } : undefined}>
                  <Anchor component={Link} to={link(i)} size="sm" fw={500} style={{ flex: '1 1 40%', overflowWrap: 'anywhere' }}>
                    {i.name}
                  </Anchor>
                  <div style={{ flex: '1 1 30%' }}>
                    <IntervalBar metric={metric} score={s} muted={muted} />
                  </div>
                  <Text size="sm" fw={600} w={48} ta="right">
                    {f.score(metric, s.score)}
                  </Text>
                  <Text size="xs" c="dimmed" w={70} ta="right">
                    {t('scores.nShort', { n: f.count(s.n) })}
                  </Text>
                  <DeltaBadge metric={metric} comparison={i.comparison?.[metric] ?? null} size="xs" compact />
                </Group>
              );
            })}
          </Stack>
          {ranked.length > 0 && few > 0 && (
            <Text size="xs" c="dimmed">
              {t('scores.overview.fewNotRanked', { count: few, min: MIN_SAMPLE })}
            </Text>
          )}
        </Stack>
      )}
    </TileCard>
  );
}
