import { DEFAULT_TIME_ZONE, formatDate, formatDateTime, formatNumber } from '@footprint/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../../../i18n';
import { useOptionalSession } from './use-session';

/** Dates (dd/MM/yyyy) in the workspace's time zone, numbers in the UI language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const session = useOptionalSession();
  const locale = isLocale(i18n.language) ? i18n.language : 'vi';
  const tz = session?.workspace.timeZone ?? DEFAULT_TIME_ZONE;
  return useMemo(
    () => ({
      locale,
      date: (iso: string) => formatDate(iso, locale, tz),
      dateTime: (iso: string) => formatDateTime(iso, locale, tz),
      number: (n: number) => formatNumber(n, locale),
    }),
    [locale, tz],
  );
}
