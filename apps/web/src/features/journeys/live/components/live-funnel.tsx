import type { LiveStage } from '@footprint/core';
import { Card, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLiveFormat } from '../format';
import { Chart } from './chart';

export interface FunnelStage {
  live: LiveStage | undefined;
  name: string;
}

/**
 * Customers reaching each stage, left to right, with the drop-off to the next stage written under
 * each bar; the same figures in a table below (conversion and median time too).
 */
export function LiveFunnel({ stages }: { stages: FunnelStage[] }) {
  const { t } = useTranslation();
  const f = useLiveFormat();
  const counts = stages.map((s) => s.live?.customers ?? 0);
  // Above each bar: the share lost before the next stage (red, with an arrow), then the customers.
  const option = {
    grid: { left: 48, right: 16, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: stages.map((s) => s.name),
      axisLabel: { interval: 0, width: 80, overflow: 'truncate', rotate: stages.length > 5 ? 30 : 0 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: t('journeyLive.funnel.customers'),
        data: counts,
        barMaxWidth: 64,
        itemStyle: { color: '#228be6', borderRadius: [4, 4, 0, 0] },
        label: {
          show: true,
          position: 'top',
          formatter: (p: { value: number; dataIndex: number }) => {
            const drop = p.dataIndex < stages.length - 1 ? (stages[p.dataIndex]?.live?.dropOff ?? null) : null;
            return drop === null ? `{n|${f.count(p.value)}}` : `{d|↓ ${f.pct(drop)}}\n{n|${f.count(p.value)}}`;
          },
          rich: { n: { fontWeight: 600, fontSize: 12, lineHeight: 16, color: '#212529' }, d: { fontSize: 11, lineHeight: 14, color: '#c92a2a' } },
        },
      },
    ],
  };
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="live-funnel-title" data-testid="live-funnel">
      <Title order={3} fz="h5" id="live-funnel-title" mb="xs">
        {t('journeyLive.funnel.title')}
      </Title>
      <Chart
        option={option}
        height={260}
        label={t('journeyLive.funnel.summary', { stages: stages.length, first: f.count(counts[0] ?? 0), last: f.count(counts[counts.length - 1] ?? 0) })}
      />
      <Table fz="xs" verticalSpacing={4} mt="xs" striped>
        <VisuallyHidden component="caption">{t('journeyLive.funnel.table')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('journeyLive.funnel.stage')}</Table.Th>
            <Table.Th ta="right">{t('journeyLive.funnel.reached')}</Table.Th>
            <Table.Th ta="right">{t('journeyLive.funnel.conversion')}</Table.Th>
            <Table.Th ta="right">{t('journeyLive.funnel.drop')}</Table.Th>
            <Table.Th ta="right">{t('journeyLive.funnel.median')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stages.map((s, i) => (
            <Table.Tr key={s.live?.stageId ?? i}>
              <Table.Td>
                <Text size="xs" fw={500}>
                  {s.name}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{f.count(s.live?.customers ?? 0)}</Table.Td>
              <Table.Td ta="right">{f.pct(s.live?.conversion ?? null)}</Table.Td>
              <Table.Td ta="right">{f.pct(s.live?.dropOff ?? null)}</Table.Td>
              <Table.Td ta="right">{s.live?.medianHoursToNext != null ? f.duration(s.live.medianHoursToNext) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
