import { foldForSearch, KPI_GROUPS, type KpiGroup, type SupportKpis } from '@footprint/core';
import { Card, Group, SegmentedControl, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchInput } from '../../../../components/search-input';
import { QueryError } from '../../../../components/query-state';
import { TableFooter } from '../../../../components/table-footer';
import { SortHeader } from '../../../workspace';
import { useKpiFormat } from '../format';
import { useSupportKpiBreakdown } from '../hooks';
import { CHART_METRICS, type ChartMetric, type KpiView, type TableSort } from '../view';
import { KpiChart } from './chart';

const PAGE_SIZE = 10;

/** The figure a metric compares groups by: business minutes (FRT, ART) or a share (FCR, SLA). */
export const metricValue = (k: SupportKpis, m: ChartMetric): number | null => (m === 'frt' ? k.frt.median : m === 'art' ? k.art.median : m === 'fcr' ? k.fcr.rate : k.sla.rate);
const sortValue = (k: SupportKpis, s: Exclude<TableSort, 'name'>): number | null =>
  s === 'created' ? k.created : s === 'resolved' ? k.resolved : s === 'open' ? k.backlog.open : s === 'csat' ? k.resolutionCsat.score : metricValue(k, s);

interface Props {
  view: KpiView;
  filter: { from: string; to: string };
  update: (patch: Partial<Record<keyof KpiView, string | undefined>>) => void;
}

