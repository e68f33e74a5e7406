import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../workspace';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
];

/** "5 giây trước", "3 phút trước"…; older than a day: the date and time (dd/MM/yyyy HH:mm). */
export function useRelativeTime(): (ms: number, now: number) => string {
  const { t } = useTranslation();
  const fmt = useFormat();
  const rtf = useMemo(() => new Intl.RelativeTimeFormat(fmt.locale === 'vi' ? 'vi' : 'en', { numeric: 'always' }), [fmt.locale]);
  return useCallback(
    (ms: number, now: number) => {
      // Clocks differ a little between browser and server: the near future reads as "just now".
      let value = Math.max(0, Math.round((now - ms) / 1000));
      if (value < 5) return t('collection.live.justNow');
      for (const [unit, size] of UNITS) {
        if (value < size) return rtf.format(-value, unit);
        value = Math.floor(value / size);
      }
      return fmt.dateTime(new Date(ms).toISOString());
    },
    [rtf, fmt, t],
  );
}
