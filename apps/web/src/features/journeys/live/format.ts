import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Shares and durations of the live layer in the UI language ("36%", "2,5 ngày"). */
export function useLiveFormat() {
  const { t, i18n } = useTranslation();
  const tag = i18n.language === 'en' ? 'en-GB' : 'vi-VN';
  return useMemo(() => {
    const num = (digits: number) => new Intl.NumberFormat(tag, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    return {
      count: (n: number) => num(0).format(n),
      /** A 0..1 share as a percentage. */
      pct: (share: number | null) => (share === null ? '—' : `${num(0).format(share * 100)}%`),
      /** Hours as minutes, hours or days, whichever reads best. */
      duration: (hours: number) => {
        if (hours < 1) return t('journeyLive.duration.minutes', { n: num(0).format(Math.max(1, Math.round(hours * 60))) });
        if (hours < 24) return t('journeyLive.duration.hours', { n: num(1).format(hours) });
        return t('journeyLive.duration.days', { n: num(1).format(hours / 24) });
      },
    };
  }, [t, tag]);
}
