import { IconHeadset } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PartEmptyState } from '../../../components/part-empty-state';

export function SupportPage() {
  const { t } = useTranslation();
  return (
    <PartEmptyState
      title={t('nav.support')}
      heading={t('parts.support.title')}
      body={t('parts.support.body')}
      icon={<IconHeadset size={36} stroke={1.5} aria-hidden />}
    />
  );
}
