import { IconBulb } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PartEmptyState } from '../../../components/part-empty-state';

export function InsightPage() {
  const { t } = useTranslation();
  return (
    <PartEmptyState
      title={t('nav.insight')}
      heading={t('parts.insight.title')}
      body={t('parts.insight.body')}
      icon={<IconBulb size={36} stroke={1.5} aria-hidden />}
    />
  );
}
