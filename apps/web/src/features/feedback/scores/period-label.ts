import type { Granularity } from '@footprint/core';
import { useTranslation } from 'react-i18next';

/** "24/11" for a day, "Tuần 23/11" for a week, "11/2026" for a month. */
export function usePeriodLabel() {
  const { t } = useTranslation();
  return (period: string, by: Granularity) => {
    const [y, m, d] = period.split('-');
    if (by === 'month') return `${m}/${y}`;
    const short = `${d}/${m}`;
    return by === 'week' ? t('scores.weekOf', { day: short }) : short;
  };
}

/** dd/MM/yyyy of a YYYY-MM-DD day (already in the workspace's calendar: no time zone to apply). */
export const dayLabel = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
