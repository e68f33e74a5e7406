import { periodsInRange, type Metric } from '@footprint/core';
import { Skeleton } from '@mantine/core';
import type { OverviewPeriod } from '../../../workspace';
import { QueryError } from '../../../../components/query-state';
import { KpiCard } from '../components/kpi-card';
import { Sparkline } from '../components/sparkline';
import { useScores } from '../hooks';

/** One headline score of the period against the previous one, with its trend; the three tiles share one request. */
export function ScoreTile({ metric, period }: { metric: Metric; period: OverviewPeriod }) {
  const scores = useScores({ from: period.from, to: period.to, by: period.by, compare: 'previous' });
  if (scores.isError) return <QueryError error={scores.error} onRetry={() => void scores.refetch()} />;
  if (!scores.data) return <Skeleton height={132} radius="md" />;
  const byPeriod = new Map(scores.data.series.map((p) => [p.period, p[metric]?.score ?? null]));
  const trend = periodsInRange(period, period.by).map((p) => byPeriod.get(p) ?? null);
  return (
    <KpiCard
      metric={metric}
      score={scores.data.totals[metric]}
      comparison={scores.data.previous?.comparison[metric] ?? null}
      trend={<Sparkline values={trend} />}
      to={`/feedback/scores?range=${period.preset}&metric=${metric}`}
    />
  );
}

export const NpsTile = ({ period }: { period: OverviewPeriod }) => <ScoreTile metric="nps" period={period} />;
export const CsatTile = ({ period }: { period: OverviewPeriod }) => <ScoreTile metric="csat" period={period} />;
export const CesTile = ({ period }: { period: OverviewPeriod }) => <ScoreTile metric="ces" period={period} />;
