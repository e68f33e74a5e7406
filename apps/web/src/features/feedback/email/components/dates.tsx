import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/vi';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Date pickers in the UI language, day first (dd/MM/yyyy) as everywhere in Footprint. */
export const DAY_FORMAT = 'DD/MM/YYYY';
export const DAY_TIME_FORMAT = 'DD/MM/YYYY HH:mm';

export function LocalDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'vi', firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}
