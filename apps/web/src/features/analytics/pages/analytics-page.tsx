import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PartEmptyState } from '../../../components/part-empty-state';

export function AnalyticsPage() {
  const { t } = useTranslation();
  return (
    <PartEmptyState
      title={t('nav.analytics')}
      heading={t('parts.analytics.title')}
      body={t('parts.analytics.body')}
      icon={<IconChartBar size={36} stroke={1.5} aria-hidden />}
    />
  );
}