/** Departments (or agents, touchpoints, channels) side by side: a bar chart of one KPI and a sortable table of all. */
export function BreakdownSection({ view, filter, update }: Props) {
  const { t, i18n } = useTranslation();
  const f = useKpiFormat();
  const breakdown = useSupportKpiBreakdown(filter, view.group);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const en = i18n.language === 'en';
  const groupLabel = t(`supportKpis.breakdown.groups.${view.group}`);

  const rows = (breakdown.data?.rows ?? []).map((r) => ({ ...r, label: en ? r.name.en : r.name.vi }));
  const needle = foldForSearch(q);
  const filtered = rows.filter((r) => !needle || foldForSearch(r.label).includes(needle));
  filtered.sort((a, b) => {
    if (view.sort === 'name') return (view.order === 'asc' ? 1 : -1) * a.label.localeCompare(b.label, i18n.language);
    const x = sortValue(a.kpis, view.sort);
    const y = sortValue(b.kpis, view.sort);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1; // unknown last either way
    return view.order === 'asc' ? x - y : y - x;
  });
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const shown = filtered.slice((Math.min(page, pages) - 1) * PAGE_SIZE, Math.min(page, pages) * PAGE_SIZE);

  const charted = rows.filter((r) => metricValue(r.kpis, view.metric) !== null);
  const isTime = view.metric === 'frt' || view.metric === 'art';
  const metricLabel = t(`supportKpis.metrics.${view.metric}`);
  const option = {
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: number) => (isTime ? f.duration(v * 60) : `${f.number(v, 1)}%`),
    },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => (isTime ? t('supportKpis.trend.hours', { v: f.number(v, 1) }) : `${v}%`) }, ...(isTime ? {} : { max: 100 }) },
    yAxis: { type: 'category', inverse: true, data: charted.map((r) => r.label), axisLabel: { width: 160, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        name: metricLabel,
        data: charted.map((r) => {
          const v = metricValue(r.kpis, view.metric)!;
          return isTime ? Math.round((v / 60) * 100) / 100 : Math.round(v * 1000) / 10;
        }),
        itemStyle: { color: isTime ? '#228be6' : '#12b886' },
        barMaxWidth: 24,
      },
    ],
  };

  const header = (column: TableSort, label: string) => (
    <SortHeader column={column} label={label} sort={view.sort} order={view.order} onSort={(c) => update({ sort: c, order: c === view.sort && view.order === 'asc' ? 'desc' : c === view.sort ? 'asc' : c === 'name' ? 'asc' : 'desc' })} />
  );
  const col = (key: 'created' | 'resolved' | 'frt' | 'art' | 'fcr' | 'sla' | 'open' | 'csat') => t(`supportKpis.breakdown.columns.${key}`);

  return (
    <Card withBorder padding="lg" component="section" aria-label={t('supportKpis.breakdown.title')}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <Title order={2} fz="h4">
            {t('supportKpis.breakdown.title')}
          </Title>
          <Group gap="sm" wrap="wrap" align="flex-end">
            <Stack gap={4}>
              <Text size="sm" fw={500} id="kpi-group">
                {t('supportKpis.breakdown.by')}
              </Text>
              <SegmentedControl
                aria-labelledby="kpi-group"
                value={view.group}
                onChange={(v) => {
                  setPage(1);
                  update({ group: v });
                }}
                data={KPI_GROUPS.map((g: KpiGroup) => ({ value: g, label: t(`supportKpis.breakdown.groups.${g}`) }))}
              />
            </Stack>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="kpi-chart-metric">
                {t('supportKpis.breakdown.chartMetric')}
              </Text>
              <SegmentedControl aria-labelledby="kpi-chart-metric" value={view.metric} onChange={(v) => update({ metric: v })} data={CHART_METRICS.map((m) => ({ value: m, label: t(`supportKpis.metrics.${m}`) }))} />
            </Stack>
          </Group>
        </Group>
        {breakdown.isError ? (
          <QueryError error={breakdown.error} onRetry={() => void breakdown.refetch()} />
        ) : breakdown.isPending ? (
          <Stack gap="xs">
            <Skeleton height={200} />
            <Skeleton height={120} />
          </Stack>
        ) : rows.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('supportKpis.breakdown.empty')}
          </Text>
        ) : (
          <Stack gap="md" style={{ opacity: breakdown.isPlaceholderData ? 0.6 : 1 }}>
            {charted.length > 0 && (
              <KpiChart
                testId="support-kpi-breakdown-chart"
                option={option}
                height={Math.max(140, 40 + charted.length * 34)}
                label={t('supportKpis.breakdown.chartLabel', { metric: metricLabel, group: groupLabel })}
              />
            )}
            {rows.length > PAGE_SIZE && (
              <Group>
                <SearchInput
                  label={t('supportKpis.breakdown.search')}
                  placeholder={t('supportKpis.breakdown.searchPlaceholder')}
                  value={q}
                  onChange={(v) => {
                    setQ(v);
                    setPage(1);
                  }}
                />
              </Group>
            )}
            <Table.ScrollContainer minWidth={860}>
              <Table verticalSpacing="xs" striped aria-label={t('supportKpis.breakdown.tableLabel', { group: groupLabel })} data-testid="support-kpi-table">
                <Table.Thead>
                  <Table.Tr>
                    {header('name', groupLabel)}
                    {header('created', col('created'))}
                    {header('frt', col('frt'))}
                    {header('sla', col('sla'))}
                    {header('resolved', col('resolved'))}
                    {header('art', col('art'))}
                    {header('fcr', col('fcr'))}
                    {header('csat', col('csat'))}
                    {header('open', col('open'))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((r) => (
                    <Table.Tr key={r.key ?? 'none'}>
                      <Table.Td fw={600}>{r.label}</Table.Td>
                      <Table.Td>{f.count(r.kpis.created)}</Table.Td>
                      <Table.Td>{f.duration(r.kpis.frt.median)}</Table.Td>
                      <Table.Td>{f.percent(r.kpis.sla.rate)}</Table.Td>
                      <Table.Td>{f.count(r.kpis.resolved)}</Table.Td>
                      <Table.Td>{f.duration(r.kpis.art.median)}</Table.Td>
                      <Table.Td>{f.percent(r.kpis.fcr.rate)}</Table.Td>
                      <Table.Td>{r.kpis.resolutionCsat.score === null ? f.percent(null) : `${f.number(r.kpis.resolutionCsat.score, 1)}%`}</Table.Td>
                      <Table.Td>
                        {f.count(r.kpis.backlog.open)}
                        {r.kpis.backlog.breached > 0 && (
                          <Text span size="xs" c="red" ml={6}>
                            ({t('supportKpis.cards.backlog.breached', { n: f.count(r.kpis.backlog.breached) })})
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <TableFooter summary={t('supportKpis.breakdown.rows', { count: filtered.length })} pages={pages} page={Math.min(page, pages)} onPage={setPage} />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
