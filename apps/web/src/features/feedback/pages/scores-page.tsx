import { periodsInRange, type Metric } from '@footprint/core';
import { Button, Card, EmptyState, Group, SegmentedControl, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconChartLine, IconMessagePlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../components/query-state';
import { SURVEYS_PATH } from '../paths';
import { BreakdownCard } from '../scores/components/breakdown-card';
import { KpiCard } from '../scores/components/kpi-card';
import { ScoreFilters } from '../scores/components/score-filters';
import { SplitChart } from '../scores/components/split-chart';
import { TrendChart } from '../scores/components/trend-chart';
import { useCoverage, useScores } from '../scores/hooks';
import { HEADLINE_METRICS } from '../scores/metrics';
import { dayLabel } from '../scores/period-label';
import { useScoreView } from '../scores/use-score-filters';

/** Điểm số: NPS, CSAT, CES (and CSI for one survey) with n, intervals, trends, the split and breakdowns. */
export function ScoresPage() {
  const { t } = useTranslation();
  const { view, update, filter, today } = useScoreView();
  const scores = useScores({ ...filter, by: view.by, compare: 'previous' });
  const coverage = useCoverage();
  const metrics: Metric[] = view.surveyId ? [...HEADLINE_METRICS, 'csi'] : [...HEADLINE_METRICS];
  const trendMetric = metrics.includes(view.metric) ? view.metric : 'nps';
  const periods = periodsInRange(view, view.by);
  const none = scores.data && metrics.every((m) => scores.data.totals[m] === null);
  const never = coverage.data?.lastAt === null;

  return (
    <Stack gap="lg">
      <Card withBorder padding="lg">
        <ScoreFilters view={view} today={today} update={update} />
      </Card>

      {scores.isError ? (
        <QueryError error={scores.error} onRetry={() => void scores.refetch()} />
      ) : !scores.data ? (
        <SimpleGrid cols={{ base: 1, sm: 3 }} aria-busy="true">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} height={132} radius="md" />
          ))}
        </SimpleGrid>
      ) : none ? (
        <Card withBorder padding="xl">
          <EmptyState
            icon={never ? <IconMessagePlus size={28} aria-hidden /> : <IconChartLine size={28} aria-hidden />}
            variant="light"
            title={never ? t('scores.empty.neverTitle') : t('scores.empty.rangeTitle')}
            description={never ? t('scores.empty.neverBody') : t('scores.empty.rangeBody', { from: dayLabel(view.from), to: dayLabel(view.to) })}
            py="xl"
            maw={640}
            mx="auto"
          >
            {never ? (
              <Button component={Link} to={SURVEYS_PATH}>
                {t('scores.empty.toSurveys')}
              </Button>
            ) : (
              <Button variant="light" onClick={() => update({ range: '90d', by: undefined, surveyId: undefined, touchpointId: undefined, channel: undefined, storeId: undefined })}>
                {t('scores.empty.widen')}
              </Button>
            )}
          </EmptyState>
        </Card>
      ) : (
        <Stack gap="lg" style={{ opacity: scores.isPlaceholderData ? 0.6 : 1 }} aria-busy={scores.isFetching}>
          <Stack gap={4}>
            <SimpleGrid cols={{ base: 1, sm: metrics.length === 4 ? 2 : 3, lg: metrics.length }}>
              {metrics.map((m) => (
                <KpiCard key={m} metric={m} score={scores.data.totals[m]} comparison={scores.data.previous?.comparison[m] ?? null} />
              ))}
            </SimpleGrid>
            {scores.data.previous && (
              <Text size="xs" c="dimmed">
                {t('scores.comparedWith', { from: dayLabel(scores.data.previous.from), to: dayLabel(scores.data.previous.to) })}
              </Text>
            )}
          </Stack>

          <Card withBorder padding="lg">
            <Group justify="space-between" align="flex-start" mb="sm" wrap="wrap" gap="sm">
              <Title order={2} fz="h4">
                {t('scores.trend.title', { metric: t(`scores.metrics.${trendMetric}`) })}
              </Title>
              <SegmentedControl
                aria-label={t('scores.trend.metric')}
                value={trendMetric}
                onChange={(v) => update({ metric: v })}
                data={metrics.map((m) => ({ value: m, label: t(`scores.metrics.${m}`) }))}
              />
            </Group>
            <TrendChart metric={trendMetric} series={scores.data.series} periods={periods} by={view.by} />
          </Card>

          {scores.data.totals.nps && (
            <Card withBorder padding="lg">
              <Title order={2} fz="h4" mb="sm">
                {t('scores.split.title')}
              </Title>
              <SplitChart series={scores.data.series} periods={periods} by={view.by} />
            </Card>
          )}

          <BreakdownCard view={view} filter={filter} update={update} />
        </Stack>
      )}
    </Stack>
  );
}
