import { IconDatabase } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PartEmptyState } from '../../../components/part-empty-state';

export function CollectionPage() {
  const { t } = useTranslation();
  return (
    <PartEmptyState
      title={t('nav.collection')}
      heading={t('parts.collection.title')}
      body={t('parts.collection.body')}
      icon={<IconDatabase size={36} stroke={1.5} aria-hidden />}
      action={{ label: t('parts.collection.action'), to: '/settings/keys' }}
    />
  );
}
