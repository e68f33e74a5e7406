import { Card, Text, Title, useMantineTheme } from '@mantine/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat, useSession } from '../../workspace';
import { dayKey, lastDays, shortDay } from '../lib/dates';
import type { TrackedEvent } from '../schemas';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

const DAYS = 30;

/**
 * Events per day over the last 30 days, counted in the browser from the timeline pages loaded so
 * far: for a busy customer that is only part of the history, and the caption says so.
 */
export function EventsPerDayChart({ events }: { events: TrackedEvent[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const theme = useMantineTheme();
  const { workspace } = useSession();
  const { days, counts, total, peak } = useMemo(() => {
    const keys = lastDays(DAYS, workspace.timeZone);
    const perDay = new Map(keys.map((k) => [k, 0]));
    for (const e of events) {
      const key = dayKey(Date.parse(e.timestamp), workspace.timeZone);
      const n = perDay.get(key);
      if (n !== undefined) perDay.set(key, n + 1);
    }
    const values = keys.map((k) => perDay.get(k) ?? 0);
    const max = Math.max(...values);
    return { days: keys, counts: values, total: values.reduce((a, b) => a + b, 0), peak: max > 0 ? keys[values.indexOf(max)]! : null };
  }, [events, workspace.timeZone]);

  const color = theme.colors[theme.primaryColor]![7];
  const option = {
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: days.map(shortDay), axisTick: { alignWithLabel: true }, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: t('collection.profile.chartSeries'), type: 'bar', data: counts, itemStyle: { color, borderRadius: [3, 3, 0, 0] } }],
  };
  const description = peak
    ? t('collection.profile.chartSummary', { total: fmt.number(total), day: shortDay(peak), peak: fmt.number(Math.max(...counts)) })
    : t('collection.profile.chartNone');

  return (
    <Card withBorder padding="lg">
      <Title order={3} fz="h5">
        {t('collection.profile.chartTitle')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('collection.profile.chartCaption', { formatted: fmt.number(events.length) })}
      </Text>
      <div role="img" aria-label={`${t('collection.profile.chartTitle')}. ${description}`}>
        <ReactEChartsCore echarts={echarts} option={option} style={{ height: 200 }} notMerge lazyUpdate />
      </div>
    </Card>
  );
}
