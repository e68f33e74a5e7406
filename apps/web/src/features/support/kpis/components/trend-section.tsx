import { Card, Group, SegmentedControl, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../../components/query-state';
import { useKpiFormat } from '../format';
import { useSupportKpiTrend } from '../hooks';
import type { KpiView } from '../view';
import { KpiChart } from './chart';

interface Props {
  view: KpiView;
  filter: { from: string; to: string };
  update: (patch: Partial<Record<keyof KpiView, string | undefined>>) => void;
}

/** "24/11" for a day, "Tuần 23/11" for a week, "11/2026" for a month. */
function usePointLabel() {
  const { t } = useTranslation();
  return (start: string, interval: KpiView['interval']) => {
    const [y, m, d] = start.split('-');
    if (interval === 'month') return `${m}/${y}`;
    return interval === 'week' ? t('supportKpis.trend.weekOf', { day: `${d}/${m}` }) : `${d}/${m}`;
  };
}

/** The KPIs over the period: business times (FRT, ART), rates (FCR, SLA) and volumes, per day, week or month. */
export function TrendSection({ view, filter, update }: Props) {
  const { t } = useTranslation();
  const f = useKpiFormat();
  const label = usePointLabel();
  const trend = useSupportKpiTrend(filter, view.interval);
  const points = trend.data?.points ?? [];
  const x = points.map((p) => label(p.start, view.interval));
  const intervalName = t(`supportKpis.trend.intervals.${view.interval}`).toLowerCase();
  const hours = (v: number | null) => (v === null ? null : Math.round((v / 60) * 100) / 100);
  const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
  const base = {
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0 },
    xAxis: { type: 'category', data: x },
  };
  const times = {
    ...base,
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null || v === undefined ? '—' : f.duration(v * 60)) },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => t('supportKpis.trend.hours', { v: f.number(v, 1) }) } },
    series: [
      { type: 'line', name: t('supportKpis.metrics.frt'), data: points.map((p) => hours(p.kpis.frt.median)), connectNulls: true, color: '#228be6' },
      { type: 'line', name: t('supportKpis.metrics.art'), data: points.map((p) => hours(p.kpis.art.median)), connectNulls: true, color: '#7048e8' },
    ],
  };
  const rates = {
    ...base,
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null || v === undefined ? '—' : `${f.number(v, 1)}%`) },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { type: 'line', name: t('supportKpis.metrics.fcr'), data: points.map((p) => pct(p.kpis.fcr.rate)), connectNulls: true, color: '#12b886' },
      { type: 'line', name: t('supportKpis.metrics.sla'), data: points.map((p) => pct(p.kpis.sla.rate)), connectNulls: true, color: '#f76707' },
    ],
  };
  const volume = {
    ...base,
    tooltip: { trigger: 'axis' },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', name: t('supportKpis.trend.created'), data: points.map((p) => p.kpis.created), color: '#74c0fc' },
      { type: 'bar', name: t('supportKpis.trend.resolved'), data: points.map((p) => p.kpis.resolved), color: '#63e6be' },
    ],
  };

  return (
    <Card withBorder padding="lg" component="section" aria-label={t('supportKpis.trend.title')}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Title order={2} fz="h4">
            {t('supportKpis.trend.title')}
          </Title>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="kpi-interval">
              {t('supportKpis.trend.interval')}
            </Text>
            <SegmentedControl aria-labelledby="kpi-interval" value={view.interval} onChange={(v) => update({ interval: v })} data={(['day', 'week', 'month'] as const).map((i) => ({ value: i, label: t(`supportKpis.trend.intervals.${i}`) }))} />
          </Stack>
        </Group>
        {trend.isError ? (
          <QueryError error={trend.error} onRetry={() => void trend.refetch()} />
        ) : trend.isPending ? (
          <SimpleGrid cols={{ base: 1, lg: 3 }}>
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} height={240} />
            ))}
          </SimpleGrid>
        ) : (
          <SimpleGrid cols={{ base: 1, lg: 3 }} style={{ opacity: trend.isPlaceholderData ? 0.6 : 1 }}>
            <KpiChart testId="support-kpi-trend-times" option={times} height={260} label={t('supportKpis.trend.timesLabel', { interval: intervalName })} />
            <KpiChart testId="support-kpi-trend-rates" option={rates} height={260} label={t('supportKpis.trend.ratesLabel', { interval: intervalName })} />
            <KpiChart testId="support-kpi-trend-volume" option={volume} height={260} label={t('supportKpis.trend.volumeLabel', { interval: intervalName })} />
          </SimpleGrid>
        )}
      </Stack>
    </Card>
  );
}
