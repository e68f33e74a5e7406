import type { Granularity, Scores } from '@footprint/core';
import { useMantineTheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useScoreFormat } from '../metrics';
import { usePeriodLabel } from '../period-label';
import { Chart } from './chart';

const GROUPS = ['promoters', 'passives', 'detractors'] as const;

/** NPS answers split into promoters, passives and detractors per period, as shares of 100%. */
export function SplitChart({ series, periods, by }: { series: Scores['series']; periods: string[]; by: Granularity }) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const f = useScoreFormat();
  const label = usePeriodLabel();
  const byPeriod = new Map(series.map((p) => [p.period, p.nps]));
  const points = periods.map((p) => byPeriod.get(p) ?? null);
  const colors = { promoters: theme.colors.teal[6], passives: theme.colors.gray[4], detractors: theme.colors.red[6] };
  const pct = { promoters: 'promoterPct', passives: 'passivePct', detractors: 'detractorPct' } as const;

  const option = {
    grid: { left: 8, right: 8, top: 28, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { fontSize: 12 } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number }[]) => {
        const i = items[0]?.dataIndex ?? 0;
        const s = points[i];
        if (!s || s.n === 0) return `${label(periods[i]!, by)}<br/>${t('scores.noAnswers')}`;
        return [label(periods[i]!, by), ...GROUPS.map((g) => `${t(`scores.split.${g}`)}: ${f.pct(s[pct[g]])} (${f.count(s[g])})`), `${t('scores.n')}: ${f.count(s.n)}`].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: periods.map((p) => label(p, by)), axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => `${v}%` } },
    series: GROUPS.map((g) => ({
      name: t(`scores.split.${g}`),
      type: 'bar',
      stack: 'split',
      barMaxWidth: 28,
      itemStyle: { color: colors[g] },
      data: points.map((s) => s?.[pct[g]] ?? null),
    })),
  };
  const all = points.reduce((acc, s) => ({ p: acc.p + (s?.promoters ?? 0), d: acc.d + (s?.detractors ?? 0), n: acc.n + (s?.n ?? 0) }), { p: 0, d: 0, n: 0 });
  const summary = all.n
    ? t('scores.split.summary', { promoters: f.pct((100 * all.p) / all.n), detractors: f.pct((100 * all.d) / all.n), n: f.count(all.n) })
    : t('scores.noAnswers');
  return <Chart option={option} height={260} label={`${t('scores.split.title')}. ${summary}`} />;
}
