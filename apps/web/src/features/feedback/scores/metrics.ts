import { CES_MAX, CES_MIN, CSI_SCORE_MAX, CSI_SCORE_MIN, NPS_SCORE_MAX, NPS_SCORE_MIN, type Metric } from '@footprint/core';
import { useMemo } from 'react';
import { useFormat } from '../../workspace';

export const HEADLINE_METRICS = ['nps', 'csat', 'ces'] as const satisfies readonly Metric[];

/** Where each score lives (for bars and axes) and how many decimals it is read with. */
export const METRIC_SCALE: Record<Metric, { min: number; max: number; digits: number; unit: '' | '%' }> = {
  nps: { min: NPS_SCORE_MIN, max: NPS_SCORE_MAX, digits: 0, unit: '' },
  csat: { min: 0, max: 100, digits: 0, unit: '%' },
  ces: { min: CES_MIN, max: CES_MAX, digits: 1, unit: '' },
  csi: { min: CSI_SCORE_MIN, max: CSI_SCORE_MAX, digits: 0, unit: '' },
};

/** Scores, intervals and changes in the UI language (decimal comma in Vietnamese). */
export function useScoreFormat() {
  const { locale, number } = useFormat();
  return useMemo(() => {
    const tag = locale === 'vi' ? 'vi-VN' : 'en-GB';
    const fixed = (digits: number, sign: boolean) => new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: sign ? 'exceptZero' : 'auto' });
    const score = (metric: Metric, value: number | null) => {
      if (value === null) return '—';
      const s = METRIC_SCALE[metric];
      return `${fixed(s.digits, false).format(value)}${s.unit}`;
    };
    return {
      locale,
      count: number,
      score,
      /** "28–37" on the score's own scale. */
      interval: (metric: Metric, ci: { low: number; high: number } | null) => (ci ? `${score(metric, ci.low)} – ${score(metric, ci.high)}` : '—'),
      /** "+4,2" (points of NPS, CSI, CES; percentage points of CSAT). */
      delta: (metric: Metric, value: number) => fixed(Math.max(1, METRIC_SCALE[metric].digits), true).format(value),
      pct: (value: number | null) => (value === null ? '—' : `${fixed(0, false).format(value)}%`),
    };
  }, [locale, number]);
}
