import type { Granularity, Metric, Scores } from '@footprint/core';
import { useMantineTheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { METRIC_SCALE, useScoreFormat } from '../metrics';
import { usePeriodLabel } from '../period-label';
import { Chart } from './chart';

interface Props {
  metric: Metric;
  series: Scores['series'];
  /** Every period of the range, so periods without answers show as gaps. */
  periods: string[];
  by: Granularity;
}

/**
 * One score over time: the line, its 95% interval as a band (a wide band says "few answers"),
 * and the number of answers per period as faint bars on a second axis.
 */
export function TrendChart({ metric, series, periods, by }: Props) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const f = useScoreFormat();
  const label = usePeriodLabel();
  const byPeriod = new Map(series.map((p) => [p.period, p[metric]]));
  const points = periods.map((p) => byPeriod.get(p) ?? null);
  const scale = METRIC_SCALE[metric];
  const color = theme.colors[theme.primaryColor]![7];
  const name = t(`scores.metrics.${metric}`);

  const option = {
    grid: { left: 8, right: 8, top: 28, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, data: [name, t('scores.trend.band'), t('scores.trend.answers')], textStyle: { fontSize: 12 } },
    tooltip: {
      trigger: 'axis',
      formatter: (items: { dataIndex: number }[]) => {
        const i = items[0]?.dataIndex ?? 0;
        const s = points[i];
        const lines = [label(periods[i]!, by), `${name}: ${f.score(metric, s?.score ?? null)}`];
        if (s) lines.push(`${t('scores.ci')}: ${f.interval(metric, s.ci)}`, `${t('scores.n')}: ${f.count(s.n)}`);
        else lines.push(t('scores.noAnswers'));
        return lines.join('<br/>');
      },
    },
    xAxis: { type: 'category', data: periods.map((p) => label(p, by)), axisLabel: { hideOverlap: true } },
    yAxis: [
      { type: 'value', min: metric === 'nps' ? undefined : scale.min, max: metric === 'nps' ? undefined : scale.max, axisLabel: { formatter: (v: number) => f.score(metric, v) } },
      // Answers per period: bars in the lower third, under the line, on an axis of their own.
      { type: 'value', minInterval: 1, max: (v: { max: number }) => Math.max(1, v.max * 3), splitLine: { show: false }, axisLabel: { show: false } },
    ],
    series: [
      { name: t('scores.trend.answers'), type: 'bar', yAxisIndex: 1, data: points.map((s) => s?.n ?? 0), itemStyle: { color: theme.colors.gray[2] }, barMaxWidth: 18, z: 1 },
      // The band: an invisible line at the low end, and the interval's width stacked on it.
      { name: 'ci-low', type: 'line', stack: 'ci', stackStrategy: 'all', data: points.map((s) => s?.ci?.low ?? null), lineStyle: { opacity: 0 }, symbol: 'none', silent: true, z: 2 },
      {
        name: t('scores.trend.band'),
        type: 'line',
        stack: 'ci',
        stackStrategy: 'all',
        data: points.map((s) => (s?.ci ? s.ci.high - s.ci.low : null)),
        lineStyle: { opacity: 0 },
        areaStyle: { color, opacity: 0.15 },
        itemStyle: { color },
        symbol: 'none',
        silent: true,
        z: 2,
      },
      { name, type: 'line', data: points.map((s) => s?.score ?? null), itemStyle: { color }, lineStyle: { width: 2.5 }, symbolSize: 8, showSymbol: true, connectNulls: false, z: 3 },
    ],
  };
  const shown = points.filter((s) => s?.score !== null && s !== null);
  const summary = shown.length
    ? t('scores.trend.summary', { metric: name, first: f.score(metric, shown[0]!.score), last: f.score(metric, shown.at(-1)!.score), periods: shown.length })
    : t('scores.noAnswers');
  return <Chart option={option} height={280} label={`${t('scores.trend.title', { metric: name })}. ${summary}`} />;
}
