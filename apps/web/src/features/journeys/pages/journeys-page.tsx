import { IconRoute } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PartEmptyState } from '../../../components/part-empty-state';

export function JourneysPage() {
  const { t } = useTranslation();
  return (
    <PartEmptyState
      title={t('nav.journeys')}
      heading={t('parts.journeys.title')}
      body={t('parts.journeys.body')}
      icon={<IconRoute size={36} stroke={1.5} aria-hidden />}
    />
  );
}
