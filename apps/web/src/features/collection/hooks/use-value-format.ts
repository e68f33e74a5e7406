import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../workspace';
import type { ValueFormat } from '../lib/values';

/** How free-form values read in the UI language and the workspace's time zone. */
export function useValueFormat(): ValueFormat {
  const { t } = useTranslation();
  const fmt = useFormat();
  return useMemo(
    () => ({ number: fmt.number, dateTime: fmt.dateTime, yes: t('collection.values.yes'), no: t('collection.values.no'), none: t('common.none') }),
    [fmt, t],
  );
}
