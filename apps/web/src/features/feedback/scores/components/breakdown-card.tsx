import { type Metric, type GroupScores } from '@footprint/core';
import { Card, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryError, TableSkeleton } from '../../../../components/query-state';
import { useBreakdown } from '../hooks';
import { HEADLINE_METRICS } from '../metrics';
import type { ScoreView } from '../use-score-filters';
import { DASHBOARD_GROUPINGS } from '../view';
import { BreakdownTable } from './breakdown-table';

interface Props {
  view: ScoreView;
  filter: Omit<Parameters<typeof useBreakdown>[0], 'groupBy'>;
  update: (patch: Partial<Record<keyof ScoreView, string | undefined>>) => void;
}

/** Which touchpoints, channels, stores or surveys do better or worse: one table per dimension. */
export function BreakdownCard({ view, filter, update }: Props) {
  const { t } = useTranslation();
  const breakdown = useBreakdown({ ...filter, groupBy: view.group, compare: 'previous' });
  const metrics: Metric[] = view.surveyId || view.group === 'survey' ? [...HEADLINE_METRICS, 'csi'] : [...HEADLINE_METRICS];
  const metric = metrics.includes(view.metric) ? view.metric : 'nps';
  const [params] = useSearchParams();
  // A group narrows the whole screen to itself: each grouping has a filter of the same name in the URL.
  const linkOf = (item: GroupScores) => {
    if (item.key === null || (view.group !== 'channel' && item.name === null)) return null;
    const next = new URLSearchParams(params);
    next.set(view.group, item.key);
    return `?${next.toString()}`;
  };

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <Stack gap={2}>
            <Title order={2} fz="h4">
              {t('scores.breakdown.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('scores.breakdown.intro')}
            </Text>
          </Stack>
          <Group gap="sm" align="flex-end">
            <SegmentedControl
              aria-label={t('scores.breakdown.by')}
              value={view.group}
              onChange={(v) => update({ group: v })}
              data={DASHBOARD_GROUPINGS.map((g) => ({ value: g, label: t(`scores.groups.${g}`) }))}
            />
            <Select
              aria-label={t('scores.breakdown.metric')}
              allowDeselect={false}
              value={metric}
              onChange={(v) => update({ metric: v ?? undefined })}
              data={metrics.map((m) => ({ value: m, label: t(`scores.metrics.${m}`) }))}
              w={110}
            />
          </Group>
        </Group>
        {breakdown.isError ? (
          <QueryError error={breakdown.error} onRetry={() => void breakdown.refetch()} />
        ) : breakdown.isPending ? (
          <TableSkeleton cols={5} rows={4} />
        ) : breakdown.data.items.length === 0 ? (
          <Text size="sm" c="dimmed" ta="center" py="lg">
            {t('scores.noAnswersInRange')}
          </Text>
        ) : (
          <div style={{ opacity: breakdown.isPlaceholderData ? 0.6 : 1 }} aria-busy={breakdown.isFetching}>
            <BreakdownTable
              key={`${view.group}-${metric}`}
              group={view.group}
              metric={metric}
              items={breakdown.data.items}
              compared={breakdown.data.previous !== null}
              sort={view.sort}
              order={view.order}
              onSort={(sort, order) => update({ sort, order })}
              linkOf={linkOf}
            />
          </div>
        )}
      </Stack>
    </Card>
  );
}
