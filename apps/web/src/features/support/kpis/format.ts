import { useTranslation } from 'react-i18next';
import { useFormat } from '../../workspace';
import { durationParts } from './duration';


/** Durations, shares and scores of the KPI page in the UI language. */
export function useKpiFormat() {
  const { t } = useTranslation();
  const f = useFormat();
  const duration = (minutes: number | null): string => {
    if (minutes === null) return t('supportKpis.duration.none');
    const { h, m } = durationParts(minutes);
    if (h === 0) return t('supportKpis.duration.minutes', { m });
    return m === 0 ? t('supportKpis.duration.hours', { h: f.number(h) }) : t('supportKpis.duration.hoursMinutes', { h: f.number(h), m });
  };
  const percent = (rate: number | null): string => (rate === null ? t('supportKpis.duration.none') : `${f.number(Math.round(rate * 1000) / 10)}%`);
  const number = (n: number | null, digits = 0): string => (n === null ? t('supportKpis.duration.none') : f.number(Math.round(n * 10 ** digits) / 10 ** digits));
  return { duration, percent, number, count: f.number };
}
